// Package app is the root Bubble Tea model: it owns the window size, routes
// messages to the one active screen, and switches screens when a screen asks
// to through a message.
package app

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/home"
	"github.com/crampcoach/cramp/internal/learn"
	"github.com/crampcoach/cramp/internal/relief"
	"github.com/crampcoach/cramp/internal/session"
)

// Options say how the app starts.
type Options struct {
	// Start is the first screen: Home for `cramp`, Relief for `cramp now`.
	Start session.Screen
	// Relief refines the relief flow (--site, --side).
	Relief relief.Options
	// Topic opens a Learn topic's page when Start is Learn.
	Topic string
	// FirstRun shows the full disclaimer on the home screen.
	FirstRun bool
	// LoadLearn, when set, loads the Learn pages. The app calls it (in a
	// command) the first time the Learn screen opens, so that relief never
	// waits, shares the CPU or the memory with reference pages; the result
	// arrives as a LearnMsg.
	LoadLearn func() (content.Learn, string)
	// Width and Height are the terminal's size at start, when known, so the
	// very first frame already shows the instruction instead of waiting for
	// the window-size message.
	Width, Height int
}

// LearnMsg brings the Learn pages, loaded after the first frame so that
// relief never waits for them, with a notice if they came from the built-in
// content instead of the person's folder.
type LearnMsg struct {
	Learn  content.Learn
	Notice string
}

// Model is the root model.
type Model struct {
	s      *session.Session
	opts   Options
	screen session.Screen
	home   home.Model
	relief relief.Model
	learn  learn.Model
	inited tea.Cmd
	// learnAsked is set once the Learn pages have been asked for.
	learnAsked bool
	width      int
	height     int
}

// New builds the root model. When it starts on the relief screen the hold is
// already counting, so the first frame shows the first instruction and timer.
func New(s *session.Session, opts Options) Model {
	m := Model{s: s, opts: opts, screen: opts.Start, home: home.New(s, opts.FirstRun), width: opts.Width, height: opts.Height}
	m.home.SetSize(opts.Width, opts.Height)
	switch opts.Start {
	case session.Relief:
		m.relief, m.inited = relief.New(s, opts.Relief)
		m.relief.SetSize(opts.Width, opts.Height)
	case session.Learn:
		m.learn = learn.New(s, opts.Topic)
		m.learn.SetSize(opts.Width, opts.Height)
	}
	return m
}

// Init starts what the first screen needs.
func (m Model) Init() tea.Cmd { return m.inited }

// loadLearn is the command that loads the Learn pages, the first time only.
func (m *Model) loadLearn() tea.Cmd {
	load := m.opts.LoadLearn
	if load == nil || m.learnAsked {
		return nil
	}
	m.learnAsked = true
	return func() tea.Msg {
		l, notice := load()
		return LearnMsg{Learn: l, Notice: notice}
	}
}

// Update routes a message to the active screen, after handling the few that
// belong to the whole app.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.home.SetSize(msg.Width, msg.Height)
		switch m.screen {
		case session.Relief:
			m.relief.SetSize(msg.Width, msg.Height)
		case session.Learn:
			m.learn.SetSize(msg.Width, msg.Height)
		}
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.s.Keys.ForceQuit) {
			return m, tea.Interrupt
		}
	case session.OpenMsg:
		return m.open(msg)
	case LearnMsg:
		// Every screen reads the content through the session, on this
		// goroutine, so setting it here is seen everywhere from now on.
		m.s.Content.Learn = msg.Learn
		if msg.Notice != "" && m.s.Notice == "" {
			m.s.Notice = msg.Notice
		}
		return m, nil
	case session.BackMsg:
		if m.opts.Start != session.Home {
			return m, tea.Quit
		}
		m.screen = session.Home
		return m, nil
	}

	var cmd tea.Cmd
	switch m.screen {
	case session.Home:
		m.home, cmd = m.home.Update(msg)
	case session.Relief:
		m.relief, cmd = m.relief.Update(msg)
	case session.Learn:
		m.learn, cmd = m.learn.Update(msg)
	}
	return m, cmd
}

func (m Model) open(msg session.OpenMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg.Screen {
	case session.Relief:
		m.relief, cmd = relief.New(m.s, m.opts.Relief)
		m.relief.SetSize(m.width, m.height)
	case session.Learn:
		m.learn = learn.New(m.s, msg.Topic)
		m.learn.SetSize(m.width, m.height)
		cmd = m.loadLearn()
	}
	m.screen = msg.Screen
	return m, cmd
}

// View draws the active screen on the alternate screen.
func (m Model) View() tea.View {
	var body string
	switch m.screen {
	case session.Home:
		body = m.home.View()
	case session.Relief:
		body = m.relief.View()
	case session.Learn:
		body = m.learn.View()
	}
	v := tea.NewView(body)
	v.AltScreen = true
	v.WindowTitle = "Cramp Coach"
	return v
}

// Screen is the screen on show.
func (m Model) Screen() session.Screen { return m.screen }

// Relief is the relief screen's model (zero until it has been opened).
func (m Model) Relief() relief.Model { return m.relief }

// Finish writes what the journal is still owed once the program has
// stopped: records queued but not yet written, and whatever an interrupted
// screen owes (the end of an episode left with Ctrl+C). It blocks.
func (m Model) Finish() error {
	if m.screen == session.Relief {
		m.relief.Finish()
	}
	return m.s.Journal.Flush()
}
