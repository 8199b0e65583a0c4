package cli

import (
	"github.com/crampcoach/cramp/internal/app"
	"github.com/crampcoach/cramp/internal/session"
)

// runCheck is `cramp check`: today's prevention checklist.
func runCheck(g *globals, args []string, io IO) int {
	return runApp(g, app.Options{Start: session.Checklist}, io)
}
