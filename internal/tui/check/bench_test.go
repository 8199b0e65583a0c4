package check_test

import (
	"path/filepath"
	"testing"

	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
	"github.com/crampcoach/cramp/internal/tui/check"
	"github.com/crampcoach/cramp/internal/tui/now"
)

// BenchmarkOpenYear is opening the checklist on a year of records to its
// first frame with the ticks: read the journal, fold it, draw. Compare
// with BenchmarkReliefFirstFrame (budget: no more than 5 ms slower).
func BenchmarkOpenYear(b *testing.B) {
	s, _ := drive.Session(b, evening)
	s.DayStart = night.DayStart
	recs, n := reportgen.CheckYear(evening)
	if err := reportgen.Write(filepath.Dir(s.Journal.Path()), recs); err != nil {
		b.Fatal(err)
	}
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
