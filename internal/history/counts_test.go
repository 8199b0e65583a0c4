package history_test

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit"
)

// An opening left before anything said it was a cramp, and an episode marked
// "not a cramp" afterwards, count nowhere: not in the episodes, the nights,
// or the last-7 window.
func TestDiscardedAndNotACrampCountNowhere(t *testing.T) {
	at := time.Date(2026, 12, 3, 3, 10, 0, 0, testkit.Berlin)
	end := func(id, outcome string, secs int) journal.Record {
		return journal.Record{Type: journal.TypeCrampEnd, Time: at.Add(time.Minute), Episode: id, Outcome: outcome, Seconds: secs}
	}
	h := history.Build(roundTrip(t,
		cramp("real", at), end("real", journal.OutcomeEased, 90),
		cramp("oops", at.Add(time.Hour)), end("oops", journal.OutcomeDiscarded, 1),
		cramp("twinge", at.Add(2*time.Hour)), end("twinge", journal.OutcomeEased, 30),
		journal.Record{Type: journal.TypeCrampNotCramp, Time: at.Add(3 * time.Hour), Episode: "twinge"},
	).Records)
	if len(h.Episodes) != 1 || h.Episodes[0].ID != "real" {
		t.Fatalf("episodes = %+v, want only the real cramp", h.Episodes)
	}
	today := h.Episodes[0].Night
	if w := h.Last(today, 7); w.Cramps != 1 || w.CrampNights != 1 {
		t.Errorf("last 7 nights = %+v, want 1 cramp on 1 night", w)
	}
}

// A cramp that comes back is one episode: each ease is counted, and the
// length is until the last ease.
func TestACrampThatCameBackIsOneEpisodeWithTwoEases(t *testing.T) {
	at := time.Date(2026, 12, 3, 3, 10, 0, 0, testkit.Berlin)
	h := history.Build(roundTrip(t,
		cramp("ep", at),
		journal.Record{Type: journal.TypeCrampEnd, Time: at.Add(40 * time.Second), Episode: "ep", Outcome: journal.OutcomeEased, Seconds: 40},
		journal.Record{Type: journal.TypeCrampReturn, Time: at.Add(70 * time.Second), Episode: "ep"},
		journal.Record{Type: journal.TypeCrampEnd, Time: at.Add(130 * time.Second), Episode: "ep", Outcome: journal.OutcomeEased, Seconds: 130},
	).Records)
	if len(h.Episodes) != 1 {
		t.Fatalf("%d episodes, want 1", len(h.Episodes))
	}
	e := h.Episodes[0]
	if secs, ok := e.Lasted(); e.Eases != 2 || !ok || secs != 130 {
		t.Errorf("eases %d, lasted %d (known %v); want 2 eases and 130 s", e.Eases, secs, ok)
	}

	// Came back and then left: open again, its length no longer known.
	h = history.Build(roundTrip(t,
		cramp("ep", at),
		journal.Record{Type: journal.TypeCrampEnd, Time: at.Add(40 * time.Second), Episode: "ep", Outcome: journal.OutcomeEased, Seconds: 40},
		journal.Record{Type: journal.TypeCrampReturn, Time: at.Add(70 * time.Second), Episode: "ep"},
	).Records)
	if _, ok := h.Episodes[0].Lasted(); ok || h.Episodes[0].Outcome != "" {
		t.Errorf("after it came back the episode is %+v, want it open again", h.Episodes[0])
	}
}

// A cramp that eased within its first second has a known length, said as
// "under 1 s".
func TestACrampEasedInUnderASecondHasALength(t *testing.T) {
	at := time.Date(2026, 12, 3, 3, 10, 0, 0, testkit.Berlin)
	h := history.Build(roundTrip(t,
		cramp("ep", at),
		journal.Record{Type: journal.TypeCrampEnd, Time: at.Add(400 * time.Millisecond), Episode: "ep", Outcome: journal.OutcomeEased},
	).Records)
	secs, ok := h.Episodes[0].Lasted()
	if !ok || history.Length(secs) != "under 1 s" {
		t.Errorf("Lasted = %d, %v (%q); want known, \"under 1 s\"", secs, ok, history.Length(secs))
	}
}
