// Package tui holds what every screen shares during one run of the app:
// the content, the journal, the clock, styles and keys. The root model builds
// one Session and hands a pointer to each screen, instead of globals.
package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui/keys"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// Session is shared, read-mostly state for one run.
type Session struct {
	Content *content.Set
	Journal *journal.Journal
	Clock   clock.Clock
	Styles  theme.Styles
	Keys    keys.Map
	// DayStart is when a new checklist day and routine night begins, after
	// midnight on the local clock (night.DayStart unless set).
	DayStart time.Duration
	// Cues are the bell and voice the bedtime routine sounds.
	Cues cue.Cues
	// Notice is a one-line message for the person from start-up, such as
	// "your content folder has problems; using the built-in content".
	Notice string
	// SaveAfter is how long a write of the journal waits before it starts
	// (see Flush); 0 writes at once, as tests want.
	SaveAfter time.Duration
}

// Flush is the command that writes what the journal has queued and reports
// the outcome as done(err). It first waits SaveAfter, so that the frame the
// key brought is drawn before the disk is asked to sync: an fsync on a
// small machine held that frame back by a millisecond or more (measured:
// key → aftercare 1.13× a bare program's time with the journal on disk,
// 0.95× on tmpfs). Records are queued before this runs, so a quick exit
// loses nothing: the app flushes again when the program stops.
func (s *Session) Flush(done func(error) tea.Msg) tea.Cmd {
	j, wait := s.Journal, s.SaveAfter
	return func() tea.Msg {
		if wait > 0 {
			time.Sleep(wait)
		}
		return done(j.Flush())
	}
}

// BackMsg asks the root model to leave the current screen.
type BackMsg struct{}

// ScreenID names a screen the root model can show.
type ScreenID int

// The screens, one per command.
const (
	Home ScreenID = iota
	Now
	Learn
	Stretch
	Check
	Journal
)

// OpenMsg asks the root model to show a screen. Topic, for Learn, opens
// that topic's page instead of the topic list.
type OpenMsg struct {
	Screen ScreenID
	Topic  string
}
