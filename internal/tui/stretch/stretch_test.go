package stretch_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// evening is 22:30 on a winter evening: the night of 2026-11-23.
var evening = time.Date(2026, 11, 23, 22, 30, 0, 0, time.UTC)

type harness struct {
	drive.Driver[stretch.Model]
	s   *tui.Session
	dir string
}

func newHarness(t testing.TB, opts stretch.Options) *harness {
	t.Helper()
	return newHarnessAt(t, evening, opts, nil)
}

// newHarnessAt builds the screen at a moment, after tune has adjusted the
// session (cues, day start).
func newHarnessAt(t testing.TB, at time.Time, opts stretch.Options, tune func(*tui.Session)) *harness {
	t.Helper()
	h := &harness{Driver: drive.Driver[stretch.Model]{T: t}}
	h.s, h.Clock = drive.Session(t, at)
	h.s.DayStart = night.DayStart
	h.s.Cues = cue.Cues{}
	if tune != nil {
		tune(h.s)
	}
	h.dir = filepath.Dir(h.s.Journal.Path())
	m, cmd := stretch.New(h.s, opts)
	m.SetSize(80, 24)
	h.M = m
	h.Run(cmd)
	return h
}

// through moves the clock one second at a time for d, as a running program
// would, so every phase that ends on the way starts the next at its deadline.
func (h *harness) through(d time.Duration) {
	h.T.Helper()
	for ; d > 0; d -= time.Second {
		h.Fire(min(d, time.Second))
	}
}

func (h *harness) screen() string { return ansi.Strip(h.M.View()) }

func (h *harness) records() []journal.Record {
	h.T.Helper()
	res, err := journal.Open(h.dir).Read()
	if err != nil {
		h.T.Fatal(err)
	}
	return res.Records
}

func (h *harness) recordsOf(typ string) []journal.Record {
	var out []journal.Record
	for _, r := range h.records() {
		if r.Type == typ {
			out = append(out, r)
		}
	}
	return out
}

func (h *harness) sawBack() bool {
	for _, m := range h.Msgs {
		if _, ok := m.(tui.BackMsg); ok {
			return true
		}
	}
	return false
}

// bells counts the terminal bells the model has asked for.
func (h *harness) bells() int {
	n := 0
	for _, m := range h.Msgs {
		if r, ok := m.(tea.RawMsg); ok && r.Msg == "\a" {
			n++
		}
	}
	return n
}

// spoken lists what the voice said, in order.
func (h *harness) spoken() []string {
	var out []string
	for _, m := range h.Msgs {
		if s, ok := m.(cue.SpokeMsg); ok {
			out = append(out, s.Text)
		}
	}
	return out
}

func (h *harness) at(t testing.TB, step int, phase stretch.Phase) {
	t.Helper()
	if h.M.Current() != step || h.M.Phase() != phase {
		t.Fatalf("at step %d phase %v, want step %d phase %v", h.M.Current(), h.M.Phase(), step, phase)
	}
}

const (
	getReady = 5 * time.Second // routines.yaml get_ready
	switchTo = 5 * time.Second // routines.yaml switch
	hold     = 30 * time.Second
)

func TestContentTimingsAsTheTestsExpect(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	r := h.s.Content.Routines
	if r.GetReady.Duration != getReady || r.Switch.Duration != switchTo {
		t.Fatalf("get_ready %v switch %v; the tests expect %v and %v", r.GetReady.Duration, r.Switch.Duration, getReady, switchTo)
	}
	if st := h.M.Steps()[0]; st.Stretch.Hold.Duration != hold || st.ID() != "wall-calf:left" {
		t.Fatalf("first step %s holds %v; the tests expect wall-calf:left for %v", st.ID(), st.Stretch.Hold.Duration, hold)
	}
}

func TestStepsCountEachSide(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	var ids []string
	for _, st := range h.M.Steps() {
		ids = append(ids, st.ID())
	}
	want := []string{"wall-calf:left", "wall-calf:right", "bent-knee-calf:left", "bent-knee-calf:right",
		"hamstring:left", "hamstring:right", "toe-flexes", "ankle-circles:left", "ankle-circles:right"}
	if !slices.Equal(ids, want) {
		t.Fatalf("steps %v, want %v", ids, want)
	}
	if scr := h.screen(); !strings.Contains(scr, "1 of 9") {
		t.Errorf("no step counter \"1 of 9\":\n%s", scr)
	}
}

