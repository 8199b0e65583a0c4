package check_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/check"
	"github.com/crampcoach/cramp/internal/tui/now"
)

// writeYear writes a year of evenings to s's journal the way the app
// would have: about 14 check records a day (some unticked again), a
// routine most nights and a cramp now and then. It returns the number of
// check records.
func writeYear(tb testing.TB, s *tui.Session, end time.Time) int {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(s.Journal.Path()), 0o700); err != nil {
		tb.Fatal(err)
	}
	f, err := os.Create(s.Journal.Path())
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	put := func(r journal.Record) {
		r.V, r.ID = journal.FormatVersion, journal.NewID()
		b, err := json.Marshal(r)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(append(b, '\n'))
	}
	ids := []string{"fluids", "shoes", "bedding", "alcohol-caffeine", "movement", "heat", "varied-diet"}
	checks := 0
	for i := 365; i > 0; i-- {
		at := end.AddDate(0, 0, -i)
		day := night.Of(at, night.DayStart).String()
		for j, id := range ids {
			done := (i+j)%5 != 0
			put(journal.Record{Type: journal.TypeCheck, Time: at.Add(time.Duration(j) * time.Second), Day: day, Item: id, Done: &done})
			checks++
			if (i+j)%2 == 0 { // changed their mind: untick, tick again
				no := false
				put(journal.Record{Type: journal.TypeCheck, Time: at.Add(time.Minute), Day: day, Item: id, Done: &no})
				put(journal.Record{Type: journal.TypeCheck, Time: at.Add(2 * time.Minute), Day: day, Item: id, Done: &done})
				checks += 2
			}
		}
		if i%4 != 0 {
			put(journal.Record{Type: journal.TypeRoutineEnd, Time: at.Add(time.Hour), Day: day, Routine: "nightly", Outcome: journal.OutcomeFinished})
		}
		if i%9 == 0 {
			start := at.Add(6 * time.Hour)
			put(journal.Record{Type: journal.TypeCrampStart, Time: start, Site: "calf", Side: "left"})
		}
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return checks
}

// BenchmarkOpenYear is opening the checklist on a year of records to its
// first frame with the ticks: read the journal, fold it, draw. Compare
// with BenchmarkReliefFirstFrame (budget: no more than 5 ms slower).
func BenchmarkOpenYear(b *testing.B) {
	s, _ := drive.Session(b, evening)
	s.DayStart = night.DayStart
	n := writeYear(b, s, evening)
	b.ReportMetric(float64(n), "check-records")
	b.ReportAllocs()
	for b.Loop() {
		m, cmd := check.New(s)
		m.SetSize(80, 24)
		for _, msg := range drive.Messages(cmd) {
			m, _ = m.Update(msg)
		}
		if !m.Loaded() {
			b.Fatal("not loaded")
		}
		_ = m.View()
	}
}

// BenchmarkReliefFirstFrame is the relief screen's first frame, the
// yardstick for BenchmarkOpenYear.
func BenchmarkReliefFirstFrame(b *testing.B) {
	s, _ := drive.Session(b, evening)
	b.ReportAllocs()
	for b.Loop() {
		m, _ := now.New(s, now.Options{})
		m.SetSize(80, 24)
		_ = m.View()
	}
}

// BenchmarkView is one frame of the checklist once open.
func BenchmarkView(b *testing.B) {
	h := newHarness(b, evening, week()...)
	b.ReportAllocs()
	for b.Loop() {
		_ = h.M.View()
	}
}
