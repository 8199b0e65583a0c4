package history_test

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

func checksTick(day, item string, done bool, at time.Time) journal.Record {
	return journal.Record{Type: journal.TypeCheck, Time: at, Day: day, Item: item, Done: &done}
}

func checksDay(t *testing.T, s string) night.Date {
	t.Helper()
	d, err := night.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The state of a day is the last record for each item, in file order, and
// each day keeps its own: a tick on one day never shows on another.
func TestChecksLastRecordPerItemAndDayWins(t *testing.T) {
	at := time.Date(2026, 11, 23, 21, 0, 0, 0, time.UTC)
	h := history.Build([]journal.Record{
		checksTick("2026-11-23", "fluids", true, at),
		checksTick("2026-11-23", "fluids", false, at.Add(time.Minute)),
		checksTick("2026-11-23", "fluids", true, at.Add(2*time.Minute)),
		checksTick("2026-11-23", "shoes", true, at),
		checksTick("2026-11-23", "shoes", false, at.Add(time.Minute)),
		checksTick("2026-11-22", "bedding", true, at.Add(-24*time.Hour)),
		// Written later about an earlier day (by a second instance still on
		// that day): it changes that day only.
		checksTick("2026-11-22", "fluids", true, at.Add(3*time.Minute)),
	})
	today, yesterday := checksDay(t, "2026-11-23"), checksDay(t, "2026-11-22")
	for _, c := range []struct {
		day  night.Date
		item string
		want bool
	}{
		{today, "fluids", true},
		{today, "shoes", false},
		{today, "bedding", false},
		{yesterday, "bedding", true},
		{yesterday, "fluids", true},
		{yesterday, "shoes", false},
		{today + 1, "fluids", false},
	} {
		if got := h.Checked(c.day, c.item); got != c.want {
			t.Errorf("Checked(%s, %s) = %v, want %v", c.day, c.item, got, c.want)
		}
	}
}

// An automatic item is done when a finished routine exists that night,
// whatever check records say; a left routine does not count.
func TestAutomaticItemsComeFromTheRoutine(t *testing.T) {
	at := time.Date(2026, 11, 23, 22, 0, 0, 0, time.UTC)
	stretch := content.Item{ID: "evening-stretch", Frequency: content.Daily, Auto: content.AutoStretch}
	fluids := content.Item{ID: "fluids", Frequency: content.Daily}
	h := history.Build([]journal.Record{
		{Type: journal.TypeRoutineEnd, Time: at, Day: "2026-11-23", Routine: "nightly", Outcome: journal.OutcomeFinished},
		{Type: journal.TypeRoutineEnd, Time: at.Add(-24 * time.Hour), Day: "2026-11-22", Routine: "nightly", Outcome: journal.OutcomeLeft},
		checksTick("2026-11-22", "evening-stretch", true, at.Add(-24*time.Hour)),
		checksTick("2026-11-23", "evening-stretch", false, at.Add(time.Minute)),
		checksTick("2026-11-23", "fluids", true, at),
	})
	today, yesterday := checksDay(t, "2026-11-23"), checksDay(t, "2026-11-22")
	if !h.Done(today, stretch) {
		t.Error("a finished routine tonight does not tick the evening stretch (an untick record must not undo it)")
	}
	if h.Done(yesterday, stretch) {
		t.Error("a left routine and a hand tick made the evening stretch done")
	}
	if !h.Done(today, fluids) || h.Done(yesterday, fluids) {
		t.Error("a hand item's Done does not follow its ticks")
	}
}

// Ticks go through the journal and back unchanged: the day written is the
// day read, whatever the zone the tick was made in.
func TestChecksSurviveTheJournal(t *testing.T) {
	dir := t.TempDir()
	j := journal.Open(dir)
	tokyo := time.FixedZone("JST", 9*3600)
	at := time.Date(2026, 11, 24, 3, 30, 0, 0, tokyo) // before 04:00 there: the 23rd
	if _, err := j.Append(checksTick(night.Of(at, night.DayStart).String(), "fluids", true, at)); err != nil {
		t.Fatal(err)
	}
	res, err := j.Read()
	if err != nil || len(res.Records) != 1 {
		t.Fatalf("read %d records, %v", len(res.Records), err)
	}
	h := history.Build(res.Records)
	if !h.Checked(checksDay(t, "2026-11-23"), "fluids") {
		t.Error("the tick read back is not on the 23rd")
	}
}
