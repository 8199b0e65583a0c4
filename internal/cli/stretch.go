package cli

import (
	"github.com/crampcoach/cramp/internal/app"
	"github.com/crampcoach/cramp/internal/session"
)

// runStretch is `cramp stretch`: the bedtime routine player.
func runStretch(g *globals, args []string, io IO) int {
	return runApp(g, app.Options{Start: session.Stretch}, io)
}
