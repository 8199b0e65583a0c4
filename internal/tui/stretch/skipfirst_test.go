package stretch_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// Skipping the first step and letting the routine run by itself to the
// end does not finish it: the screen says tonight does not count, the
// record says left with that one step skipped, and the checklist's
// evening stretch stays unticked.
func TestSkippingTheFirstStepThenRunningToTheEndDoesNotCount(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	first := h.M.Steps()[0].ID()
	h.Press("n")
	playShort(h)
	scr := h.flat()
	for _, want := range []string{"ROUTINE ENDED", "You skipped 1 step,", "3 of 4 done", "Streak: 0 nights"} {
		if !strings.Contains(scr, want) {
			t.Errorf("the completion screen lacks %q:\n%s", want, h.screen())
		}
	}
	if strings.Contains(scr, "ROUTINE COMPLETE") {
		t.Errorf("the screen says complete:\n%s", h.screen())
	}
	r := h.recordsOf(journal.TypeRoutineEnd)
	if len(r) != 1 || r[0].Outcome != journal.OutcomeLeft || !slices.Equal(r[0].StepsSkipped, []string{first}) || len(r[0].StepsDone) != 3 {
		t.Fatalf("records %+v, want left with %s skipped and 3 done", r, first)
	}
	hist, _, err := history.Load(h.s.Journal)
	if err != nil {
		t.Fatal(err)
	}
	tonight, err := night.Parse(r[0].Day)
	if err != nil {
		t.Fatal(err)
	}
	item, _ := h.s.Content.Checklist.Item("evening-stretch")
	if hist.Stretched(tonight) || hist.Done(tonight, item) {
		t.Error("a routine with a skipped step ticked tonight's evening stretch")
	}
}
