package check

import (
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// StripDays is how many days the strip shows, today included.
const StripDays = 7

// lookBack is how far back the last tick of an occasional item is looked for.
const lookBack = 366

// Row is one item as it stands on a day.
type Row struct {
	Item content.Item
	Done bool
	// Last is the last earlier day an occasional item was ticked, within
	// about a year; 0 when none.
	Last night.Date
}

// Occasional reports whether the item is one done now and then, outside
// the day's count.
func (r Row) Occasional() bool { return r.Item.Frequency == content.Occasional }

// Auto reports whether the item is ticked from another record (a finished
// bedtime routine) and never by hand.
func (r Row) Auto() bool { return r.Item.Auto != "" }

// Tally is how many of a day's daily items were done.
type Tally struct {
	Day         night.Date
	Done, Total int
}

// Ordered is the checklist's items as the screen lists them: daily items
// first, then occasional ones, each in file order.
func Ordered(c *content.Checklist) []content.Item {
	out := make([]content.Item, 0, len(c.Items))
	for _, it := range c.Items {
		if it.Frequency != content.Occasional {
			out = append(out, it)
		}
	}
	for _, it := range c.Items {
		if it.Frequency == content.Occasional {
			out = append(out, it)
		}
	}
	return out
}

// State is what the checklist shows: today's rows, progress and strip.
type State struct {
	Today    night.Date
	Rows     []Row
	Progress Tally
	// Strip is the last StripDays days, oldest first, today last.
	Strip []Tally
}

// doneFunc says whether an item counts as done on a day.
type doneFunc func(day night.Date, it content.Item) bool

// Compute folds the items and what is known about them into the state of
// day today.
func Compute(items []content.Item, today night.Date, done doneFunc) State {
	st := State{Today: today, Rows: make([]Row, len(items)), Strip: make([]Tally, StripDays)}
	for i, it := range items {
		r := Row{Item: it, Done: done(today, it)}
		if r.Occasional() {
			for d := today - 1; d > today-lookBack; d-- {
				if done(d, it) {
					r.Last = d
					break
				}
			}
		}
		st.Rows[i] = r
	}
	for i := range st.Strip {
		st.Strip[i] = tally(items, today-night.Date(StripDays-1-i), done)
	}
	st.Progress = st.Strip[StripDays-1]
	return st
}

func tally(items []content.Item, day night.Date, done doneFunc) Tally {
	t := Tally{Day: day}
	for _, it := range items {
		if it.Frequency == content.Occasional {
			continue
		}
		t.Total++
		if done(day, it) {
			t.Done++
		}
	}
	return t
}

// FromHistory is the done rule of history.Done, with ticks this process
// has written on top (newest last): the screen shows what it wrote, never a
// read from before it. Automatic items only come from the history.
func FromHistory(h *history.History, ticks []journal.Record) doneFunc {
	return func(day night.Date, it content.Item) bool {
		if it.Auto == "" && len(ticks) > 0 {
			ds := day.String()
			for i := len(ticks) - 1; i >= 0; i-- {
				if r := ticks[i]; r.Item == it.ID && r.Day == ds && r.Done != nil {
					return *r.Done
				}
			}
		}
		if h == nil {
			return false
		}
		return h.Done(day, it)
	}
}

// NextRollover is the first moment after now when a new day begins: the
// rollover time on the next date, on now's wall clock.
func NextRollover(now time.Time, dayStart time.Duration) time.Time {
	next := night.Of(now, dayStart) + 1
	y, m, d := next.Time(time.UTC).Date()
	// Built from the wall clock, not by adding hours, so a DST change the
	// night before does not move it.
	return time.Date(y, m, d, int(dayStart/time.Hour), int(dayStart%time.Hour/time.Minute), 0, 0, now.Location())
}
