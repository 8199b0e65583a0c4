package journalview_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/journal"
)

// TestGoldenViews snapshots the three views, with data and with an empty
// journal, and the edit and delete forms, with colour off.
func TestGoldenViews(t *testing.T) {
	states := []struct {
		name  string
		recs  func(testing.TB) []journal.Record
		keys  []string
		sizes [][2]int
	}{
		{"overview", sampleJournal, nil, nil},
		{"episodes", sampleJournal, []string{"2"}, nil},
		{"patterns", sampleJournal, []string{"3"}, nil},
		{"overview-quiet", quietJournal, nil, nil},
		{"empty-overview", nil, nil, nil},
		{"empty-episodes", nil, []string{"2"}, nil},
		{"empty-patterns", nil, []string{"3"}, nil},
		{"edit", sampleJournal, []string{"2", "down", "e", "right", "tab"}, nil},
		{"delete", sampleJournal, []string{"2", "d"}, nil},
		{"help", sampleJournal, []string{"?"}, nil},
	}
	for _, st := range states {
		for _, sz := range [][2]int{{80, 24}, {40, 12}, {20, 6}} {
			name := fmt.Sprintf("%s-%dx%d", st.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				var recs []journal.Record
				if st.recs != nil {
					recs = st.recs(t)
				}
				h := newHarness(t, recs)
				h.m.SetSize(sz[0], sz[1])
				h.press(st.keys...)
				got := h.screen()
				checkFits(t, got, sz[0], sz[1])
				golden.RequireEqual(t, got)
			})
		}
	}
}

// TestEverySizeRenders walks every size from 20×6 to 120×40 through each
// view and form: no panic, and every line fits.
func TestEverySizeRenders(t *testing.T) {
	for _, keys := range [][]string{nil, {"2"}, {"3"}, {"2", "e"}, {"2", "e", "tab"}, {"2", "d"}, {"?"}, {"!"}} {
		for _, recs := range []func(testing.TB) []journal.Record{sampleJournal, nil} {
			var rs []journal.Record
			if recs != nil {
				rs = recs(t)
			}
			h := newHarness(t, rs)
			h.press(keys...)
			for w := 20; w <= 120; w += 3 {
				for hgt := 6; hgt <= 40; hgt += 2 {
					m := h.m
					m.SetSize(w, hgt)
					checkFits(t, ansi.Strip(m.View()), w, hgt)
				}
			}
		}
	}
}

func checkFits(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%dx%d: %d lines:\n%s", w, h, len(lines), view)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i+1, lw, l)
		}
	}
}
