package drive

import (
	"testing"
	"time"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/keys"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// Session is what a screen test runs on: the real built-in content, a
// journal in a fresh temporary folder, a fake clock set to at, the night
// theme and the real keys.
func Session(tb testing.TB, at time.Time) (*tui.Session, *clock.Fake) {
	tb.Helper()
	set, err := content.Load(embedded.FS)
	if err != nil {
		tb.Fatalf("the built-in content: %v", err)
	}
	clk := clock.NewFake(at)
	return &tui.Session{
		Content: set,
		Journal: journal.Open(tb.TempDir()),
		Clock:   clk,
		Styles:  theme.New(theme.Night),
		Keys:    keys.Default(),
	}, clk
}
