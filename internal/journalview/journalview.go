// Package journalview is the journal screen (`cramp journal`, j from home):
// the cramp-night heatmap, the episode list and the patterns.
package journalview

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
