// Package journal is the journal screen (`cramp journal`, j from home):
// the cramp-night heatmap, the episode list and the patterns.
//
// The journal is read and every figure worked out in a command after New;
// until it arrives the screen says "Loading…". NewRead takes a journal
// already read (cli reads it while the program starts, for a few
// milliseconds at most), so that the first frame shows the figures. Edits and deletions are new
// records (cramp.update, cramp.delete) queued on the journal and flushed in a
// command, after which the journal is read again; the file is never rewritten.
package journal

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui"
)

// View is one of the screen's three views.
type View int

// The views, in tab order (keys 1-3).
const (
	Overview View = iota
	Episodes
	Patterns
)

type mode int

const (
	browsing   mode = iota
	editing         // the edit form is open on the selected episode
	confirming      // "delete this episode?" waits for y or n
	dismissing      // "not a cramp?" waits for y or n
)

// The edit form's fields.
const (
	fieldSeverity = iota
	fieldNote
)

// noteLimit keeps a note to a sensible length for one journal line.
const noteLimit = 500

// Model is the screen.
type Model struct {
	s *tui.Session

	loaded bool
	fig    history.Figures
	alert  string // a failed read or save: shown before anything but the header and keys
	quiet  string // skipped lines: shown where there is room

	view   View
	cursor int // selected episode, an index into fig.Episodes (newest first)
	offset int // first episode row on screen

	mode     mode
	field    int
	severity int // in the edit form; -1 while not rated
	note     textinput.Model

	width, height int
}

// loadedMsg brings the figures from the journal. unsaved is why records
// queued on the journal (an edit or deletion from here, or another
// screen's) could not be written yet; they stay queued, are tried again at
// the next read or save and when the program stops, and the figures
// already show them. saved is set when the read follows a save.
type loadedMsg struct {
	fig     history.Figures
	err     error
	unsaved error
	saved   bool
}

// New returns the screen and the command that reads the journal.
func New(s *tui.Session) (Model, tea.Cmd) {
	m := Model{s: s, note: newNoteInput(s)}
	return m, m.load()
}

// NewRead returns the screen showing the journal as it was read before the
// screen was made: h folded, bad lines skipped, err the read's error (see
// history.Load). Its first View shows every figure, and nothing reads the
// journal again until a change is saved. The figures are worked out here,
// from memory, at the session clock's now.
func NewRead(s *tui.Session, h *history.History, bad int, err error) Model {
	m := Model{s: s, note: newNoteInput(s)}
	m, _ = m.Update(loadedMsg{fig: history.FiguresOf(h, bad, s.Content, s.Clock.Now(), s.DayStart), err: err})
	return m
}

func newNoteInput(s *tui.Session) textinput.Model {
	ti := textinput.New()
	ti.Prompt = "Note: "
	ti.Placeholder = "what happened, what helped"
	ti.CharLimit = noteLimit
	st := &s.Styles
	state := textinput.StyleState{Text: st.Text.Style, Placeholder: st.Muted.Style, Suggestion: st.Muted.Style, Prompt: st.Muted.Style}
	// A steady cursor: a blinking one would redraw the screen twice a second.
	ti.SetStyles(textinput.Styles{Focused: state, Blurred: state,
		Cursor: textinput.CursorStyle{Color: st.Accent.GetForeground(), Blink: false}})
	return ti
}

// load is the command that writes what is queued, reads the journal and
// works out the figures.
func (m Model) load() tea.Cmd { return read(m.s, false) }

// save queues r on the journal (no I/O here, and a quick exit cannot lose
// it: the app flushes once more when the program stops), then writes it and
// reads the journal again in a command. A record that cannot be written
// stays queued, once: the figures read back show it, so the form sees
// nothing left to change and a second try queues nothing.
func (m Model) save(r journal.Record) tea.Cmd {
	r.Time = m.s.Clock.Now()
	m.s.Journal.Queue(r)
	return read(m.s, true)
}

func read(s *tui.Session, saved bool) tea.Cmd {
	return func() tea.Msg {
		// Flushed here as well as in Load, to learn why a write failed.
		unsaved := s.Journal.Flush()
		fig, err := history.LoadFigures(s.Journal, s.Content, s.Clock.Now(), s.DayStart)
		if len(s.Journal.Pending()) == 0 {
			unsaved = nil // Load's own try went through
		}
		return loadedMsg{fig: fig, err: err, unsaved: unsaved, saved: saved}
	}
}

// SetSize tells the screen how much room it has.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	// The field sits after a two-cell focus mark, and the cursor takes a cell.
	m.note.SetWidth(max(1, width-2-len(m.note.Prompt)-1))
	m.keepVisible()
}

// Loaded reports whether the journal has been read.
func (m Model) Loaded() bool { return m.loaded }

// Current is the view on show.
func (m Model) Current() View { return m.view }

// Figures are the figures on show.
func (m Model) Figures() history.Figures { return m.fig }

