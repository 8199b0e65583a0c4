package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// Two cramps logged, then every format of the report shows them; a corrupt
// line is counted on stderr and never reaches stdout.
func TestReportAfterLog(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--site", "calf", "--side", "left", "--minutes", "3", "--at", "03:10", "--note", `woke, "again"`},
		{"--site", "foot", "--severity", "4", "--at", "2026-03-30 23:40"},
	} {
		if code, _, errs := run(t, nil, append([]string{"log", "--data", dir}, args...)...); code != ExitOK {
			t.Fatalf("log %v: exit %d: %s", args, code, errs)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, "journal.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{not json\n")
	f.Close()

	code, out, errs := run(t, nil, "report", "--data", dir, "--format", "csv")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("%d rows, %v:\n%s", len(rows), err, out)
	}
	if rows[1][2] != "foot" || rows[2][2] != "calf" || rows[2][8] != `woke, "again"` {
		t.Errorf("rows %q", rows)
	}
	if want := "cramp report: 1 journal line couldn't be read and was skipped (the file is left untouched).\n"; errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}

	code, out, _ = run(t, nil, "report", "--data", dir, "--format", "json")
	if code != ExitOK || !json.Valid([]byte(out)) || strings.Count(out, `"type":"cramp.log"`) != 2 {
		t.Errorf("json: exit %d\n%s", code, out)
	}

	code, out, _ = run(t, nil, "report", "--data", dir)
	if code != ExitOK || !strings.HasPrefix(out, "# Night cramp report") || !strings.Contains(out, "Cramps: 2 (2 added afterwards") {
		t.Errorf("md: exit %d\n%s", code, out)
	}
}

// --days counts back from tonight: at 09:00 on 2 April, past the 04:00
// day start, tonight is 2 April's (as on the checklist), so a cramp on the
// night of 29 March is in a 5-night report and not in a 4-night one.
func TestReportDays(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	if code, _, errs := run(t, nil, "log", "--data", dir, "--site", "calf", "--at", "2026-03-30 03:00"); code != ExitOK {
		t.Fatal(errs)
	}
	for days, want := range map[string]int{"4": 1, "5": 2} {
		_, out, _ := run(t, nil, "report", "--data", dir, "--format", "csv", "--days", days)
		rows, _ := csv.NewReader(strings.NewReader(out)).ReadAll()
		if len(rows) != want {
			t.Errorf("--days %s: %d rows, want %d", days, len(rows), want)
		}
	}
}

func TestReportOfAnEmptyJournal(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	code, out, errs := run(t, nil, "report", "--data", t.TempDir())
	if code != ExitOK || errs != "" || !strings.Contains(out, "No cramps were recorded") {
		t.Errorf("exit %d, stderr %q:\n%s", code, errs, out)
	}
}

// A broken content folder still gives a report, from the built-in content,
// and stderr says why once, after the journal's own complaint.
func TestReportWithABrokenContentFolder(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "journal.jsonl"), []byte("{not json\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, nil, "report", "--data", dir, "--content", brokenContent(t))
	if code != ExitOK || !strings.HasPrefix(out, "# Night cramp report") {
		t.Fatalf("exit %d, stderr %q:\n%s", code, errs, out)
	}
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "cramp report: 1 journal line couldn't be read") ||
		!strings.HasPrefix(lines[1], "cramp: Your content folder") || !strings.Contains(lines[1], "using the built-in content") {
		t.Errorf("stderr:\n%s", errs)
	}
	// csv and json need no content, so they have nothing to say about it.
	if _, _, errs := run(t, nil, "report", "--data", t.TempDir(), "--format", "csv", "--content", brokenContent(t)); errs != "" {
		t.Errorf("csv: stderr %q", errs)
	}
}

