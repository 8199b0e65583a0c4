// Package learn is the Learn screens: a list of topics (why night cramps
// happen, when to see a doctor, cramp vs clot vs restless legs, the
// evidence, special situations, sources, about), each a scrolling page that
// reflows to the width. Everything on them comes from content.
package learn

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Model is the Learn screen: the topic list, or one topic's page.
type Model struct {
	s *tui.Session

	cursor int  // the highlighted topic in the list
	open   int  // the topic on the page, or -1 for the list
	direct bool // opened straight onto a topic: back leaves the screen

	page   viewport.Model
	lines  []string // what the page holds
	width  int
	height int
}

// New opens the topic list, or the page of topic when it names one (an
// unknown topic opens the list).
func New(s *tui.Session, topic string) Model {
	m := Model{s: s, open: -1, page: viewport.New()}
	m.page.KeyMap = s.Keys.Scroll
	if i := m.index(topic); i >= 0 {
		m.cursor, m.open, m.direct = i, i, true
	}
	return m
}

// SetSize tells the screen how much room it has.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.page.SetWidth(width)
	m.page.SetHeight(max(1, height-3)) // title, blank line, key line
	m.fill()
}

// Topic is the id of the topic on the page, or "" on the list.
func (m Model) Topic() string {
	if m.open < 0 {
		return ""
	}
	return m.topics()[m.open].ID
}

// Update handles keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	k := m.s.Keys
	switch {
	case key.Matches(kp, k.Back):
		return m.back()
	case key.Matches(kp, k.Topics):
		m.direct = false
		m.show(-1)
	case m.open < 0:
		m.listKey(kp)
	case key.Matches(kp, k.NextTopic):
		m.direct = false
		m.show((m.open + 1) % len(m.topics()))
	case key.Matches(kp, k.PrevTopic):
		m.direct = false
		m.show((m.open + len(m.topics()) - 1) % len(m.topics()))
	default:
		var cmd tea.Cmd
		m.page, cmd = m.page.Update(kp)
		return m, cmd
	}
	return m, nil
}

func (m *Model) listKey(kp tea.KeyPressMsg) {
	k := m.s.Keys
	switch {
	case key.Matches(kp, k.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(kp, k.Down):
		m.cursor = min(len(m.topics())-1, m.cursor+1)
	case key.Matches(kp, k.Open):
		m.show(m.cursor)
	}
}

// back returns from a page to the list, and from the list (or a page
// opened directly) out of the screen.
func (m Model) back() (Model, tea.Cmd) {
	switch {
	case m.open >= 0 && !m.direct:
		m.show(-1)
	default:
		return m, func() tea.Msg { return tui.BackMsg{} }
	}
	return m, nil
}

// show opens topic i's page from the top, or the list when i < 0.
func (m *Model) show(i int) {
	m.open = i
	if i >= 0 {
		m.cursor = i
	}
	m.fill()
	m.page.GotoTop()
}

func (m *Model) fill() {
	if m.open < 0 || m.width <= 0 {
		return
	}
	m.lines = Lines(m.s.Content, m.topics()[m.open], &m.s.Styles, m.width)
	m.page.SetContentLines(m.lines)
}

func (m Model) topics() []content.Topic { return m.s.Content.Learn.Topics }

func (m Model) index(id string) int {
	for i, t := range m.topics() {
		if t.ID == id {
			return i
		}
	}
	return -1
}

// View draws the list or the page.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := &m.s.Styles
	keys := layout.Truncate(layout.ShortHelp(st, m.ShortHelp(), 0), w)
	if m.open < 0 {
		if len(m.topics()) == 0 {
			// A person's folder's pages load just after the first frame;
			// this shows for an instant at most.
			return strings.Join(layout.Fit(h, w,
				layout.Block{Lines: []string{st.Title.Render("Learn"), "", st.Muted.Render("Loading the topics…")}, Priority: 2},
				layout.Block{Lines: []string{"", keys}, Priority: 4},
			), "\n")
		}
		var list []string
		for i, t := range m.topics() {
			line := "  " + t.Title
			render := st.Text.Render
			if i == m.cursor {
				line, render = "› "+t.Title, st.Accent.Render
			}
			list = append(list, layout.Truncate(render(line)+st.Muted.Render("  "+t.Summary), w))
		}
		return strings.Join(layout.Fit(h, w,
			layout.Block{Lines: []string{st.Title.Render("Learn"), ""}, Priority: 2},
			layout.Block{Lines: list, Priority: 3, Cut: true},
			layout.Block{Lines: []string{"", keys}, Priority: 4},
		), "\n")
	}
	t := m.topics()[m.open]
	pos := fmt.Sprintf("%d of %d", m.open+1, len(m.topics()))
	header := layout.Spread(st.Title.Render(t.Title), st.Muted.Render(pos), w)
	return strings.Join(layout.Fit(h, w,
		layout.Block{Lines: []string{header}, Priority: 3},
		layout.Block{Lines: []string{""}, Priority: 1},
		layout.Block{Lines: strings.Split(layout.Page(&m.page, m.lines), "\n"), Priority: 2, Cut: true},
		layout.Block{Lines: []string{keys}, Priority: 4},
	), "\n")
}

// ShortHelp lists the keys that matter now.
func (m Model) ShortHelp() []key.Binding {
	k := m.s.Keys
	if m.open < 0 {
		return []key.Binding{k.Open, k.Back, k.RedFlags, k.Help}
	}
	return []key.Binding{k.Back, k.RedFlags, k.Scroll.Up, k.TopicHint, k.Topics, k.Help}
}

// FullHelp lists every key of the screen.
func (m Model) FullHelp() [][]key.Binding {
	k := m.s.Keys
	return [][]key.Binding{
		{k.RedFlags, k.Back, k.Help, k.ForceQuit},
		{k.Open, k.NextTopic, k.PrevTopic, k.Topics},
		{k.Up, k.Down, k.Scroll.PageUp, k.Scroll.PageDown},
	}
}
