package history

import (
	"fmt"
	"slices"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/night"
)

// MinNights is how many nights each side of a pattern needs before the
// journal shows its figure: fewer, and one bad week would swing it.
const MinNights = 7

// StretchID names the pattern row for the bedtime routine when the content's
// checklist has no automatic stretch item of its own.
const StretchID = "bedtime-routine"

// Pattern compares the nights after an item was done with the nights after
// it was not. It says what went together, never what caused what.
type Pattern struct {
	ID      string
	Label   string
	Done    Tally // nights after the item was done
	NotDone Tally // nights after it was not
}

// Tally is a count of nights and how many of them had a cramp.
type Tally struct {
	Nights      int
	CrampNights int
}

// Percent is the share of the nights that had a cramp, rounded to a whole
// percent (0 when there are no nights).
func (t Tally) Percent() int {
	if t.Nights == 0 {
		return 0
	}
	return (200*t.CrampNights + t.Nights) / (2 * t.Nights)
}

// Enough reports whether both sides rest on at least MinNights nights, so
// the figures may be shown.
func (p Pattern) Enough() bool {
	return p.Done.Nights >= MinNights && p.NotDone.Nights >= MinNights
}

// Sentence is the pattern in words, for the report and plain output:
// "Nights after you ticked Evening stretch had cramps 20% of the time (of 15
// nights); nights after you didn't, 45% (of 11 nights)." or, until Enough,
// how many nights it has and needs.
func (p Pattern) Sentence() string {
	if !p.Enough() {
		return fmt.Sprintf("%s: not enough nights yet (%d ticked, %d not; %d of each needed).",
			p.Label, p.Done.Nights, p.NotDone.Nights, MinNights)
	}
	return fmt.Sprintf("Nights after you ticked %s had cramps %d%% of the time (of %d nights); nights after you didn't, %d%% (of %d nights).",
		p.Label, p.Done.Percent(), p.Done.Nights, p.NotDone.Percent(), p.NotDone.Nights)
}

// Patterns compares, for each daily checklist item (in content order) and
// for the bedtime routine, the nights after it was done with the nights
// after it was not.
//
// Which nights count: only those before today (tonight, from
// night.Rule.Tonight(now), is not over) whose day has at least one checklist
// record, a tick or an untick. On such a day the person had the checklist
// open, so an item left unticked was most likely not done; on a day with no
// record at all we cannot tell "not done" from "not recorded", and counting
// it would fill the "not done" side with nights the person was not keeping
// track. Every row rests on the same nights, the bedtime routine's too (a
// finished routine on a day with no checklist record is left out for the
// same reason), so the rows can be read side by side. A night counts as a
// cramp night when it has at least one episode (see Episode.Night).
//
// An automatic item (the evening stretch) is done when a routine was
// finished that night (see Done). When the content has no automatic stretch
// item, a row with ID StretchID is added for the routine.
func (h *History) Patterns(items []content.Item, today night.Date) []Pattern {
	days := make([]night.Date, 0, len(h.checks.days))
	for d := range h.checks.days {
		if d < today {
			days = append(days, d)
		}
	}
	slices.Sort(days)
	// What each counted day held, looked up once rather than per item.
	cramped := make([]bool, len(days))
	stretched := make([]bool, len(days))
	ticks := make([]ticks, len(days))
	j := 0
	for i, d := range days {
		for j < len(h.byNight) && h.byNight[j].Date < d {
			j++
		}
		cramped[i] = j < len(h.byNight) && h.byNight[j].Date == d
		stretched[i] = h.stretched[d]
		ticks[i] = h.checks.days[d]
	}
	tally := func(p *Pattern, done func(i int) bool) {
		for i := range days {
			side := &p.NotDone
			if done(i) {
				side = &p.Done
			}
			side.Nights++
			if cramped[i] {
				side.CrampNights++
			}
		}
	}
	byRoutine := func(i int) bool { return stretched[i] }

	var out []Pattern
	hasStretch := false
	for _, it := range items {
		if it.Frequency != content.Daily {
			continue
		}
		p := Pattern{ID: it.ID, Label: it.Label}
		// The same rule as Done: an automatic item is the routine.
		if it.Auto == content.AutoStretch {
			hasStretch = true
			tally(&p, byRoutine)
		} else {
			bit, ok := h.checks.bit(it.ID)
			tally(&p, func(i int) bool {
				if ok {
					return ticks[i].done&bit != 0
				}
				return h.checks.more[dayItem{days[i], it.ID}]
			})
		}
		out = append(out, p)
	}
	if !hasStretch {
		p := Pattern{ID: StretchID, Label: "Bedtime routine"}
		tally(&p, byRoutine)
		out = append(out, p)
	}
	return out
}

// TrackedDays counts the days from first to last (both included) with at
// least one checklist record: the days the checklist was in use.
func (h *History) TrackedDays(first, last night.Date) int {
	n := 0
	for d := range h.checks.days {
		if d >= first && d <= last {
			n++
		}
	}
	return n
}

// Adherence is how often the habits were kept over a period, for the report.
type Adherence struct {
	First, Last night.Date
	Days        int        // days in the period
	Tracked     int        // days with at least one checklist record
	Items       []ItemDays // daily and occasional items, in content order
	Routines    int        // nights with a finished bedtime routine
	Rest        int        // nights marked as rest nights (and not stretched)
}

// ItemDays is on how many days of a period an item was done.
type ItemDays struct {
	ID, Label string
	Days      int
}

// Adherence counts, for the days from first to last (both included), on
// how many each item was done (see Done), on how many nights a routine was
// finished, and how many were rest nights.
func (h *History) Adherence(items []content.Item, first, last night.Date) Adherence {
	a := Adherence{First: first, Last: last}
	if last < first {
		return a
	}
	a.Days = int(last-first) + 1
	a.Tracked = h.TrackedDays(first, last)
	for _, it := range items {
		row := ItemDays{ID: it.ID, Label: it.Label}
		for d := first; d <= last; d++ {
			if h.Done(d, it) {
				row.Days++
			}
		}
		a.Items = append(a.Items, row)
	}
	for d := first; d <= last; d++ {
		switch {
		case h.stretched[d]:
			a.Routines++
		case h.rest[d]:
			a.Rest++
		}
	}
	return a
}