func TestLeadInHoldSwitchHoldNext(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.at(t, 0, stretch.LeadIn)
	if got := h.M.Timer().Remaining(); got != getReady {
		t.Fatalf("lead-in %v, want %v", got, getReady)
	}
	if scr := h.screen(); !strings.Contains(scr, "Get ready: Face the wall") {
		t.Errorf("the lead-in does not say how to get ready:\n%s", scr)
	}
	h.Fire(getReady - time.Millisecond)
	h.at(t, 0, stretch.LeadIn)
	h.Fire(time.Millisecond)
	h.at(t, 0, stretch.Holding)
	if got := h.M.Timer().Remaining(); got != hold {
		t.Fatalf("hold %v, want %v", got, hold)
	}
	h.through(hold - time.Millisecond)
	h.at(t, 0, stretch.Holding)
	if got := h.M.Timer().Remaining(); got != time.Millisecond {
		t.Fatalf("1 ms before the deadline %v is left", got)
	}
	h.Fire(time.Millisecond)
	// The second side starts with the switch prompt, not a get-ready.
	h.at(t, 1, stretch.LeadIn)
	if got := h.M.Timer().Remaining(); got != switchTo {
		t.Fatalf("switch %v, want %v", got, switchTo)
	}
	if scr := h.screen(); !strings.Contains(scr, "Switch sides") || !strings.Contains(scr, "2 of 9") {
		t.Errorf("no switch prompt on step 2:\n%s", scr)
	}
	h.through(switchTo)
	h.at(t, 1, stretch.Holding)
	h.through(hold)
	h.at(t, 2, stretch.LeadIn)
	if scr := h.screen(); !strings.Contains(scr, "BENT-KNEE CALF STRETCH · LEFT") || !strings.Contains(scr, "Get ready") {
		t.Errorf("the next stretch does not start with its lead-in:\n%s", scr)
	}
	// Five bells so far: each step's start and each hold's start.
	if n := h.bells(); n != 5 {
		t.Errorf("%d bells, want 5 (lead-in, hold, switch, hold, lead-in)", n)
	}
}

func TestOneTickPerShownSecond(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady)
	ticks := 0
	for range int(hold / time.Second) {
		h.Clock.Advance(time.Second)
		for _, msg := range h.Clock.Due() {
			ticks++
			h.Send(msg)
		}
	}
	if ticks != int(hold/time.Second) {
		t.Errorf("%d ticks over a %v hold, want one a second", ticks, hold)
	}
}

func TestPauseFreezesTheTimeLeftExactly(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady)
	h.Fire(12*time.Second + 300*time.Millisecond)
	left := h.M.Timer().Remaining()
	h.Press("space")
	if !h.M.Paused() {
		t.Fatal("space did not pause")
	}
	h.Fire(10 * time.Minute)
	if got := h.M.Timer().Remaining(); got != left || h.M.Phase() != stretch.Holding || h.M.Current() != 0 {
		t.Fatalf("after 10 minutes paused: %v left at step %d, want %v at step 0", got, h.M.Current(), left)
	}
	if scr := h.screen(); !strings.Contains(scr, "paused") {
		t.Errorf("the screen does not say paused:\n%s", scr)
	}
	h.Press("space")
	if h.M.Paused() || h.M.Timer().Remaining() != left {
		t.Fatalf("resume: paused=%v left %v, want running with %v", h.M.Paused(), h.M.Timer().Remaining(), left)
	}
	h.Fire(left - time.Millisecond)
	h.at(t, 0, stretch.Holding)
	h.Fire(time.Millisecond)
	h.at(t, 1, stretch.LeadIn)
}

func TestPauseDuringTheLeadIn(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.Fire(2 * time.Second)
	h.Press("space")
	h.Fire(time.Hour)
	h.at(t, 0, stretch.LeadIn)
	if got := h.M.Timer().Remaining(); got != getReady-2*time.Second {
		t.Fatalf("%v left, want %v", got, getReady-2*time.Second)
	}
}

