package app_test

import (
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
)

const bedtimeLine = "Bedtime stretch: about 5 minutes · s to start"

// startAt is start at another time of day, with extra records.
func startAt(t *testing.T, at time.Time, recs ...journal.Record) *harness {
	t.Helper()
	h := &harness{Driver: drive.Driver[root]{T: t}}
	h.s, h.Clock = drive.Session(t, at)
	seed(t, h.s.Journal)
	for _, r := range recs {
		if _, err := h.s.Journal.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	h.M = root{app.New(h.s, app.Options{Start: tui.Home, Width: 80, Height: 24})}
	h.Run(h.M.Init())
	return h
}

// After 20:00, with tonight's routine not done, home offers it; before
// 20:00, or once it is finished (in the app or self-reported) or tonight is
// a rest night, it does not.
func TestHomeOffersTonightsRoutine(t *testing.T) {
	tonight := night.Of(evening, night.DayStart)
	if h := startAt(t, evening); !strings.Contains(h.flat(), bedtimeLine) {
		t.Errorf("22:00, routine not done: no offer\n%s", h.screen())
	}
	if h := startAt(t, evening.Add(-3*time.Hour)); strings.Contains(h.flat(), "Bedtime stretch: about") {
		t.Errorf("19:00: an offer\n%s", h.screen())
	}
	for name, rec := range map[string]journal.Record{
		"finished":      {Type: journal.TypeRoutineEnd, Time: evening.Add(-time.Hour), Day: tonight.String(), Routine: "nightly", Outcome: journal.OutcomeFinished},
		"self-reported": history.SelfReported("nightly", tonight, evening.Add(-time.Hour)),
		"rest night":    history.RestRecord(tonight, evening.Add(-time.Hour)),
	} {
		if h := startAt(t, evening, rec); strings.Contains(h.flat(), "Bedtime stretch: about") {
			t.Errorf("%s: still an offer\n%s", name, h.screen())
		}
	}
}

// s starts the routine; back on home after finishing it elsewhere, the
// offer is gone.
func TestHomeOfferGoesOnceDone(t *testing.T) {
	h := startAt(t, evening)
	h.Press("s")
	if !strings.Contains(h.flat(), "Nightly stretch") {
		t.Fatalf("s did not open the routines:\n%s", h.screen())
	}
	if _, err := h.s.Journal.Append(history.SelfReported("nightly", night.Of(evening, night.DayStart), evening)); err != nil {
		t.Fatal(err)
	}
	h.Send(tui.BackMsg{})
	if strings.Contains(h.flat(), "Bedtime stretch: about") {
		t.Errorf("back on home after the routine: still an offer\n%s", h.screen())
	}
}
