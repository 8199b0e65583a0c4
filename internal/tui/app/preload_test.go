package app_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// With the journal read before the program starts, the journal screen's
// first frame (before any command has run) shows the figures; without it
// in time, the screen says "Loading…" and reads the journal in a command,
// as when it opens from home.
func TestJournalFirstFrame(t *testing.T) {
	for _, tt := range []struct {
		name    string
		read    bool // the read finished in time
		loading bool
	}{
		{"read in time", true, false},
		{"not read in time", false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := drive.Session(t, evening)
			seed(t, s.Journal)
			calls := 0
			opts := app.Options{Start: tui.Journal, Width: 80, Height: 24, Journal: func() *app.JournalRead {
				calls++
				if !tt.read {
					return nil
				}
				h, bad, err := history.Load(s.Journal)
				return &app.JournalRead{History: h, Bad: bad, Err: err}
			}}
			m := app.New(s, opts)
			first := ansi.Strip(m.View().Content)
			if got := strings.Contains(first, "Loading…"); got != tt.loading {
				t.Errorf("first frame loading %v, want %v:\n%s", got, tt.loading, first)
			}
			if got := strings.Contains(first, "Last 7 nights"); got == tt.loading {
				t.Errorf("first frame shows the figures %v, want %v:\n%s", got, !tt.loading, first)
			}
			if calls != 1 {
				t.Errorf("Journal called %d times, want once", calls)
			}

			// Either way the figures come, and a later screen reads afresh.
			h := &harness{Driver: drive.Driver[root]{T: t}, s: s}
			h.M = root{m}
			h.Run(h.M.Init())
			if scr := h.screen(); strings.Contains(scr, "Loading…") || !strings.Contains(scr, "Last 7 nights") {
				t.Errorf("after the commands ran:\n%s", scr)
			}
			h.Send(tui.OpenMsg{Screen: tui.Journal})
			if calls != 1 {
				t.Errorf("Journal called again for a later screen (%d calls)", calls)
			}
		})
	}
}
