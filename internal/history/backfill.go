package history

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// BackfillDays is how far back a tick or a routine done without the app can
// be recorded: a week, while the person still remembers it. The checklist
// screen steps back as far.
const BackfillDays = 7

// ErrFuture is a day or night that has not come yet: nothing can be
// recorded for it.
var ErrFuture = errors.New("that day has not come yet")

// ParseBackfill reads the day a backfilled record is for: "today",
// "yesterday" (also "tonight", "last night") or a date like 2026-11-23, no
// later than today and at most BackfillDays before it.
func ParseBackfill(s string, today night.Date) (night.Date, error) {
	var d night.Date
	switch v := strings.ToLower(strings.TrimSpace(s)); v {
	case "today", "tonight":
		d = today
	case "yesterday", "last night", "last-night":
		d = today - 1
	default:
		var err error
		if d, err = night.Parse(v); err != nil {
			return 0, fmt.Errorf("%q: want today, yesterday or a date like %s", s, today)
		}
	}
	switch {
	case d > today:
		return 0, fmt.Errorf("%s: %w (today is %s)", d, ErrFuture, today)
	case d < today-BackfillDays:
		return 0, fmt.Errorf("%s is more than %d days ago; the earliest is %s", d, BackfillDays, today-BackfillDays)
	}
	return d, nil
}

// TickOn is the check record that ticks (done) or unticks item for day,
// written at now: the day it is for, and when it was written.
func TickOn(item string, done bool, day night.Date, now time.Time) journal.Record {
	return journal.Record{Type: journal.TypeCheck, Time: now, Day: day.String(), Item: item, Done: &done}
}

// SelfReported is the routine.end record for a routine done without the
// app on night day, written at now: finished, so it counts for the streak
// and the evening-stretch item, and marked self-reported.
func SelfReported(routine string, day night.Date, now time.Time) journal.Record {
	return journal.Record{
		Type: journal.TypeRoutineEnd, Time: now, Day: day.String(), Routine: routine,
		Outcome: journal.OutcomeFinished, SelfReported: true,
	}
}

// SelfReportedNights counts the nights from first to last (both included)
// whose finished routine was only ever self-reported: none was played in
// the app that night.
func (h *History) SelfReportedNights(first, last night.Date) int {
	self, played := map[night.Date]bool{}, map[night.Date]bool{}
	for _, r := range h.Routines {
		if !r.Finished || r.Night < first || r.Night > last {
			continue
		}
		if r.SelfReported {
			self[r.Night] = true
		} else {
			played[r.Night] = true
		}
	}
	n := 0
	for d := range self {
		if !played[d] {
			n++
		}
	}
	return n
}
