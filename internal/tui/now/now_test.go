package now_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/now"
)

// start is 03:12 on a winter night.
var start = time.Date(2026, 11, 23, 3, 12, 0, 0, time.UTC)

type harness struct {
	drive.Driver[now.Model]
	s   *tui.Session
	dir string
}

func newHarness(t testing.TB, opts now.Options) *harness {
	t.Helper()
	h := &harness{Driver: drive.Driver[now.Model]{T: t}}
	h.s, h.Clock = drive.Session(t, start)
	h.dir = filepath.Dir(h.s.Journal.Path())
	m, cmd := now.New(h.s, opts)
	m.SetSize(80, 24)
	h.M = m
	h.Run(cmd)
	return h
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

func (h *harness) sawBack() bool {
	for _, m := range h.Msgs {
		if _, ok := m.(tui.BackMsg); ok {
			return true
		}
	}
	return false
}

func TestFirstFrameShowsTheStretchAndItsTimer(t *testing.T) {
	h := newHarness(t, now.Options{})
	first := h.s.Content.Relief.Steps[0]
	if h.M.Step() != h.s.Content.Relief.First {
		t.Fatalf("first step = %q, want %q", h.M.Step(), h.s.Content.Relief.First)
	}
	if !h.M.Hold().Running() || h.M.Hold().Remaining() != first.Hold.Duration {
		t.Fatalf("hold running=%v remaining=%v, want running with %v", h.M.Hold().Running(), h.M.Hold().Remaining(), first.Hold.Duration)
	}
	scr := h.screen()
	// The title, the elapsed time in the header, and the way out.
	for _, want := range []string{first.Title, "0:00", "e eased"} {
		if !strings.Contains(scr, want) {
			t.Errorf("first frame lacks %q:\n%s", want, scr)
		}
	}
	if !strings.Contains(strings.Join(strings.Fields(scr), " "), strings.Join(strings.Fields(first.Text), " ")[:40]) {
		t.Errorf("first frame lacks the instruction:\n%s", scr)
	}
}

func TestStartRecordIsWrittenAtOnce(t *testing.T) {
	h := newHarness(t, now.Options{Site: "calf", Side: "left"})
	recs := h.records()
	if len(recs) != 1 {
		t.Fatalf("want 1 record after opening, got %d", len(recs))
	}
	r := recs[0]
	if r.Type != journal.TypeCrampStart || r.Site != "calf" || r.Side != "left" || r.ID != h.M.Episode() || !r.Time.Equal(start) {
		t.Errorf("start record = %+v", r)
	}
}

func TestHoldEndsAtItsDeadlineThenAsks(t *testing.T) {
	h := newHarness(t, now.Options{})
	hold := h.M.Hold().Total()
	h.Fire(hold - time.Millisecond)
	if h.M.Asking() {
		t.Fatal("asked before the deadline")
	}
	h.Fire(time.Millisecond)
	if !h.M.Asking() {
		t.Fatalf("not asking at the deadline; screen:\n%s", h.screen())
	}
	if !strings.Contains(h.screen(), "Has it eased?") {
		t.Errorf("no question on screen:\n%s", h.screen())
	}
}

func TestStretchAgainRestartsTheHold(t *testing.T) {
	h := newHarness(t, now.Options{})
	hold := h.M.Hold().Total()
	h.Fire(hold)
	h.Press("space")
	if h.M.Asking() || !h.M.Hold().Running() || h.M.Hold().Remaining() != hold {
		t.Fatalf("after space: asking=%v running=%v left=%v", h.M.Asking(), h.M.Hold().Running(), h.M.Hold().Remaining())
	}
	h.Fire(10 * time.Second)
	if got := h.M.Hold().Remaining(); got != hold-10*time.Second {
		t.Errorf("remaining %v, want %v", got, hold-10*time.Second)
	}
}

func TestStandingStepShowsBalanceCueFirstAndSeatedAlternative(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(h.M.Hold().Total())
	stretch := h.s.Content.Relief.Steps[0]
	h.Press("1") // first offered step
	step := findStep(t, h.s.Content, stretch.Next[0])
	if h.M.Step() != step.ID || !step.Stands {
		t.Fatalf("on %q (stands=%v), want a standing step", h.M.Step(), step.Stands)
	}
	flat := strings.Join(strings.Fields(h.screen()), " ")
	cue := strings.Index(flat, strings.Join(strings.Fields(step.BalanceCue), " ")[:30])
	text := strings.Index(flat, strings.Join(strings.Fields(step.Text), " ")[:30])
	if cue < 0 || text < 0 || cue > text {
		t.Fatalf("balance cue (at %d) must come before the instruction (at %d):\n%s", cue, text, h.screen())
	}
	if h.M.Hold().Running() {
		t.Error("a standing step must end with done, not a countdown")
	}
	h.Press("s")
	if h.M.Step() != h.s.Content.Relief.First || !h.M.Hold().Running() {
		t.Errorf("s should go to the seated stretch, got %q", h.M.Step())
	}
}

func TestDoneStepEndsWithAKeyNotATimer(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(h.M.Hold().Total())
	h.Press("2") // massage
	if h.M.Hold().Running() {
		t.Fatal("massage must not count down")
	}
	h.Clock.Advance(5 * time.Minute)
	if h.M.Asking() {
		t.Fatal("time alone must not end a done-step")
	}
	h.Press("d")
	if !h.M.Asking() {
		t.Fatalf("d should end the step; screen:\n%s", h.screen())
	}
}

func TestEasedWritesEndRecordWithTimeAndStepsTried(t *testing.T) {
	h := newHarness(t, now.Options{Site: "calf"})
	h.Fire(h.M.Hold().Total())
	h.Press("space")
	h.Fire(20 * time.Second)
	h.Press("e")
	if !h.M.Eased() {
		t.Fatal("not eased after e")
	}
	recs := h.records()
	end := recs[len(recs)-1]
	if end.Type != journal.TypeCrampEnd || end.Outcome != journal.OutcomeEased || end.Episode != h.M.Episode() {
		t.Fatalf("end record = %+v", end)
	}
	want := int((h.M.Hold().Total() + 20*time.Second) / time.Second)
	if end.Seconds != want {
		t.Errorf("seconds = %d, want %d", end.Seconds, want)
	}
	if got := strings.Join(end.Tried, ","); got != "stretch,stretch" {
		t.Errorf("tried = %q", got)
	}
	scr := h.screen()
	if !strings.Contains(scr, h.s.Content.Relief.Eased.Title) {
		t.Errorf("aftercare not shown:\n%s", scr)
	}
	// Elapsed time stops once eased.
	h.Clock.Advance(time.Hour)
	if h.M.Elapsed() != time.Duration(want)*time.Second {
		t.Errorf("elapsed kept running after eased: %v", h.M.Elapsed())
	}
}

func TestSeverityIsAnUpdateRecordAndLeaving(t *testing.T) {
	h := newHarness(t, now.Options{})
	// The first press puts the scale in the middle (5), then it moves by one.
	h.Press("e", "right", "right", "right", "left", "enter")
	recs := h.records()
	last := recs[len(recs)-1]
	if last.Type != journal.TypeCrampUpdate || last.Severity == nil || *last.Severity != 6 || last.Episode != h.M.Episode() {
		t.Fatalf("last record = %+v", last)
	}
	if !h.sawBack() {
		t.Error("enter on aftercare should leave the screen")
	}
}

func TestStayingSeatedIsRecordedAsSeated(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(h.M.Hold().Total())
	h.Press("1", "s", "e")
	recs := h.records()
	if got := strings.Join(recs[len(recs)-1].Tried, ","); got != "stretch,stand,seated" {
		t.Errorf("tried = %q", got)
	}
}

func TestAftercareScrollsToEveryItem(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.M.SetSize(40, 12)
	h.Press("e")
	items := h.s.Content.Relief.Eased.Items
	last := items[len(items)-1].Title
	if strings.Contains(h.screen(), last) {
		t.Skip("everything fits; nothing to scroll")
	}
	for range 60 {
		h.Press("down")
	}
	if !strings.Contains(h.screen(), last) {
		t.Fatalf("scrolling down never reached %q:\n%s", last, h.screen())
	}
	if !strings.Contains(h.screen(), "How bad was it") {
		t.Errorf("the rating line must stay on screen while scrolling:\n%s", h.screen())
	}
}

func TestSiteAndSideRefineTheTextAndAreRecorded(t *testing.T) {
	h := newHarness(t, now.Options{})
	first := h.s.Content.Relief.Steps[0]
	h.Press("f", "r")
	flat := strings.Join(strings.Fields(h.screen()), " ")
	if foot := strings.Join(strings.Fields(first.Sites.Foot), " "); !strings.Contains(flat, foot[:30]) {
		t.Errorf("foot text not shown:\n%s", h.screen())
	}
	if !strings.Contains(h.screen(), "right foot") {
		t.Errorf("header should say right foot:\n%s", h.screen())
	}
	recs := h.records()
	last := recs[len(recs)-1]
	if last.Type != journal.TypeCrampUpdate || last.Site != "foot" || last.Side != "right" {
		t.Errorf("last record = %+v", last)
	}
	if len(recs) != 3 {
		t.Errorf("want start + 2 updates, got %d records", len(recs))
	}
}

func TestOneStrayKeyDoesNotLeave(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(5 * time.Second)
	h.Press("esc")
	if h.sawBack() {
		t.Fatal("a single esc must not leave relief")
	}
	if !strings.Contains(h.screen(), "Press q again to leave") {
		t.Fatalf("no confirmation on screen:\n%s", h.screen())
	}
	h.Press("c") // any other key keeps going (and still does its job)
	if strings.Contains(h.screen(), "Press q again") || !h.M.Hold().Running() {
		t.Fatalf("confirmation should clear and the hold keep running:\n%s", h.screen())
	}
	h.Press("q")
	if h.sawBack() {
		t.Fatal("q after the confirmation was cleared must ask again")
	}
	if len(h.records()) != 2 { // start, site update; no end
		t.Errorf("records: %+v", h.records())
	}
}

func TestLeavingMidFlowRecordsLeft(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(12 * time.Second)
	h.Press("c") // says where: this is a cramp
	h.Press("q", "q")
	if !h.sawBack() {
		t.Fatal("q should leave the screen")
	}
	recs := h.records()
	end := recs[len(recs)-1]
	if end.Type != journal.TypeCrampEnd || end.Outcome != journal.OutcomeLeft || end.Seconds != 12 {
		t.Errorf("end record = %+v", end)
	}
	h.M.Finish()
	if err := h.s.Journal.Flush(); err != nil || len(h.records()) != len(recs) {
		t.Error("Finish after leaving must not write a second end record")
	}
}

func TestFinishRecordsAnInterruptedEpisode(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(3 * time.Second)
	h.Press("space") // stretch again: this is a cramp
	h.M.Finish()
	if err := h.s.Journal.Flush(); err != nil {
		t.Fatal(err)
	}
	recs := h.records()
	if end := recs[len(recs)-1]; end.Outcome != journal.OutcomeLeft || end.Seconds != 3 {
		t.Errorf("end record = %+v", end)
	}
}

func TestRecordsAreQueuedBeforeAnyCommandRuns(t *testing.T) {
	// A program that stops right after a key press may never run the
	// command that writes; the record must already be queued for the final
	// flush.
	h := newHarness(t, now.Options{})
	h.M, _ = h.M.Update(drive.Key("e")) // the command is dropped, as on a quick exit
	h.M.Finish()
	if err := h.s.Journal.Flush(); err != nil {
		t.Fatal(err)
	}
	recs := h.records()
	if end := recs[len(recs)-1]; end.Type != journal.TypeCrampEnd || end.Outcome != journal.OutcomeEased {
		t.Fatalf("the eased record was lost: %+v", recs)
	}
}

func TestAnUnsavedRatingIsWrittenOnInterrupt(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Press("e", "right", "right") // rated 6, then Ctrl+C instead of enter
	h.M.Finish()
	if err := h.s.Journal.Flush(); err != nil {
		t.Fatal(err)
	}
	recs := h.records()
	if last := recs[len(recs)-1]; last.Severity == nil || *last.Severity != 6 {
		t.Fatalf("rating lost: %+v", last)
	}
}

func TestUnwritableJournalNeverBlocksRelief(t *testing.T) {
	h := newHarness(t, now.Options{})
	// A data folder whose parent is a file cannot be created, even by root.
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	h.s.Journal = journal.Open(filepath.Join(blocker, "data"))
	m, cmd := now.New(h.s, now.Options{})
	m.SetSize(80, 24)
	h.M = m
	h.Run(cmd)
	if !strings.Contains(h.screen(), "Not saved to your journal") {
		t.Errorf("no quiet notice:\n%s", h.screen())
	}
	h.Fire(h.M.Hold().Total())
	h.Press("e")
	if !h.M.Eased() {
		t.Fatal("the flow must go on when saving fails")
	}
}

func findStep(t *testing.T, c *content.Set, id string) content.Step {
	t.Helper()
	for _, s := range c.Relief.Steps {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("no step %q", id)
	return content.Step{}
}

// escalations counts the times relief asked the root for the red-flag
// panel with the escalation first.
func (h *harness) escalations() int {
	n := 0
	for _, m := range h.Msgs {
		if r, ok := m.(tui.RedFlagsMsg); ok && r.EscalationFirst {
			n++
		}
	}
	return n
}

func TestTenMinutesAsksForTheEscalationOnce(t *testing.T) {
	h := newHarness(t, now.Options{})
	after := h.s.Content.Relief.EscalateAfter.Duration
	for h.M.Elapsed()+h.M.Hold().Total() < after {
		h.Fire(h.M.Hold().Total())
		h.Press("space")
	}
	if h.escalations() != 0 {
		t.Fatalf("escalation asked for early, at %v", h.M.Elapsed())
	}
	h.Fire(after - h.M.Elapsed())
	if h.escalations() != 1 {
		t.Fatalf("escalation asked for %d times at %v, want once", h.escalations(), h.M.Elapsed())
	}
	h.Fire(2 * time.Minute)
	h.Press("e")
	if h.escalations() != 1 {
		t.Errorf("escalation asked for %d times, want once", h.escalations())
	}
	recs := h.records()
	if end := recs[len(recs)-1]; !end.Escalated {
		t.Errorf("end record should say escalated: %+v", end)
	}
}

func TestEscalationWithoutAHoldRunning(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(h.M.Hold().Total())
	h.Press("2") // massage: no countdown, only the elapsed-time tick
	h.Fire(h.s.Content.Relief.EscalateAfter.Duration)
	if h.escalations() != 1 {
		t.Fatal("escalation must come at 10 minutes even while massaging")
	}
}

func TestEasedKeepsWorkingUnderTheOverlays(t *testing.T) {
	h := newHarness(t, now.Options{})
	if c := h.M.Cover(); len(c.Keys) != 1 || c.Keys[0].Help().Key != "e" {
		t.Errorf("relief should keep e under an overlay, keeps %v", c.Keys)
	}
	h.Press("e")
	if c := h.M.Cover(); len(c.Keys) != 0 {
		t.Errorf("after easing, nothing needs to pass an overlay: %v", c.Keys)
	}
}

// lastEnd is the last cramp.end record in the journal.
func (h *harness) lastEnd() journal.Record {
	h.T.Helper()
	recs := h.records()
	for i := len(recs) - 1; i >= 0; i-- {
		if recs[i].Type == journal.TypeCrampEnd {
			return recs[i]
		}
	}
	h.T.Fatalf("no cramp.end record: %+v", recs)
	return journal.Record{}
}

// Opening and leaving before count_after, with nothing that says it is a
// cramp, is journaled as discarded; so is a Ctrl+C then.
func TestOpeningAndLeavingAtOnceIsDiscarded(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(2 * time.Second)
	h.Press("q", "q")
	if end := h.lastEnd(); end.Outcome != journal.OutcomeDiscarded {
		t.Errorf("end record = %+v, want discarded", end)
	}

	h = newHarness(t, now.Options{})
	h.Fire(time.Second)
	h.M.Finish()
	if err := h.s.Journal.Flush(); err != nil {
		t.Fatal(err)
	}
	if end := h.lastEnd(); end.Outcome != journal.OutcomeDiscarded {
		t.Errorf("interrupted at once: end record = %+v, want discarded", end)
	}
}

// Staying on the screen past count_after counts it as a cramp without any key.
func TestStayingPastTheThresholdCounts(t *testing.T) {
	h := newHarness(t, now.Options{})
	after := h.s.Content.Relief.CountsAfter()
	h.Fire(after - time.Second)
	h.Fire(time.Second)
	h.Press("q", "q")
	if end := h.lastEnd(); end.Outcome != journal.OutcomeLeft {
		t.Errorf("left after %v: end record = %+v, want left (a cramp)", after, end)
	}
}

// Each action that says it is a cramp makes a quick leave count.
func TestAnActionCountsAQuickLeave(t *testing.T) {
	for _, k := range []string{"c", "l", "space"} {
		h := newHarness(t, now.Options{})
		h.Fire(time.Second)
		h.Press(k, "q", "q")
		if end := h.lastEnd(); end.Outcome != journal.OutcomeLeft {
			t.Errorf("after %q: end record = %+v, want left (a cramp)", k, end)
		}
	}
}

// "It came back": from aftercare back to the stretch in the same episode,
// the elapsed time going on; the second ease is a second end record of the
// same episode, with the time from the start.
func TestItCameBackIsTheSameEpisode(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(40 * time.Second)
	h.Press("e")
	if !h.M.Eased() || !strings.Contains(h.screen(), "came back") {
		t.Fatalf("aftercare does not offer \"came back\":\n%s", h.screen())
	}
	h.Fire(20 * time.Second)
	h.Press("b")
	if h.M.Eased() || h.M.Step() != h.s.Content.Relief.First || !h.M.Hold().Running() {
		t.Fatalf("after b: eased=%v step=%q running=%v, want the stretch again", h.M.Eased(), h.M.Step(), h.M.Hold().Running())
	}
	if h.M.Elapsed() != time.Minute || !strings.Contains(h.screen(), "1:00") {
		t.Errorf("elapsed = %v, want 1m going on from the start:\n%s", h.M.Elapsed(), h.screen())
	}
	h.Fire(30 * time.Second)
	h.Press("e")
	if !strings.Contains(h.screen(), "Eased again") || h.M.Eases() != 2 {
		t.Errorf("second ease: eases %d, screen:\n%s", h.M.Eases(), h.screen())
	}
	var starts, ends, returns int
	for _, r := range h.records() {
		switch r.Type {
		case journal.TypeCrampStart:
			starts++
		case journal.TypeCrampEnd:
			ends++
			if r.Episode != h.M.Episode() {
				t.Errorf("end of another episode: %+v", r)
			}
		case journal.TypeCrampReturn:
			returns++
		}
	}
	if starts != 1 || ends != 2 || returns != 1 {
		t.Errorf("records: %d starts, %d ends, %d returns; want 1, 2, 1", starts, ends, returns)
	}
	if end := h.lastEnd(); end.Seconds != 90 {
		t.Errorf("second end = %d s, want 90 from the start", end.Seconds)
	}
}

// A cramp eased within its first second says so, never "0:00".
func TestEasedInUnderASecond(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Fire(400 * time.Millisecond)
	h.Press("e")
	if !strings.Contains(h.screen(), "after under 1 s") {
		t.Errorf("aftercare header:\n%s", h.screen())
	}
}

// The escalation leaves a quiet marker in the header once dismissed.
func TestEscalationLeavesAMarker(t *testing.T) {
	h := newHarness(t, now.Options{})
	h.Press("c") // a cramp, held on for a long time
	if strings.Contains(h.screen(), "over 10 min") {
		t.Fatalf("marker before the escalation:\n%s", h.screen())
	}
	h.Fire(h.s.Content.Relief.EscalateAfter.Duration)
	if !strings.Contains(h.screen(), "over 10 min · ! help") {
		t.Errorf("no escalation marker after 10 minutes:\n%s", h.screen())
	}
	h.Press("e")
	if !strings.Contains(h.screen(), "over 10 min · ! help") {
		t.Errorf("no escalation marker in aftercare:\n%s", h.screen())
	}
}

// The help lists only the keys that work where the person is.
func TestFullHelpListsOnlyKeysThatWorkHere(t *testing.T) {
	h := newHarness(t, now.Options{})
	has := func(want string) bool {
		for _, col := range h.M.FullHelp() {
			for _, b := range col {
				if b.Help().Desc == want {
					return true
				}
			}
		}
		return false
	}
	if has("done") || has("stay seated") || has("came back") || !has("eased") {
		t.Errorf("the timed stretch's help lists keys that do nothing there: %+v", h.M.FullHelp())
	}
	h.Press("e")
	if has("eased") || has("calf") || !has("came back") || !has("done") {
		t.Errorf("aftercare's help: %+v", h.M.FullHelp())
	}
}

// The end of a hold rings one bell (none with --quiet) and, with --voice,
// speaks the check-in; nothing else in relief rings.
func TestCheckInRingsOnceAndSpeaks(t *testing.T) {
	count := func(h *harness) (bells int, said []string) {
		for _, m := range h.Msgs {
			switch m := m.(type) {
			case tea.RawMsg:
				if m.Msg == "\a" {
					bells++
				}
			case cue.SpokeMsg:
				said = append(said, m.Text)
			}
		}
		return bells, said
	}
	h := newHarness(t, now.Options{})
	h.s.Cues = cue.Cues{Voice: &cue.Voice{Command: []string{"true"}}}
	h.Press("c")
	h.Fire(h.M.Hold().Total() - time.Second)
	if b, _ := count(h); b != 0 {
		t.Fatalf("%d bells before the hold ended", b)
	}
	h.Fire(time.Second)
	if b, said := count(h); b != 1 || len(said) != 1 || said[0] != "Check in: has it eased?" {
		t.Errorf("at the check-in: %d bells, said %q; want 1 bell and the question", b, said)
	}

	h = newHarness(t, now.Options{})
	h.s.Cues.Quiet = true
	h.Fire(h.M.Hold().Total())
	if b, _ := count(h); b != 0 || !h.M.Asking() {
		t.Errorf("--quiet: %d bells (asking %v)", b, h.M.Asking())
	}
}

// unstyled returns the text of s printed in the terminal's default
// foreground: outside any SGR that sets a foreground colour.
func unstyled(s string) string {
	var out strings.Builder
	fg := false
	for i := 0; i < len(s); {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				params := s[i+2 : j]
				switch {
				case params == "" || params == "0" || strings.HasPrefix(params, "0;") && !strings.Contains(params, "38;"):
					fg = false
				case params == "39" || strings.HasSuffix(params, ";39"):
					fg = false
				case strings.Contains(params, "38;") || (len(params) == 2 && params[0] == '3') || (len(params) == 2 && params[0] == '9'):
					fg = true
				}
			}
			i = j + 1
			continue
		}
		if !fg && s[i] != ' ' && s[i] != '\n' {
			out.WriteByte(s[i])
		}
		i++
	}
	return out.String()
}

// Night theme: nothing on the relief screen prints in the terminal's
// default (bright) foreground; the where:/side: labels once did.
func TestNightThemeHasNoDefaultForegroundText(t *testing.T) {
	h := newHarness(t, now.Options{})
	for _, step := range []func(){func() {}, func() { h.Fire(h.M.Hold().Total()) }, func() { h.Press("e") }} {
		step()
		if u := unstyled(h.M.View()); u != "" {
			t.Errorf("text in the default foreground: %q\n%s", u, h.screen())
		}
	}
}
