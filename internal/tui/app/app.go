// Package app is the root Bubble Tea model: it owns the window size, builds
// and routes messages to the one screen on show, switches screens when one
// asks through a message, and owns the two overlays every screen has: help
// ("?") and the red-flag panel ("!").
package app

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/check"
	"github.com/crampcoach/cramp/internal/tui/home"
	journalscreen "github.com/crampcoach/cramp/internal/tui/journal"
	"github.com/crampcoach/cramp/internal/tui/learn"
	"github.com/crampcoach/cramp/internal/tui/now"
	"github.com/crampcoach/cramp/internal/tui/stretch"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// Options say how the app starts.
type Options struct {
	// Start is the first screen: Home for `cramp`, Now for `cramp now`.
	Start tui.ScreenID
	// Now refines the relief flow (--site, --side).
	Now now.Options
	// Stretch says which routine to play and how (--routine, --seated, --hold).
	Stretch stretch.Options
	// Topic opens a Learn topic's page when Start is Learn.
	Topic string
	// FirstRun shows the full disclaimer on the home screen.
	FirstRun bool
	// LoadRest, when set, loads the content relief does not need (routines,
	// checklist, Learn pages; see content.LoadCore) from a person's folder
	// and returns the whole set. The app calls it in a command the first time a screen needs it,
	// so relief never waits or shares the CPU with it; the result arrives as
	// a tui.ContentMsg. Nil means the session's content is already whole.
	LoadRest func() (*content.Set, string)
	// Lines plays relief or the routine as lines (the accessible player,
	// NewLines); cli sets it and picks the model.
	Lines bool
	// Width and Height are the terminal's size at start, when known, so the
	// very first frame already shows the instruction instead of waiting for
	// the window-size message.
	Width, Height int
	// NoColor is set when colour is off: the app then never sets the
	// terminal's background (text in the terminal's own colour on a
	// painted background could vanish).
	NoColor bool
	// Journal, when Start is Journal or Check, gives the journal as read
	// before the program started, so that the screen's first frame shows
	// it rather than "Loading…". New calls it once, before the first
	// frame, so it must never wait long (cli's waits at most its
	// journalBudget); nil, or a nil result (not read in time), and the
	// screen reads the journal in a command as usual.
	Journal func() *JournalRead
}

// journalRead is the journal as read before the program started, or nil.
func (o Options) journalRead() *JournalRead {
	if o.Journal == nil {
		return nil
	}
	return o.Journal()
}

// JournalRead is the journal read and folded (history.Load) before the
// program started.
type JournalRead struct {
	History *history.History
	Bad     int   // lines skipped
	Err     error // the read's error; what was read before it is in History
}

// newScreen builds the screen msg names (home for any it does not know).
func newScreen(s *tui.Session, o Options, msg tui.OpenMsg) (tui.Screen, tea.Cmd) {
	build, ok := screens[msg.Screen]
	if !ok {
		build = screens[tui.Home]
	}
	return build(s, o, msg)
}

// screens builds each screen. Adding a screen is a package and one line
// here. Each builder is a function of its own, so building one screen
// never reserves stack for every other screen's model as well.
var screens = map[tui.ScreenID]func(*tui.Session, Options, tui.OpenMsg) (tui.Screen, tea.Cmd){
	tui.Home: func(s *tui.Session, o Options, _ tui.OpenMsg) (tui.Screen, tea.Cmd) {
		hm := home.New(s, o.FirstRun)
		return tui.Adapt(hm), hm.Tonight()
	},
	tui.Now: func(s *tui.Session, o Options, _ tui.OpenMsg) (tui.Screen, tea.Cmd) {
		return tui.AdaptCmd(now.New(s, o.Now))
	},
	tui.Stretch: func(s *tui.Session, o Options, _ tui.OpenMsg) (tui.Screen, tea.Cmd) {
		return tui.AdaptCmd(stretch.New(s, o.Stretch))
	},
	tui.Check: func(s *tui.Session, o Options, _ tui.OpenMsg) (tui.Screen, tea.Cmd) {
		if r := o.journalRead(); r != nil {
			return tui.AdaptCmd(check.NewRead(s, r.History, r.Bad, r.Err))
		}
		return tui.AdaptCmd(check.New(s))
	},
	tui.Journal: func(s *tui.Session, o Options, _ tui.OpenMsg) (tui.Screen, tea.Cmd) {
		if r := o.journalRead(); r != nil {
			return tui.Adapt(journalscreen.NewRead(s, r.History, r.Bad, r.Err)), nil
		}
		return tui.AdaptCmd(journalscreen.New(s))
	},
	tui.Learn: func(s *tui.Session, _ Options, msg tui.OpenMsg) (tui.Screen, tea.Cmd) {
		return tui.Adapt(learn.New(s, msg.Topic)), nil
	},
}

