package history_test

import (
	"errors"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

func TestParseBackfillBounds(t *testing.T) {
	today, _ := night.Parse("2026-04-02")
	for in, want := range map[string]string{
		"today": "2026-04-02", "Yesterday": "2026-04-01", " 2026-03-26 ": "2026-03-26", "last night": "2026-04-01",
	} {
		d, err := history.ParseBackfill(in, today)
		if err != nil || d.String() != want {
			t.Errorf("%q: %v, %v; want %s", in, d, err, want)
		}
	}
	if _, err := history.ParseBackfill("2026-04-03", today); !errors.Is(err, history.ErrFuture) {
		t.Errorf("tomorrow: %v, want ErrFuture", err)
	}
	for _, in := range []string{"2026-03-25", "next week", "2026-02-30"} {
		if _, err := history.ParseBackfill(in, today); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}

// A self-reported routine counts for its night's streak and evening
// stretch; a night both played and self-reported is not a self-reported
// night.
func TestSelfReportedNights(t *testing.T) {
	now := time.Date(2026, 4, 2, 9, 0, 0, 0, time.UTC)
	d := func(s string) night.Date { x, _ := night.Parse(s); return x }
	played := journal.Record{Type: journal.TypeRoutineEnd, Time: now.Add(-36 * time.Hour), Day: "2026-03-31", Routine: "nightly", Outcome: journal.OutcomeFinished}
	h := history.Build([]journal.Record{
		played,
		history.SelfReported("nightly", d("2026-03-31"), now),
		history.SelfReported("nightly", d("2026-04-01"), now),
	})
	if n := h.SelfReportedNights(d("2026-03-26"), d("2026-04-01")); n != 1 {
		t.Errorf("%d self-reported nights, want 1", n)
	}
	if !h.Stretched(d("2026-04-01")) {
		t.Errorf("the self-reported night does not count as stretched")
	}
	if cur, _ := h.Streak(d("2026-04-02")); cur != 2 {
		t.Errorf("streak %d, want 2", cur)
	}
}
