package journal

import tea "charm.land/bubbletea/v2"

// SaveFailedMsg is the message a save that failed with err brings back: the
// figures as on screen, and the error.
func SaveFailedMsg(m Model, err error) tea.Msg {
	return loadedMsg{fig: m.fig, unsaved: err, saved: true}
}

// SkippedLinesMsg is the message a read brings back when n lines could not be read.
func SkippedLinesMsg(m Model, n int) tea.Msg {
	f := m.fig
	f.Bad = n
	return loadedMsg{fig: f}
}
