package journal

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
)

// writeRealisticJournal writes n records shaped like years of daily use,
// every type the app writes: each day about eight checklist ticks (a few
// unticked again) and, most nights, the end of the bedtime routine (else,
// now and then, a rest night); on about a third of nights an episode (a
// start, an update or two with severity, sometimes a note in German with
// quotes and an emoji, and an end with the steps tried); now and then a past
// episode logged afterwards, an edit or a deletion. Lines are exactly what
// Append writes. Returns the file size.
func writeRealisticJournal(tb testing.TB, dir string, n int) int64 {
	tb.Helper()
	berlin := testkit.Zone(tb, "Europe/Berlin")
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	rng := rand.New(rand.NewPCG(1, 2))
	sites, sides := []string{"calf", "foot", "thigh"}, []string{"left", "right", ""}
	steps := []string{"stretch", "stretch-again", "stand", "walk", "massage", "heat", "water"}
	items := []string{"fluids", "shoes", "bedding", "alcohol", "caffeine", "movement", "evening-stretch", "warm-bath", "medicine-review"}
	routineSteps := []string{"calf-wall", "calf-towel", "hamstring", "foot-flex", "ankle-circles", "quad"}
	notes := []string{
		"woke up with it after a long walk; drank water",
		`Wade "wie ein Stein" – nach dem Radfahren 🚲`,
		"couldn't get back to sleep, \"sharp\" then dull",
		"Fuß zog sich zusammen, Zehen nach unten. Heizkissen half ✓",
		"second one tonight",
	}
	var episodes []string // ids of episodes so far, for edits and deletions
	day := time.Date(2016, 1, 1, 0, 0, 0, 0, berlin)
	written := 0
	put := func(r Record) {
		if written == n {
			return
		}
		r.V, r.Zone = FormatVersion, "Europe/Berlin"
		if r.ID == "" {
			r.ID = NewID()
		}
		line, err := encodeLine(r)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(line)
		written++
	}
	at := func(base time.Time, maxSeconds int) time.Time {
		return base.Add(time.Duration(rng.IntN(maxSeconds))*time.Second + time.Duration(rng.IntN(1000))*time.Millisecond)
	}
	for ; written < n; day = day.AddDate(0, 0, 1) {
		date := day.Format("2006-01-02")
		evening := time.Date(day.Year(), day.Month(), day.Day(), 21, 0, 0, 0, berlin)
		tick := at(evening, 3600)
		for _, item := range items[:7+rng.IntN(3)] {
			if rng.IntN(5) == 0 {
				continue // not done today
			}
			done := true
			tick = tick.Add(time.Duration(1+rng.IntN(20)) * time.Second)
			put(Record{Type: TypeCheck, Time: tick, Day: date, Item: item, Done: &done})
			if rng.IntN(25) == 0 {
				undone := false
				tick = tick.Add(time.Duration(1+rng.IntN(20)) * time.Second)
				put(Record{Type: TypeCheck, Time: tick, Day: date, Item: item, Done: &undone})
			}
		}
		switch k := rng.IntN(20); {
		case k < 16:
			skipped := 0
			if rng.IntN(4) == 0 {
				skipped = 1 + rng.IntN(2)
			}
			outcome := OutcomeFinished
			if rng.IntN(10) == 0 {
				outcome = OutcomeLeft
			}
			put(Record{Type: TypeRoutineEnd, Time: at(evening.Add(90*time.Minute), 1800), Routine: "evening", Day: date,
				Outcome: outcome, StepsDone: routineSteps[skipped:], StepsSkipped: routineSteps[:skipped], Seated: rng.IntN(8) == 0})
		case k == 16:
			put(Record{Type: TypeRoutineRest, Time: at(evening, 3600), Day: date})
		}
		if rng.IntN(3) == 0 {
			start := at(evening.Add(4*time.Hour), 4*3600)
			site, side := sites[rng.IntN(3)], sides[rng.IntN(3)]
			id := NewID()
			episodes = append(episodes, id)
			put(Record{ID: id, Type: TypeCrampStart, Time: start, Site: site, Side: side})
			sev := rng.IntN(11)
			put(Record{Type: TypeCrampUpdate, Time: start.Add(20 * time.Second), Episode: id, Severity: &sev})
			if rng.IntN(4) == 0 {
				put(Record{Type: TypeCrampUpdate, Time: start.Add(40 * time.Second), Episode: id, Note: notes[rng.IntN(len(notes))]})
			}
			secs := 30 + rng.IntN(600)
			outcome := OutcomeEased
			if rng.IntN(10) == 0 {
				outcome = OutcomeLeft
			}
			put(Record{Type: TypeCrampEnd, Time: start.Add(time.Duration(secs) * time.Second), Episode: id, Site: site, Side: side,
				Outcome: outcome, Seconds: secs, Tried: steps[:2+rng.IntN(len(steps)-2)], Escalated: secs > 600})
		}
		now := at(evening.Add(-8*time.Hour), 8*3600)
		switch k := rng.IntN(100); {
		case k < 3:
			sev := rng.IntN(11)
			id := NewID()
			episodes = append(episodes, id)
			put(Record{ID: id, Type: TypeCrampLog, Time: at(evening.Add(-20*time.Hour), 4*3600), Site: sites[rng.IntN(3)], Side: sides[rng.IntN(3)],
				Seconds: 60 * (1 + rng.IntN(10)), Severity: &sev, Note: notes[rng.IntN(len(notes))]})
		case k < 5 && len(episodes) > 0:
			sev := rng.IntN(11)
			put(Record{Type: TypeCrampUpdate, Time: now, Episode: episodes[rng.IntN(len(episodes))], Severity: &sev, Note: notes[rng.IntN(len(notes))]})
		case k < 6 && len(episodes) > 0:
			put(Record{Type: TypeCrampDelete, Time: now, Episode: episodes[rng.IntN(len(episodes))]})
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	fi, err := f.Stat()
	if err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return fi.Size()
}

// BenchmarkRead20k reads about six years of daily use (issue 5's journal
// screen budget); BenchmarkRead5k about a year (issue 4's checklist).
func BenchmarkRead20k(b *testing.B) { benchmarkRead(b, 20000) }
func BenchmarkRead5k(b *testing.B)  { benchmarkRead(b, 5000) }

func benchmarkRead(b *testing.B, n int) {
	dir := b.TempDir()
	b.SetBytes(writeRealisticJournal(b, dir, n))
	j := Open(dir)
	b.ReportAllocs()
	for b.Loop() {
		res, err := j.Read()
		if err != nil || len(res.Records) != n || len(res.Bad) != 0 {
			b.Fatalf("%d records, %d bad, %v", len(res.Records), len(res.Bad), err)
		}
	}
}

// BenchmarkScan20k streams the same journal through Scan, keeping nothing
// but a count: the memory of a read that folds as it goes.
func BenchmarkScan20k(b *testing.B) {
	dir := b.TempDir()
	b.SetBytes(writeRealisticJournal(b, dir, 20000))
	j := Open(dir)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		bad, err := j.Scan(func(*Record) { n++ })
		if err != nil || n != 20000 || len(bad) != 0 {
			b.Fatalf("%d records, %d bad, %v", n, len(bad), err)
		}
	}
}

// BenchmarkDecodeLines20k is the decoding alone, on one goroutine, without
// the file or making room for the records.
func BenchmarkDecodeLines20k(b *testing.B) {
	dir := b.TempDir()
	b.SetBytes(writeRealisticJournal(b, dir, 20000))
	data, err := os.ReadFile(filepath.Join(dir, FileName))
	if err != nil {
		b.Fatal(err)
	}
	out := make([]Record, 20000)
	b.ReportAllocs()
	for b.Loop() {
		clear(out)
		var dec fastDecoder
		if good, bad := decodeLines(data, 0, out, &dec, nil); good != len(out) {
			b.Fatalf("%d good, bad %v", good, bad)
		}
	}
}

func BenchmarkAppend(b *testing.B) {
	j := Open(b.TempDir())
	sev := 6
	r := Record{Type: TypeCrampUpdate, Episode: NewID(), Site: "calf", Side: "left", Severity: &sev}
	for b.Loop() {
		r.Time = time.Now()
		if _, err := j.Append(r); err != nil {
			b.Fatal(err)
		}
	}
}

// The generator is honest: every record it makes reads back.
func TestRealisticJournalReads(t *testing.T) {
	dir := t.TempDir()
	writeRealisticJournal(t, dir, 2000)
	res, err := Open(dir).Read()
	if err != nil || len(res.Records) != 2000 || len(res.Bad) != 0 {
		t.Fatalf("%d records, %d bad, %v", len(res.Records), len(res.Bad), err)
	}
}
