package relief

import tea "charm.land/bubbletea/v2"

// SecondTick is the elapsed-time tick m has scheduled, for tests that move a
// fake clock and deliver it as the real timer would.
func SecondTick(m Model) tea.Msg { return secondMsg{gen: m.secondGen} }
