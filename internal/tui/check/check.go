// Package check is the prevention checklist screen (`cramp check`, c
// from home): the day's habits ticked in a keystroke, kept per day.
//
// Every tick is a check record appended to the journal and synced at once.
// The screen's state is the journal as read when it opened, with the ticks
// it wrote since on top, so it never shows a stale read after a tick.
package check

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Model is the screen.
type Model struct {
	s     *tui.Session
	items []content.Item // daily first, then occasional

	loaded bool
	hist   *history.History
	// saved are the ticks this screen wrote; pending the ones still to be
	// written, oldest first, pending[0] being written now. One at a time,
	// so two quick presses on one item land in the order they were made.
	saved   []journal.Record
	pending []journal.Record
	state   history.ChecklistDay

	cursor int
	// back is how many days before today the screen shows (0 today, up
	// to history.BackfillDays): a tick there is for that day.
	back    int
	why     bool // the highlighted item's why pane is open
	whyPane viewport.Model
	// whyContent is the why pane's text at the current width, shown as it
	// is when it needs no scrolling.
	whyContent []string
	// leaving is set when back was pressed while ticks were still being
	// written: the screen goes once they are.
	leaving bool

	hint      string // one line about the last key (why an automatic item can't be ticked)
	saveErr   string // the last failed save, until a save works
	readIssue string // the journal could not be read, or had bad lines

	rollGen       int // generation of the tick that refreshes the day at the rollover
	width, height int
}

// loadedMsg brings the journal as read when the screen opened.
type loadedMsg struct {
	hist *history.History
	bad  int
	err  error
}

// savedMsg reports one tick's append.
type savedMsg struct {
	rec journal.Record
	err error
}

// rolloverMsg says a new day may have begun.
type rolloverMsg struct{ gen int }

// New returns the screen and the command that reads the journal.
func New(s *tui.Session) (Model, tea.Cmd) {
	m := Model{
		s:       s,
		items:   history.OrderedItems(&s.Content.Checklist),
		whyPane: viewport.New(),
	}
	m.whyPane.KeyMap = s.Keys.Scroll
	m.refresh()
	return m, read(s.Journal)
}

// read flushes records other screens queued (a routine just finished) and
// reads the whole journal, off the UI goroutine.
func read(j *journal.Journal) tea.Cmd {
	return func() tea.Msg {
		h, bad, err := history.Load(j)
		return loadedMsg{hist: h, bad: bad, err: err}
	}
}

// SetSize tells the screen how much room it has.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.sizeWhy()
}

// State is what the screen shows now.
func (m Model) State() history.ChecklistDay { return m.state }

// Loaded reports whether the journal has been read.
func (m Model) Loaded() bool { return m.loaded }

// Cursor is the index of the highlighted row.
func (m Model) Cursor() int { return m.cursor }

// Notice is the quiet line on show, if any.
func (m Model) Notice() string {
	for _, n := range []string{m.saveErr, m.hint, m.readIssue} {
		if n != "" {
			return n
		}
	}
	return ""
}

// Saving reports whether ticks are still being written.
func (m Model) Saving() bool { return len(m.pending) > 0 }

// WhyOpen reports whether the why pane is on screen.
func (m Model) WhyOpen() bool { return m.why }

// Update handles a message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		m.loaded, m.hist = true, msg.hist
		switch {
		case msg.err != nil:
			m.readIssue = "Could not read your journal (" + layout.ShortErr(msg.err) + "); earlier ticks are not shown."
		case msg.bad > 0:
			m.readIssue = history.Skipped(msg.bad)
		}
		m.refresh()
		return m, m.scheduleRollover()
	case savedMsg:
		return m.saved1(msg)
	case rolloverMsg:
		if msg.gen != m.rollGen {
			return m, nil
		}
		m.refresh()
		return m, m.scheduleRollover()
	case tea.KeyPressMsg:
		m.refresh() // the day may have rolled over since the last key
		return m.handleKey(msg)
	}
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	if m.leaving {
		return m, nil // going as soon as the last tick is written
	}
	if m.why {
		switch {
		case key.Matches(msg, k.Back, k.Why):
			m.why = false
		default:
			var cmd tea.Cmd
			m.whyPane, cmd = m.whyPane.Update(msg)
			return m, cmd
		}
		return m, nil
	}
	m.hint = ""
	switch {
	case key.Matches(msg, k.Back):
		if len(m.pending) > 0 {
			m.leaving = true
			return m, nil
		}
		return m, back
	case key.Matches(msg, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Down):
		m.cursor = min(len(m.items)-1, m.cursor+1)
	case key.Matches(msg, k.Why) && len(m.items) > 0:
		m.why = true
		m.sizeWhy()
		m.whyPane.GotoTop()
	case key.Matches(msg, k.Tick):
		return m.tick()
	case key.Matches(msg, k.EarlierDay, k.LaterDay):
		m.step(key.Matches(msg, k.EarlierDay))
	}
	return m, nil
}

