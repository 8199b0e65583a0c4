// Package checklist is the prevention checklist screen (`cramp check`, c
// from home): the day's habits ticked in a keystroke, kept per day.
package checklist

import (
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/session"
)

// Model is the screen.
type Model struct {
	s             *session.Session
	width, height int
}

// New returns the screen and the command that starts it.
func New(s *session.Session) (Model, tea.Cmd) { return Model{s: s}, nil }

// SetSize tells the screen how much room it has.
func (m *Model) SetSize(width, height int) { m.width, m.height = width, height }

// Update handles a message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) { return m, nil }

// View draws the screen.
func (m Model) View() string { return "" }
