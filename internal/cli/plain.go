package cli

import (
	"io"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// printPlain is the app for a pipe, a dumb terminal or --plain: text only,
// no escape sequences, then exit. On a terminal the whole flow scrolls past,
// so it ends with the first instruction again, where the eye lands.
func printPlain(launch app.Options, set *content.Set, w io.Writer) int {
	if err := app.Plain(w, set, launch, app.PlainInput{Usage: topUsage(), Terminal: isTerminal(w)}); err != nil {
		return ExitFailure
	}
	return ExitOK
}
