package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
)

// Screen is what the root model needs of a screen. Screen packages write
// their Model in its own type (so their tests read its state) and the root
// holds it through Adapt.
type Screen interface {
	Update(tea.Msg) (Screen, tea.Cmd)
	View() string
	SetSize(width, height int) Screen
	// ShortHelp and FullHelp are the screen's keys (help.KeyMap): the
	// screen shows the short list itself; the root's help overlay shows the
	// full one.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// HelpAbout is text the help overlay shows below the keys, wrapped to
	// width and styled: how the screen counts and what it keeps.
	HelpAbout(width int) []string
	// Cover says how the screen lives under an overlay the root opened.
	Cover() Cover
	// TakesText reports whether a text field has the keys, so that "?" is
	// typed rather than opening help ("!" always opens the red flags).
	TakesText() bool
	// Finish queues what the journal is still owed when the program stops
	// early. It does no I/O; the root flushes the journal afterwards.
	Finish()
}

// Cover is a screen's exception to the overlays: while help or the red-flag
// panel covers it, Keys still reach it (the first of them closes the overlay),
// and Note is shown in the overlay ("The routine is paused.").
type Cover struct {
	Keys []key.Binding
	Note string
}

// CoverMsg tells the screen that an overlay opened over it or closed.
type CoverMsg struct{ Open bool }

// RedFlagsMsg asks the root to open the red-flag panel, as "!" does.
// EscalationFirst puts the 10-minute escalation above the tiers, for when
// relief opens it because the cramp has lasted that long.
type RedFlagsMsg struct{ EscalationFirst bool }

// ContentMsg brings the whole content set of a person's folder, loaded after
// the first frame so that relief never waits for it (the built-in set is
// whole from the start), with a notice if it came from the
// built-in content instead of the person's folder. Screens built after it
// get a session that holds it; screens already on show get the message.
type ContentMsg struct {
	Set    *content.Set
	Notice string
}

// Model is a screen model as a screen package writes it: Update returns its
// own type, and SetSize sets the size in place.
type Model[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
	View() string
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// sizer is a pointer to a screen model, which SetSize needs.
type sizer[M any] interface {
	*M
	SetSize(width, height int)
}

// The optional parts of a screen: a model that has one of these methods
// gets it called; one that does not gets the default (no text, no
// exception, nothing owed).
type (
	helpAbouter interface{ HelpAbout(width int) []string }
	coverer     interface{ Cover() Cover }
	textTaker   interface{ TakesText() bool }
	finisher    interface{ Finish() }
)

// Adapt holds a screen model as a Screen.
func Adapt[M Model[M], P sizer[M]](m M) Screen { return adapted[M, P]{m} }

// AdaptCmd is Adapt for a constructor that also returns its first command.
func AdaptCmd[M Model[M], P sizer[M]](m M, cmd tea.Cmd) (Screen, tea.Cmd) {
	return adapted[M, P]{m}, cmd
}

// Unwrap returns the screen model a Screen holds, when it is an M.
func Unwrap[M any](s Screen) (M, bool) {
	if u, ok := s.(interface{ model() any }); ok {
		m, ok := u.model().(M)
		return m, ok
	}
	var zero M
	return zero, false
}

type adapted[M Model[M], P sizer[M]] struct{ m M }

func (a adapted[M, P]) model() any { return a.m }

func (a adapted[M, P]) Update(msg tea.Msg) (Screen, tea.Cmd) {
	m, cmd := a.m.Update(msg)
	return adapted[M, P]{m}, cmd
}

func (a adapted[M, P]) View() string              { return a.m.View() }
func (a adapted[M, P]) ShortHelp() []key.Binding  { return a.m.ShortHelp() }
func (a adapted[M, P]) FullHelp() [][]key.Binding { return a.m.FullHelp() }

func (a adapted[M, P]) SetSize(width, height int) Screen {
	P(&a.m).SetSize(width, height)
	return a
}

func (a adapted[M, P]) HelpAbout(width int) []string {
	if h, ok := any(a.m).(helpAbouter); ok {
		return h.HelpAbout(width)
	}
	return nil
}

func (a adapted[M, P]) Cover() Cover {
	if c, ok := any(a.m).(coverer); ok {
		return c.Cover()
	}
	return Cover{}
}

func (a adapted[M, P]) TakesText() bool {
	if t, ok := any(a.m).(textTaker); ok {
		return t.TakesText()
	}
	return false
}

func (a adapted[M, P]) Finish() {
	if f, ok := any(a.m).(finisher); ok {
		f.Finish()
	}
}

// Milestone is one line the accessible player says once: an instruction, a
// hold, a time left, a question. ID tells a new milestone from one already
// said (a hold begun again is a new one); Line is the words, plain text.
type Milestone struct{ ID, Line string }

// Milestones are the milestones of the screen s holds, for the accessible
// player; a screen that has none (no Milestones method) says nothing.
func Milestones(s Screen) []Milestone {
	if u, ok := s.(interface{ model() any }); ok {
		if m, ok := u.model().(interface{ Milestones() []Milestone }); ok {
			return m.Milestones()
		}
	}
	return nil
}
