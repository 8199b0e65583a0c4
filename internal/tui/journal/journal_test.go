package journal_test

import (
	"errors"
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
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	journalscreen "github.com/crampcoach/cramp/internal/tui/journal"
)

// now is a Monday evening: the night of 23 November has begun, no cramp yet.
var now = time.Date(2026, 11, 23, 21, 30, 0, 0, time.UTC)

type harness struct {
	drive.Driver[journalscreen.Model]
	s *tui.Session
}

// newHarness opens the screen on a journal holding recs, read and loaded.
func newHarness(t testing.TB, recs []journal.Record) *harness {
	t.Helper()
	h := &harness{Driver: drive.Driver[journalscreen.Model]{T: t}}
	h.s, _ = drive.Session(t, now)
	h.s.DayStart = night.DayStart
	writeRecords(t, h.s.Journal.Path(), recs)
	m, cmd := journalscreen.New(h.s)
	m.SetSize(80, 24)
	h.M = m
	h.Run(cmd)
	return h
}

// writeRecords writes recs as journal lines in one go (Append syncs every
// line, which is slow for thousands).
func writeRecords(t testing.TB, path string, recs []journal.Record) {
	t.Helper()
	if len(recs) == 0 {
		return
	}
	var b strings.Builder
	for i, r := range recs {
		r.V = journal.FormatVersion
		if r.ID == "" {
			r.ID = "r" + pad6(i)
		}
		if r.Zone == "" {
			r.Zone = r.Time.Location().String()
		}
		line, err := r.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

func pad6(i int) string {
	s := "000000" + itoa(i)
	return s[len(s)-6:]
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// typeText types text into whatever has the focus, a key a character.
func (h *harness) typeText(text string) {
	h.T.Helper()
	for _, r := range text {
		if r == ' ' {
			h.Press("space")
			continue
		}
		h.Press(string(r))
	}
}

func (h *harness) screen() string { return ansi.Strip(h.M.View()) }

func (h *harness) records() []journal.Record {
	h.T.Helper()
	res, err := h.s.Journal.Read()
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

func TestLoadingUntilTheJournalIsRead(t *testing.T) {
	s, _ := drive.Session(t, now)
	writeRecords(t, s.Journal.Path(), sampleJournal(t))
	m, cmd := journalscreen.New(s)
	m.SetSize(80, 24)
	if cmd == nil {
		t.Fatal("New returns no command to read the journal")
	}
	if scr := ansi.Strip(m.View()); !strings.Contains(scr, "Loading…") {
		t.Errorf("before the read, the screen is:\n%s", scr)
	}
	for _, msg := range drive.Messages(cmd) {
		m, _ = m.Update(msg)
	}
	if !m.Loaded() || strings.Contains(ansi.Strip(m.View()), "Loading…") {
		t.Errorf("after the read the screen still loads:\n%s", ansi.Strip(m.View()))
	}
}

// A journal read before the screen was made (cramp journal reads it while
// the program starts) is on the very first frame: the figures, no
// "Loading…", and no command reading it again.
func TestFirstViewShowsAJournalReadBefore(t *testing.T) {
	s, _ := drive.Session(t, now)
	s.DayStart = night.DayStart
	writeRecords(t, s.Journal.Path(), sampleJournal(t))
	hist, bad, err := history.Load(s.Journal)
	if err != nil {
		t.Fatal(err)
	}
	m := journalscreen.NewRead(s, hist, bad, err)
	m.SetSize(80, 24)
	scr := ansi.Strip(m.View())
	if !m.Loaded() || strings.Contains(scr, "Loading…") || !strings.Contains(scr, "Last 7 nights") {
		t.Fatalf("the first view is:\n%s", scr)
	}
	// The same screen a read in a command gives.
	read := newHarness(t, sampleJournal(t))
	if want := ansi.Strip(read.M.View()); scr != want {
		t.Errorf("read before:\n%s\nread in a command:\n%s", scr, want)
	}

	// A failed read says so from the first frame too, with what was read.
	m = journalscreen.NewRead(s, hist, 2, errors.New("journal: read /x/journal.jsonl: input/output error"))
	m.SetSize(80, 24)
	if n := m.Notice(); !strings.Contains(n, "Couldn't read all of your journal") || !strings.Contains(n, "2 journal lines") {
		t.Errorf("notice %q", n)
	}
}

func TestViewsSwitchWithTabAndDigits(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	want := func(v journalscreen.View, text string) {
		t.Helper()
		if h.M.Current() != v {
			t.Errorf("view %d, want %d", h.M.Current(), v)
		}
		if !strings.Contains(h.screen(), text) {
			t.Errorf("view %d lacks %q:\n%s", v, text, h.screen())
		}
	}
	want(journalscreen.Overview, "Last 7 nights")
	h.Press("tab")
	want(journalscreen.Episodes, "Tried · note")
	h.Press("tab")
	want(journalscreen.Patterns, "Enough fluids")
	h.Press("tab")
	want(journalscreen.Overview, "Stretch streak")
	h.Press("3")
	want(journalscreen.Patterns, "didn't")
	h.Press("2")
	want(journalscreen.Episodes, "Eased")
	h.Press("1")
	want(journalscreen.Overview, "none")
}

func TestEpisodeListScrollsAndSelects(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	h.Press("2")
	first, _ := h.M.Selected()
	if first.ID != "ep-newest" {
		t.Fatalf("the list starts at %q, want the newest episode", first.ID)
	}
	h.Press("down")
	second, _ := h.M.Selected()
	if second.ID == first.ID || second.Start.After(first.Start) {
		t.Errorf("down selects %q (%v), want the next older one", second.ID, second.Start)
	}
	for range 100 {
		h.Press("down")
	}
	last, _ := h.M.Selected()
	if !strings.Contains(h.screen(), "› "+last.Night.Time(time.UTC).Format("Mon 2 Jan")) {
		t.Errorf("the selected row scrolled off screen:\n%s", h.screen())
	}
	h.Press("up")
	if e, _ := h.M.Selected(); e.ID == last.ID {
		t.Error("up does not move")
	}
}

func TestEditSeverityAndNoteAppendsAnUpdate(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	before, err := os.ReadFile(h.s.Journal.Path())
	if err != nil {
		t.Fatal(err)
	}
	h.Press("2", "e")
	if !h.M.Editing() || !strings.Contains(h.screen(), "How bad: 6 of 10") {
		t.Fatalf("e does not open the form on severity 6:\n%s", h.screen())
	}
	h.Press("right", "right") // 8
	h.Press("tab")
	h.typeText(", then walked it off")
	if !strings.Contains(h.screen(), "then walked it off") {
		t.Errorf("the note field does not show the typing:\n%s", h.screen())
	}
	h.Press("enter")
	if h.M.Editing() {
		t.Error("enter leaves the form open")
	}
	e, _ := h.M.Selected()
	if e.Severity == nil || *e.Severity != 8 || !strings.HasSuffix(e.Note, "then walked it off") {
		t.Errorf("after saving: severity %v note %q", e.Severity, e.Note)
	}
	recs := h.records()
	last := recs[len(recs)-1]
	if last.Type != journal.TypeCrampUpdate || last.Episode != "ep-newest" || last.Severity == nil || *last.Severity != 8 || last.Note == "" {
		t.Errorf("the last record is %+v, want a cramp.update of ep-newest with severity 8 and the note", last)
	}
	after, _ := os.ReadFile(h.s.Journal.Path())
	if !strings.HasPrefix(string(after), string(before)) {
		t.Error("the journal was rewritten, not appended to")
	}
	if !strings.Contains(h.screen(), "8 of 10") {
		t.Errorf("the screen does not show the new severity:\n%s", h.screen())
	}
}

func TestEditWithDigitsAndCancel(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	n := len(h.records())
	h.Press("2", "e", "3", "esc")
	if h.M.Editing() || len(h.records()) != n {
		t.Fatalf("esc: editing %v, %d records (was %d)", h.M.Editing(), len(h.records()), n)
	}
	if e, _ := h.M.Selected(); *e.Severity != 6 {
		t.Errorf("cancelled edit changed the severity to %d", *e.Severity)
	}
	// q and n are letters in the note, not "back" or "no".
	h.Press("e", "tab", "q", "n", "esc")
	if h.sawBack() || len(h.records()) != n {
		t.Errorf("typing q in the note left the screen or saved")
	}
	h.Press("e", "3", "enter")
	if e, _ := h.M.Selected(); *e.Severity != 3 {
		t.Errorf("digit 3 then enter: severity %d", *e.Severity)
	}
	// Saving with nothing changed writes nothing.
	n = len(h.records())
	h.Press("e", "enter")
	if len(h.records()) != n {
		t.Error("an unchanged form wrote a record")
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	n := len(h.records())
	count := len(h.M.Figures().Episodes)
	h.Press("2", "d")
	if !h.M.Confirming() || !strings.Contains(h.screen(), "Delete the cramp of") {
		t.Fatalf("d does not ask:\n%s", h.screen())
	}
	h.Press("x") // any other key does nothing
	h.Press("n")
	if h.M.Confirming() || len(h.records()) != n {
		t.Fatalf("n: confirming %v, %d records (was %d)", h.M.Confirming(), len(h.records()), n)
	}
	h.Press("d", "esc")
	if h.M.Confirming() || len(h.records()) != n || h.sawBack() {
		t.Fatalf("esc in the question should only cancel it")
	}
	h.Press("d", "y")
	recs := h.records()
	last := recs[len(recs)-1]
	if len(recs) != n+1 || last.Type != journal.TypeCrampDelete || last.Episode != "ep-newest" {
		t.Fatalf("y: last record %+v, want one cramp.delete of ep-newest", last)
	}
	if got := len(h.M.Figures().Episodes); got != count-1 {
		t.Errorf("%d episodes after deleting one of %d", got, count)
	}
	if e, _ := h.M.Selected(); e.ID == "ep-newest" {
		t.Error("the deleted episode is still selected")
	}
}

func TestSeeDoctorNotice(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	scr := strings.Join(strings.Fields(h.screen()), " ")
	for _, want := range []string{h.s.Content.RedFlags.Tiers[2].Title, "Cramps on 4 of the last 7 nights.", "worth it: book an appointment"} {
		if !strings.Contains(scr, want) {
			t.Errorf("the overview lacks %q:\n%s", want, h.screen())
		}
	}
	quiet := newHarness(t, quietJournal(t))
	if strings.Contains(quiet.screen(), h.s.Content.RedFlags.Tiers[2].Title) {
		t.Errorf("a quiet month shows the doctor notice:\n%s", quiet.screen())
	}
}

func TestBadLinesGiveAQuietNotice(t *testing.T) {
	s, _ := drive.Session(t, now)
	writeRecords(t, s.Journal.Path(), quietJournal(t))
	f, _ := os.OpenFile(s.Journal.Path(), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("{broken\nnot json\n")
	f.Close()
	m, cmd := journalscreen.New(s)
	m.SetSize(80, 24)
	for _, msg := range drive.Messages(cmd) {
		m, _ = m.Update(msg)
	}
	if n := m.Notice(); n != "2 journal lines couldn't be read and were skipped (the file is left untouched)." {
		t.Errorf("notice %q", m.Notice())
	}
	if !strings.Contains(ansi.Strip(m.View()), "couldn't be read") {
		t.Errorf("the notice is not on screen:\n%s", ansi.Strip(m.View()))
	}
}

// A save that fails says so truthfully: the record is still queued and is
// written on a later try. Trying the same edit again queues nothing more,
// so once the folder can be written the file holds it exactly once.
func TestAFailedSaveWillRetryWithoutDuplicates(t *testing.T) {
	s, _ := drive.Session(t, now)
	s.DayStart = night.DayStart
	// A file where the data folder should be: unwritable even for root.
	blocker := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s.Journal = journal.Open(filepath.Join(blocker, "cramp"))
	start := at(night.OfCramp(now)-1, 1, 3, 10)
	s.Journal.Queue(journal.Record{ID: "ep", Type: journal.TypeCrampStart, Time: start, Site: "calf", Severity: new(6)})
	h := &harness{Driver: drive.Driver[journalscreen.Model]{T: t}, s: s}
	m, cmd := journalscreen.New(s)
	m.SetSize(80, 24)
	h.M = m
	h.Run(cmd)
	if n := h.M.Notice(); !strings.HasPrefix(n, "Couldn't save (not a directory); will retry.") {
		t.Errorf("notice %q, want it to say the record is not saved yet and will be retried", n)
	}

	h.Press("2", "e", "1", "enter")
	if n := h.M.Notice(); !strings.HasPrefix(n, "Couldn't save (not a directory); will retry.") || strings.Contains(n, "Not saved") {
		t.Errorf("after a failed edit the notice is %q", n)
	}
	if e, _ := h.M.Selected(); e.Severity == nil || *e.Severity != 1 {
		t.Errorf("the queued edit is not on screen: severity %v", e.Severity)
	}
	h.Press("e", "1", "enter") // the same edit again
	if p := s.Journal.Pending(); len(p) != 2 {
		t.Fatalf("%d records queued after the edit was tried twice, want the episode and one update: %+v", len(p), p)
	}

	// The folder can be written now; reopening the screen writes the queue.
	if err := os.Remove(blocker); err != nil {
		t.Fatal(err)
	}
	m, cmd = journalscreen.New(s)
	m.SetSize(80, 24)
	h.M = m
	h.Run(cmd)
	if n := h.M.Notice(); n != "" {
		t.Errorf("notice %q once everything is written", n)
	}
	recs := h.records()
	if len(recs) != 2 || recs[1].Type != journal.TypeCrampUpdate || recs[1].Severity == nil || *recs[1].Severity != 1 {
		t.Errorf("the journal holds %+v, want the episode and one update to severity 1", recs)
	}
}

// Emptying the note in the edit form removes it, also after the journal is
// read again; a note typed later is saved as usual.
func TestClearingTheNote(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	h.Press("2")
	if e, _ := h.M.Selected(); e.Note != "woke with it" {
		t.Fatalf("the newest episode's note is %q", e.Note)
	}
	h.Press("e", "tab")
	h.Send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}) // the text field's "delete before the cursor"
	h.Press("enter")
	recs := h.records()
	if last := recs[len(recs)-1]; last.Type != journal.TypeCrampUpdate || last.Episode != "ep-newest" || !last.NoteCleared || last.Note != "" || last.Severity != nil {
		t.Errorf("the last record is %+v, want a cramp.update of ep-newest that clears the note and nothing else", last)
	}
	if strings.Contains(h.screen(), "woke with it") {
		t.Errorf("the cleared note is still on screen:\n%s", h.screen())
	}
	reopened := newHarnessOn(t, h.s)
	reopened.Press("2")
	if e, _ := reopened.M.Selected(); e.Note != "" {
		t.Errorf("read again, the note is %q", e.Note)
	}
	reopened.Press("e", "tab")
	reopened.typeText("new shoes")
	reopened.Press("enter")
	if e, _ := newHarnessOn(t, h.s).M.Selected(); e.Note != "new shoes" {
		t.Errorf("a note after clearing it reads back as %q", e.Note)
	}
}

// A routine finished a moment ago and still queued (the stretch screen
// writes it in the background) counts in the streak: the screen writes the
// queue before it reads.
func TestARoutineJustFinishedCountsInTheStreak(t *testing.T) {
	s, _ := drive.Session(t, now)
	s.DayStart = night.DayStart
	tonight := night.Of(now, s.DayStart)
	writeRecords(t, s.Journal.Path(), []journal.Record{{Type: journal.TypeRoutineEnd, Time: at(tonight-1, 0, 22, 0),
		Day: (tonight - 1).String(), Routine: "nightly", Outcome: journal.OutcomeFinished}})
	routine := journal.Record{Type: journal.TypeRoutineEnd, Time: now, Day: tonight.String(), Routine: "nightly", Outcome: journal.OutcomeFinished}
	s.Journal.Queue(routine)
	// LoadFigures alone (cramp journal --plain) writes the queue first too.
	if f, err := history.LoadFigures(s.Journal, s.Content, now, s.DayStart); err != nil || f.Streak != 2 {
		t.Errorf("LoadFigures: streak %d, %v; want 2 with tonight's routine", f.Streak, err)
	}
	s.Journal.Queue(routine)
	h := newHarnessOn(t, s)
	if f := h.M.Figures(); f.Streak != 2 {
		t.Errorf("streak %d, want 2 with tonight's routine", f.Streak)
	}
	if recs := h.records(); len(recs) != 3 || len(s.Journal.Pending()) != 0 {
		t.Errorf("%d records in the file and %d queued, want last night's and tonight's routines written", len(recs), len(s.Journal.Pending()))
	}
}

// newHarnessOn opens the screen on session s as it is, read and loaded.
func newHarnessOn(t testing.TB, s *tui.Session) *harness {
	t.Helper()
	h := &harness{Driver: drive.Driver[journalscreen.Model]{T: t}, s: s}
	m, cmd := journalscreen.New(s)
	m.SetSize(80, 24)
	h.M = m
	h.Run(cmd)
	return h
}

func TestEmptyJournalIsAFriendlyText(t *testing.T) {
	h := newHarness(t, nil)
	for v, want := range []string{"Nothing in your journal yet", "No cramps recorded yet", "No patterns yet"} {
		h.Press(itoa(v + 1))
		scr := h.screen()
		if !strings.Contains(scr, want) || strings.Contains(scr, "░") || strings.Contains(scr, "Mon ") {
			t.Errorf("view %d of an empty journal:\n%s", v+1, scr)
		}
	}
	h.Press("2", "e", "d")
	if h.M.Editing() || h.M.Confirming() {
		t.Error("e or d does something with no episodes")
	}
}

// x marks the selected episode "not a cramp" after a y/n question: a new
// record, and the episode leaves the list and every count.
func TestNotACrampAsksFirst(t *testing.T) {
	h := newHarness(t, sampleJournal(t))
	n := len(h.records())
	count := len(h.M.Figures().Episodes)
	h.Press("2", "x")
	if !h.M.Dismissing() || !strings.Contains(h.screen(), "Not a cramp?") {
		t.Fatalf("x does not ask:\n%s", h.screen())
	}
	h.Press("n")
	if h.M.Dismissing() || len(h.records()) != n {
		t.Fatalf("n: dismissing %v, %d records (was %d)", h.M.Dismissing(), len(h.records()), n)
	}
	h.Press("x", "y")
	recs := h.records()
	last := recs[len(recs)-1]
	if len(recs) != n+1 || last.Type != journal.TypeCrampNotCramp || last.Episode != "ep-newest" {
		t.Fatalf("y: last record %+v, want one cramp.notcramp of ep-newest", last)
	}
	if got := len(h.M.Figures().Episodes); got != count-1 {
		t.Errorf("%d episodes after marking one of %d", got, count)
	}
}
