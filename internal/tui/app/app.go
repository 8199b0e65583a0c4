// Package app is the root Bubble Tea model: it owns the window size, routes
// messages to the one active screen, and switches screens when a screen asks
// to through a message.
package app

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/check"
	"github.com/crampcoach/cramp/internal/tui/home"
	journalscreen "github.com/crampcoach/cramp/internal/tui/journal"
	"github.com/crampcoach/cramp/internal/tui/learn"
	"github.com/crampcoach/cramp/internal/tui/now"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// Options say how the app starts.
type Options struct {
	// Start is the first screen: Home for `cramp`, Relief for `cramp now`.
	Start tui.Screen
	// Relief refines the relief flow (--site, --side).
	Relief now.Options
	// Stretch says which routine to play and how (--routine, --seated, --hold).
	Stretch stretch.Options
	// Topic opens a Learn topic's page when Start is Learn.
	Topic string
	// FirstRun shows the full disclaimer on the home screen.
	FirstRun bool
	// LoadRest, when set, loads the content relief does not need (routines,
	// checklist, Learn pages; see content.LoadCore) and returns the whole
	// set. The app calls it in a command the first time a screen needs it,
	// so relief never waits or shares the CPU with it; the result arrives as
	// a ContentMsg. Nil means the session's content is already whole.
	LoadRest func() (*content.Set, string)
	// Width and Height are the terminal's size at start, when known, so the
	// very first frame already shows the instruction instead of waiting for
	// the window-size message.
	Width, Height int
}

// ContentMsg brings the whole content set, loaded after the first frame so
// that relief never waits for it, with a notice if it came from the
// built-in content instead of the person's folder.
type ContentMsg struct {
	Set    *content.Set
	Notice string
}

// Model is the root model.
type Model struct {
	s         *tui.Session
	opts      Options
	screen    tui.Screen
	home      home.Model
	relief    now.Model
	learn     learn.Model
	stretch   stretch.Model
	checklist check.Model
	journal   journalscreen.Model
	inited    tea.Cmd
	// restAsked is set once the rest of the content has been asked for,
	// restLoaded once it is in the session.
	restAsked, restLoaded bool
	// waiting is a screen asked for before the content it needs arrived.
	waiting *tui.OpenMsg
	width   int
	height  int
}

// New builds the root model. When it starts on the relief screen the hold is
// already counting, so the first frame shows the first instruction and timer.
func New(s *tui.Session, opts Options) Model {
	m := Model{s: s, opts: opts, screen: opts.Start, home: home.New(s, opts.FirstRun), width: opts.Width, height: opts.Height,
		restLoaded: opts.LoadRest == nil}
	m.home.SetSize(opts.Width, opts.Height)
	m, m.inited = m.build(tui.OpenMsg{Screen: opts.Start, Topic: opts.Topic})
	if opts.Start == tui.Home {
		// From home the next screen is likely to need it; load it now, after
		// the first frame, so that opening the screen does not wait.
		m.inited = m.loadRest()
	}
	return m
}

// needsRest reports whether a screen needs more content than relief does.
func needsRest(sc tui.Screen) bool {
	return sc != tui.Home && sc != tui.Now
}

// build makes a fresh model for the screen msg names, sized, and returns the
// command that starts it.
func (m Model) build(msg tui.OpenMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg.Screen {
	case tui.Now:
		m.relief, cmd = now.New(m.s, m.opts.Relief)
	case tui.Learn:
		m.learn = learn.New(m.s, msg.Topic)
	case tui.Stretch:
		m.stretch, cmd = stretch.New(m.s, m.opts.Stretch)
	case tui.Check:
		m.checklist, cmd = check.New(m.s)
	case tui.Journal:
		m.journal, cmd = journalscreen.New(m.s)
	}
	m.screen = msg.Screen
	m.resize()
	return m, cmd
}

