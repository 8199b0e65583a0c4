package cli

import (
	"fmt"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui/app"
)

const journalUsage = `Usage: cramp journal [flags]

Your nights, episodes and patterns: a 12-week heatmap of cramp nights, the
cramps of the last 7 and 30 nights, your stretch streak, every episode (e
edits its severity or note, d deletes it; both are added to the journal as
new lines), and how often the nights after each checklist item had cramps.
A cramp before noon counts toward the night before.

When output is not a terminal (or with --plain), the overview and the
episode list are printed as text.

Flags:
`

// runJournal is `cramp journal`: nights, episodes and patterns.
func runJournal(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp journal", io.Stderr, journalUsage)
	g.register(fs)
	if code, done := parseNoArgs(fs, args, io); done {
		return code
	}
	dayStart, err := g.dayStart(io.Getenv)
	if err != nil {
		return usageError(io, fs, "%v", err)
	}
	if !g.plainOutput(io) {
		// The journal is read while the content loads, so that the first
		// frame can show it.
		read := preloadJournal(journal.Open(journal.Dir(g.data, io.Getenv)))
		return runApp(g, app.Options{Start: app.Journal, Journal: read}, io)
	}

	set, ok := g.loadAll(io)
	if !ok {
		return ExitFailure
	}
	fig, err := history.LoadFigures(journal.Open(journal.Dir(g.data, io.Getenv)), set, clock.Real{}.Now(), dayStart)
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp journal: could not read your journal: %v\n", err)
		return ExitFailure
	}
	if fig.Bad > 0 {
		fmt.Fprintln(io.Stderr, "cramp journal:", history.Skipped(fig.Bad))
	}
	if err := app.Plain(io.Stdout, set, app.Options{Start: app.Journal}, app.PlainInput{Figures: fig}); err != nil {
		return ExitFailure
	}
	return ExitOK
}