// Selected is the selected episode, if there is one.
func (m Model) Selected() (history.Episode, bool) {
	if m.cursor < 0 || m.cursor >= len(m.fig.Episodes) {
		return history.Episode{}, false
	}
	return m.fig.Episodes[m.cursor], true
}

// Editing reports whether the edit form is open; Confirming whether a
// deletion waits for y or n; Dismissing whether "not a cramp?" does.
func (m Model) Editing() bool    { return m.mode == editing }
func (m Model) Confirming() bool { return m.mode == confirming }
func (m Model) Dismissing() bool { return m.mode == dismissing }

// Notice is what the screen says about a failed save or read and about
// skipped lines.
func (m Model) Notice() string { return strings.TrimSpace(m.alert + " " + m.quiet) }

// Update handles a message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loaded = true
		m.fig = msg.fig
		m.alert, m.quiet = noticeFor(msg)
		m.cursor = min(m.cursor, max(0, len(m.fig.Episodes)-1))
		if m.mode != browsing && !msg.saved {
			// A reload under an open form: keep it only if its episode is still there.
			if _, ok := m.Selected(); !ok {
				m.mode = browsing
			}
		}
		m.keepVisible()
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.mode == editing && m.field == fieldNote {
			var cmd tea.Cmd
			m.note, cmd = m.note.Update(msg)
			return m, cmd
		}
	}
	return m, nil
}

// noticeFor words what went wrong: alert for a failed save or read, its
// reason first so that a cut line still says why; quiet for skipped lines.
func noticeFor(msg loadedMsg) (alert, quiet string) {
	var parts []string
	if msg.unsaved != nil {
		reason, where := errorParts(msg.unsaved)
		parts = append(parts, "Couldn't save ("+reason+"); will retry."+where)
	}
	if msg.err != nil {
		reason, where := errorParts(msg.err)
		parts = append(parts, "Couldn't read all of your journal ("+reason+")."+where)
	}
	return strings.Join(parts, " "), history.Skipped(msg.fig.Bad)
}

// errorParts splits a journal error into its reason ("permission denied",
// the innermost error) and where it happened (" Journal: /path"), or the
// whole error when it names no path.
func errorParts(err error) (reason, where string) {
	inner := err
	for u := errors.Unwrap(inner); u != nil; u = errors.Unwrap(inner) {
		inner = u
	}
	reason = inner.Error()
	var pe *fs.PathError
	switch {
	case errors.As(err, &pe) && filepath.Base(pe.Path) == journal.FileName:
		return reason, " Journal: " + pe.Path
	case errors.As(err, &pe) && pe.Path != "":
		return reason, " Path: " + pe.Path
	case err.Error() != reason:
		return reason, " Details: " + err.Error()
	}
	return reason, ""
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	switch {
	case m.mode == editing:
		return m.handleEditKey(msg)
	case m.mode == confirming || m.mode == dismissing:
		switch {
		case key.Matches(msg, k.Confirm):
			rec := journal.TypeCrampDelete
			if m.mode == dismissing {
				rec = journal.TypeCrampNotCramp
			}
			m.mode = browsing
			return m, m.removeSelected(rec)
		case key.Matches(msg, k.Cancel):
			m.mode = browsing
		}
		return m, nil
	}

	switch {
	case key.Matches(msg, k.Back):
		return m, func() tea.Msg { return tui.BackMsg{} }
	case key.Matches(msg, k.NextView):
		m.view = (m.view + 1) % 3
	case key.Matches(msg, k.Views[0]):
		m.view = Overview
	case key.Matches(msg, k.Views[1]):
		m.view = Episodes
	case key.Matches(msg, k.Views[2]):
		m.view = Patterns
	case m.view != Episodes || !m.loaded:
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = max(0, min(len(m.fig.Episodes)-1, m.cursor+1))
	case key.Matches(msg, k.Scroll.PageUp):
		m.cursor = max(0, m.cursor-m.listRows())
	case key.Matches(msg, k.Scroll.PageDown):
		m.cursor = max(0, min(len(m.fig.Episodes)-1, m.cursor+m.listRows()))
	case key.Matches(msg, k.EditEntry):
		if e, ok := m.Selected(); ok {
			return m, m.openEdit(e)
		}
	case key.Matches(msg, k.DeleteEntry):
		if _, ok := m.Selected(); ok {
			m.mode = confirming
		}
	case key.Matches(msg, k.NotCramp):
		if _, ok := m.Selected(); ok {
			m.mode = dismissing
		}
	}
	m.keepVisible()
	return m, nil
}

func (m *Model) openEdit(e history.Episode) tea.Cmd {
	m.mode = editing
	m.field = fieldSeverity
	m.severity = -1
	if e.Severity != nil {
		m.severity = *e.Severity
	}
	m.note.SetValue(e.Note)
	m.note.CursorEnd()
	m.note.Blur()
	m.keepVisible()
	return nil
}

