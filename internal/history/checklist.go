package history

import (
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// The checklist's day rules: which items count, what is done on a day, the
// progress and the strip of recent days, and when a new day begins. The
// checklist screen shows them; `cramp check` prints and ticks by them.

// StripDays is how many days the checklist's strip shows, today included.
const StripDays = 7

// lookBack is how far back the last tick of an occasional item is looked for.
const lookBack = 366

// ChecklistRow is one checklist item as it stands on a day.
type ChecklistRow struct {
	Item content.Item
	Done bool
	// Last is the last earlier day an occasional item was ticked, within
	// about a year; 0 when none.
	Last night.Date
}

// Occasional reports whether the item is one done now and then, outside
// the day's count.
func (r ChecklistRow) Occasional() bool { return r.Item.Frequency == content.Occasional }

// Auto reports whether the item is ticked from another record (a finished
// bedtime routine) and never by hand.
func (r ChecklistRow) Auto() bool { return r.Item.Auto != "" }

// DayTally is how many of a day's daily checklist items were done.
type DayTally struct {
	Day         night.Date
	Done, Total int
}

// OrderedItems is the checklist's items in the order they are listed:
// daily items first, then occasional ones, each in file order.
func OrderedItems(c *content.Checklist) []content.Item {
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

// ChecklistDay is the checklist on a day: its rows, progress and strip.
type ChecklistDay struct {
	Today    night.Date
	Rows     []ChecklistRow
	Progress DayTally
	// Strip is the last StripDays days, oldest first, today last.
	Strip []DayTally
}

// DoneFunc says whether an item counts as done on a day.
type DoneFunc func(day night.Date, it content.Item) bool

// ComputeChecklist folds the items and what is known about them into the
// checklist of day today.
func ComputeChecklist(items []content.Item, today night.Date, done DoneFunc) ChecklistDay {
	st := ChecklistDay{Today: today, Rows: make([]ChecklistRow, len(items)), Strip: make([]DayTally, StripDays)}
	for i, it := range items {
		r := ChecklistRow{Item: it, Done: done(today, it)}
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
		st.Strip[i] = dayTally(items, today-night.Date(StripDays-1-i), done)
	}
	st.Progress = st.Strip[StripDays-1]
	return st
}

func dayTally(items []content.Item, day night.Date, done DoneFunc) DayTally {
	t := DayTally{Day: day}
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

// DoneWithTicks is the done rule of History.Done, with ticks this process
// has written on top (newest last): what was just written shows, never a
// read from before it. Automatic items only come from the history. h may
// be nil (nothing read).
func DoneWithTicks(h *History, ticks []journal.Record) DoneFunc {
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

// NextRollover is the first moment after now when a new checklist day begins: the
// rollover time on the next date, on now's wall clock.
func NextRollover(now time.Time, dayStart time.Duration) time.Time {
	next := night.Rule{DayStart: dayStart}.Tonight(now) + 1
	y, m, d := next.Time(time.UTC).Date()
	// Built from the wall clock, not by adding hours, so a DST change the
	// night before does not move it.
	return time.Date(y, m, d, int(dayStart/time.Hour), int(dayStart%time.Hour/time.Minute), 0, 0, now.Location())
}

// Row finds the row of the item with id.
func (d ChecklistDay) Row(id string) (ChecklistRow, bool) {
	for _, r := range d.Rows {
		if r.Item.ID == id {
			return r, true
		}
	}
	return ChecklistRow{}, false
}

// Tick is the check record that ticks (done) or unticks item for the day
// now falls in: the day is taken when the tick is made, so a tick before
// the day start counts for the day before, and one just after the rollover
// for the new day, whatever was on show.
func Tick(item string, done bool, now time.Time, dayStart time.Duration) journal.Record {
	return journal.Record{
		Type: journal.TypeCheck,
		Time: now,
		Day:  night.Rule{DayStart: dayStart}.Day(now).String(),
		Item: item,
		Done: &done,
	}
}

// AutoWhy says why an automatic item cannot be ticked by hand.
func AutoWhy(it content.Item) string {
	if it.Auto == content.AutoStretch {
		return it.Label + " is ticked for you when you finish a bedtime routine (cramp stretch)."
	}
	return it.Label + " is ticked for you; it cannot be ticked by hand."
}