func TestSkipBackRestart(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady + 10*time.Second)
	h.Press("r") // restart: from the lead-in again, full length
	h.at(t, 0, stretch.LeadIn)
	if got := h.M.Timer().Remaining(); got != getReady {
		t.Fatalf("restart: lead-in %v, want %v", got, getReady)
	}
	h.Press("n")
	h.at(t, 1, stretch.LeadIn)
	h.Press("right")
	h.at(t, 2, stretch.LeadIn)
	h.Press("p")
	h.at(t, 1, stretch.LeadIn)
	h.Press("left", "left") // back from the first step restarts it
	h.at(t, 0, stretch.LeadIn)
	// The first step's hold runs out now, so it is done, not skipped.
	h.through(getReady + hold)
	h.at(t, 1, stretch.LeadIn)
	h.Press("q", "q")
	recs := h.recordsOf(journal.TypeRoutineEnd)
	if len(recs) != 1 {
		t.Fatalf("%d routine.end records: %+v", len(recs), recs)
	}
	r := recs[0]
	// Step 1 was skipped, then done on the second try: done wins.
	if !slices.Equal(r.StepsDone, []string{"wall-calf:left"}) || !slices.Equal(r.StepsSkipped, []string{"wall-calf:right"}) {
		t.Errorf("done %v skipped %v, want [wall-calf:left] and [wall-calf:right]", r.StepsDone, r.StepsSkipped)
	}
}

func TestSkippingAStaleTickDoesNothing(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady)
	h.Fire(3 * time.Second)
	h.Press("n") // the hold's scheduled tick is now stale
	h.Fire(time.Second)
	h.at(t, 1, stretch.LeadIn)
	if got := h.M.Timer().Remaining(); got != switchTo-time.Second {
		t.Fatalf("%v left in the switch prompt, want %v", got, switchTo-time.Second)
	}
}

func TestRepsWaitForDoneWithoutATimer(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	for h.M.Phase() != stretch.Reps {
		h.Press("n")
	}
	h.at(t, 6, stretch.Reps)
	if scr := h.screen(); !strings.Contains(scr, "TOE FLEXES") || !strings.Contains(scr, "times") {
		t.Errorf("the rep step lacks its title or count:\n%s", scr)
	}
	h.Fire(time.Hour) // the skipped lead-ins' ticks arrive, stale
	h.Clock.Advance(time.Hour)
	if due := h.Clock.Due(); len(due) != 0 {
		t.Fatalf("a rep step scheduled %d ticks", len(due))
	}
	h.at(t, 6, stretch.Reps)
	h.Press("space") // no timer to pause: nothing happens
	h.at(t, 6, stretch.Reps)
	h.Press("d")
	h.at(t, 7, stretch.Reps)
	if scr := h.screen(); !strings.Contains(scr, "ANKLE CIRCLES · LEFT") {
		t.Errorf("ankle circles, left side, expected:\n%s", scr)
	}
	h.Press("enter")
	h.at(t, 8, stretch.Reps)
}

// t mid-hold swaps in the seated version and starts the step again from a
// full lead-in: moving from the wall to the bed takes time, and the hold
// that follows is whole.
func TestSeatedToggleRestartsTheLeadInAndIsRecorded(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady + 4*time.Second)
	if scr := h.screen(); !strings.Contains(scr, "WALL CALF STRETCH") {
		t.Fatalf("standing title expected:\n%s", scr)
	}
	h.Press("t")
	scr := h.flat()
	if !strings.Contains(scr, "SEATED CALF STRETCH") || !strings.Contains(scr, "seated · 1 of 9") {
		t.Errorf("t did not swap in the seated version:\n%s", h.screen())
	}
	h.at(t, 0, stretch.LeadIn)
	if got := h.M.Timer().Remaining(); got != getReady {
		t.Errorf("after t mid-hold %v is left, want a full %v lead-in", got, getReady)
	}
	if !strings.Contains(scr, "Seated version: the step starts again. Get ready: Sit on the bed edge") {
		t.Errorf("the screen does not say the step starts again, seated:\n%s", h.screen())
	}
	h.through(getReady)
	h.at(t, 0, stretch.Holding)
	if got := h.M.Timer().Remaining(); got != hold {
		t.Errorf("the hold after the swap is %v, want the whole %v", got, hold)
	}
	if strings.Contains(h.flat(), "starts again") {
		t.Errorf("the restart note outlived its lead-in:\n%s", h.screen())
	}
	h.Fire(3 * time.Second)
	h.Press("t")
	h.at(t, 0, stretch.LeadIn)
	if scr := h.flat(); !strings.Contains(scr, "WALL CALF STRETCH") || !strings.Contains(scr, "Standing version: the step starts again. Get ready: Face the wall") {
		t.Errorf("t again did not bring back the standing version from its lead-in:\n%s", h.screen())
	}
	h.Press("q", "q")
	if r := h.recordsOf(journal.TypeRoutineEnd); len(r) != 1 || !r[0].Seated {
		t.Errorf("seated versions were used; the record says %+v", r)
	}
}

