package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/config"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// --hold accepts what the content's hold-time rule accepts (10 s to 60 s:
// about 30 s a side, or the trial's 10 s), so the flag cannot set a hold the
// content itself may not. Tests that must not wait set EnvTestHolds=1,
// which widens it to 1 s to 5 min; it is not for people.
const (
	minHold     = config.MinHold
	maxHold     = config.MaxHold
	minTestHold = time.Second
	maxTestHold = 5 * time.Minute
)

// EnvTestHolds names the test-only variable that widens --hold.
const EnvTestHolds = "CRAMP_TEST_ANY_HOLD"

const stretchUsage = `Usage: cramp stretch [--routine NAME] [--seated] [--hold 30s] [--rest | --done [--night N]] [flags]

The bedtime stretch routine: hands-free holds with a lead-in, a prompt to
switch sides and a bell at each change. Without --routine, a list to choose
from (the default one preselected). When output is not a terminal, the
routine is printed as a numbered list.

--rest marks tonight as a rest night (it keeps your stretch streak) and
prints the streak, without opening the screen. When tonight's routine is
already finished, tonight counts as it is and tomorrow night is marked.

--done records a routine you did without the app (the default one, or
--routine) for tonight, or --night yesterday|YYYY-MM-DD up to 7 nights back:
it counts for your streak and the evening-stretch item, and the report says
it was self-reported.

Flags:
`

// runStretch is `cramp stretch`: the bedtime routine player.
func runStretch(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp stretch", io.Stderr, stretchUsage)
	g.register(fs)
	var (
		launch   = app.Options{Start: app.Stretch}
		opts     = &launch.Stretch
		holdText string
		rest     bool
		doneFlag bool
		nightArg string
	)
	fs.StringVar(&opts.Routine, "routine", "", "the routine to play, by id (nightly, short, seated, or your own)")
	fs.BoolVar(&opts.Seated, "seated", false, "seated versions of every standing stretch")
	fs.StringVar(&holdText, "hold", "", "every hold this long, 10s to 60s: 30s, 45s, 1m (or plain seconds, 45)")
	fs.BoolVar(&rest, "rest", false, "mark tonight as a rest night (tomorrow night once tonight's routine is done) and print the streak")
	fs.BoolVar(&doneFlag, "done", false, "record a routine done without the app (self-reported) and print the streak")
	fs.StringVar(&nightArg, "night", "", "with --done: the night it was for: tonight, yesterday or YYYY-MM-DD, up to 7 nights back")
	if code, done := parseNoArgs(fs, args, io); done {
		return code
	}
	switch {
	case nightArg != "" && !doneFlag:
		return usageError(io, fs, "--night is for --done: cramp stretch --done --night yesterday")
	case doneFlag && (rest || opts.Seated || holdText != ""):
		return usageError(io, fs, "--done records a routine done without the app; it takes no --rest, --seated or --hold")
	case doneFlag:
		if opts.Routine == "" && g.settings.Routine != nil {
			opts.Routine = *g.settings.Routine
		}
		set, ok := g.loadAll(io)
		if !ok {
			return ExitFailure
		}
		return stretchDone(g, set, opts.Routine, nightArg, io)
	}
	if holdText != "" {
		d, err := parseHold(holdText, io.Getenv(EnvTestHolds) == "1")
		if err != nil {
			return usageError(io, fs, "%v", err)
		}
		opts.Hold = d
	}
	dayStart, err := g.dayStart(io.Getenv)
	if err != nil {
		return usageError(io, fs, "%v", err)
	}
	if rest {
		if opts.Routine != "" || opts.Seated || opts.Hold > 0 {
			return usageError(io, fs, "--rest marks a night without stretching; it takes no --routine, --seated or --hold")
		}
		return markRestNight(g, dayStart, clock.Real{}.Now(), io)
	}

	// The settings file's hold and routine fill in what the flags left
	// out (after the checks above: the file never turns --rest into a
	// usage error). Its hold was checked against the same limits.
	if opts.Hold == 0 && g.settings.Hold != nil {
		opts.Hold = g.settings.HoldFor
	}
	fromFile := false
	if opts.Routine == "" && g.settings.Routine != nil {
		opts.Routine, fromFile = *g.settings.Routine, true
	}

	// Printing says the content notice on stderr at once; the screen shows it.
	plain := g.plainOutput(io) && !g.linePlayer(io, app.Stretch)
	var (
		set    *content.Set
		notice string
	)
	if plain {
		var ok bool
		if set, ok = g.loadAll(io); !ok {
			return ExitFailure
		}
	} else {
		if set, notice, err = loadContent(g.content, false); err != nil {
			fmt.Fprintf(io.Stderr, "cramp: the built-in content is invalid:\n%v\n", err)
			return ExitFailure
		}
	}
	if opts.Routine != "" {
		if _, ok := set.Routines.Routine(opts.Routine); !ok {
			ids := make([]string, len(set.Routines.Routines))
			for i, r := range set.Routines.Routines {
				ids[i] = r.ID
			}
			if fromFile {
				// A routine the content no longer has: the list, and a word why.
				note := fmt.Sprintf("Your settings name the routine %q, which is not one of %s; choose one.", opts.Routine, strings.Join(ids, ", "))
				if plain {
					fmt.Fprintln(io.Stderr, "cramp:", note)
				} else {
					notice = strings.TrimSpace(note + " " + notice)
				}
				opts.Routine = ""
			}
		}
	}
	if opts.Routine != "" {
		if _, ok := set.Routines.Routine(opts.Routine); !ok {
			ids := make([]string, len(set.Routines.Routines))
			for i, r := range set.Routines.Routines {
				ids[i] = r.ID
			}
			fmt.Fprintf(io.Stderr, "cramp stretch: unknown routine %q; the routines are: %s\n", opts.Routine, strings.Join(ids, ", "))
			return ExitUsage
		}
	}
	if plain {
		if err := app.Plain(io.Stdout, set, launch, app.PlainInput{}); err != nil {
			fmt.Fprintf(io.Stderr, "cramp stretch: %v\n", err)
			return ExitFailure
		}
		return ExitOK
	}
	return showApp(g, launch, set, notice, false, io)
}

