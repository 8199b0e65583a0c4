package stretch_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// appendFinishedLastNight gives the journal a finished routine last night,
// so a finished one tonight would make a streak of two.
func appendFinishedLastNight(h *harness) {
	h.T.Helper()
	prior := journal.Record{Type: journal.TypeRoutineEnd, Time: evening.Add(-24 * time.Hour), Day: "2026-11-22", Routine: "short", Outcome: journal.OutcomeFinished}
	if _, err := h.s.Journal.Append(prior); err != nil {
		h.T.Fatal(err)
	}
}

// flat is the screen with its lines joined, so wrapped sentences match.
func (h *harness) flat() string { return strings.Join(strings.Fields(h.screen()), " ") }

// One toe flex, then skipping the rest, reaches the end but is not a
// finished routine: the record says left, the checklist's evening stretch
// stays unticked, the streak does not grow, and the screen says why.
func TestDoingOneStepAndSkippingTheRestIsNotFinished(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	appendFinishedLastNight(h)
	for h.M.Phase() != stretch.Reps {
		h.Press("n")
	}
	h.Press("d") // toe flexes done
	for h.M.Phase() != stretch.Complete {
		h.Press("n")
	}
	recs := h.recordsOf(journal.TypeRoutineEnd)
	if len(recs) != 2 {
		t.Fatalf("%d routine.end records: %+v", len(recs), recs)
	}
	r := recs[1]
	if r.Outcome != journal.OutcomeLeft || !slices.Equal(r.StepsDone, []string{"toe-flexes"}) || len(r.StepsSkipped) != 8 {
		t.Errorf("record %+v, want left with toe-flexes done and 8 skipped", r)
	}
	hist, _, err := history.Load(h.s.Journal)
	if err != nil {
		t.Fatal(err)
	}
	tonight, err := night.Parse("2026-11-23")
	if err != nil {
		t.Fatal(err)
	}
	eveningItem, _ := h.s.Content.Checklist.Item("evening-stretch")
	if hist.Stretched(tonight) || hist.Done(tonight, eveningItem) {
		t.Error("a routine with skipped steps ticked tonight's evening stretch")
	}
	scr := h.flat()
	for _, want := range []string{"ROUTINE ENDED", "You skipped 8 steps, so tonight doesn't count toward your streak yet.", "Tonight: 1 step done, 8 skipped", "Streak: 1 night · best 1", "z rest tonight"} {
		if !strings.Contains(scr, want) {
			t.Errorf("the completion screen lacks %q:\n%s", want, h.screen())
		}
	}
	if strings.Contains(scr, "ROUTINE COMPLETE") {
		t.Errorf("the screen says complete:\n%s", h.screen())
	}
	if s := h.M.StreakShown(); s.Current != 1 || s.Last[6] != stretch.Missed || s.Last[5] != stretch.Stretched {
		t.Errorf("streak shown %+v, want 1 with tonight missed and last night stretched", s)
	}
}

func TestSkippingOnlyTheLastStepIsNotFinished(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	for h.M.Current() < len(h.M.Steps())-1 {
		h.Fire(time.Second)
	}
	h.Press("n")
	r := h.recordsOf(journal.TypeRoutineEnd)
	if len(r) != 1 || r[0].Outcome != journal.OutcomeLeft || len(r[0].StepsDone) != 3 || len(r[0].StepsSkipped) != 1 {
		t.Fatalf("records %+v, want left with 3 done and 1 skipped", r)
	}
	if scr := h.flat(); !strings.Contains(scr, "You skipped 1 step,") || strings.Contains(scr, "ROUTINE COMPLETE") {
		t.Errorf("the completion screen:\n%s", h.screen())
	}
}

// A step skipped and then gone back to and done is not skipped: the
// routine counts.
func TestASkippedStepDoneAfterAllCounts(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	h.Press("n", "p")
	playShort(h)
	r := h.recordsOf(journal.TypeRoutineEnd)
	if len(r) != 1 || r[0].Outcome != journal.OutcomeFinished || len(r[0].StepsSkipped) != 0 {
		t.Fatalf("records %+v, want finished", r)
	}
	if !strings.Contains(h.screen(), "ROUTINE COMPLETE") {
		t.Errorf("the completion screen:\n%s", h.screen())
	}
}

// breakJournal puts a folder where the journal file goes, so every write
// fails until mendJournal removes it.
func breakJournal(h *harness) {
	h.T.Helper()
	if err := os.MkdirAll(h.s.Journal.Path(), 0o700); err != nil {
		h.T.Fatal(err)
	}
}

func mendJournal(h *harness) {
	h.T.Helper()
	if err := os.Remove(h.s.Journal.Path()); err != nil {
		h.T.Fatal(err)
	}
}

func pendingRests(h *harness) int {
	n := 0
	for _, r := range h.s.Journal.Pending() {
		if r.Type == journal.TypeRoutineRest {
			n++
		}
	}
	return n
}