// needsRest reports whether a screen needs more content than relief does.
func needsRest(id tui.ScreenID) bool { return id != tui.Home && id != tui.Now }

// Model is the root model.
type Model struct {
	s    *tui.Session
	opts Options
	// home stays built while another screen shows, so coming back finds it
	// as it was; every other screen is built afresh each time it opens.
	home   tui.Screen
	screen tui.Screen
	id     tui.ScreenID
	over   overlay
	inited tea.Cmd
	// restAsked is set once the rest of the content has been asked for,
	// restLoaded once it is in the session.
	restAsked, restLoaded bool
	// waiting is a screen asked for before the content it needs arrived.
	waiting *tui.OpenMsg
	width   int
	height  int
	// light is set when the terminal says its background is light; the
	// theme may then paint its own (see theme.Styles.Ground).
	light bool
}

// New builds the root model. When it starts on relief the hold is already
// counting, so the first frame shows the first instruction and timer.
func New(s *tui.Session, opts Options) Model {
	m := Model{s: s, opts: opts, width: opts.Width, height: opts.Height,
		restLoaded: opts.LoadRest == nil, over: newOverlay(s)}
	var tonight tea.Cmd // home's journal read: is tonight's routine done?
	m.home, tonight = newScreen(s, opts, tui.OpenMsg{Screen: tui.Home})
	m, m.inited = m.build(tui.OpenMsg{Screen: opts.Start, Topic: opts.Topic})
	m.opts.Journal = nil // read for the first screen; a later one reads afresh
	if opts.Start == tui.Home {
		// From home the next screen is likely to need it; load it now, after
		// the first frame, so that opening the screen does not wait.
		m.inited = tea.Batch(m.loadRest(), tonight)
	}
	if !opts.NoColor && s.Styles.Name == theme.Night {
		// Night on a light terminal is grey on white: ask which it is. The
		// first frame never waits for the answer (a terminal may not give
		// one); the background changes when it comes.
		m.inited = tea.Batch(m.inited, tea.RequestBackgroundColor)
	}
	return m
}

// build shows a fresh, sized screen for msg and returns the command that
// starts it.
func (m Model) build(msg tui.OpenMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	if msg.Screen == tui.Home {
		m.screen = m.home
	} else {
		m.screen, cmd = newScreen(m.s, m.opts, msg)
	}
	m.id = msg.Screen
	m.over.close()
	m.resize()
	return m, cmd
}

// resize passes the window size to the screen on show and the overlays.
func (m *Model) resize() {
	m.screen = m.screen.SetSize(m.width, m.height)
	if m.id != tui.Home {
		m.home = m.home.SetSize(m.width, m.height)
	}
	m.over.setSize(m.width, m.height)
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
		return tui.ContentMsg{Set: set, Notice: notice}
	}
}

// Update handles what belongs to the whole app (size, screens, content,
// the overlays) and passes the rest to the screen on show.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.BackgroundColorMsg:
		m.light = !msg.IsDark()
		return m, nil
	case tea.KeyPressMsg:
		if key.Matches(msg, m.s.Keys.ForceQuit) {
			return m, tea.Interrupt
		}
		return m.key(msg)
	case tui.OpenMsg:
		return m.open(msg)
	case tui.RedFlagsMsg:
		return m.cover(m.over.openFlags(msg.EscalationFirst, m.screen.Cover()))
	case tui.ContentMsg:
		return m.content(msg)
	case tui.BackMsg:
		if m.opts.Start != tui.Home {
			return m, tea.Quit
		}
		m.id, m.screen = tui.Home, m.home
		m.over.close()
		return m.send(home.ShownMsg{}) // tonight's routine may be done now
	}
	return m.send(msg)
}

