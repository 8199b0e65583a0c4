package app

import (
	"time"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/keys"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// What the command line needs from the tui wing to start a run, so that it
// imports this package only.

// The screens a run can start on (Options.Start).
const (
	Home    = tui.Home
	Now     = tui.Now
	Learn   = tui.Learn
	Stretch = tui.Stretch
	Check   = tui.Check
	Journal = tui.Journal
)

// ScreenID names a screen a run can start on.
type ScreenID = tui.ScreenID

// ThemeAuto is the default --theme: night from 20:00 to 08:00, else day.
const ThemeAuto = theme.Auto

// ThemeNames are the values --theme takes, for help and completions.
var ThemeNames = theme.Names

// ResolveTheme is the theme name says at now (auto picks by the clock), or
// an error for a name that is not auto, night, day or contrast.
func ResolveTheme(name string, now time.Time) (string, error) { return theme.Resolve(name, now) }

// SessionOptions is what a run's session is made of.
type SessionOptions struct {
	Content *content.Set
	Journal *journal.Journal
	// Theme is a resolved theme name (see ResolveTheme).
	Theme string
	// DayStart is when a new checklist day and routine night begins.
	DayStart time.Duration
	Cues     cue.Cues
	// Notice is a one-line message for the person from start-up.
	Notice string
}

// NewSession is the session every screen of a run shares: o, on the real
// clock, with the default keys.
func NewSession(o SessionOptions) *tui.Session {
	return &tui.Session{
		Content:  o.Content,
		Journal:  o.Journal,
		Clock:    clock.Real{},
		Styles:   theme.New(o.Theme),
		Keys:     keys.Default(),
		Notice:   o.Notice,
		DayStart: o.DayStart,
		Cues:     o.Cues,
		// A little over one frame of Bubble Tea's 60 Hz renderer.
		SaveAfter: 20 * time.Millisecond,
	}
}