// tick toggles the highlighted item for today and starts writing it.
func (m Model) tick() (Model, tea.Cmd) {
	if len(m.items) == 0 {
		return m, nil
	}
	if !m.loaded {
		m.hint = "Still reading your journal…"
		return m, nil
	}
	row := m.state.Rows[m.cursor]
	if row.Auto() {
		m.hint = "Ticked for you when you finish a bedtime routine; it cannot be ticked by hand."
		if row.Item.Auto != content.AutoStretch {
			m.hint = "Ticked for you; it cannot be ticked by hand."
		}
		return m, nil
	}
	// The day is taken now, not from what is on screen: a tick just
	// after the rollover belongs to the new day.
	rec := history.Tick(row.Item.ID, !row.Done, m.s.Clock.Now(), m.s.DayStart)
	if m.back > 0 {
		// An earlier day: the day on show, written now.
		rec = history.TickOn(row.Item.ID, !row.Done, m.state.Today, m.s.Clock.Now())
	}
	rec.ID = journal.NewID()
	m.pending = append(m.pending, rec)
	m.refresh()
	if len(m.pending) == 1 {
		return m, m.writeFirst()
	}
	return m, nil
}

// writeFirst appends pending[0] and syncs it.
func (m Model) writeFirst() tea.Cmd {
	j, rec := m.s.Journal, m.pending[0]
	return func() tea.Msg {
		got, err := j.Append(rec)
		return savedMsg{rec: got, err: err}
	}
}

func (m Model) saved1(msg savedMsg) (Model, tea.Cmd) {
	if len(m.pending) == 0 || m.pending[0].ID != msg.rec.ID {
		return m, nil
	}
	m.pending = m.pending[1:]
	if msg.err != nil {
		// The tick goes back to what the journal holds, and says so: the
		// screen never shows a tick that is not saved.
		label := msg.rec.Item
		if it, ok := m.s.Content.Checklist.Item(msg.rec.Item); ok {
			label = it.Label
		}
		m.saveErr = fmt.Sprintf("Not saved: %s stays as it was (%s).", label, layout.ShortErr(msg.err))
		m.leaving = false // stay, so the notice is read
	} else {
		m.saved = append(m.saved, msg.rec)
		m.saveErr = ""
	}
	m.refresh()
	switch {
	case len(m.pending) > 0:
		return m, m.writeFirst()
	case m.leaving:
		return m, back
	}
	return m, nil
}

// Finish queues the ticks not yet known to be written when the program
// stops early (Ctrl+C), for the app's last flush. A record written twice
// is harmless: the day's state is the last record for each item.
func (m Model) Finish() {
	for _, r := range m.pending {
		m.s.Journal.Queue(r)
	}
}

// refresh recomputes what the screen shows for the current day.
func (m *Model) refresh() {
	today := night.Rule{DayStart: m.s.DayStart}.Tonight(m.s.Clock.Now()) - night.Date(m.back)
	if !m.loaded {
		m.state = history.ComputeChecklist(m.items, today, func(night.Date, content.Item) bool { return false })
	} else {
		ticks := m.saved
		if len(m.pending) > 0 {
			ticks = append(append([]journal.Record(nil), m.saved...), m.pending...)
		}
		m.state = history.ComputeChecklist(m.items, today, history.DoneWithTicks(m.hist, ticks))
	}
	m.cursor = max(0, min(m.cursor, len(m.items)-1))
	if m.why {
		m.sizeWhy()
	}
}

// scheduleRollover asks for a refresh when the next day begins, so the
// screen does not show yesterday's ticks as today's.
func (m *Model) scheduleRollover() tea.Cmd {
	m.rollGen++
	gen := m.rollGen
	now := m.s.Clock.Now()
	wait := history.NextRollover(now, m.s.DayStart).Sub(now)
	return m.s.Clock.Tick(wait, func(time.Time) tea.Msg { return rolloverMsg{gen: gen} })
}

func back() tea.Msg { return tui.BackMsg{} }