// parseHold reads --hold: a Go duration ("30s", "1m") or whole seconds
// ("45"), from minHold to maxHold; with wide (EnvTestHolds), from
// minTestHold to maxTestHold.
func parseHold(s string, wide bool) (time.Duration, error) {
	lo, hi := minHold, maxHold
	if wide {
		lo, hi = minTestHold, maxTestHold
	}
	d, err := config.ParseHold(s, lo, hi)
	if err != nil {
		return 0, fmt.Errorf("--hold %w", err)
	}
	return d, nil
}

// markRestNight is `cramp stretch --rest`, as z on the routine screens: a
// routine.rest record for tonight, or for tomorrow night when a finished
// routine already counts for tonight, then the streak. A night already
// marked is said, not written again.
func markRestNight(g *globals, dayStart time.Duration, now time.Time, io IO) int {
	tonight := night.Rule{DayStart: dayStart}.Tonight(now)
	j := journal.Open(journal.Dir(g.data, io.Getenv))
	h, bad, readErr := history.Load(j)
	if bad > 0 {
		fmt.Fprintln(io.Stderr, "cramp stretch:", history.Skipped(bad), "The streak may be shorter than it is.")
	}
	// Unread, the journal cannot tell: tonight is marked, as it always was.
	stretched := readErr == nil && h.Stretched(tonight)
	day := history.RestNight(tonight, stretched)
	if stretched {
		fmt.Fprintf(io.Stdout, "You finished a routine tonight (%s), so tonight already counts.\n", tonight)
	}
	which := "Tonight"
	if stretched {
		which = "Tomorrow night"
	}
	if readErr == nil && h.Rest(day) {
		fmt.Fprintf(io.Stdout, "%s (%s) is already a rest night; nothing new was saved.\n", which, day)
	} else {
		if _, err := j.Append(history.RestRecord(day, now)); err != nil {
			fmt.Fprintf(io.Stderr, "cramp stretch: could not save the rest night: %v\n", err)
			return ExitFailure
		}
		fmt.Fprintf(io.Stdout, "%s (%s) is a rest night: it keeps your stretch streak.\n", which, day)
		h, _, readErr = history.Load(j)
	}
	return sayStreak(io, h, readErr, tonight)
}

// sayStreak ends cramp stretch --rest and --done: the stretch streak as
// the journal now has it. A journal that cannot be read is said, and is not
// a failure: what was asked for is saved.
func sayStreak(io IO, h *history.History, readErr error, tonight night.Date) int {
	if readErr != nil {
		fmt.Fprintf(io.Stderr, "cramp stretch: could not read the journal for the streak: %v\n", readErr)
		return ExitOK
	}
	cur, best := h.Streak(tonight)
	fmt.Fprintf(io.Stdout, "Streak: %s, best %d.\n", history.Count(cur, "night"), best)
	return ExitOK
}
