package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crampcoach/cramp/internal/content"
)

// loadAll loads the whole content set (the --content folder layered over
// the built-in one) for a command that prints instead of opening a screen,
// and tells stderr, as one "cramp: …" line, what a screen would have shown
// as its notice: g.notices and why a content folder was not used. When the
// built-in content itself is broken it says so and ok is false.
func (g *globals) loadAll(io IO) (set *content.Set, ok bool) {
	set, notice, err := loadContent(g.content, false)
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp: the built-in content is invalid:\n%v\n", err)
		return nil, false
	}
	g.localize(set, io.Getenv)
	// Clip: appending must never write into g.notices' spare room.
	if all := strings.TrimSpace(strings.Join(append(slices.Clip(g.notices), notice), " ")); all != "" {
		fmt.Fprintln(io.Stderr, "cramp:", all)
	}
	return set, true
}
