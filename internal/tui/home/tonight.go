package home

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/remind"
)

// BedtimeHour is when the home screen starts to offer the bedtime routine,
// until midnight: at 3 a.m. the person needs relief, not a reminder.
const BedtimeHour = 20

// ShownMsg tells the home screen it is on show again (back from another
// screen): it checks once more whether tonight's routine is done.
type ShownMsg struct{}

// tonightMsg says whether to offer tonight's routine.
type tonightMsg struct{ offer bool }

// Tonight is the command that reads the journal, off the UI goroutine, to
// tell whether tonight's routine is still to do: after BedtimeHour, not
// finished (in the app or self-reported) and not a rest night.
func (m Model) Tonight() tea.Cmd {
	s := m.s
	return func() tea.Msg {
		now := s.Clock.Now()
		if now.Hour() < BedtimeHour {
			return tonightMsg{}
		}
		h, _, err := history.Load(s.Journal)
		if err != nil {
			return tonightMsg{}
		}
		d := night.Rule{DayStart: s.DayStart}.Tonight(now)
		return tonightMsg{offer: !h.Stretched(d) && !h.Rest(d)}
	}
}

// routineMinutes is how long the default routine takes, 0 while the
// routines have not loaded.
func routineMinutes(set *content.Set) int {
	if set == nil {
		return 0
	}
	r, ok := set.Routines.Routine(set.Routines.Default)
	if !ok {
		return 0
	}
	return remind.RoutineMinutes(set, r)
}

// Bedtime is the line offering tonight's routine, or "" when there is
// none to offer.
func (m Model) Bedtime() string {
	if !m.offer || m.minutes == 0 {
		return ""
	}
	return fmt.Sprintf("Bedtime stretch: about %d minutes · %s to start", m.minutes, m.s.Keys.Stretch.Help().Key)
}
