package cli

import (
	"fmt"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// checkClock is the clock `cramp check` and `cramp stretch --done` read;
// tests set a fake one to tick a day before.
var checkClock clock.Clock = clock.Real{}

// backfillDay is the day a backfilled record is for, when one was given.
type backfillDay struct {
	day night.Date
	set bool
}

// backfill reads --day for `cramp check ITEM --day D`: a day to come or
// more than a week back is a usage error (exit 2) and nothing is written.
func (c *checkRun) backfill(v string) (code int, ok bool) {
	d, err := history.ParseBackfill(v, night.Rule{DayStart: c.dayStart}.Tonight(c.now))
	if err != nil {
		fmt.Fprintf(c.io.Stderr, "cramp check: --day %v; nothing was saved\n", err)
		return ExitUsage, false
	}
	c.on = backfillDay{day: d, set: true}
	return 0, true
}

// stretchDone is `cramp stretch --done [--night N] [--routine R]`: a
// routine done without the app, recorded as finished and self-reported for
// night N (tonight unless told), so it counts for the streak and the
// evening-stretch item. A night that already counts is said, not written
// again.
func stretchDone(g *globals, set *content.Set, routine, nightArg string, io IO) int {
	dayStart, err := g.dayStart(io.Getenv)
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp stretch: %v\n", err)
		return ExitUsage
	}
	now := checkClock.Now()
	tonight := night.Rule{DayStart: dayStart}.Tonight(now)
	day := tonight
	if nightArg != "" {
		if day, err = history.ParseBackfill(nightArg, tonight); err != nil {
			fmt.Fprintf(io.Stderr, "cramp stretch: --night %v; nothing was saved\n", err)
			return ExitUsage
		}
	}
	if routine == "" {
		routine = set.Routines.Default
	}
	r, ok := set.Routines.Routine(routine)
	if !ok {
		fmt.Fprintf(io.Stderr, "cramp stretch: unknown routine %q; nothing was saved\n", routine)
		return ExitUsage
	}
	which := "tonight"
	if day != tonight {
		which = "the night of " + history.NightName(day)
	}
	j := journal.Open(journal.Dir(g.data, io.Getenv))
	h, bad, readErr := history.Load(j)
	if bad > 0 {
		fmt.Fprintln(io.Stderr, "cramp stretch:", history.Skipped(bad), "The streak may be shorter than it is.")
	}
	if readErr == nil && h.Stretched(day) {
		fmt.Fprintf(io.Stdout, "A routine already counts for %s (%s); nothing new was saved.\n", which, day)
	} else {
		if _, err := j.Append(history.SelfReported(r.ID, day, now)); err != nil {
			fmt.Fprintf(io.Stderr, "cramp stretch: could not save it: %v\n", err)
			return ExitFailure
		}
		fmt.Fprintf(io.Stdout, "Recorded %s (%s) for %s (%s), done without the app: it counts for your streak, marked as self-reported.\n",
			r.Title, r.ID, which, day)
		h, _, readErr = history.Load(j)
	}
	return sayStreak(io, h, readErr, tonight)
}
