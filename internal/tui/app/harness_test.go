package app_test

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// evening is when the app tests run: 22:00, a night with a journal behind it.
var evening = time.Date(2026, 11, 23, 22, 0, 0, 0, time.UTC)

// root gives the app's Update its own type, so the test driver can run it.
type root struct{ app.Model }

func (r root) Update(msg tea.Msg) (root, tea.Cmd) {
	m, cmd := r.Model.Update(msg)
	return root{m.(app.Model)}, cmd
}

// harness runs the whole app, every command it returns run at once and
// the fake clock moved only by Fire.
type harness struct {
	drive.Driver[root]
	s *tui.Session
}

// start opens the app as opts say at width×height, on a session whose
// journal holds two cramps and a week of ticks, so every screen has
// something to show.
func start(t testing.TB, opts app.Options, width, height int) *harness {
	t.Helper()
	h := &harness{Driver: drive.Driver[root]{T: t}}
	h.s, h.Clock = drive.Session(t, evening)
	seed(t, h.s.Journal)
	opts.Width, opts.Height = width, height
	h.M = root{app.New(h.s, opts)}
	h.Run(h.M.Init())
	h.Send(tea.WindowSizeMsg{Width: width, Height: height})
	return h
}

func seed(t testing.TB, j *journal.Journal) {
	t.Helper()
	for i, days := range []int{1, 3} {
		sev := 4 + i
		j.Queue(journal.Record{ID: "ep" + string(rune('a'+i)), Type: journal.TypeCrampLog,
			Time: evening.AddDate(0, 0, -days).Add(5 * time.Hour), Site: "calf", Side: "left", Seconds: 90, Severity: &sev})
	}
	for d := 1; d <= 7; d++ {
		done := true
		j.Queue(journal.Record{Type: journal.TypeCheck, Time: evening.AddDate(0, 0, -d),
			Day: evening.AddDate(0, 0, -d).Format(time.DateOnly), Item: "fluids", Done: &done})
	}
	if err := j.Flush(); err != nil {
		t.Fatal(err)
	}
}

func (h *harness) screen() string { return ansi.Strip(h.M.View().Content) }

// resize shows the app at another size, as a terminal's resize would.
func (h *harness) resize(width, height int) {
	h.Send(tea.WindowSizeMsg{Width: width, Height: height})
}

// flat is the screen's text with its lines joined by spaces, so wrapped
// phrases can be found whole.
func (h *harness) flat() string { return strings.Join(strings.Fields(h.screen()), " ") }
