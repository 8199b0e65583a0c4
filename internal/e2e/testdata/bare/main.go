// Command bare is the smallest Bubble Tea v2 program that shows one line on
// the alternate screen: the baseline the measurements in
// internal/e2e/measure_test.go compare cramp against, run by run.
//
//   - First frame: it shows "ready".
//   - Key → screen: any key but q and Ctrl+C changes the line to
//     "pressed N" (N counts the presses), so the screen shows every press.
//   - Idle CPU: between keys it does nothing of its own. What it costs then
//     is Bubble Tea's renderer ticker (60 Hz by default, as in cramp, which
//     sets no frame rate): the floor under any Bubble Tea v2 program, which
//     a hold counting down is measured against.
//
// q or Ctrl+C quits.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct{ presses int }

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		}
		m.presses++
	}
	return m, nil
}

func (m model) View() tea.View {
	line := "ready"
	if m.presses > 0 {
		line = fmt.Sprintf("pressed %d", m.presses)
	}
	v := tea.NewView(line)
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "bare:", err)
		os.Exit(1)
	}
}
