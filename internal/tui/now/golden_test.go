package now_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/tui/now"
)

var sizes = []struct{ w, h int }{{80, 24}, {40, 12}, {20, 6}}

// TestGoldenViews snapshots every relief state at three terminal sizes, with
// colour off, so a layout change is a reviewed diff.
func TestGoldenViews(t *testing.T) {
	states := []struct {
		name  string
		setup func(h *harness)
	}{
		{"stretch", func(h *harness) { h.Fire(3 * time.Second) }},
		{"stretch-left-foot", func(h *harness) { h.Press("f", "l") }},
		{"asking", func(h *harness) { h.Fire(h.M.Hold().Total()) }},
		{"stand", func(h *harness) { h.Fire(h.M.Hold().Total()); h.Press("1") }},
		{"walk", func(h *harness) { h.Fire(h.M.Hold().Total()); h.Press("1", "1") }},
		{"massage", func(h *harness) { h.Fire(h.M.Hold().Total()); h.Press("2") }},
		{"eased", func(h *harness) { h.Fire(95 * time.Second); h.Press("e", "right") }},
	}
	for _, st := range states {
		for _, sz := range sizes {
			name := fmt.Sprintf("%s-%dx%d", st.name, sz.w, sz.h)
			t.Run(name, func(t *testing.T) {
				h := newHarness(t, now.Options{})
				st.setup(h)
				h.M.SetSize(sz.w, sz.h)
				got := ansi.Strip(h.M.View())
				testkit.CheckFits(t, got, sz.w, sz.h)
				golden.RequireEqual(t, got)
			})
		}
	}
}

// TestGoldenAftercareAndEscalation snapshots aftercare at the sizes it
// was once blank at, and the escalation's marker once the panel has gone.
func TestGoldenAftercareAndEscalation(t *testing.T) {
	states := []struct {
		name  string
		w, h  int
		setup func(h *harness)
	}{
		{"aftercare-80x30", 80, 30, func(h *harness) { h.Fire(95 * time.Second); h.Press("e") }},
		{"aftercare-120x40", 120, 40, func(h *harness) { h.Fire(95 * time.Second); h.Press("e") }},
		{"aftercare-under-a-second-80x24", 80, 24, func(h *harness) { h.Fire(300 * time.Millisecond); h.Press("e") }},
		{"escalated-80x24", 80, 24, func(h *harness) { h.Press("c"); h.Fire(h.s.Content.Relief.EscalateAfter.Duration + 5*time.Second) }},
		{"escalated-aftercare-80x24", 80, 24, func(h *harness) {
			h.Fire(h.s.Content.Relief.EscalateAfter.Duration + 5*time.Second)
			h.Press("e")
		}},
		{"came-back-80x24", 80, 24, func(h *harness) { h.Fire(40 * time.Second); h.Press("e", "b"); h.Fire(3 * time.Second) }},
	}
	for _, st := range states {
		t.Run(st.name, func(t *testing.T) {
			h := newHarness(t, now.Options{})
			st.setup(h)
			h.M.SetSize(st.w, st.h)
			got := ansi.Strip(h.M.View())
			testkit.CheckFits(t, got, st.w, st.h)
			golden.RequireEqual(t, got)
		})
	}
}

func TestResizeMidHoldKeepsTheTime(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(4 * time.Second)
	before := h.M.Hold().Remaining()
	for _, sz := range []struct{ w, h int }{{20, 6}, {120, 40}, {33, 9}, {80, 24}} {
		h.M.SetSize(sz.w, sz.h)
		_ = h.M.View()
	}
	if got := h.M.Hold().Remaining(); got != before {
		t.Fatalf("remaining after resizes = %v, want %v", got, before)
	}
	h.Fire(h.M.Hold().Remaining())
	if !h.M.Asking() {
		t.Fatal("hold did not end at its deadline after resizing")
	}
}

// BenchmarkView is the cost of one frame of the relief screen while a hold
// counts down (it runs once a second).
func BenchmarkView(b *testing.B) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		b.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(b *testing.B) {
			h := newHarness(b, now.Options{Site: "calf", Side: "left"})
			h.M.SetSize(sz.w, sz.h)
			b.ReportAllocs()
			for b.Loop() {
				_ = h.M.View()
			}
		})
	}
}
