package journal

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// writeRealisticJournal writes n records shaped like ten years of use: each
// episode a start, an update or two (severity, sometimes a note or a change
// of site) and an end with the steps tried. Returns the file size.
func writeRealisticJournal(tb testing.TB, dir string, n int) int64 {
	tb.Helper()
	berlin := mustZone(tb, "Europe/Berlin")
	f, err := os.OpenFile(filepath.Join(dir, FileName), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	rng := rand.New(rand.NewPCG(1, 2))
	sites, sides := []string{"calf", "foot", "thigh"}, []string{"left", "right", ""}
	steps := []string{"stretch", "stretch-again", "stand", "walk", "massage", "heat", "water"}
	night := time.Date(2016, 1, 1, 2, 0, 0, 0, berlin)
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
	for written < n {
		night = night.AddDate(0, 0, 1)
		start := night.Add(time.Duration(rng.IntN(4*3600)) * time.Second).Add(time.Duration(rng.IntN(1000)) * time.Millisecond)
		site, side := sites[rng.IntN(3)], sides[rng.IntN(3)]
		id := NewID()
		put(Record{ID: id, Type: TypeCrampStart, Time: start, Site: site, Side: side})
		sev := rng.IntN(11)
		put(Record{Type: TypeCrampUpdate, Time: start.Add(20 * time.Second), Episode: id, Severity: &sev})
		if rng.IntN(4) == 0 {
			put(Record{Type: TypeCrampUpdate, Time: start.Add(40 * time.Second), Episode: id, Note: "woke up with it after a long walk; drank water"})
		} else {
			put(Record{Type: TypeCrampUpdate, Time: start.Add(30 * time.Second), Episode: id, Site: site, Side: "left"})
		}
		secs := 30 + rng.IntN(600)
		tried := steps[:2+rng.IntN(len(steps)-2)]
		outcome := OutcomeEased
		if rng.IntN(10) == 0 {
			outcome = OutcomeLeft
		}
		put(Record{Type: TypeCrampEnd, Time: start.Add(time.Duration(secs) * time.Second), Episode: id, Site: site, Side: side,
			Outcome: outcome, Seconds: secs, Tried: tried, Escalated: secs > 600})
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

func BenchmarkRead20k(b *testing.B) {
	dir := b.TempDir()
	b.SetBytes(writeRealisticJournal(b, dir, 20000))
	j := Open(dir)
	for b.Loop() {
		res, err := j.Read()
		if err != nil || len(res.Records) != 20000 || len(res.Bad) != 0 {
			b.Fatalf("%d records, %d bad, %v", len(res.Records), len(res.Bad), err)
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
