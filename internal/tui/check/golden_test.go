package check_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit"
)

var sizes = []struct{ w, h int }{{80, 24}, {40, 12}, {20, 6}}

// week is a week of records ending on the evening of Monday 23 November:
// some days full, some empty, a finished routine tonight, and the
// medicine review three weeks ago.
func week() []journal.Record {
	var recs []journal.Record
	daily := []string{"fluids", "shoes", "bedding", "alcohol-caffeine", "movement", "heat", "varied-diet"}
	done := map[string]int{"2026-11-17": 7, "2026-11-18": 5, "2026-11-19": 2, "2026-11-21": 7, "2026-11-22": 4, "2026-11-23": 3}
	for d, n := range done {
		for _, id := range daily[:n] {
			recs = append(recs, checkRec(d, id, true, evening))
		}
	}
	return append(recs,
		finishedRoutine("2026-11-17", evening), finishedRoutine("2026-11-21", evening), finishedRoutine("2026-11-23", evening),
		checkRec("2026-11-02", "medicine-review", true, evening),
	)
}

// TestGoldenViews snapshots the checklist's states at three sizes, colour off.
func TestGoldenViews(t *testing.T) {
	states := []struct {
		name  string
		setup func(h *harness)
	}{
		{"list", func(h *harness) {}},
		{"ticked", func(h *harness) { h.Press("j", "j", "j", "space") }},
		{"bottom", func(h *harness) { h.moveTo("medicine-review") }},
		{"auto", func(h *harness) { h.moveTo("evening-stretch"); h.Press("space") }},
		{"why", func(h *harness) { h.Press("w") }},
		{"why-occasional", func(h *harness) { h.moveTo("medicine-review"); h.Press("w") }},
	}
	for _, st := range states {
		for _, sz := range sizes {
			name := fmt.Sprintf("%s-%dx%d", st.name, sz.w, sz.h)
			t.Run(name, func(t *testing.T) {
				h := newHarness(t, evening, week()...)
				h.M.SetSize(sz.w, sz.h)
				st.setup(h)
				got := ansi.Strip(h.M.View())
				testkit.CheckFits(t, got, sz.w, sz.h)
				golden.RequireEqual(t, got)
			})
		}
	}
	for _, sz := range sizes {
		t.Run(fmt.Sprintf("loading-%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := open(t, evening, week()...)
			h.M.SetSize(sz.w, sz.h)
			got := ansi.Strip(h.M.View())
			testkit.CheckFits(t, got, sz.w, sz.h)
			golden.RequireEqual(t, got)
		})
	}
}

// The highlighted row is on screen however small the terminal.
func TestTheHighlightedRowIsAlwaysVisible(t *testing.T) {
	h := newHarness(t, evening, week()...)
	for i := range len(h.M.State().Rows) {
		for _, sz := range sizes {
			m := h.M
			m.SetSize(sz.w, sz.h)
			v := ansi.Strip(m.View())
			if !strings.Contains(v, "›") {
				t.Errorf("row %d at %dx%d: no highlighted row:\n%s", i, sz.w, sz.h, v)
			}
		}
		h.Press("j")
	}
}

// A tick an hour from now changes nothing in these views: the clock is fake.
var _ = time.Hour
