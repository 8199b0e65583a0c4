package journal

import (
	"slices"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// Weeks is how many weeks the heatmap shows.
const Weeks = 12

// Figures is everything the journal screen shows, worked out once from the
// journal (in a command, never in View).
type Figures struct {
	Now   time.Time
	Today night.Date // the current cramp night, night.OfCramp(Now)
	// Empty is set when the journal holds nothing at all.
	Empty bool
	// Since is the first night anything was recorded; earlier nights are
	// drawn blank, not as cramp-free.
	Since night.Date
	// Heat holds the heatmap's nights, Weeks×7 of them, oldest first,
	// starting on a Monday and ending on the Sunday of Today's week.
	Heat          []history.Night
	Last7, Last30 history.Window
	Streak, Best  int
	// Doctor holds the reasons to see a doctor; empty unless the
	// threshold is met.
	Doctor   []string
	Patterns []history.Pattern
	Tracked  int               // days with a checklist record, before tonight
	Episodes []history.Episode // newest first
	Bad      int               // journal lines skipped as unreadable
}

// Compute works out every figure of the screen from what the journal held.
// dayStart is when a routine night rolls over (tui.DayStart).
func Compute(recs []journal.Record, bad int, set *content.Set, now time.Time, dayStart time.Duration) Figures {
	return figuresOf(history.Build(recs), bad, set, now, dayStart)
}

func figuresOf(h *history.History, bad int, set *content.Set, now time.Time, dayStart time.Duration) Figures {
	f := Figures{Now: now, Today: night.OfCramp(now), Empty: h.Records == 0, Since: h.Since, Bad: bad}
	// The heatmap's columns are Monday-to-Sunday weeks, the last one this week.
	sunday := f.Today + night.Date((7-int(f.Today.Weekday()))%7)
	f.Heat = h.Nights(sunday-Weeks*7+1, sunday)
	f.Last7 = h.Last(f.Today, 7)
	f.Last30 = h.Last(f.Today, 30)
	f.Streak, f.Best = h.Streak(night.Of(now, dayStart))
	f.Doctor = h.SeeDoctor(set.RedFlags.SeeDoctor, f.Today)
	f.Patterns = h.Patterns(set.Checklist.Items, f.Today)
	f.Tracked = h.TrackedDays(h.Since, f.Today-1)
	f.Episodes = slices.Clone(h.Episodes)
	slices.Reverse(f.Episodes)
	return f
}

// Load writes what is queued on the journal, reads it and works out the
// figures (history.Load): a routine just finished counts in the streak, and
// a record that could not be written yet shows as if it had been. A read
// error keeps whatever was read before it and is returned alongside.
func Load(j *journal.Journal, set *content.Set, now time.Time, dayStart time.Duration) (Figures, error) {
	h, bad, err := history.Load(j)
	return figuresOf(h, bad, set, now, dayStart), err
}