// The new user's trial: a 15-minute cramp on the night of Sat 21 Nov, a
// short one on Mon 23, and a report of one night. The report shows only
// Monday's cramp, so it must not cite Saturday's as a reason to see a
// doctor; two unreadable lines are counted in the plural.
func TestReportOfOneNightCitesOnlyThatNight(t *testing.T) {
	atBerlin(t, 2026, 11, 23, 23, 30)
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--site", "calf", "--minutes", "15", "--at", "2026-11-22 01:40"},
		{"--site", "calf", "--minutes", "2", "--at", "22:50"},
	} {
		if code, _, errs := run(t, nil, append([]string{"log", "--data", dir}, args...)...); code != ExitOK {
			t.Fatalf("log %v: exit %d: %s", args, code, errs)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, "journal.jsonl"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("{not json\nnor this\n")
	f.Close()

	code, out, errs := run(t, nil, "report", "--data", dir, "--days", "1")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "cramp report: 2 journal lines couldn't be read and were skipped (the file is left untouched).\n"; errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	for _, want := range []string{"1 night, the night of Mon 23 Nov 2026", "- Nights with cramps: 1 of 1 night\n", "- Cramps: 1 (1 added afterwards)"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Time to see a doctor") || strings.Contains(out, "21 Nov") {
		t.Errorf("the report cites a cramp outside its night:\n%s", out)
	}
	if _, out, _ = run(t, nil, "report", "--data", dir, "--days", "3"); !strings.Contains(out, "The longest lasted 15 minutes, on the night of Sat 21 Nov 2026.") {
		t.Errorf("three nights show Saturday's cramp, so the notice cites it:\n%s", out)
	}
}

func TestReportBadFlags(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--days", "0"}, []string{`--days "0" is not a whole number of nights from 1 to 3650`}},
		{[]string{"--days", "two"}, []string{`--days "two"`}},
		{[]string{"--days", "3651"}, []string{`--days "3651"`}},
		{[]string{"--format", "pdf"}, []string{`--format "pdf" is not one of md, csv, json`}},
		{[]string{"--days", "-1", "--format", "xml", "extra"}, []string{`--days "-1"`, `--format "xml"`, `unexpected argument "extra"`}},
	}
	for _, c := range cases {
		code, out, errs := run(t, nil, append([]string{"report", "--data", t.TempDir()}, c.args...)...)
		if code != ExitUsage || out != "" {
			t.Errorf("%v: exit %d, stdout %q", c.args, code, out)
		}
		for _, w := range c.want {
			if !strings.Contains(errs, "cramp report: "+w) {
				t.Errorf("%v: stderr lacks %q:\n%s", c.args, w, errs)
			}
		}
	}
}

// The same journal and the same clock give the same bytes.
func TestReportIsDeterministic(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	for _, at := range []string{"03:10", "2026-03-31 02:00", "2026-03-29 23:00"} {
		run(t, nil, "log", "--data", dir, "--site", "calf", "--at", at, "--minutes", "2", "--severity", "5")
	}
	for _, f := range []string{"md", "csv", "json"} {
		_, a, _ := run(t, nil, "report", "--data", dir, "--format", f)
		_, b, _ := run(t, nil, "report", "--data", dir, "--format", f)
		if !bytes.Equal([]byte(a), []byte(b)) || a == "" {
			t.Errorf("%s: two runs differ or are empty", f)
		}
	}
}

// BenchmarkRunReport20k runs `cramp report` in-process on a ten-year
// journal: everything the command does but starting the process.
func BenchmarkRunReport20k(b *testing.B) {
	dir := b.TempDir()
	loc := testkit.Berlin
	if err := reportgen.Write(dir, reportgen.Records(20000, time.Now().In(loc))); err != nil {
		b.Fatal(err)
	}
	for _, f := range []string{"md", "csv", "json"} {
		b.Run(f, func(b *testing.B) {
			for b.Loop() {
				code := Run([]string{"report", "--data", dir, "--format", f}, IO{
					Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
					Getenv: func(string) string { return "" },
				})
				if code != ExitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