// key is the overlays' keys first, then the screen's.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.s.Keys
	if m.over.open() {
		cover := m.screen.Cover()
		switch {
		case matchesAny(msg, cover.Keys):
			// The screen kept this key (relief's "eased" under the panel
			// that opened by itself at 10 minutes): it closes the overlay.
			m.over.close()
			m, uncovered := m.send(tui.CoverMsg{Open: false})
			m, cmd := m.send(msg)
			return m, tea.Batch(uncovered, cmd)
		case key.Matches(msg, k.RedFlags) && m.over.helpOpen():
			m.over.openFlags(false, cover)
		case key.Matches(msg, k.Help) && m.over.flagsOpen():
			m.over.openHelp(m.screen, cover)
		case key.Matches(msg, k.Back, k.Help, k.RedFlags):
			m.over.close()
			return m.send(tui.CoverMsg{Open: false})
		default:
			return m, m.over.scroll(msg)
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.RedFlags):
		return m.cover(m.over.openFlags(false, m.screen.Cover()))
	case key.Matches(msg, k.Help) && !m.screen.TakesText():
		return m.cover(m.over.openHelp(m.screen, m.screen.Cover()))
	}
	return m.send(msg)
}

// cover tells the screen an overlay opened over it, when it was not covered.
func (m Model) cover(wasOpen bool) (tea.Model, tea.Cmd) {
	if wasOpen {
		return m, nil
	}
	m, cmd := m.send(tui.CoverMsg{Open: true})
	// What the screen did about it (the routine pauses) shows in the overlay.
	m.over.setCover(m.screen.Cover())
	return m, cmd
}

// send passes msg to the screen on show.
func (m Model) send(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.screen, cmd = m.screen.Update(msg)
	if m.id == tui.Home {
		m.home = m.screen
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

// content takes the whole content set: screens built from now on get a
// session that holds it, and the screens on show are told.
func (m Model) content(msg tui.ContentMsg) (tea.Model, tea.Cmd) {
	if msg.Set != nil {
		s := *m.s
		s.Content = msg.Set
		m.s = &s
	}
	m.restLoaded = true
	var cmds []tea.Cmd
	if m.id != tui.Home {
		var cmd tea.Cmd
		m.home, cmd = m.home.Update(msg)
		cmds = append(cmds, cmd)
	}
	m, cmd := m.send(msg)
	cmds = append(cmds, cmd)
	if w := m.waiting; w != nil {
		m.waiting = nil
		var cmd tea.Cmd
		m, cmd = m.build(*w)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// View draws the screen on show, or the overlay over it, on the alternate
// screen.
func (m Model) View() tea.View {
	body := m.screen.View()
	if m.over.open() {
		body = m.over.view()
	}
	v := tea.NewView(body)
	v.AltScreen = true
	v.WindowTitle = "Cramp Coach"
	if !m.opts.NoColor {
		// Painted for the run; Bubble Tea restores the terminal's at exit.
		v.BackgroundColor, v.ForegroundColor = m.s.Styles.Ground(m.light)
	}
	return v
}

// Screen is the screen on show.
func (m Model) Screen() tui.ScreenID { return m.id }

// Current is the screen on show.
func (m Model) Current() tui.Screen { return m.screen }

// Overlay names the overlay on show: "help", "redflags", or "".
func (m Model) Overlay() string { return m.over.name() }

// Relief is the relief screen's model (zero unless it is on show).
func (m Model) Relief() now.Model {
	r, _ := tui.Unwrap[now.Model](m.screen)
	return r
}

// Finish writes what the journal is still owed once the program has
// stopped: records queued but not yet written, and whatever an interrupted
// screen owes (the end of an episode left with Ctrl+C). It blocks.
func (m Model) Finish() error {
	m.screen.Finish()
	return m.s.Journal.Flush()
}

func matchesAny(msg tea.KeyPressMsg, bs []key.Binding) bool {
	return len(bs) > 0 && key.Matches(msg, bs...)
}