// A rest night whose write fails stays queued: the screen says it will be
// retried, and z tries the same record again instead of queueing another.
func TestRestNightThatFailsToSaveIsRetriedNotDuplicated(t *testing.T) {
	h := newHarness(t, stretch.Options{})
	breakJournal(h)
	h.Press("z", "y")
	scr := h.flat()
	if !strings.Contains(scr, "Couldn't save the rest night yet") || !strings.Contains(scr, "it will be retried") || strings.Contains(scr, "Tonight is a rest night") {
		t.Errorf("after a failed save:\n%s", h.screen())
	}
	if !strings.Contains(scr, "z retry saving") {
		t.Errorf("the key line does not offer a retry:\n%s", h.screen())
	}
	if n := pendingRests(h); n != 1 {
		t.Fatalf("%d rest records queued, want 1", n)
	}
	for _, sz := range []struct{ w, h int }{{20, 6}, {40, 12}, {120, 40}} {
		m := h.M
		m.SetSize(sz.w, sz.h)
		testkit.CheckFits(t, ansi.Strip(m.View()), sz.w, sz.h)
	}
	h.Press("z", "y", "z")
	if n := pendingRests(h); n != 1 {
		t.Fatalf("z again queued a second rest record: %d queued", n)
	}
	// A screen opened again on the same session knows the record is queued.
	again, cmd := stretch.New(h.s, stretch.Options{})
	again.SetSize(80, 24)
	h2 := &harness{Driver: drive.Driver[stretch.Model]{T: t, Clock: h.Clock, M: again}, s: h.s, dir: h.dir}
	h2.Run(cmd)
	h2.Press("z", "y")
	if n := pendingRests(h); n != 1 {
		t.Fatalf("a second visit queued another rest record: %d queued", n)
	}

	mendJournal(h)
	h.Press("z", "y")
	if n := pendingRests(h); n != 0 {
		t.Errorf("%d rest records still queued after a good write", n)
	}
	if err := h.s.Journal.Flush(); err != nil { // as at exit
		t.Fatal(err)
	}
	if rest := h.recordsOf(journal.TypeRoutineRest); len(rest) != 1 || rest[0].Day != "2026-11-23" {
		t.Fatalf("rest records %+v, want one for tonight", rest)
	}
	scr = h.flat()
	if strings.Contains(scr, "Couldn't save") || !strings.Contains(scr, "Tonight is a rest night") || !strings.Contains(scr, "streak 1 · best 1") {
		t.Errorf("after the retry:\n%s", h.screen())
	}
}

// When another write succeeds first (here the read that follows the
// failure), the screen stops saying the rest night is unsaved.
func TestRestNightWrittenByALaterFlushIsShownAsSaved(t *testing.T) {
	h := newHarness(t, stretch.Options{})
	breakJournal(h)
	// The write runs and fails; the journal is mended before its result
	// comes back, so the read that follows writes the queued record.
	h.Press("z") // asks first
	m, cmd := h.M.Update(drive.Key("y"))
	h.M = m
	msgs := drive.Messages(cmd)
	if n := pendingRests(h); n != 1 {
		t.Fatalf("%d rest records queued after the failed write", n)
	}
	mendJournal(h)
	h.Send(msgs...)
	if rest := h.recordsOf(journal.TypeRoutineRest); len(rest) != 1 {
		t.Fatalf("rest records %+v, want the queued one written by the read", rest)
	}
	if scr := h.flat(); strings.Contains(scr, "Couldn't save") || !strings.Contains(scr, "Tonight is a rest night") {
		t.Errorf("after a later write:\n%s", h.screen())
	}
}

// Error text is cut by display width, never inside a character.
func TestLongErrorsAreCutOnCharacterBoundaries(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	h.Run(func() tea.Msg { return cue.SpokeMsg{Err: errors.New(strings.Repeat("語", 40))} })
	n := h.M.Notice()
	if !utf8.ValidString(n) || !strings.Contains(n, "…") {
		t.Fatalf("notice %q: want valid UTF-8, cut with …", n)
	}
	if w := ansi.StringWidth(n); w > len("Voice is off: ")+60+len(". The routine goes on.") {
		t.Errorf("notice %d cells wide: %q", w, n)
	}
}

// Unreadable journal lines are said, since the streak may miss nights.
func TestUnreadableJournalLinesAreSaid(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	appendFinishedLastNight(h)
	f, err := os.OpenFile(h.s.Journal.Path(), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("not a record\n"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	playShort(h)
	if scr := h.flat(); !strings.Contains(scr, "1 journal line couldn't be read") || !strings.Contains(scr, "Streak: 2 nights · best 2") {
		t.Errorf("the completion screen:\n%s", h.screen())
	}
}

// A routine record that cannot be written yet still counts in the streak
// shown (it stays queued for the next try), and the screen says so.
func TestUnsavedRoutineStillCountsAndSaysItWillBeRetried(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	appendFinishedLastNight(h)
	// A record Append refuses stays at the head of the queue, so every
	// write fails while the journal stays readable.
	h.s.Journal.Queue(journal.Record{Type: journal.TypeCheck})
	playShort(h)
	if s := h.M.StreakShown(); !s.Known || s.Current != 2 {
		t.Errorf("streak shown %+v, want 2 counting tonight's queued record", s)
	}
	if scr := h.flat(); !strings.Contains(scr, "Couldn't save to your journal yet") || !strings.Contains(scr, "it will be retried") {
		t.Errorf("the completion screen:\n%s", h.screen())
	}
}
