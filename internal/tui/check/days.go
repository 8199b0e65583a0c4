package check

import (
	"fmt"

	"github.com/crampcoach/cramp/internal/history"
)

// Back is how many days before today the screen shows (0: today).
func (m Model) Back() int { return m.back }

// step moves the day on show one earlier (back through the last
// history.BackfillDays days) or one later (up to today), keeping the
// highlighted item, so a tick missed yesterday is two keys away.
func (m *Model) step(earlier bool) {
	switch {
	case earlier && m.back < history.BackfillDays:
		m.back++
	case !earlier && m.back > 0:
		m.back--
	case earlier:
		m.hint = fmt.Sprintf("Ticks go back %d days at most.", history.BackfillDays)
		return
	default:
		return // already today
	}
	m.refresh()
}

// ago names the day on show by its distance: "yesterday", "3 days ago".
func (m Model) ago() string {
	if m.back == 1 {
		return "yesterday"
	}
	return fmt.Sprintf("%d days ago", m.back)
}