// On a second side, t during the switch prompt restarts with the new
// version's get-ready, which says how to set up, not "switch sides".
func TestSeatedToggleOnTheSecondSideAndDuringALeadIn(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady + hold + 2*time.Second)
	h.at(t, 1, stretch.LeadIn)
	h.Press("t")
	h.at(t, 1, stretch.LeadIn)
	if got := h.M.Timer().Remaining(); got != getReady {
		t.Errorf("after t in the switch prompt %v is left, want a full %v lead-in", got, getReady)
	}
	scr := h.flat()
	if !strings.Contains(scr, "SEATED CALF STRETCH · RIGHT") || !strings.Contains(scr, "Seated version: the step starts again") || strings.Contains(scr, "switch sides ·") {
		t.Errorf("the second side's swap:\n%s", h.screen())
	}
	h.through(getReady)
	h.at(t, 1, stretch.Holding)
}

// A rep step has no timer to restart: t only swaps its text.
func TestSeatedToggleOnARepStepKeepsItWaiting(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.Press("n", "n", "n", "n", "n", "n")
	h.at(t, 6, stretch.Reps)
	h.Press("t")
	h.at(t, 6, stretch.Reps)
	if strings.Contains(h.flat(), "starts again") {
		t.Errorf("a rep step claims to start again:\n%s", h.screen())
	}
}

func TestSeatedFlagAndSeatedRoutine(t *testing.T) {
	for _, opts := range []stretch.Options{{Routine: "nightly", Seated: true}, {Routine: "seated"}} {
		h := newHarness(t, opts)
		if scr := h.screen(); !strings.Contains(scr, "SEATED CALF STRETCH") {
			t.Errorf("%+v: seated version expected:\n%s", opts, scr)
		}
		h.Press("q", "q")
		if r := h.recordsOf(journal.TypeRoutineEnd); len(r) != 1 || !r[0].Seated {
			t.Errorf("%+v: record %+v, want seated", opts, r)
		}
	}
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.Press("q", "q")
	if r := h.recordsOf(journal.TypeRoutineEnd); len(r) != 1 || r[0].Seated {
		t.Errorf("standing: record %+v, want not seated", r)
	}
}

func TestHoldOverride(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short", Hold: 45 * time.Second})
	h.through(getReady)
	if got := h.M.Timer().Remaining(); got != 45*time.Second {
		t.Fatalf("hold %v, want 45s", got)
	}
	// Lead-ins keep their own length.
	h.through(45 * time.Second)
	if got := h.M.Timer().Remaining(); got != switchTo {
		t.Fatalf("switch %v, want %v", got, switchTo)
	}
}

