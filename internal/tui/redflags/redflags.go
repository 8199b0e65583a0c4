// Package redflags is the "when to get help" panel: the relief escalation and
// the three red-flag tiers (emergency, same day, book an appointment), in a
// scrolling view that any screen can open with "!".
package redflags

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/layout"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// Model is the panel. The screen that owns it decides when it is open.
type Model struct {
	s *tui.Session
	// escalationFirst puts the 10-minute escalation above the tiers, for when
	// the panel opened because the cramp has lasted that long.
	escalationFirst bool
	// extra are keys the owning screen still honours while the panel is
	// open (relief's "eased"), shown in the hint.
	extra []key.Binding
	// note is a line about the screen underneath ("The routine is paused.").
	note string
	// opened is set once the panel has been shown; until then resizing
	// does not wrap its text (it is on the path to the first frame).
	opened bool
	vp     viewport.Model
	text   []string // what vp holds
	width  int
	height int
}

// New returns the panel for the session's content.
func New(s *tui.Session) Model {
	vp := viewport.New()
	vp.KeyMap = s.Keys.Scroll
	return Model{s: s, vp: vp}
}

// SetSize fits the panel to the screen, keeping one line for the key hint.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.vp.SetWidth(width)
	m.vp.SetHeight(max(1, height-1-m.noteLines()))
	if m.opened {
		m.text = m.lines()
		m.vp.SetContentLines(m.text)
	}
}

// SetExtraKeys lists keys the owning screen handles while the panel is open.
func (m *Model) SetExtraKeys(b ...key.Binding) { m.extra = b }

// SetNote shows a line about the screen underneath above the key hint.
func (m *Model) SetNote(note string) {
	m.note = note
	m.SetSize(m.width, m.height)
}

// Open scrolls back to the top, ready to be shown. With escalationFirst the
// relief escalation leads; otherwise the emergency tier does.
func (m *Model) Open(escalationFirst bool) {
	m.opened = true
	m.escalationFirst = escalationFirst
	m.text = m.lines()
	m.vp.SetContentLines(m.text)
	m.vp.GotoTop()
}

// Update scrolls.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

// View draws the panel and its key hint.
func (m Model) View() string {
	st := &m.s.Styles
	foot := st.Key.Render(m.s.Keys.Back.Help().Key) + " " + st.Muted.Render("back") +
		"  " + st.Key.Render("↑/↓") + " " + st.Muted.Render("scroll")
	for _, b := range m.extra {
		foot += "  " + st.Key.Render(b.Help().Key) + " " + st.Muted.Render(b.Help().Desc)
	}
	body := layout.Page(&m.vp, m.text)
	if m.height < 2 {
		return strings.Split(body, "\n")[0]
	}
	if m.noteLines() > 0 {
		body += "\n" + layout.Truncate(st.Accent.Render(m.note), m.width)
	}
	return body + "\n" + layout.Truncate(foot, m.width)
}

// noteLines is the room the note takes: none on a terminal too short to
// spare it, where the tiers come first.
func (m Model) noteLines() int {
	if m.note == "" || m.height < 6 {
		return 0
	}
	return 1
}

// ShortHelp lists the panel's keys.
func (m Model) ShortHelp() []key.Binding { return []key.Binding{m.s.Keys.Back} }

// lines is what the panel shows. Opened by hand it is "when to see a
// doctor", under the title redflags.yaml gives it; the longer introduction
// stays on the Learn page, so the emergency tier is on the first screen even
// at 20x6.
func (m Model) lines() []string {
	w := max(1, m.width)
	st := &m.s.Styles
	var out []string
	if t := m.s.Content.RedFlags.Title; t != "" && !m.escalationFirst {
		out = append(layout.Style(layout.Wrap(t, w), st.Title.Render), "")
	}
	return append(out, Lines(m.s.Content, st, w, m.escalationFirst)...)
}

// Lines is "when to get help" wrapped to width: the three tiers and the
// relief escalation, the escalation first when escalationFirst (the panel
// opened by itself at 10 minutes) and last otherwise, so the emergency tier
// leads whenever a person asks.
func Lines(c *content.Set, st *theme.Styles, w int, escalationFirst bool) []string {
	esc := c.Relief.Escalation
	escalation := layout.Style(layout.Wrap(esc.Title, w), st.Warn.Bold(true).Render)
	escalation = append(escalation, layout.Style(layout.Wrap(esc.Text, w), st.Text.Render)...)
	if escalationFirst {
		return append(append(escalation, ""), Tiers(c, st, w)...)
	}
	return append(append(Tiers(c, st, w), ""), escalation...)
}

// Tiers is the three tiers of redflags.yaml, exactly, wrapped to width:
// the Learn screens' "when to see a doctor".
func Tiers(c *content.Set, st *theme.Styles, w int) []string {
	heading := st.Warn.Bold(true).Render
	var out []string
	for i, tier := range c.RedFlags.Tiers {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, layout.Style(layout.Wrap(tier.Title, w), heading)...)
		out = append(out, layout.Style(layout.Wrap(tier.Action, w), st.Text.Render)...)
		for _, sign := range tier.Signs {
			out = append(out, layout.Style(layout.Wrap("· "+sign.Text, w), st.Text.Render)...)
		}
	}
	return out
}
