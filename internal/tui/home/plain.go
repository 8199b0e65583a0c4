package home

import (
	"io"
	"strings"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Plain writes the home screen as plain text for `cramp` on a pipe, a dumb
// terminal or --plain: the name, the disclaimer, then usage (the commands,
// as the command line names them).
func Plain(w io.Writer, set *content.Set, usage string) error {
	var b strings.Builder
	b.WriteString("Cramp Coach\n\n")
	for _, l := range layout.Wrap(set.About.Disclaimer, layout.PlainWidth) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n")
	b.WriteString(usage)
	_, err := io.WriteString(w, b.String())
	return err
}