func TestLeavingMidRoutineWritesTheRecord(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "nightly"})
	h.through(getReady + hold) // wall-calf:left done
	h.Press("n")               // wall-calf:right skipped
	h.through(getReady + 7*time.Second)
	h.Press("q")
	if h.sawBack() {
		t.Fatal("one q left at once; it must ask first")
	}
	if scr := h.screen(); !strings.Contains(scr, "Press q again") {
		t.Errorf("no leave confirmation:\n%s", scr)
	}
	h.Press("x") // any other key keeps going
	h.Press("q")
	if h.sawBack() {
		t.Fatal("q after another key left at once")
	}
	h.Press("q")
	if !h.sawBack() {
		t.Fatal("q q did not leave")
	}
	recs := h.recordsOf(journal.TypeRoutineEnd)
	if len(recs) != 1 {
		t.Fatalf("%d routine.end records: %+v", len(recs), recs)
	}
	r := recs[0]
	want := journal.Record{Routine: "nightly", Day: "2026-11-23", Outcome: journal.OutcomeLeft}
	if r.Routine != want.Routine || r.Day != want.Day || r.Outcome != want.Outcome ||
		!slices.Equal(r.StepsDone, []string{"wall-calf:left"}) || !slices.Equal(r.StepsSkipped, []string{"wall-calf:right"}) || r.Seated {
		t.Errorf("record %+v", r)
	}
	if !r.Time.Equal(h.Clock.Now()) {
		t.Errorf("record time %v, want %v", r.Time, h.Clock.Now())
	}
}

func TestFinishWhenStoppedMidRoutine(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	h.through(getReady + hold)
	h.M.Finish() // Ctrl+C or a signal: the app flushes afterwards
	if err := h.s.Journal.Flush(); err != nil {
		t.Fatal(err)
	}
	r := h.recordsOf(journal.TypeRoutineEnd)
	if len(r) != 1 || r[0].Outcome != journal.OutcomeLeft || !slices.Equal(r[0].StepsDone, []string{"wall-calf:left"}) {
		t.Fatalf("records %+v", r)
	}
	// In the picker or once complete there is nothing owed.
	p := newHarness(t, stretch.Options{})
	p.M.Finish()
	if err := p.s.Journal.Flush(); err != nil {
		t.Fatal(err)
	}
	if r := p.recordsOf(journal.TypeRoutineEnd); len(r) != 0 {
		t.Errorf("the picker owes nothing; it wrote %+v", r)
	}
}

func TestTheNightRollsOverAtFourOnTheLocalClock(t *testing.T) {
	loc := testkit.Berlin
	// 03:30 on the night the clocks go forward (02:00 → 03:00): still the
	// night of the 28th.
	h := newHarnessAt(t, time.Date(2026, 3, 29, 3, 30, 0, 0, loc), stretch.Options{Routine: "short"}, nil)
	h.Press("q", "q")
	if r := h.recordsOf(journal.TypeRoutineEnd); len(r) != 1 || r[0].Day != "2026-03-28" {
		t.Errorf("record %+v, want day 2026-03-28", r)
	}
}

// playShort plays the short routine to its end, every hold in full.
func playShort(h *harness) {
	h.T.Helper()
	for h.M.Phase() != stretch.Complete {
		h.Fire(time.Second)
	}
}

func TestFinishedRoutineCompletionScreen(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	// Last night's routine, so tonight's makes a streak of two.
	prior := journal.Record{Type: journal.TypeRoutineEnd, Time: evening.Add(-24 * time.Hour), Day: "2026-11-22", Routine: "short", Outcome: journal.OutcomeFinished}
	if _, err := h.s.Journal.Append(prior); err != nil {
		t.Fatal(err)
	}
	playShort(h)
	recs := h.recordsOf(journal.TypeRoutineEnd)
	if len(recs) != 2 {
		t.Fatalf("%d routine.end records, want last night's and tonight's: %+v", len(recs), recs)
	}
	r := recs[1]
	if r.Outcome != journal.OutcomeFinished || r.Day != "2026-11-23" || r.Routine != "short" || len(r.StepsDone) != 4 || len(r.StepsSkipped) != 0 {
		t.Errorf("record %+v", r)
	}
	scr := h.screen()
	for _, want := range []string{"ROUTINE COMPLETE", "Streak: 2 nights · best 2", h.s.Content.Routines.Finished.Text[:30], "z rest tomorrow"} {
		if !strings.Contains(strings.Join(strings.Fields(scr), " "), want) {
			t.Errorf("the completion screen lacks %q:\n%s", want, scr)
		}
	}
	// z plans tomorrow as a rest night: tonight already counts.
	h.Press("z", "y")
	rest := h.recordsOf(journal.TypeRoutineRest)
	if len(rest) != 1 || rest[0].Day != "2026-11-24" {
		t.Fatalf("rest records %+v, want one for 2026-11-24", rest)
	}
	if scr := h.screen(); !strings.Contains(scr, "Tomorrow night is a rest night") {
		t.Errorf("no confirmation:\n%s", scr)
	}
	h.Press("z", "y")
	if rest := h.recordsOf(journal.TypeRoutineRest); len(rest) != 1 {
		t.Errorf("z twice wrote %d rest records", len(rest))
	}
	if cur, best := h.M.StreakShown().Current, h.M.StreakShown().Best; cur != 2 || best != 2 {
		t.Errorf("after planning rest: streak %d best %d, want 2 and 2", cur, best)
	}
	h.Press("q")
	if !h.sawBack() {
		t.Error("q on the completion screen did not go back")
	}
}

