package cli

import (
	"errors"
	"flag"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/sanitize"
)

// logReportClock is the clock `cramp log` and `cramp report` read: the
// moment a logged cramp is checked against, and the end of a report's
// period. Tests set a fake one.
var logReportClock clock.Clock = clock.Real{}

// Limits for `cramp log`: a longer "cramp" is most likely a slip of units,
// and a note is a line or two, not a diary.
const (
	maxLogMinutes = 240
	maxNoteRunes  = 1000
)

const logUsage = `Usage: cramp log --site S [--side X] [--minutes N] [--severity 0-10] [--at TIME] [--note TEXT]

Adds a cramp you had earlier to your journal.

--at takes:
  03:10                       the last time the clock showed 03:10: tonight's if
                              it has come, else the day before's
  "2026-03-10 03:10"          a date and time on this computer's clock
  2026-03-10T03:10:00+01:00   RFC 3339, with its offset
Without --at, the cramp ended just now (it began --minutes ago).

Flags:
`

// runLog is `cramp log`: adds a past episode to the journal.
func runLog(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp log", io.Stderr, logUsage)
	g.register(fs)
	var site, side, minutes, severity, at, note string
	fs.StringVar(&site, "site", "", "where it cramped: "+strings.Join(journal.Sites, ", ")+" (required)")
	fs.StringVar(&side, "side", "", "which leg: "+strings.Join(journal.Sides, " or "))
	fs.StringVar(&minutes, "minutes", "", fmt.Sprintf("how long it lasted, in minutes (0.5 for 30 seconds; at most %d)", maxLogMinutes))
	fs.StringVar(&severity, "severity", "", "how bad it was, 0 to 10")
	fs.StringVar(&at, "at", "", "when it began: HH:MM, \"YYYY-MM-DD HH:MM\" or RFC 3339 (default: --minutes ago)")
	fs.StringVar(&note, "note", "", fmt.Sprintf("a note, at most %d characters", maxNoteRunes))
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })

	now := logReportClock.Now().Round(0)
	rec, problems := logRecord(given, site, side, minutes, severity, at, note, now)
	for _, p := range pos {
		problems = append(problems, fmt.Sprintf("unexpected argument %q (put a note in --note \"...\")", p))
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(io.Stderr, "cramp log: %s\n", p)
		}
		fmt.Fprintln(io.Stderr, `Run "cramp log --help" for the flags.`)
		return ExitUsage
	}

	j := journal.Open(journal.Dir(g.data, io.Getenv))
	// A half-awake person unsure it saved may run the same line again; a
	// second copy would inflate every count. The check is made under the
	// lock the append holds, so two runs at once store one. A journal that
	// cannot be read is not checked: Append says what is wrong with it.
	rec, err := j.AppendIf(rec, func(res journal.ReadResult) error {
		if e, dup := history.Build(res.Records).SameCramp(rec); dup {
			return sameCramp{e}
		}
		return nil
	})
	if dup := (sameCramp{}); errors.As(err, &dup) {
		e := dup.Episode
		fmt.Fprintf(io.Stderr, "cramp log: this cramp is already in your journal: %s, on the night of %s (began %s); nothing was added. "+
			"To log a second cramp, give it a different --at time.\n",
			sideSite(e.Side, e.Site), history.NightName(e.Night), e.Start.Format("2006-01-02 15:04"))
		return ExitFailure
	}
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp log: the cramp could not be saved to %s: %v\n", j.Path(), err)
		return ExitFailure
	}
	fmt.Fprintln(io.Stdout, logged(rec))
	return ExitOK
}

// logRecord checks every flag of `cramp log` and returns the cramp.log
// record, or one problem for each bad value (never just the first).
func logRecord(given map[string]bool, site, side, minutes, severity, at, note string, now time.Time) (journal.Record, []string) {
	r := journal.Record{Type: journal.TypeCrampLog}
	var problems []string
	bad := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }

	r.Site = strings.ToLower(strings.TrimSpace(site))
	switch {
	case !given["site"]:
		bad("--site is required: where it cramped, one of %s", strings.Join(journal.Sites, ", "))
	case !slices.Contains(journal.Sites, r.Site):
		bad("--site %q is not one of %s", site, strings.Join(journal.Sites, ", "))
	}

	r.Side = strings.ToLower(strings.TrimSpace(side))
	if given["side"] && !slices.Contains(journal.Sides, r.Side) {
		bad("--side %q is not one of %s", side, strings.Join(journal.Sides, ", "))
	}

	if given["minutes"] {
		m, err := strconv.ParseFloat(strings.TrimSpace(minutes), 64)
		if err != nil || !(m >= 0.1 && m <= maxLogMinutes) {
			bad("--minutes %q is not a number of minutes from 0.1 to %d (like 3, or 0.5 for 30 seconds)", minutes, maxLogMinutes)
		} else {
			r.Seconds = int(math.Round(m * 60))
		}
	}

	if given["severity"] {
		s, err := strconv.Atoi(strings.TrimSpace(severity))
		if err != nil || s < 0 || s > 10 {
			bad("--severity %q is not a whole number from 0 (barely) to 10 (the worst)", severity)
		} else {
			r.Severity = &s
		}
	}

	r.Note = strings.TrimSpace(note)
	if n := utf8.RuneCountInString(r.Note); n > maxNoteRunes {
		bad("--note is %d characters long; at most %d fit", n, maxNoteRunes)
	} else if given["note"] && r.Note == "" {
		bad("--note is empty; leave it out, or write the note")
	} else if i, c := sanitize.Find(r.Note); i >= 0 {
		// A note is shown in the terminal and in reports: an escape
		// sequence in it could retitle the window or write the clipboard.
		bad("--note holds %s at character %d; write the note as plain text", sanitize.Describe(c), utf8.RuneCountInString(r.Note[:i])+1)
	}

	if given["at"] {
		t, err := history.ParseAt(at, now)
		if err != nil {
			bad("--at %v", err)
		}
		r.Time = t
	} else {
		// It ended just now, so it began as long ago as it lasted.
		r.Time = now.Add(-time.Duration(r.Seconds) * time.Second).Truncate(time.Second)
	}
	return r, problems
}

// logged is the one line that confirms what `cramp log` wrote:
// "Logged: left calf, on the night of Mon 9 Mar 2026 (began 2026-03-10 03:10), 3 minutes, severity 6 of 10, with a note."
func logged(r journal.Record) string {
	parts := []string{fmt.Sprintf("Logged: %s, on the night of %s (began %s)",
		sideSite(r.Side, r.Site), history.NightName(night.OfCramp(r.Time)), r.Time.Format("2006-01-02 15:04"))}
	if r.Seconds > 0 {
		parts = append(parts, history.Minutes(r.Seconds))
	}
	if r.Severity != nil {
		parts = append(parts, fmt.Sprintf("severity %d of 10", *r.Severity))
	}
	if r.Note != "" {
		parts = append(parts, "with a note")
	}
	return strings.Join(parts, ", ") + "."
}

// sideSite is "left calf", or "calf" when no side was given.
func sideSite(side, site string) string {
	if side == "" {
		return site
	}
	return side + " " + site
}

// sameCramp is the episode a new cramp.log repeats.
type sameCramp struct{ history.Episode }

func (sameCramp) Error() string { return "the same cramp is already in the journal" }