func (m Model) handleEditKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	switch {
	case key.Matches(msg, k.Discard):
		m.mode = browsing
		m.note.Blur()
		return m, nil
	case key.Matches(msg, k.Save):
		m.mode = browsing
		m.note.Blur()
		return m, m.saveEdit()
	case key.Matches(msg, k.NextField):
		if m.field == fieldSeverity {
			m.field = fieldNote
			return m, m.note.Focus()
		}
		m.field = fieldSeverity
		m.note.Blur()
		return m, nil
	}
	if m.field == fieldNote {
		var cmd tea.Cmd
		m.note, cmd = m.note.Update(msg)
		return m, cmd
	}
	switch {
	case key.Matches(msg, k.Severity):
		m.severity = int(msg.Code - '0')
	case key.Matches(msg, k.SeverityDown):
		if m.severity < 0 {
			m.severity = 5
		} else if m.severity > 0 {
			m.severity--
		}
	case key.Matches(msg, k.SeverityUp):
		if m.severity < 0 {
			m.severity = 5
		} else if m.severity < 10 {
			m.severity++
		}
	}
	return m, nil
}

// saveEdit writes what the form changed as one cramp.update, and shows it
// at once; the journal is read again once it is written.
func (m *Model) saveEdit() tea.Cmd {
	e, ok := m.Selected()
	if !ok {
		return nil
	}
	r := journal.Record{Type: journal.TypeCrampUpdate, Episode: e.ID}
	changed := false
	if m.severity >= 0 && (e.Severity == nil || *e.Severity != m.severity) {
		sev := m.severity
		r.Severity = &sev
		e.Severity = &sev
		changed = true
	}
	switch note := strings.TrimSpace(m.note.Value()); {
	case note == e.Note:
	case note == "":
		// An empty Note is left out of the line: say so outright.
		r.NoteCleared = true
		e.Note = ""
		changed = true
	default:
		r.Note = note
		e.Note = note
		changed = true
	}
	if !changed {
		return nil
	}
	m.fig.Episodes[m.cursor] = e
	return m.save(r)
}

// removeSelected writes a record of recType (a tombstone, or "not a
// cramp") for the selected episode and takes it off the list at once.
func (m *Model) removeSelected(recType string) tea.Cmd {
	e, ok := m.Selected()
	if !ok {
		return nil
	}
	eps := make([]history.Episode, 0, len(m.fig.Episodes)-1)
	eps = append(append(eps, m.fig.Episodes[:m.cursor]...), m.fig.Episodes[m.cursor+1:]...)
	m.fig.Episodes = eps
	m.cursor = min(m.cursor, max(0, len(eps)-1))
	m.keepVisible()
	return m.save(journal.Record{Type: recType, Episode: e.ID})
}

// keepVisible scrolls the episode list so the selected row is on screen.
func (m *Model) keepVisible() {
	rows := m.listRows()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+rows {
		m.offset = m.cursor - rows + 1
	}
	m.offset = max(0, min(m.offset, len(m.fig.Episodes)-rows))
}

// TakesText reports whether the note field has the keys, so that "?" is
// typed into it.
func (m Model) TakesText() bool { return m.mode == editing && m.field == fieldNote }

// ShortHelp lists the keys that matter now.
func (m Model) ShortHelp() []key.Binding {
	k := m.s.Keys
	switch {
	case m.mode == editing && m.field == fieldNote:
		return []key.Binding{k.Save, k.NextField, k.Discard}
	case m.mode == editing:
		return []key.Binding{k.Severity, k.Save, k.NextField, k.Discard}
	case m.mode == confirming || m.mode == dismissing:
		return []key.Binding{k.Confirm, k.Cancel}
	case m.view == Episodes && len(m.fig.Episodes) > 0:
		// The view tabs name their keys at the top; the line keeps the way out.
		return []key.Binding{k.EditEntry, k.DeleteEntry, k.NotCramp, k.RedFlags, k.Back, k.Help, k.NextView}
	}
	return []key.Binding{k.NextView, k.RedFlags, k.Help, k.Back}
}

// FullHelp lists the keys that work where the person is: the edit form's
// in the form, the episode keys on the episode list.
func (m Model) FullHelp() [][]key.Binding {
	k := m.s.Keys
	switch {
	case m.mode == editing && m.field == fieldNote: // "?" is typed into the note
		return [][]key.Binding{{k.NextField, k.Save, k.Discard}, {k.RedFlags, k.ForceQuit}}
	case m.mode == editing:
		return [][]key.Binding{{k.Severity, k.NextField, k.Save, k.Discard}, {k.RedFlags, k.Help, k.ForceQuit}}
	case m.mode == confirming || m.mode == dismissing:
		return [][]key.Binding{{k.Confirm, k.Cancel}, {k.RedFlags, k.ForceQuit}}
	}
	out := [][]key.Binding{{k.NextView, k.Views[0], k.Views[1], k.Views[2]}}
	if m.view == Episodes && len(m.fig.Episodes) > 0 {
		out = append(out, []key.Binding{k.Up, k.Down, k.EditEntry, k.DeleteEntry, k.NotCramp})
	}
	return append(out, []key.Binding{k.RedFlags, k.Help, k.Back, k.ForceQuit})
}