func TestSkippingEverythingIsNotAFinishedRoutine(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	h.Press("n", "n", "n", "n")
	if h.M.Phase() != stretch.Complete {
		t.Fatalf("phase %v after skipping every step", h.M.Phase())
	}
	r := h.recordsOf(journal.TypeRoutineEnd)
	if len(r) != 1 || r[0].Outcome != journal.OutcomeLeft || len(r[0].StepsSkipped) != 4 {
		t.Fatalf("records %+v, want one left with four skipped", r)
	}
	if scr := h.screen(); strings.Contains(scr, "ROUTINE COMPLETE") || !strings.Contains(scr, "z rest tonight") {
		t.Errorf("skipping through is not complete; z marks tonight:\n%s", scr)
	}
}

func TestPickerPreselectsTheDefaultAndStarts(t *testing.T) {
	h := newHarness(t, stretch.Options{})
	if h.M.Phase() != stretch.Picking {
		t.Fatalf("phase %v, want the picker", h.M.Phase())
	}
	scr := h.screen()
	for _, want := range []string{"> Nightly stretch", "Short stretch", "Seated stretch", h.s.Content.Routines.Intro.Title, "Keep your balance"} {
		if !strings.Contains(scr, want) {
			t.Errorf("the picker lacks %q:\n%s", want, scr)
		}
	}
	h.Press("down", "enter")
	if h.M.Routine().ID != "short" || h.M.Phase() != stretch.LeadIn {
		t.Fatalf("started %q in phase %v, want short in its lead-in", h.M.Routine().ID, h.M.Phase())
	}
}

func TestPickerSeatedToggleCarriesIntoTheRoutine(t *testing.T) {
	h := newHarness(t, stretch.Options{})
	h.Press("t")
	if !strings.Contains(h.screen(), "Seated versions: on") {
		t.Errorf("the picker does not show seated on:\n%s", h.screen())
	}
	h.Press("enter")
	if !h.M.Seated() || !strings.Contains(h.screen(), "SEATED CALF STRETCH") {
		t.Errorf("seated versions did not carry into the routine:\n%s", h.screen())
	}
}

func TestPickerRestTonightAndBack(t *testing.T) {
	h := newHarness(t, stretch.Options{})
	h.Press("z", "y")
	rest := h.recordsOf(journal.TypeRoutineRest)
	if len(rest) != 1 || rest[0].Day != "2026-11-23" {
		t.Fatalf("rest records %+v, want tonight", rest)
	}
	if scr := h.screen(); !strings.Contains(scr, "Tonight is a rest night") || !strings.Contains(scr, "streak 1 · best 1") {
		t.Errorf("no confirmation or streak:\n%s", scr)
	}
	h.Press("esc")
	if !h.sawBack() {
		t.Error("esc in the picker did not go back")
	}
	if r := h.recordsOf(journal.TypeRoutineEnd); len(r) != 0 {
		t.Errorf("leaving the picker wrote %+v", r)
	}
}

