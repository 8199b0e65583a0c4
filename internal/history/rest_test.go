package history_test

import (
	"github.com/crampcoach/cramp/internal/testkit"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
)

// A rest night marked after tonight's routine was finished plans tomorrow
// night: tonight already counts.
func TestRestNightIsTomorrowOnceTonightCounts(t *testing.T) {
	tonight := date(t, "2026-11-23")
	if got := history.RestNight(tonight, false); got != tonight {
		t.Errorf("without a routine tonight: %v, want tonight %v", got, tonight)
	}
	if got := history.RestNight(tonight, true); got != tonight+1 {
		t.Errorf("with tonight's routine finished: %v, want tomorrow %v", got, tonight+1)
	}
}

func TestRestRecordMarksTheNight(t *testing.T) {
	day := date(t, "2026-11-24")
	now := time.Date(2026, 11, 23, 22, 0, 0, 0, testkit.Berlin)
	h := history.Build(roundTrip(t, history.RestRecord(day, now)).Records)
	if r := history.RestRecord(day, now); r.Type != journal.TypeRoutineRest || r.Day != "2026-11-24" || !r.Time.Equal(now) {
		t.Errorf("RestRecord = %+v", r)
	}
	if !h.Rest(day) || h.Rest(day-1) {
		t.Error("the record does not mark its own night, and only it, as a rest night")
	}
}
