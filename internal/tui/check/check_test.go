package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/check"
)

// berlin has both DST changes.
var berlin = testkit.Berlin

// evening is Monday 23 November 2026, 21:00 in Berlin: checklist time.
var evening = time.Date(2026, 11, 23, 21, 0, 0, 0, berlin)

type harness struct {
	drive.Driver[check.Model]
	s *tui.Session
}

// newHarness opens the screen at at, with the journal already holding
// seed, and delivers the journal read.
func newHarness(t testing.TB, at time.Time, seed ...journal.Record) *harness {
	t.Helper()
	h := open(t, at, seed...)
	h.Run(h.startCmd)
	return h.harness
}

// open is newHarness without delivering the read: the screen as it is
// before the journal arrives.
func open(t testing.TB, at time.Time, seed ...journal.Record) *harnessOpen {
	t.Helper()
	s, clk := drive.Session(t, at)
	s.DayStart = night.DayStart
	for _, r := range seed {
		if _, err := s.Journal.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	m, cmd := check.New(s)
	m.SetSize(80, 24)
	return &harnessOpen{harness: &harness{Driver: drive.Driver[check.Model]{T: t, Clock: clk, M: m}, s: s}, startCmd: cmd}
}

type harnessOpen struct {
	*harness
	startCmd tea.Cmd
}

// pressOnly presses a key and returns its command without running it: a
// write still under way.
func (h *harness) pressOnly(k string) tea.Cmd {
	var cmd tea.Cmd
	h.M, cmd = h.M.Update(drive.Key(k))
	return cmd
}

func (h *harness) backed() bool {
	for _, m := range h.Msgs {
		if _, ok := m.(tui.BackMsg); ok {
			return true
		}
	}
	return false
}

func (h *harness) checks() []journal.Record {
	h.T.Helper()
	res, err := h.s.Journal.Read()
	if err != nil {
		h.T.Fatal(err)
	}
	var out []journal.Record
	for _, r := range res.Records {
		if r.Type == journal.TypeCheck {
			out = append(out, r)
		}
	}
	return out
}

func (h *harness) row(id string) history.ChecklistRow {
	h.T.Helper()
	for _, r := range h.M.State().Rows {
		if r.Item.ID == id {
			return r
		}
	}
	h.T.Fatalf("no row %q", id)
	return history.ChecklistRow{}
}

// moveTo puts the cursor on item id.
func (h *harness) moveTo(id string) {
	h.T.Helper()
	for range len(h.M.State().Rows) {
		if h.M.State().Rows[h.M.Cursor()].Item.ID == id {
			return
		}
		h.Press("j")
	}
	h.T.Fatalf("cannot reach %q", id)
}

func (h *harness) view() string { return ansi.Strip(h.M.View()) }

func checkRec(day, item string, done bool, at time.Time) journal.Record {
	return journal.Record{Type: journal.TypeCheck, Time: at, Day: day, Item: item, Done: &done}
}

func finishedRoutine(day string, at time.Time) journal.Record {
	return journal.Record{Type: journal.TypeRoutineEnd, Time: at, Day: day, Routine: "nightly", Outcome: journal.OutcomeFinished}
}

func TestOpensWithoutTicksUntilTheJournalIsRead(t *testing.T) {
	h := open(t, evening, checkRec("2026-11-23", "fluids", true, evening.Add(-time.Hour)))
	if h.M.Loaded() {
		t.Fatal("loaded before the read arrived")
	}
	if v := h.view(); !strings.Contains(v, "Loading…") || !strings.Contains(v, "[ ] Enough fluids") {
		t.Errorf("before the read, want the list without ticks and Loading…:\n%s", v)
	}
	h.Press("space")
	if len(h.checks()) != 1 {
		t.Error("a tick before the journal was read wrote a record")
	}
	h.Run(h.startCmd)
	if !h.row("fluids").Done {
		t.Error("fluids, ticked in the journal, is not ticked after the read")
	}
	if v := h.view(); !strings.Contains(v, "[x] Enough fluids") || !strings.Contains(v, "1 of 8 today") {
		t.Errorf("after the read:\n%s", v)
	}
}

func TestSpaceEnterAndXTickAndUntick(t *testing.T) {
	for _, k := range []string{"space", "enter", "x"} {
		t.Run(k, func(t *testing.T) {
			h := newHarness(t, evening)
			h.Press(k)
			if !h.row("fluids").Done || h.M.State().Progress.Done != 1 {
				t.Fatalf("%s did not tick fluids: %+v", k, h.M.State().Progress)
			}
			h.Press(k)
			if h.row("fluids").Done {
				t.Fatalf("a second %s did not untick fluids", k)
			}
			recs := h.checks()
			if len(recs) != 2 {
				t.Fatalf("want two check records, got %+v", recs)
			}
			for i, want := range []bool{true, false} {
				r := recs[i]
				if r.Item != "fluids" || r.Day != "2026-11-23" || r.Done == nil || *r.Done != want {
					t.Errorf("record %d = %+v, want fluids on 2026-11-23 done=%v", i, r, want)
				}
			}
		})
	}
}

// The state after a tick is the record written, not the read from when
// the screen opened: the journal said ticked, the person unticks.
func TestUntickingAnItemTickedInTheJournal(t *testing.T) {
	h := newHarness(t, evening, checkRec("2026-11-23", "fluids", true, evening.Add(-time.Hour)))
	h.Press("space")
	if h.row("fluids").Done {
		t.Error("fluids still ticked after unticking")
	}
	if recs := h.checks(); len(recs) != 2 || *recs[1].Done {
		t.Errorf("records: %+v", recs)
	}
}

func TestTwoQuickPressesLandInTheOrderMade(t *testing.T) {
	h := newHarness(t, evening)
	first := h.pressOnly("space")
	if !h.M.Saving() || !h.row("fluids").Done {
		t.Fatal("the first press does not show at once")
	}
	if second := h.pressOnly("space"); second != nil {
		t.Error("a second write started before the first one ended")
	}
	if h.row("fluids").Done {
		t.Error("the second press does not show at once")
	}
	h.Run(first) // writes the first, then the second
	recs := h.checks()
	if len(recs) != 2 || !*recs[0].Done || *recs[1].Done {
		t.Fatalf("records out of order: %+v", recs)
	}
	if h.M.Saving() || h.row("fluids").Done {
		t.Error("after both writes, fluids should be unticked and nothing pending")
	}
}

func TestAutomaticItemsCannotBeTickedByHand(t *testing.T) {
	h := newHarness(t, evening)
	h.moveTo("evening-stretch")
	h.Press("space")
	if h.row("evening-stretch").Done {
		t.Error("space ticked the automatic item")
	}
	if len(h.checks()) != 0 {
		t.Error("space on an automatic item wrote a record")
	}
	if n := h.M.Notice(); !strings.Contains(n, "bedtime routine") {
		t.Errorf("notice %q does not say why", n)
	}
	if !strings.Contains(h.view(), "finish a bedtime routine") {
		t.Errorf("the why is not on screen:\n%s", h.view())
	}
	h.Press("k")
	if h.M.Notice() != "" {
		t.Errorf("the notice outlives the next key: %q", h.M.Notice())
	}
}

func TestAFinishedRoutineTicksTheEveningStretch(t *testing.T) {
	h := newHarness(t, evening,
		finishedRoutine("2026-11-23", evening.Add(-30*time.Minute)),
		journal.Record{Type: journal.TypeRoutineEnd, Time: evening.Add(-26 * time.Hour), Day: "2026-11-22", Outcome: journal.OutcomeLeft},
		// A hand tick on an automatic item (an old version, a hand edit) counts for nothing.
		checkRec("2026-11-22", "evening-stretch", true, evening.Add(-25*time.Hour)),
	)
	if !h.row("evening-stretch").Done {
		t.Error("a finished routine tonight does not tick the evening stretch")
	}
	h.moveTo("evening-stretch")
	h.Press("space")
	if !h.row("evening-stretch").Done || len(h.checks()) != 1 {
		t.Error("space unticked the automatic item, or wrote a record")
	}
	strip := h.M.State().Strip
	if y := strip[len(strip)-2]; y.Done != 0 {
		t.Errorf("yesterday (routine left, hand tick on the automatic item) counts %d done, want 0", y.Done)
	}
}

func TestNavigationStaysInTheList(t *testing.T) {
	h := newHarness(t, evening)
	h.Press("k", "up")
	if h.M.Cursor() != 0 {
		t.Errorf("up from the top moved to %d", h.M.Cursor())
	}
	n := len(h.M.State().Rows)
	for range n + 3 {
		h.Press("down")
	}
	if h.M.Cursor() != n-1 {
		t.Errorf("down past the end: cursor %d, want %d", h.M.Cursor(), n-1)
	}
	if id := h.M.State().Rows[n-1].Item.ID; id != "medicine-review" {
		t.Errorf("the last row is %q; occasional items come after the daily ones", id)
	}
	h.Press("k")
	if h.M.Cursor() != n-2 {
		t.Errorf("k moved to %d", h.M.Cursor())
	}
}

func TestDailyItemsOnlyCountInTheProgress(t *testing.T) {
	h := newHarness(t, evening)
	if p := h.M.State().Progress; p.Done != 0 || p.Total != 8 {
		t.Fatalf("progress %+v, want 0 of 8", p)
	}
	h.moveTo("medicine-review")
	h.Press("space")
	if !h.row("medicine-review").Done || h.M.State().Progress.Done != 0 {
		t.Errorf("the occasional item changed the day's progress: %+v", h.M.State().Progress)
	}
	if !strings.Contains(h.view(), "Now and then") {
		t.Errorf("occasional items are not labelled as such:\n%s", h.view())
	}
}

func TestOccasionalItemsShowWhenLastTicked(t *testing.T) {
	h := newHarness(t, evening, checkRec("2026-11-02", "medicine-review", true, evening.AddDate(0, 0, -21)))
	if got := h.row("medicine-review").Last.String(); got != "2026-11-02" {
		t.Errorf("last ticked %s, want 2026-11-02", got)
	}
	if !strings.Contains(h.view(), "last 2 Nov") {
		t.Errorf("the list does not say when it was last ticked:\n%s", h.view())
	}
}

func TestStripShowsTheLastSevenDays(t *testing.T) {
	h := newHarness(t, evening,
		checkRec("2026-11-17", "fluids", true, evening), // Tuesday: first day of the strip
		checkRec("2026-11-16", "fluids", true, evening), // Monday a week ago: off the strip
		checkRec("2026-11-22", "fluids", true, evening),
		checkRec("2026-11-22", "shoes", true, evening),
		checkRec("2026-11-22", "shoes", false, evening), // unticked again: the last record counts
		finishedRoutine("2026-11-22", evening),
	)
	strip := h.M.State().Strip
	if len(strip) != 7 || strip[0].Day.String() != "2026-11-17" || strip[6].Day.String() != "2026-11-23" {
		t.Fatalf("strip days %v … %v", strip[0].Day, strip[len(strip)-1].Day)
	}
	want := []int{1, 0, 0, 0, 0, 2, 0}
	for i, w := range want {
		if strip[i].Done != w || strip[i].Total != 8 {
			t.Errorf("%s: %d of %d, want %d of 8", strip[i].Day, strip[i].Done, strip[i].Total, w)
		}
	}
	v := h.view()
	for _, s := range []string{"Last 7 days", "Tu", "today", "1/8", "2/8", "0/8"} {
		if !strings.Contains(v, s) {
			t.Errorf("the strip lacks %q:\n%s", s, v)
		}
	}
}

func TestWhyPaneShowsWhyCaveatAndSources(t *testing.T) {
	h := newHarness(t, evening)
	h.Press("w")
	if !h.M.WhyOpen() {
		t.Fatal("w did not open the why pane")
	}
	it, _ := h.s.Content.Checklist.Item("fluids")
	src, _ := h.s.Content.Source(it.Sources[0])
	v := h.view()
	for _, want := range []string{"Enough fluids", "Drink enough fluids", "limit fluids", "Sources", src.Title} {
		if !strings.Contains(v, want) {
			t.Errorf("the why pane lacks %q:\n%s", want, v)
		}
	}
	h.Press("space")
	if h.row("fluids").Done {
		t.Error("space in the why pane ticked the item")
	}
	h.Press("esc")
	if h.M.WhyOpen() || h.backed() {
		t.Error("esc should close the pane and stay on the screen")
	}
	h.Press("w", "w")
	if h.M.WhyOpen() {
		t.Error("w again did not close the pane")
	}
}

func TestBackWaitsForTheLastTickToBeWritten(t *testing.T) {
	h := newHarness(t, evening)
	write := h.pressOnly("space")
	h.Press("q")
	if h.backed() {
		t.Fatal("left before the tick was written")
	}
	h.Run(write)
	if !h.backed() {
		t.Fatal("did not leave once the tick was written")
	}
	if len(h.checks()) != 1 {
		t.Error("the tick is not in the journal")
	}
}

func TestQuitWhileWritingQueuesTheTickForTheLastFlush(t *testing.T) {
	h := newHarness(t, evening)
	_ = h.pressOnly("space") // Ctrl+C before the write ran
	h.M.Finish()
	if err := h.s.Journal.Flush(); err != nil {
		t.Fatal(err)
	}
	if recs := h.checks(); len(recs) != 1 || recs[0].Item != "fluids" {
		t.Errorf("the tick was lost: %+v", recs)
	}
}

func TestAFailedSaveSaysSoAndShowsTheJournalsState(t *testing.T) {
	s, _ := drive.Session(t, evening)
	s.DayStart = night.DayStart
	blocker := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s.Journal = journal.Open(filepath.Join(blocker, "cramp"))
	h := &harness{Driver: drive.Driver[check.Model]{T: t}, s: s}
	var cmd tea.Cmd
	h.M, cmd = check.New(s)
	h.M.SetSize(80, 24)
	h.Run(cmd)
	h.Press("space")
	if h.row("fluids").Done {
		t.Error("a tick that was not saved still shows as ticked")
	}
	if n := h.M.Notice(); !strings.Contains(n, "Not saved") || !strings.Contains(n, "Enough fluids") {
		t.Errorf("notice %q", n)
	}
	if !strings.Contains(h.view(), "Not saved") {
		t.Errorf("the notice is not on screen:\n%s", h.view())
	}
	h.Press("q")
	if !h.backed() {
		t.Error("q after a failed save does not leave")
	}
}

func TestCorruptLinesAreReportedNotRewritten(t *testing.T) {
	s, _ := drive.Session(t, evening)
	s.DayStart = night.DayStart
	if _, err := s.Journal.Append(checkRec("2026-11-23", "shoes", true, evening)); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(s.Journal.Path(), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = f.WriteString("{not json\n\n")
	f.Close()
	before, _ := os.ReadFile(s.Journal.Path())
	h := &harness{Driver: drive.Driver[check.Model]{T: t}, s: s}
	var cmd tea.Cmd
	h.M, cmd = check.New(s)
	h.M.SetSize(80, 24)
	h.Run(cmd)
	if n := h.M.Notice(); !strings.Contains(n, "2 journal lines couldn't be read") {
		t.Errorf("notice %q", n)
	}
	if !h.row("shoes").Done {
		t.Error("the good record is not shown")
	}
	after, _ := os.ReadFile(s.Journal.Path())
	if string(after) != string(before) {
		t.Error("opening the checklist changed the journal")
	}
}

func TestRolloverRefreshesTheDay(t *testing.T) {
	h := newHarness(t, time.Date(2026, 11, 24, 3, 50, 0, 0, berlin), checkRec("2026-11-23", "fluids", true, evening))
	if !h.row("fluids").Done || h.M.State().Today.String() != "2026-11-23" {
		t.Fatal("at 03:50 the day is still the 23rd, with fluids ticked")
	}
	h.Clock.Advance(10 * time.Minute)
	h.Send(h.Clock.Due()...)
	if h.M.State().Today.String() != "2026-11-24" || h.row("fluids").Done {
		t.Errorf("at 04:00 the screen still shows %s", h.M.State().Today)
	}
	if !strings.Contains(h.view(), "Tue 24 Nov") {
		t.Errorf("the header does not show the new day:\n%s", h.view())
	}
}