func TestCuesAtMilestonesOnly(t *testing.T) {
	voice := speakerScript(t)
	h := newHarnessAt(t, evening, stretch.Options{Routine: "short"}, func(s *tui.Session) {
		s.Cues = cue.Cues{Voice: &cue.Voice{Command: []string{voice}}}
	})
	playShort(h)
	// The title as a lead-in begins, the hold phrase as each side's hold
	// begins, "Release" as a hold ends.
	want := []string{
		"Wall calf stretch",
		"Left wall calf stretch, hold 30 seconds",
		"Release. Switch sides",
		"Right wall calf stretch, hold 30 seconds",
		"Release. Seated hamstring stretch",
		"Left seated hamstring stretch, hold 30 seconds",
		"Release. Switch sides",
		"Right seated hamstring stretch, hold 30 seconds",
		"Release. Routine complete",
	}
	if got := h.spoken(); !slices.Equal(got, want) {
		t.Errorf("spoken %q,\nwant %q", got, want)
	}
	// A bell at each step start, each hold start and the end.
	if n := h.bells(); n != 9 {
		t.Errorf("%d bells, want 9", n)
	}
}

func TestQuietRingsNoBell(t *testing.T) {
	h := newHarnessAt(t, evening, stretch.Options{Routine: "short"}, func(s *tui.Session) { s.Cues.Quiet = true })
	playShort(h)
	if n := h.bells(); n != 0 {
		t.Errorf("%d bells with --quiet", n)
	}
}

func TestFailingVoiceGivesOneNoticeAndGoesOn(t *testing.T) {
	h := newHarnessAt(t, evening, stretch.Options{Routine: "short"}, func(s *tui.Session) {
		s.Cues = cue.Cues{Voice: &cue.Voice{Command: []string{filepath.Join(t.TempDir(), "no-such-speaker")}}}
	})
	if n := h.M.Notice(); !strings.Contains(n, "Voice is off") {
		t.Fatalf("notice %q", n)
	}
	playShort(h)
	if n := len(h.spoken()); n != 1 {
		t.Errorf("the voice was tried %d times after failing", n)
	}
	if r := h.recordsOf(journal.TypeRoutineEnd); len(r) != 1 || r[0].Outcome != journal.OutcomeFinished {
		t.Errorf("the routine did not go on to the end: %+v", r)
	}
}

func TestMissingVoiceProblemShowsOnce(t *testing.T) {
	h := newHarnessAt(t, evening, stretch.Options{Routine: "short"}, func(s *tui.Session) {
		s.Cues = cue.Find(false, true, func(string) string { return "" }, func(string) (string, error) { return "", os.ErrNotExist })
	})
	if scr := h.screen(); !strings.Contains(strings.Join(strings.Fields(scr), " "), "Voice is off") {
		t.Errorf("no notice for the missing voice:\n%s", scr)
	}
}

// speakerScript is a stand-in for a speech command that does nothing.
func speakerScript(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "speak")
	if err := os.WriteFile(path, []byte("#!/bin/sh\nexit 0\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	return path
}

// A one-second hold is spoken "1 second", never "1 seconds".
func TestVoiceSaysOneSecond(t *testing.T) {
	voice := speakerScript(t)
	h := newHarnessAt(t, evening, stretch.Options{Routine: "short", Hold: time.Second}, func(s *tui.Session) {
		s.Cues = cue.Cues{Voice: &cue.Voice{Command: []string{voice}}}
	})
	playShort(h)
	said := strings.Join(h.spoken(), " | ")
	if !strings.Contains(said, "hold 1 second") || strings.Contains(said, "1 seconds") {
		t.Errorf("spoken: %s", said)
	}
}

// One stray z must not mark a rest night: it asks, and any key but y says no.
func TestRestNightAsksFirst(t *testing.T) {
	h := newHarness(t, stretch.Options{})
	h.Press("z")
	if !strings.Contains(h.screen(), "rest night?") {
		t.Fatalf("z did not ask:\n%s", h.screen())
	}
	h.Press("down")
	if r := h.recordsOf(journal.TypeRoutineRest); len(r) != 0 || strings.Contains(h.screen(), "rest night?") {
		t.Fatalf("another key should say no; records %+v:\n%s", r, h.screen())
	}
	h.Press("z", "y")
	if r := h.recordsOf(journal.TypeRoutineRest); len(r) != 1 {
		t.Errorf("z then y wrote %d rest records, want 1", len(r))
	}
}
