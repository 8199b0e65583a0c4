package drive

import (
	"sync"
	"testing"
	"time"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/keys"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// builtin is the built-in content, loaded (and checked) once per test
// binary: loading it is most of what opening a screen costs, and a screen
// test opens dozens.
var builtin = sync.OnceValues(func() (*content.Set, error) { return content.Load(embedded.FS) })

// Session is what a screen test runs on: the real built-in content, a
// journal in a fresh temporary folder, a fake clock set to at, the night
// theme and the real keys.
//
// Every session has its own copy of the content Set, so a test may replace
// a part of it (s.Content.Learn = …) without touching another test. The
// parts' lists are shared: the app only reads them, and so must tests.
func Session(tb testing.TB, at time.Time) (*tui.Session, *clock.Fake) {
	tb.Helper()
	loaded, err := builtin()
	if err != nil {
		tb.Fatalf("the built-in content: %v", err)
	}
	set := *loaded
	clk := clock.NewFake(at)
	return &tui.Session{
		Content: &set,
		Journal: journal.Open(tb.TempDir()),
		Clock:   clk,
		Styles:  theme.New(theme.Night),
		Keys:    keys.Default(),
		// The real default, as the app has it: a new day at 04:00.
		DayStart: night.DayStart,
	}, clk
}
