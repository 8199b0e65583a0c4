package cli

import (
	"github.com/crampcoach/cramp/internal/app"
	"github.com/crampcoach/cramp/internal/session"
)

// runJournal is `cramp journal`: nights, episodes and patterns.
func runJournal(g *globals, args []string, io IO) int {
	return runApp(g, app.Options{Start: session.Journal}, io)
}
