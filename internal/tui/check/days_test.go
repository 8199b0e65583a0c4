package check_test

import (
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/night"
)

// ← steps back to yesterday, shows yesterday's ticks and ticks there for
// yesterday, written now; → comes back to today, untouched.
func TestLeftTicksYesterday(t *testing.T) {
	h := newHarness(t, evening, checkRec("2026-11-22", "bedding", true, evening.Add(-24*time.Hour)))
	h.Press("left")
	if h.M.Back() != 1 || h.M.State().Today.String() != "2026-11-22" {
		t.Fatalf("after ←: %d back, on %s", h.M.Back(), h.M.State().Today)
	}
	if v := h.view(); !strings.Contains(v, "Sun 22 Nov, yesterday") || !strings.Contains(v, "[x] Loose bedding") || strings.Contains(v, "today") {
		t.Errorf("yesterday's view:\n%s", v)
	}
	h.Press("space") // fluids, the first row
	recs := h.checks()
	last := recs[len(recs)-1]
	if last.Day != "2026-11-22" || last.Item != "fluids" || !last.Time.Equal(evening) {
		t.Errorf("the tick on yesterday is %+v, want fluids for 2026-11-22 written at %v", last, evening)
	}
	if !h.row("fluids").Done {
		t.Error("fluids is not ticked on yesterday's list")
	}
	h.Press("right")
	if h.M.Back() != 0 || h.row("fluids").Done || h.row("bedding").Done {
		t.Errorf("today after →: %d back, fluids %v, bedding %v", h.M.Back(), h.row("fluids").Done, h.row("bedding").Done)
	}
	if v := h.view(); !strings.Contains(v, "Mon 23 Nov") || !strings.Contains(v, "0 of 8 today") {
		t.Errorf("today's view:\n%s", v)
	}
	h.Press("right") // already today: stays
	if h.M.Back() != 0 {
		t.Errorf("→ went past today")
	}
}

// ← stops a week back and says so; h and l do what ← and → do.
func TestStepsBackAWeekAtMost(t *testing.T) {
	h := newHarness(t, evening)
	for range history.BackfillDays + 2 {
		h.Press("h")
	}
	if h.M.Back() != history.BackfillDays || h.M.State().Today.String() != "2026-11-16" {
		t.Fatalf("%d back, on %s", h.M.Back(), h.M.State().Today)
	}
	if !strings.Contains(h.M.Notice(), "7 days at most") {
		t.Errorf("notice %q", h.M.Notice())
	}
	if v := h.view(); !strings.Contains(v, "7 days ago") {
		t.Errorf("the header does not say the day:\n%s", v)
	}
	h.Press("l")
	if h.M.Back() != history.BackfillDays-1 {
		t.Errorf("l: %d back", h.M.Back())
	}
}

// A routine self-reported for yesterday ticks yesterday's evening stretch.
func TestSelfReportedRoutineTicksItsNight(t *testing.T) {
	day := night.Of(evening, night.DayStart) - 1
	h := newHarness(t, evening, history.SelfReported("nightly", day, evening))
	h.Press("left")
	if !h.row("evening-stretch").Done {
		t.Error("yesterday's evening stretch is not ticked by the self-reported routine")
	}
	h.Press("right")
	if h.row("evening-stretch").Done {
		t.Error("today's evening stretch is ticked")
	}
}
