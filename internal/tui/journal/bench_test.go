package journal_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	journalscreen "github.com/crampcoach/cramp/internal/tui/journal"
)

// tenYears is the journal of ten years of steady use, up to last night,
// in about 20,000 records of every type: most evenings a few checklist
// ticks (now and then one taken back), a routine on most nights and a rest
// night now and then; a cramp on about two nights in five (start, one or
// two updates, end), some added later with cramp log, a few edited or
// deleted afterwards.
func tenYears(tb testing.TB, zone *time.Location) []journal.Record {
	rng := rand.New(rand.NewPCG(5, 11))
	today := night.OfCramp(now)
	items := []string{"fluids", "shoes", "bedding", "alcohol-caffeine", "movement", "heat", "varied-diet"}
	sites, sides := []string{"calf", "foot", "thigh"}, []string{"left", "right", ""}
	steps := []string{"stretch", "stretch-again", "stand", "walk", "massage", "heat"}
	recs := make([]journal.Record, 0, 20500)
	id := 0
	newID := func() string { id++; return "g" + pad6(id) }
	for d := today - 3652; d < today; d++ {
		evening := d.Time(zone).Add(19 * time.Hour)
		if rng.IntN(10) < 7 {
			for _, it := range items {
				if rng.IntN(3) > 0 {
					recs = append(recs, journal.Record{ID: newID(), Type: journal.TypeCheck, Time: evening, Day: d.String(), Item: it, Done: new(true)})
				}
			}
			if rng.IntN(8) == 0 {
				recs = append(recs, journal.Record{ID: newID(), Type: journal.TypeCheck, Time: evening.Add(time.Minute), Day: d.String(), Item: "fluids", Done: new(false)})
			}
		}
		switch r := rng.IntN(10); {
		case r < 6:
			recs = append(recs, journal.Record{ID: newID(), Type: journal.TypeRoutineEnd, Time: evening.Add(3 * time.Hour), Day: d.String(),
				Routine: "nightly", Outcome: journal.OutcomeFinished, StepsDone: []string{"calf-wall", "hamstring", "foot"}})
		case r < 7:
			recs = append(recs, journal.Record{ID: newID(), Type: journal.TypeRoutineRest, Time: evening.Add(3 * time.Hour), Day: d.String()})
		}
		if rng.IntN(5) >= 2 {
			continue
		}
		start := evening.Add(time.Duration(6*3600+rng.IntN(6*3600)) * time.Second)
		ep := newID()
		secs := 30 + rng.IntN(500)
		s := rng.IntN(11)
		if rng.IntN(8) == 0 {
			recs = append(recs, journal.Record{ID: ep, Type: journal.TypeCrampLog, Time: start, Site: sites[rng.IntN(3)], Seconds: secs, Severity: &s, Note: "logged the next morning"})
		} else {
			recs = append(recs,
				journal.Record{ID: ep, Type: journal.TypeCrampStart, Time: start, Site: sites[rng.IntN(3)], Side: sides[rng.IntN(3)]},
				journal.Record{ID: newID(), Type: journal.TypeCrampUpdate, Time: start.Add(20 * time.Second), Episode: ep, Side: "left"},
				journal.Record{ID: newID(), Type: journal.TypeCrampEnd, Time: start.Add(time.Duration(secs) * time.Second), Episode: ep,
					Outcome: journal.OutcomeEased, Seconds: secs, Tried: steps[:1+rng.IntN(len(steps))]},
				journal.Record{ID: newID(), Type: journal.TypeCrampUpdate, Time: start.Add(time.Duration(secs+5) * time.Second), Episode: ep, Severity: &s})
		}
		switch rng.IntN(40) {
		case 0:
			recs = append(recs, journal.Record{ID: newID(), Type: journal.TypeCrampDelete, Time: start.Add(8 * time.Hour), Episode: ep})
		case 1:
			recs = append(recs, journal.Record{ID: newID(), Type: journal.TypeCrampUpdate, Time: start.Add(8 * time.Hour), Episode: ep, Note: "edited: it was the other leg"})
		}
	}
	return recs
}

func TestTenYearsIsAboutTwentyThousandRecords(t *testing.T) {
	recs := tenYears(t, testkit.Berlin)
	if n := len(recs); n < 18000 || n > 22000 {
		t.Errorf("%d records", n)
	}
	types := map[string]bool{}
	for _, r := range recs {
		types[r.Type] = true
	}
	if len(types) != 8 {
		t.Errorf("record types: %v, want all 8", types)
	}
}

// BenchmarkJournalLoad is what opening the journal screen costs on ten
// years of records: read the file, fold it, and work out every figure the
// screen shows. The parts are measured too, to see where time goes.
func BenchmarkJournalLoad(b *testing.B) {
	s, _ := drive.Session(b, now)
	s.DayStart = night.DayStart
	recs := tenYears(b, testkit.Berlin)
	writeRecords(b, s.Journal.Path(), recs)
	b.Logf("%d records", len(recs))
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			f, err := journalscreen.Load(s.Journal, s.Content, now, s.DayStart)
			if err != nil || f.Bad != 0 || len(f.Episodes) == 0 {
				b.Fatal(err, f.Bad)
			}
		}
	})
	res, err := s.Journal.Read()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("read", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Journal.Read(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			history.Build(res.Records)
		}
	})
	b.Run("figures", func(b *testing.B) {
		h := history.Build(res.Records)
		today := night.OfCramp(now)
		b.ReportAllocs()
		for b.Loop() {
			h.Nights(today-83, today)
			h.Last(today, 7)
			h.Last(today, 30)
			h.Streak(today)
			h.SeeDoctor(s.Content.RedFlags.SeeDoctor, today)
			h.Patterns(s.Content.Checklist.Items, today)
		}
	})
}

// BenchmarkJournalView is one frame of each view at 80×24 on ten years.
func BenchmarkJournalView(b *testing.B) {
	recs := tenYears(b, testkit.Berlin)
	for _, v := range []struct{ name, key string }{{"overview", "1"}, {"episodes", "2"}, {"patterns", "3"}} {
		b.Run(v.name, func(b *testing.B) {
			h := newHarness(b, recs)
			h.Press(v.key)
			b.ReportAllocs()
			for b.Loop() {
				_ = h.M.View()
			}
		})
	}
}
