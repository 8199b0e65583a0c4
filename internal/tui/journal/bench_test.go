package journal_test

import (
	"testing"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// tenYears is the journal of ten-odd years of steady use up to now, in
// 20,000 records of every type.
func tenYears() []journal.Record { return reportgen.Records(20000, now.In(testkit.Berlin)) }

// BenchmarkJournalLoad is what opening the journal screen costs on ten
// years of records: read the file, fold it, and work out every figure the
// screen shows. The parts are measured too, to see where time goes.
func BenchmarkJournalLoad(b *testing.B) {
	s, _ := drive.Session(b, now)
	s.DayStart = night.DayStart
	recs := tenYears()
	writeRecords(b, s.Journal.Path(), recs)
	b.Logf("%d records", len(recs))
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			f, err := history.LoadFigures(s.Journal, s.Content, now, s.DayStart)
			if err != nil || f.Bad != 0 || len(f.Episodes) == 0 {
				b.Fatal(err, f.Bad)
			}
		}
	})
	// What cramp journal does before its first frame: read and fold,
	// one block of records at a time (journal.Scan).
	b.Run("readfold", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			h, bad, err := history.Load(s.Journal)
			if err != nil || bad != 0 || h.Records != len(recs) {
				b.Fatal(err, bad)
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
	recs := tenYears()
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
