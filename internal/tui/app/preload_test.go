package app_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// With the journal read before the program starts, the journal and
// checklist screens' first frame (before any command has run) shows what
// the journal holds; without it in time, the screen says "Loading…" and
// reads the journal in a command, as when it opens from home.
func TestJournalFirstFrame(t *testing.T) {
	for _, scr := range []struct {
		id   tui.ScreenID
		want string // shown only once the journal is read
	}{
		{tui.Journal, "Last 7 nights"},
		{tui.Check, "1 of 8 today"},
	} {
		for _, tt := range []struct {
			name    string
			read    bool // the read finished in time
			loading bool
		}{
			{"read in time", true, false},
			{"not read in time", false, true},
		} {
			t.Run(scr.want+"/"+tt.name, func(t *testing.T) {
				s, _ := drive.Session(t, evening)
				seed(t, s.Journal)
				done := true
				s.Journal.Queue(journal.Record{Type: journal.TypeCheck, Time: evening,
					Day: evening.Format(time.DateOnly), Item: "fluids", Done: &done})
				if err := s.Journal.Flush(); err != nil {
					t.Fatal(err)
				}
				calls := 0
				opts := app.Options{Start: scr.id, Width: 80, Height: 24, Journal: func() *app.JournalRead {
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
				if got := strings.Contains(first, scr.want); got == tt.loading {
					t.Errorf("first frame shows %q %v, want %v:\n%s", scr.want, got, !tt.loading, first)
				}
				if calls != 1 {
					t.Errorf("Journal called %d times, want once", calls)
				}

				// Either way the journal comes, and a later screen reads afresh.
				h := &harness{Driver: drive.Driver[root]{T: t}, s: s}
				h.M = root{m}
				h.Run(h.M.Init())
				if got := h.screen(); strings.Contains(got, "Loading…") || !strings.Contains(got, scr.want) {
					t.Errorf("after the commands ran:\n%s", got)
				}
				h.Send(tui.OpenMsg{Screen: scr.id})
				if calls != 1 {
					t.Errorf("Journal called again for a later screen (%d calls)", calls)
				}
			})
		}
	}
}