// resize passes the window size to the screen on show.
func (m *Model) resize() {
	w, h := m.width, m.height
	m.home.SetSize(w, h)
	switch m.screen {
	case tui.Now:
		m.relief.SetSize(w, h)
	case tui.Learn:
		m.learn.SetSize(w, h)
	case tui.Stretch:
		m.stretch.SetSize(w, h)
	case tui.Check:
		m.checklist.SetSize(w, h)
	case tui.Journal:
		m.journal.SetSize(w, h)
	}
}

// Init starts what the first screen needs.
func (m Model) Init() tea.Cmd { return m.inited }

// loadRest is the command that loads the rest of the content, the first
// time only.
func (m *Model) loadRest() tea.Cmd {
	load := m.opts.LoadRest
	if m.restLoaded || m.restAsked {
		return nil
	}
	m.restAsked = true
	return func() tea.Msg {
		set, notice := load()
		return ContentMsg{Set: set, Notice: notice}
	}
}

// Update routes a message to the active screen, after handling the few that
// belong to the whole app.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.s.Keys.ForceQuit) {
			return m, tea.Interrupt
		}
	case tui.OpenMsg:
		return m.open(msg)
	case ContentMsg:
		// Every screen reads the content through the session, on this
		// goroutine, so setting it here is seen everywhere from now on.
		if msg.Set != nil {
			*m.s.Content = *msg.Set
		}
		m.restLoaded = true
		if msg.Notice != "" && m.s.Notice == "" {
			m.s.Notice = msg.Notice
		}
		if w := m.waiting; w != nil {
			m.waiting = nil
			return m.build(*w)
		}
		return m, nil
	case tui.BackMsg:
		if m.opts.Start != tui.Home {
			return m, tea.Quit
		}
		m.screen = tui.Home
		return m, nil
	}

	var cmd tea.Cmd
	switch m.screen {
	case tui.Home:
		m.home, cmd = m.home.Update(msg)
	case tui.Now:
		m.relief, cmd = m.relief.Update(msg)
	case tui.Learn:
		m.learn, cmd = m.learn.Update(msg)
	case tui.Stretch:
		m.stretch, cmd = m.stretch.Update(msg)
	case tui.Check:
		m.checklist, cmd = m.checklist.Update(msg)
	case tui.Journal:
		m.journal, cmd = m.journal.Update(msg)
	}
	return m, cmd
}

// open shows the screen msg names, once the content it needs is loaded.
func (m Model) open(msg tui.OpenMsg) (tea.Model, tea.Cmd) {
	if needsRest(msg.Screen) && !m.restLoaded {
		m.waiting = &msg
		return m, m.loadRest()
	}
	// A screen asked for while the content loaded is overtaken by this one
	// (stretch, then "cramp now" at once): it must not open over it later.
	m.waiting = nil
	return m.build(msg)
}

// View draws the active screen on the alternate screen.
func (m Model) View() tea.View {
	var body string
	switch m.screen {
	case tui.Home:
		body = m.home.View()
	case tui.Now:
		body = m.relief.View()
	case tui.Learn:
		body = m.learn.View()
	case tui.Stretch:
		body = m.stretch.View()
	case tui.Check:
		body = m.checklist.View()
	case tui.Journal:
		body = m.journal.View()
	}
	v := tea.NewView(body)
	v.AltScreen = true
	v.WindowTitle = "Cramp Coach"
	return v
}

// Screen is the screen on show.
func (m Model) Screen() tui.Screen { return m.screen }

// Relief is the relief screen's model (zero until it has been opened).
func (m Model) Relief() now.Model { return m.relief }

// Finish writes what the journal is still owed once the program has
// stopped: records queued but not yet written, and whatever an interrupted
// screen owes (the end of an episode left with Ctrl+C). It blocks.
func (m Model) Finish() error {
	switch m.screen {
	case tui.Now:
		m.relief.Finish()
	case tui.Stretch:
		m.stretch.Finish()
	case tui.Check:
		m.checklist.Finish()
	}
	return m.s.Journal.Flush()
}
