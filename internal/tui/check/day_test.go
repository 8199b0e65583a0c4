package check_test

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/night"
)

// A tick made through the screen belongs to the day the fake clock says,
// by the rollover on the local wall clock, across both DST changes.
func TestTicksThroughTheScreenGoToTheRightDay(t *testing.T) {
	cases := []struct {
		name     string
		at       time.Time
		dayStart time.Duration
		want     string
	}{
		{"03:59 is the day before", time.Date(2026, 11, 24, 3, 59, 59, 0, berlin), night.DayStart, "2026-11-23"},
		{"04:00 is the new day", time.Date(2026, 11, 24, 4, 0, 0, 0, berlin), night.DayStart, "2026-11-24"},
		{"just after midnight is the day before", time.Date(2026, 11, 24, 0, 5, 0, 0, berlin), night.DayStart, "2026-11-23"},
		// 29 March 2026: clocks go from 02:00 to 03:00.
		{"spring forward, 03:30", time.Date(2026, 3, 29, 3, 30, 0, 0, berlin), night.DayStart, "2026-03-28"},
		{"spring forward, 03:59", time.Date(2026, 3, 29, 3, 59, 0, 0, berlin), night.DayStart, "2026-03-28"},
		{"spring forward, 04:00", time.Date(2026, 3, 29, 4, 0, 0, 0, berlin), night.DayStart, "2026-03-29"},
		// 25 October 2026: clocks go from 03:00 back to 02:00; 02:30 happens twice.
		{"fall back, first 02:30", time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC).In(berlin), night.DayStart, "2026-10-24"},
		{"fall back, second 02:30", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC).In(berlin), night.DayStart, "2026-10-24"},
		{"fall back, 03:59", time.Date(2026, 10, 25, 3, 59, 0, 0, berlin), night.DayStart, "2026-10-24"},
		{"fall back, 04:00", time.Date(2026, 10, 25, 4, 0, 0, 0, berlin), night.DayStart, "2026-10-25"},
		{"custom rollover 02:30, at 02:29", time.Date(2026, 11, 24, 2, 29, 0, 0, berlin), 150 * time.Minute, "2026-11-23"},
		{"custom rollover 02:30, at 02:30", time.Date(2026, 11, 24, 2, 30, 0, 0, berlin), 150 * time.Minute, "2026-11-24"},
		{"custom rollover 00:00, at 00:00", time.Date(2026, 11, 24, 0, 0, 0, 0, berlin), 0, "2026-11-24"},
		{"custom rollover 06:00, at 05:59", time.Date(2026, 11, 24, 5, 59, 0, 0, berlin), 6 * time.Hour, "2026-11-23"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := open(t, c.at)
			h.s.DayStart = c.dayStart
			h.Run(h.startCmd)
			h.Press("space")
			recs := h.checks()
			if len(recs) != 1 {
				t.Fatalf("%d records", len(recs))
			}
			if recs[0].Day != c.want {
				t.Errorf("a tick at %v (day starts %s) went to %s, want %s",
					c.at, night.FormatClock(c.dayStart), recs[0].Day, c.want)
			}
			if got := h.M.State().Today.String(); got != c.want {
				t.Errorf("the screen shows %s as today, want %s", got, c.want)
			}
		})
	}
}

// The screen stays open across 04:00: the next tick goes to the new day,
// even before the screen has been redrawn for it.
func TestATickAfterTheRolloverGoesToTheNewDay(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 24, 3, 58, 0, 0, berlin))
	h.Press("space") // fluids, for the 23rd
	h.Clock.Advance(3 * time.Minute)
	// No rollover tick delivered: the key itself sees the new day.
	h.Press("space")
	recs := h.checks()
	if len(recs) != 2 {
		t.Fatalf("%d records", len(recs))
	}
	if recs[0].Day != "2026-11-23" || !*recs[0].Done {
		t.Errorf("first tick %+v, want done on the 23rd", recs[0])
	}
	// On the new day fluids was not ticked yet, so the press ticks it.
	if recs[1].Day != "2026-11-24" || !*recs[1].Done {
		t.Errorf("second tick %+v, want done on the 24th", recs[1])
	}
	if !h.row("fluids").Done || h.M.State().Today.String() != "2026-11-24" {
		t.Error("the screen does not show the new day's tick")
	}
	if y := h.M.State().Strip[5]; y.Day.String() != "2026-11-23" || y.Done != 1 {
		t.Errorf("yesterday in the strip: %+v", y)
	}
}

// The refresh at the rollover is scheduled once, and a stale one is dropped.
func TestRolloverTickIsScheduledForTheNextDay(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 24, 3, 0, 0, 0, berlin))
	if d := h.Clock.LastDelay(); d != time.Hour {
		t.Errorf("rollover refresh in %v, want 1h", d)
	}
	h.Clock.Advance(time.Hour)
	due := h.Clock.Due()
	if len(due) != 1 {
		t.Fatalf("%d ticks due at 04:00", len(due))
	}
	h.Send(due[0])
	if d := h.Clock.LastDelay(); d != 24*time.Hour {
		t.Errorf("next refresh in %v, want 24h", d)
	}
	before := h.M.State()
	h.M, _ = h.M.Update(due[0]) // delivered twice: the second is stale
	if h.M.State().Today != before.Today {
		t.Error("a stale rollover tick changed the day")
	}
}
