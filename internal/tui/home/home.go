// Package home is the first screen of `cramp`: the choices and their keys, calm
// and big, with the disclaimer above them on first run (never a prompt).
package home

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Model is the home screen.
type Model struct {
	s *tui.Session
	// FirstRun shows the full disclaimer above the menu; later runs show one line.
	firstRun bool
	// notice is the start-up notice, or the one the rest of the content
	// brought when it loaded.
	notice string
	// offer is set when tonight's routine is still to do (see Tonight);
	// minutes is the default routine's length once the routines loaded.
	offer   bool
	minutes int
	width   int
	height  int
}

// item is one menu line.
type item struct {
	binding key.Binding
	label   string
}

// New returns the home screen. firstRun is true until the person has a journal.
func New(s *tui.Session, firstRun bool) Model {
	return Model{s: s, firstRun: firstRun, notice: s.Notice, minutes: routineMinutes(s.Content)}
}

// SetSize tells the screen how much room it has.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
}

func (m Model) items() []item {
	k := m.s.Keys
	return []item{
		{binding: k.CrampNow, label: "Cramp now: step-by-step relief"},
		{binding: k.Stretch, label: "Bedtime stretch: a hands-free routine"},
		{binding: k.Checklist, label: "Checklist: habits that may help"},
		{binding: k.Journal, label: "Journal: your nights and patterns"},
		{binding: k.Learn, label: "Learn: causes, when to see a doctor, sources"},
		{binding: k.RedFlags, label: "When to get help"},
		{binding: k.Help, label: "Keys and about"},
		{binding: k.Quit, label: "Quit"},
	}
}

// Update handles keys ("?" and "!" are the root's).
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if c, ok := msg.(tui.ContentMsg); ok && m.notice == "" {
		m.notice = c.Notice
	}
	switch msg := msg.(type) {
	case tui.ContentMsg:
		if n := routineMinutes(msg.Set); n > 0 {
			m.minutes = n
		}
	case tonightMsg:
		m.offer = msg.offer
		return m, nil
	case ShownMsg:
		return m, m.Tonight()
	}
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return m, nil
	}
	k := m.s.Keys
	switch {
	case key.Matches(kp, k.CrampNow):
		return m, open(tui.Now)
	case key.Matches(kp, k.Stretch):
		return m, open(tui.Stretch)
	case key.Matches(kp, k.Checklist):
		return m, open(tui.Check)
	case key.Matches(kp, k.Journal):
		return m, open(tui.Journal)
	case key.Matches(kp, k.Learn):
		return m, open(tui.Learn)
	case key.Matches(kp, k.Quit):
		return m, tea.Quit
	}
	return m, nil
}

func open(sc tui.ScreenID) tea.Cmd {
	return func() tea.Msg { return tui.OpenMsg{Screen: sc} }
}

// View draws the screen.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := &m.s.Styles

	var menu []string
	keyWidth := 0
	for _, it := range m.items() {
		keyWidth = max(keyWidth, len(it.binding.Help().Key))
	}
	for _, it := range m.items() {
		k := it.binding.Help().Key
		line := st.Key.Render(k+strings.Repeat(" ", keyWidth-len(k))) + "  " + st.Text.Render(it.label)
		menu = append(menu, layout.Truncate(line, w))
	}

	// The full disclaimer on first run when it fits; otherwise one line that
	// says where to read it.
	disclaimer := layout.Style(layout.Wrap(m.s.Content.About.Disclaimer, w), st.Muted.Render)
	if !m.firstRun || len(disclaimer)+len(menu)+2 > h {
		disclaimer = layout.Style(layout.Wrap("General information, not medical advice. Press ? to read more.", w), st.Muted.Render)
	}
	var notice []string
	if m.notice != "" {
		notice = append([]string{""}, layout.Style(layout.Wrap(m.notice, w), st.Notice.Render)...)
	}
	// Tonight's routine, when it is still to do: short on a narrow screen,
	// so the menu keeps most of a small one.
	var bedtime, gap []string
	if line := m.Bedtime(); line != "" {
		if len([]rune(line)) > w {
			line = fmt.Sprintf("%d-min stretch · %s to start", m.minutes, m.s.Keys.Stretch.Help().Key)
		}
		bedtime, gap = layout.Style(layout.Wrap(line, w), st.Text.Render), []string{""}
	}
	return strings.Join(layout.Fit(h, w,
		layout.Block{Lines: []string{st.Title.Render("Cramp Coach")}, Priority: 4},
		layout.Block{Lines: append(disclaimer, ""), Priority: 2, Cut: true},
		layout.Block{Lines: bedtime, Priority: 6},
		layout.Block{Lines: gap, Priority: 1},
		layout.Block{Lines: menu, Priority: 5, Cut: true},
		layout.Block{Lines: notice, Priority: 3},
	), "\n")
}

// HelpAbout is the disclaimer, in full, below the keys.
func (m Model) HelpAbout(w int) []string {
	st := &m.s.Styles
	return append([]string{st.Title.Render("About")}, layout.Style(layout.Wrap(m.s.Content.About.Disclaimer, w), st.Text.Render)...)
}

// ShortHelp lists the home keys.
func (m Model) ShortHelp() []key.Binding {
	k := m.s.Keys
	return []key.Binding{k.CrampNow, k.Stretch, k.Checklist, k.Journal, k.Learn, k.RedFlags, k.Help, k.Quit}
}

// FullHelp lists every home key.
func (m Model) FullHelp() [][]key.Binding {
	k := m.s.Keys
	return [][]key.Binding{{k.CrampNow, k.Stretch, k.Checklist, k.Journal}, {k.Learn, k.RedFlags, k.Help, k.Quit, k.ForceQuit}}
}
