package stretch_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

var sizes = []struct{ w, h int }{{80, 24}, {40, 12}, {20, 6}}

// TestGoldenViews snapshots the player, the picker and the completion
// screen at three terminal sizes, colour off, so a layout change is a
// reviewed diff.
func TestGoldenViews(t *testing.T) {
	nightly := stretch.Options{Routine: "nightly"}
	states := []struct {
		name  string
		opts  stretch.Options
		setup func(h *harness)
	}{
		{"get-ready", nightly, func(h *harness) { h.Fire(2 * time.Second) }},
		{"hold", nightly, func(h *harness) { h.through(getReady + 12*time.Second) }},
		{"switch", nightly, func(h *harness) { h.through(getReady + hold + time.Second) }},
		{"paused", nightly, func(h *harness) { h.through(getReady + 7*time.Second); h.Press("space") }},
		{"seated", nightly, func(h *harness) { h.through(getReady + 3*time.Second); h.Press("t") }},
		{"reps", nightly, func(h *harness) { h.Press("n", "n", "n", "n", "n", "n") }},
		{"leaving", nightly, func(h *harness) { h.through(getReady + 3*time.Second); h.Press("q") }},
		{"picker", stretch.Options{}, func(h *harness) {}},
		{"picker-rest-question", stretch.Options{}, func(h *harness) { h.Press("z") }},
		{"picker-rest", stretch.Options{}, func(h *harness) { h.Press("z", "y") }},
		{"picker-hold", stretch.Options{Hold: 3 * time.Second}, func(h *harness) {}},
		{"complete", stretch.Options{Routine: "short"}, func(h *harness) {
			for i := 1; i <= 6; i++ { // six nights before, one of them rest
				d := evening.AddDate(0, 0, -i)
				r := journal.Record{Type: journal.TypeRoutineEnd, Time: d, Day: d.Format(time.DateOnly), Routine: "short", Outcome: journal.OutcomeFinished}
				if i == 3 {
					r = journal.Record{Type: journal.TypeRoutineRest, Time: d, Day: d.Format(time.DateOnly)}
				}
				if i == 5 {
					continue // a night missed
				}
				if _, err := h.s.Journal.Append(r); err != nil {
					h.T.Fatal(err)
				}
			}
			playShort(h)
		}},
		{"complete-skipped", stretch.Options{Routine: "short"}, func(h *harness) {
			appendFinishedLastNight(h)
			h.through(getReady + hold) // the first side done, the rest skipped
			h.Press("n", "n", "n")
		}},
	}
	for _, st := range states {
		for _, sz := range sizes {
			name := fmt.Sprintf("%s-%dx%d", st.name, sz.w, sz.h)
			t.Run(name, func(t *testing.T) {
				h := newHarness(t, st.opts)
				st.setup(h)
				h.M.SetSize(sz.w, sz.h)
				got := ansi.Strip(h.M.View())
				testkit.CheckFits(t, got, sz.w, sz.h)
				golden.RequireEqual(t, got)
			})
		}
	}
}

func TestResizeMidHoldKeepsTheTime(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady + 4*time.Second)
	before := h.M.Timer().Remaining()
	for _, sz := range []struct{ w, h int }{{20, 6}, {120, 40}, {33, 9}, {80, 24}} {
		h.M.SetSize(sz.w, sz.h)
		_ = h.M.View()
	}
	if got := h.M.Timer().Remaining(); got != before {
		t.Fatalf("remaining after resizes = %v, want %v", got, before)
	}
}

// BenchmarkPlayerView is the cost of one frame of the player while a hold
// counts down (it runs about once a second). Budget: ≤ 200 µs at 120×40.
func BenchmarkPlayerView(b *testing.B) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		b.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(b *testing.B) {
			h := newHarness(b, stretch.Options{Routine: "nightly"})
			h.through(getReady + 3*time.Second)
			h.M.SetSize(sz.w, sz.h)
			b.ReportAllocs()
			for b.Loop() {
				_ = h.M.View()
			}
		})
	}
}

// BenchmarkPlayerRebuild is the cost of rebuilding the whole player frame
// and drawing it, as on a resize or a change of step; the once-a-second
// tick redraws only the time and the bar, which costs less.
func BenchmarkPlayerRebuild(b *testing.B) {
	h := newHarness(b, stretch.Options{Routine: "nightly"})
	h.through(getReady + 3*time.Second)
	b.ReportAllocs()
	for b.Loop() {
		h.M.SetSize(120, 40)
		_ = h.M.View()
	}
}
