package journal_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// eachSize runs check on the screen, stripped of colour, at sizes from 20×6
// to 120×40.
func eachSize(t *testing.T, h *harness, check func(t *testing.T, w, hgt int, screen string)) {
	t.Helper()
	for w := 20; w <= 120; w += 3 {
		for hgt := 6; hgt <= 40; hgt += 2 {
			m := h.M
			m.SetSize(w, hgt)
			check(t, w, hgt, ansi.Strip(m.View()))
		}
	}
}

func flat(screen string) string { return strings.Join(strings.Fields(screen), " ") }

// A failed save says why on every view and at every size, even where the
// rest of the notice (the file's path) is cut.
func TestTheReasonASaveFailedIsAlwaysOnScreen(t *testing.T) {
	for _, view := range []string{"1", "2", "3"} {
		h := newHarness(t, sampleJournal(t))
		h.Press(view)
		h.M, _ = h.M.Update(saveFailed(h.M))
		eachSize(t, h, func(t *testing.T, w, hgt int, screen string) {
			if !strings.Contains(flat(screen), "Couldn't save (permission denied)") {
				t.Errorf("view %s at %dx%d hides why the save failed:\n%s", view, w, hgt, screen)
			}
		})
	}
}

// The see-a-doctor notice shows whole from 40×12, the heatmap and counts
// giving way; below that, what to do comes first.
func TestSeeDoctorNoticeComesBeforeTheHeatmap(t *testing.T) {
	h := newHarness(t, longCrampJournal(t))
	todo := h.s.Content.RedFlags.SeeDoctor.Text
	eachSize(t, h, func(t *testing.T, w, hgt int, screen string) {
		scr := flat(screen)
		switch {
		case w >= 40 && hgt >= 12:
			for _, want := range append(h.M.Figures().Doctor, todo) {
				if !strings.Contains(scr, want) {
					t.Errorf("%dx%d: the notice lacks %q:\n%s", w, hgt, want, screen)
				}
			}
		case !strings.Contains(scr, "worth it: book an appointment"):
			t.Errorf("%dx%d: the notice does not start:\n%s", w, hgt, screen)
		}
	})
}

// The compact counts say what they count.
func TestShortOverviewCountsSayWhatTheyCount(t *testing.T) {
	h := newHarness(t, quietJournal(t))
	for _, c := range []struct {
		w, h int
		want string
	}{
		{80, 12, "Cramps on 0 of the last 7 nights, 3 of 30 · stretch streak 0"},
		{50, 12, "Cramps on 0 of 7 nights, 3 of 30 · streak 0"},
		{40, 12, "Cramp nights: 0/7, 3/30 · streak 0"},
		{20, 6, "Cramp nights: 0/7"},
	} {
		m := h.M
		m.SetSize(c.w, c.h)
		if scr := ansi.Strip(m.View()); !strings.Contains(scr, c.want) {
			t.Errorf("%dx%d: want %q:\n%s", c.w, c.h, c.want, scr)
		}
	}
}

// A pattern's label and its figures never run together, at any width.
func TestPatternLabelsKeepApartFromTheFigures(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	h.Press("3")
	eachSize(t, h, func(t *testing.T, w, hgt int, screen string) {
		for _, l := range strings.Split(screen, "\n") {
			for _, fig := range []string{"not enough nights", "60% (30)"} {
				if i := strings.Index(l, fig); i > 0 && !strings.HasSuffix(l[:i], "  ") {
					t.Errorf("%dx%d: %q touches its label", w, hgt, l)
				}
			}
		}
	})
}

// Every view keeps its key line on the bottom row.
func TestKeysSitOnTheBottomRow(t *testing.T) {
	for _, recs := range []bool{true, false} {
		for _, view := range []string{"1", "2", "3"} {
			h := newHarness(t, nil)
			if recs {
				h = newHarness(t, sampleJournal(t))
			}
			h.Press(view)
			eachSize(t, h, func(t *testing.T, w, hgt int, screen string) {
				lines := strings.Split(screen, "\n")
				// The episode list's line starts with its own keys; the others with tab.
				last := lines[len(lines)-1]
				if len(lines) != hgt || !(strings.HasPrefix(last, "tab") || strings.HasPrefix(last, "e edit")) {
					t.Errorf("%s, data %v, %dx%d: the keys are on line %d of %d:\n%s", view, recs, w, hgt, len(lines), hgt, screen)
				}
			})
		}
	}
}
