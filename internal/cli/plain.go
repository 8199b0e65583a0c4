package cli

import (
	"fmt"
	"io"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/layout"
	"github.com/crampcoach/cramp/internal/relief"
	"github.com/crampcoach/cramp/internal/session"
)

// printPlain is the app for a pipe, a dumb terminal or --plain: text only,
// no escape sequences, then exit. On a terminal the whole flow scrolls past,
// so it ends with the first instruction again, where the eye lands.
func printPlain(start session.Screen, set *content.Set, opts relief.Options, w io.Writer) int {
	var err error
	if start == session.Relief {
		err = relief.Plain(w, set, opts)
		if err == nil && isTerminal(w) {
			err = relief.PlainNow(w, set, opts)
		}
	} else {
		err = printHomePlain(w, set)
	}
	if err != nil {
		return ExitFailure
	}
	return ExitOK
}

func printHomePlain(w io.Writer, set *content.Set) error {
	var b []byte
	b = append(b, "Cramp Coach\n\n"...)
	for _, l := range layout.Wrap(set.About.Disclaimer, 72) {
		b = append(b, l+"\n"...)
	}
	b = append(b, "\n"...)
	b = append(b, usage...)
	_, err := fmt.Fprint(w, string(b))
	return err
}
