package journal

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui/layout"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// Plain writes the journal as text, for a pipe, a dumb terminal or --plain:
// the overview (heatmap, counts, streak, any see-a-doctor notice), the
// patterns that have enough nights, and every episode, newest first.
func Plain(w io.Writer, set *content.Set, f history.Figures) error {
	st := &theme.Styles{} // no colour, no escape sequences
	var b strings.Builder
	// Bold in a zero style is still an escape sequence: strip every line.
	line := func(s string) { b.WriteString(strings.TrimRight(ansi.Strip(s), " ") + "\n") }
	b.WriteString("Cramp journal\n\n")
	if f.Empty {
		for _, l := range emptyOverview(st, layout.PlainWidth) {
			line(l)
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	line(fmt.Sprintf("The last %d weeks, a column a week, Monday on top:", history.HeatmapWeeks))
	for _, l := range HeatmapLines(f, st, layout.PlainWidth) {
		line(l)
	}
	b.WriteString("\n")
	for _, l := range countLines(f, st, layout.PlainWidth, true) {
		line(l)
	}
	for _, l := range doctorLines(f, set, st, layout.PlainWidth) {
		line(l)
	}

	var shown []history.Pattern
	for _, p := range f.Patterns {
		if p.Enough() {
			shown = append(shown, p)
		}
	}
	if len(shown) > 0 {
		b.WriteString("\nPatterns (what went together, not what caused what):\n")
		for _, p := range shown {
			for _, l := range layout.Wrap(p.Sentence(), layout.PlainWidth) {
				line(l)
			}
		}
	}

	b.WriteString("\nEpisodes, newest first:\n")
	if len(f.Episodes) == 0 {
		b.WriteString("None yet.\n")
	}
	for _, e := range f.Episodes {
		line(plainEpisode(e))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// plainEpisode is one episode on one line, every field named.
func plainEpisode(e history.Episode) string {
	parts := []string{e.Start.Format("Mon 2 Jan 2006, 15:04") + " (night of " + history.NightName(e.Night) + ")", where(e)}
	if o := outcomeText(e); o != "" {
		parts = append(parts, o)
	}
	if e.Severity != nil {
		parts = append(parts, fmt.Sprintf("severity %d/10", *e.Severity))
	}
	if len(e.Tried) > 0 {
		parts = append(parts, "tried "+strings.Join(e.Tried, ", "))
	}
	if e.Logged {
		parts = append(parts, "added later")
	}
	if e.Note != "" {
		parts = append(parts, "note: "+e.Note)
	}
	return strings.Join(parts, " · ")
}

// outcomeText says how an episode ended, in words, or "" when nothing is
// known: "eased after 3 min", "lasted about 3 min" (logged afterwards),
// "left before it eased".
func outcomeText(e history.Episode) string {
	secs, known := e.Lasted()
	switch {
	case known && e.Outcome == journal.OutcomeEased && secs == 0:
		return "eased in under 1 s"
	case known && e.Outcome == journal.OutcomeEased:
		return "eased after " + history.Minutes(secs)
	case known:
		return "lasted about " + history.Minutes(secs)
	case e.Outcome == journal.OutcomeLeft:
		return "left before it eased"
	}
	return ""
}
