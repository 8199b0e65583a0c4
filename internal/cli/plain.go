package cli

import (
	"fmt"
	"io"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
	"github.com/crampcoach/cramp/internal/tui/layout"
	"github.com/crampcoach/cramp/internal/tui/learn"
	"github.com/crampcoach/cramp/internal/tui/now"
)

// printPlain is the app for a pipe, a dumb terminal or --plain: text only,
// no escape sequences, then exit. On a terminal the whole flow scrolls past,
// so it ends with the first instruction again, where the eye lands.
func printPlain(launch app.Options, set *content.Set, w io.Writer) int {
	var err error
	switch launch.Start {
	case tui.Now:
		err = now.Plain(w, set, launch.Now)
		if err == nil && isTerminal(w) {
			err = now.PlainNow(w, set, launch.Now)
		}
	case tui.Learn:
		if t, ok := set.Learn.Topic(launch.Topic); ok {
			err = learn.Plain(w, set, t)
		} else {
			err = learn.PlainList(w, set)
		}
	default:
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
