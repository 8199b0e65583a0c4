package history_test

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
)

// streakRoutineAt is a routine.end record as the player writes it: the
// night is the one the moment falls in on the local clock (04:00 rollover).
func streakRoutineAt(at time.Time, outcome string) journal.Record {
	return journal.Record{Type: journal.TypeRoutineEnd, Time: at, Day: night.Of(at, night.DayStart).String(),
		Routine: "nightly", Outcome: outcome}
}

func streakRestOn(d night.Date) journal.Record {
	return journal.Record{Type: journal.TypeRoutineRest, Time: d.Time(time.UTC).Add(22 * time.Hour), Day: d.String()}
}

func TestStreakGapsAndRestNights(t *testing.T) {
	today := date(t, "2026-11-23")
	at := func(d night.Date) time.Time { return d.Time(time.UTC).Add(22 * time.Hour) }
	cases := []struct {
		name          string
		recs          []journal.Record
		current, best int
	}{
		{"nothing yet", nil, 0, 0},
		{"tonight only", []journal.Record{streakRoutineAt(at(today), journal.OutcomeFinished)}, 1, 1},
		{"last night counts while tonight is not over", []journal.Record{
			streakRoutineAt(at(today-2), journal.OutcomeFinished),
			streakRoutineAt(at(today-1), journal.OutcomeFinished),
		}, 2, 2},
		{"a gap of one night breaks it", []journal.Record{
			streakRoutineAt(at(today-4), journal.OutcomeFinished),
			streakRoutineAt(at(today-3), journal.OutcomeFinished),
			streakRoutineAt(at(today-2), journal.OutcomeFinished),
			streakRoutineAt(at(today), journal.OutcomeFinished),
		}, 1, 3},
		{"a rest night fills the gap", []journal.Record{
			streakRoutineAt(at(today-4), journal.OutcomeFinished),
			streakRoutineAt(at(today-3), journal.OutcomeFinished),
			streakRoutineAt(at(today-2), journal.OutcomeFinished),
			streakRestOn(today - 1),
			streakRoutineAt(at(today), journal.OutcomeFinished),
		}, 5, 5},
		{"rest nights alone keep it", []journal.Record{streakRestOn(today - 1), streakRestOn(today)}, 2, 2},
		{"a routine left part-way does not count", []journal.Record{
			streakRoutineAt(at(today-1), journal.OutcomeFinished),
			streakRoutineAt(at(today), journal.OutcomeLeft),
		}, 1, 1},
		{"a left routine and a rest night the same night count once", []journal.Record{
			streakRoutineAt(at(today-1), journal.OutcomeLeft),
			streakRestOn(today - 1),
			streakRoutineAt(at(today), journal.OutcomeFinished),
		}, 2, 2},
		{"two nights missed: current is 0, best stays", []journal.Record{
			streakRoutineAt(at(today-5), journal.OutcomeFinished),
			streakRoutineAt(at(today-4), journal.OutcomeFinished),
			streakRoutineAt(at(today-3), journal.OutcomeFinished),
		}, 0, 3},
		// The completion screen's z plans tomorrow as a rest night; it
		// counts once it comes, and never before.
		{"a rest night planned for tomorrow does not count yet", []journal.Record{
			streakRoutineAt(at(today-1), journal.OutcomeFinished),
			streakRoutineAt(at(today), journal.OutcomeFinished),
			streakRestOn(today + 1),
		}, 2, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cur, best := history.Build(tc.recs).Streak(today)
			if cur != tc.current || best != tc.best {
				t.Errorf("streak %d best %d, want %d and %d", cur, best, tc.current, tc.best)
			}
		})
	}
}

func TestStreakPlannedRestCountsWhenItsNightComes(t *testing.T) {
	today := date(t, "2026-11-23")
	recs := []journal.Record{
		streakRoutineAt(today.Time(time.UTC).Add(22*time.Hour), journal.OutcomeFinished),
		streakRestOn(today + 1),
	}
	if cur, best := history.Build(recs).Streak(today + 1); cur != 2 || best != 2 {
		t.Errorf("tomorrow: streak %d best %d, want 2 and 2", cur, best)
	}
}

// Nights are counted on the local wall clock, so the nights when the clocks
// go forward (a 23-hour day) or back (25 hours) are still one night each, and
// a routine finished just after midnight, before the 04:00 rollover, belongs
// to the evening before.
func TestStreakAcrossDSTChanges(t *testing.T) {
	loc := testkit.Berlin
	for _, tc := range []struct {
		name  string
		first time.Time // the first of seven evenings
	}{
		{"spring forward", time.Date(2026, 3, 26, 22, 30, 0, 0, loc)}, // clocks go 02:00 → 03:00 on 29 March
		{"fall back", time.Date(2026, 10, 22, 22, 30, 0, 0, loc)},     // clocks go 03:00 → 02:00 on 25 October
	} {
		t.Run(tc.name, func(t *testing.T) {
			var recs []journal.Record
			for i := range 7 {
				at := tc.first.AddDate(0, 0, i)
				if i == 3 {
					// The change night itself: finished at 03:30 local,
					// after midnight and before the rollover.
					at = time.Date(at.Year(), at.Month(), at.Day()+1, 3, 30, 0, 0, loc)
				}
				recs = append(recs, streakRoutineAt(at, journal.OutcomeFinished))
			}
			// Read back through the journal, as the screens do.
			recs = roundTrip(t, recs...).Records
			today := night.Of(tc.first.AddDate(0, 0, 6), night.DayStart)
			if cur, best := history.Build(recs).Streak(today); cur != 7 || best != 7 {
				t.Errorf("streak %d best %d, want 7 and 7 (days %v)", cur, best, days(recs))
			}
			// The morning after, before the rollover, is still the last night.
			morning := time.Date(tc.first.Year(), tc.first.Month(), tc.first.Day()+7, 3, 59, 0, 0, loc)
			if cur, _ := history.Build(recs).Streak(night.Of(morning, night.DayStart)); cur != 7 {
				t.Errorf("at %v: streak %d, want 7", morning, cur)
			}
		})
	}
}

func days(recs []journal.Record) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = r.Day
	}
	return out
}
