package history

import (
	"slices"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// HeatmapWeeks is how many weeks the journal's heatmap shows.
const HeatmapWeeks = 12

// Figures is everything the journal shows (the screen and `cramp journal`
// printed), worked out once from the journal, never while drawing.
type Figures struct {
	Now   time.Time
	Today night.Date // tonight by the one night rule (night.Rule.Tonight): the last night of every window
	// Empty is set when the journal holds nothing at all.
	Empty bool
	// Since is the first night anything was recorded; earlier nights are
	// drawn blank, not as cramp-free.
	Since night.Date
	// Heat holds the heatmap's nights, HeatmapWeeks×7 of them, oldest first,
	// starting on a Monday and ending on the Sunday of Today's week.
	Heat          []Night
	Last7, Last30 Window
	Streak, Best  int
	// Doctor holds the reasons to see a doctor; empty unless the
	// threshold is met.
	Doctor   []string
	Patterns []Pattern
	Tracked  int       // days with a checklist record, before tonight
	Episodes []Episode // newest first
	Bad      int       // journal lines skipped as unreadable
}

// FiguresOf works out every figure from the folded journal (h, and bad
// lines skipped). dayStart is when a routine night rolls over. It does no
// I/O.
func FiguresOf(h *History, bad int, set *content.Set, now time.Time, dayStart time.Duration) Figures {
	rule := night.Rule{DayStart: dayStart}
	f := Figures{Now: now, Today: rule.Tonight(now), Empty: h.Records == 0, Since: h.Since, Bad: bad}
	// The heatmap's columns are Monday-to-Sunday weeks, the last one this week.
	sunday := f.Today + night.Date((7-int(f.Today.Weekday()))%7)
	f.Heat = h.Nights(sunday-HeatmapWeeks*7+1, sunday)
	f.Last7 = h.Last(f.Today, 7)
	f.Last30 = h.Last(f.Today, 30)
	f.Streak, f.Best = h.Streak(f.Today)
	f.Doctor = h.SeeDoctor(set.RedFlags.SeeDoctor, f.Today)
	f.Patterns = h.Patterns(set.Checklist.Items, f.Today)
	f.Tracked = h.TrackedDays(h.Since, f.Today-1)
	f.Episodes = slices.Clone(h.Episodes)
	slices.Reverse(f.Episodes)
	return f
}

// LoadFigures writes what is queued on the journal, reads it and works out
// the figures (see Load): a routine just finished counts in the streak, and
// a record that could not be written yet shows as if it had been. A read
// error keeps whatever was read before it and is returned alongside.
func LoadFigures(j *journal.Journal, set *content.Set, now time.Time, dayStart time.Duration) (Figures, error) {
	h, bad, err := Load(j)
	return FiguresOf(h, bad, set, now, dayStart), err
}
