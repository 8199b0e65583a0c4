package e2e

import (
	"encoding/csv"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// Two cramps logged from the command line, then the report lists both as
// CSV rows, and the journal's plain view shows both.
func TestLogThenReport(t *testing.T) {
	env := newEnv(t)
	for _, args := range [][]string{
		{"log", "--site", "calf", "--side", "left", "--minutes", "3", "--severity", "6", "--at", "03:10", "--note", "after a long walk, again"},
		{"log", "--site", "foot", "--minutes", "1"},
	} {
		out, errs, code := run(t, env, args...)
		if code != 0 || !strings.HasPrefix(out, "Logged: ") || errs != "" {
			t.Fatalf("cramp %v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	recs := env.Journal(t).Records
	if len(recs) != 2 || recs[0].Type != journal.TypeCrampLog || recs[1].Type != journal.TypeCrampLog {
		t.Fatalf("journal: %+v", recs)
	}

	out, errs, code := run(t, env, "report", "--format", "csv")
	if code != 0 || errs != "" {
		t.Fatalf("report: exit %d, stderr %q", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("the report is not CSV: %v\n%s", err, out)
	}
	if len(rows) != 3 || rows[0][0] != "night" {
		t.Fatalf("want a header and 2 rows, got %d rows:\n%s", len(rows), out)
	}
	sites := []string{rows[1][2], rows[2][2]}
	slices.Sort(sites)
	if !slices.Equal(sites, []string{"calf", "foot"}) {
		t.Errorf("sites %v", sites)
	}

	out, errs, code = run(t, env, "journal", "--plain")
	if code != 0 {
		t.Fatalf("journal --plain: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"calf", "foot", "after a long walk"} {
		if !strings.Contains(out, want) {
			t.Errorf("cramp journal --plain lacks %q:\n%s", want, out)
		}
	}
}

// BenchmarkReportProcess20k runs the whole `cramp report` process on a
// ten-year journal of 20,000 records, from exec to exit. Budget: 50 ms.
//
//	go test ./internal/e2e -run '^$' -bench ReportProcess -benchtime 30x
func BenchmarkReportProcess20k(b *testing.B) {
	env := newEnv(b)
	loc := testkit.Berlin
	if err := reportgen.Write(env.DataDir, reportgen.Records(20000, time.Now().In(loc))); err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"md", "csv", "json", "html"} {
		b.Run(format, func(b *testing.B) {
			var times []time.Duration
			for b.Loop() {
				t0 := time.Now()
				out, errs, code := run(b, env, "report", "--format", format)
				times = append(times, time.Since(t0))
				if code != 0 || errs != "" || out == "" {
					b.Fatalf("exit %d, stderr %q", code, errs)
				}
			}
			b.ReportMetric(float64(median(times))/float64(time.Millisecond), "median-ms")
			b.ReportMetric(float64(slices.Max(times))/float64(time.Millisecond), "max-ms")
		})
	}
}

// In a real process on Berlin's clock: an RFC 3339 --at with Berlin's
// offset is stored under the zone's name; running the same line again is
// refused with exit 1 and adds nothing.
func TestLogTwiceIsOneCramp(t *testing.T) {
	env := newEnv(t).Set("TZ", "Europe/Berlin")
	args := []string{"log", "--site", "calf", "--at", "2026-01-15T03:10:00+01:00"}
	if out, errs, code := run(t, env, args...); code != 0 || !strings.HasPrefix(out, "Logged: calf, on the night of Wed 14 Jan 2026") {
		t.Fatalf("first: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	out, errs, code := run(t, env, args...)
	if code != 1 || out != "" || !strings.Contains(errs, "already in your journal") || !strings.Contains(errs, "different --at") {
		t.Errorf("again: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	recs := env.Journal(t).Records
	if len(recs) != 1 || recs[0].Zone != "Europe/Berlin" {
		t.Fatalf("journal: %+v", recs)
	}
}
