package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit"
)

// berlin is a wall clock time in Europe/Berlin.
func berlin(t *testing.T, year int, month time.Month, day, hour, min int) time.Time {
	t.Helper()
	return time.Date(year, month, day, hour, min, 0, 0, testkit.Berlin)
}

// setLogReportClock makes `cramp log` and `cramp report` read now, for the test.
func setLogReportClock(t *testing.T, now time.Time) {
	old := logReportClock
	logReportClock = clock.NewFake(now)
	t.Cleanup(func() { logReportClock = old })
}

// atBerlin sets the clock `cramp log` and `cramp report` read to a wall
// clock time in Europe/Berlin for the test, and returns it.
func atBerlin(t *testing.T, year int, month time.Month, day, hour, min int) time.Time {
	t.Helper()
	now := berlin(t, year, month, day, hour, min)
	setLogReportClock(t, now)
	return now
}

// journalIn reads the journal in dir.
func journalIn(t *testing.T, dir string) []journal.Record {
	t.Helper()
	res, err := journal.Open(dir).Read()
	if err != nil || len(res.Bad) > 0 {
		t.Fatalf("reading the journal: %v, bad lines %+v", err, res.Bad)
	}
	return res.Records
}

func TestLogAddsOneCrampLogRecord(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	code, out, errs := run(t, nil, "log", "--data", dir, "--site", "Calf", "--side", "left", "--minutes", "3",
		"--severity", "6", "--at", "03:10", "--note", "after a long walk")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := "Logged: left calf, on the night of Wed 1 Apr 2026 (began 2026-04-02 03:10), 3 minutes, severity 6 of 10, with a note.\n"
	if out != want {
		t.Errorf("stdout\n%q, want\n%q", out, want)
	}
	recs := journalIn(t, dir)
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	r := recs[0]
	if r.Type != journal.TypeCrampLog || r.ID == "" || r.Site != "calf" || r.Side != "left" || r.Seconds != 180 ||
		r.Severity == nil || *r.Severity != 6 || r.Note != "after a long walk" || r.Zone != "Europe/Berlin" {
		t.Errorf("record %+v", r)
	}
	if got := r.Time.Format(time.RFC3339); got != "2026-04-02T03:10:00+02:00" {
		t.Errorf("time %s", got)
	}
}

// Without --at the cramp has just ended: it began --minutes ago.
func TestLogWithoutAtEndedJustNow(t *testing.T) {
	now := atBerlin(t, 2026, 4, 2, 3, 20)
	dir := t.TempDir()
	if code, _, errs := run(t, nil, "log", "--data", dir, "--site", "foot", "--minutes", "2.5"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	r := journalIn(t, dir)[0]
	if !r.Time.Equal(now.Add(-150*time.Second)) || r.Seconds != 150 || r.Side != "" || r.Severity != nil {
		t.Errorf("record %+v", r)
	}
}

// Each --at form reaches the journal and the confirmation names the night
// it counts toward. Which moment each form means is history.ParseAt's rule,
// tested there.
func TestLogAtForms(t *testing.T) {
	cases := []struct {
		name  string
		now   [2]int // hour, minute on 2 April 2026, Berlin (CEST, +02:00)
		at    string
		want  string // RFC 3339
		night string // the night it counts toward
	}{
		{"HH:MM", [2]int{9, 0}, "03:10", "2026-04-02T03:10:00+02:00", "Wed 1 Apr 2026"},
		{"local date and time", [2]int{9, 0}, "2026-03-28 23:40", "2026-03-28T23:40:00+01:00", "Sat 28 Mar 2026"},
		{"RFC 3339", [2]int{9, 0}, "2026-04-01T23:15:00+02:00", "2026-04-01T23:15:00+02:00", "Wed 1 Apr 2026"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			atBerlin(t, 2026, 4, 2, c.now[0], c.now[1])
			dir := t.TempDir()
			code, out, errs := run(t, nil, "log", "--data", dir, "--site", "calf", "--at", c.at)
			if code != ExitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			r := journalIn(t, dir)[0]
			if got := r.Time.Format(time.RFC3339); got != c.want {
				t.Errorf("--at %s at %02d:%02d: %s, want %s", c.at, c.now[0], c.now[1], got, c.want)
			}
			if !strings.Contains(out, "night of "+c.night+" ") {
				t.Errorf("confirmation %q, want the night of %s", out, c.night)
			}
		})
	}
}

// A refused --at says why, exits 2 and writes nothing (the reasons are
// history.ParseAt's, tested there).
func TestLogAtRefusesTheFutureAndSkippedTimes(t *testing.T) {
	cases := []struct {
		now        time.Time
		at, reason string
	}{
		{berlin(t, 2026, 4, 2, 9, 0), "2026-04-02 09:01", "in the future"},
		// 29 March 2026: Berlin's clocks jump from 02:00 to 03:00.
		{berlin(t, 2026, 3, 29, 9, 0), "02:30", "clocks skipped"},
		{berlin(t, 2026, 4, 2, 9, 0), "yesterday", "not a time"},
	}
	for _, c := range cases {
		setLogReportClock(t, c.now)
		dir := t.TempDir()
		code, out, errs := run(t, nil, "log", "--data", dir, "--site", "calf", "--at", c.at)
		if code != ExitUsage || !strings.Contains(errs, "cramp log: --at") || !strings.Contains(errs, c.reason) || out != "" {
			t.Errorf("--at %q at %v: exit %d, stderr %q; want exit 2 saying %q", c.at, c.now, code, errs, c.reason)
		}
		if _, err := os.Stat(filepath.Join(dir, journal.FileName)); err == nil {
			t.Errorf("--at %q: a refused cramp was written", c.at)
		}
	}
}

func TestLogReportsEveryBadFlag(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	code, out, errs := run(t, nil, "log", "--data", dir, "--site", "knee", "--side", "middle", "--minutes", "-3",
		"--severity", "11", "--at", "25:00", "--note", " ", "extra")
	if code != ExitUsage || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{
		`cramp log: --site "knee" is not one of calf, foot, thigh`,
		`cramp log: --side "middle" is not one of left, right`,
		`cramp log: --minutes "-3" is not a number of minutes`,
		`cramp log: --severity "11" is not a whole number from 0`,
		`cramp log: --at "25:00" is not a time`,
		`cramp log: --note is empty`,
		`cramp log: unexpected argument "extra"`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, journal.FileName)); err == nil {
		t.Error("nothing may be written when a flag is bad")
	}
}

func TestLogBadValues(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{}, "--site is required"},
		{[]string{"--site", "calf", "--minutes", "three"}, `--minutes "three"`},
		{[]string{"--site", "calf", "--minutes", "0"}, `--minutes "0"`},
		{[]string{"--site", "calf", "--minutes", "0.05"}, `--minutes "0.05"`},
		{[]string{"--site", "calf", "--minutes", "241"}, `--minutes "241"`},
		{[]string{"--site", "calf", "--minutes", "NaN"}, `--minutes "NaN"`},
		{[]string{"--site", "calf", "--severity", "5.5"}, `--severity "5.5"`},
		{[]string{"--site", "calf", "--severity", "-1"}, `--severity "-1"`},
		{[]string{"--site", "calf", "--note", strings.Repeat("x", 1001)}, "--note is 1001 characters long"},
		{[]string{"--site", "calf", "--bogus"}, "flag provided but not defined"},
	}
	for _, c := range cases {
		code, _, errs := run(t, nil, append([]string{"log", "--data", t.TempDir()}, c.args...)...)
		if code != ExitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 with %q", c.args, code, errs, c.want)
		}
	}
}

func TestLogToAnUnwritableFolderFails(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	// A file where the folder should be: unwritable even for root.
	file := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, nil, "log", "--data", filepath.Join(file, "cramp"), "--site", "calf")
	if code != ExitFailure || out != "" || !strings.Contains(errs, "could not be saved") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestLogHelp(t *testing.T) {
	code, out, _ := run(t, nil, "log", "--help")
	if code != ExitOK || !strings.Contains(out, "--at takes") || !strings.Contains(out, "-severity") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// The same line run twice (unsure the first saved) adds one cramp: the
// second is refused, says the cramp is there and how to add another, and
// exits 1.
func TestLogRefusesAnExactRepeat(t *testing.T) {
	atBerlin(t, 2026, 11, 23, 9, 0)
	dir := t.TempDir()
	logIt := func(args ...string) (int, string, string) {
		return run(t, nil, append([]string{"log", "--data", dir}, args...)...)
	}
	if code, _, errs := logIt("--site", "calf", "--side", "left", "--at", "03:10"); code != ExitOK {
		t.Fatalf("first: exit %d: %s", code, errs)
	}
	code, out, errs := logIt("--site", "Calf", "--at", "03:10", "--minutes", "2")
	want := "cramp log: this cramp is already in your journal: left calf, on the night of Sun 22 Nov 2026 (began 2026-11-23 03:10); nothing was added. To log a second cramp, give it a different --at time.\n"
	if code != ExitFailure || out != "" || errs != want {
		t.Errorf("repeat: exit %d, stdout %q, stderr\n%q, want\n%q", code, out, errs, want)
	}
	if n := len(journalIn(t, dir)); n != 1 {
		t.Fatalf("%d records after the repeat, want 1", n)
	}

	// Which cramps are repeats is history's SameCramp rule, tested there.
	if code, _, errs := logIt("--site", "calf", "--at", "03:11"); code != ExitOK {
		t.Errorf("another minute is another cramp: exit %d: %s", code, errs)
	}
}

// --at in RFC 3339 with the local offset at that moment is stored on the
// local clock, so the journal names the zone; another offset is kept as
// given, an unnamed fixed zone.
func TestLogAtRFC3339NamesTheLocalZone(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	cases := []struct{ at, zone, stored string }{
		{"2026-04-01T23:15:00+02:00", "Europe/Berlin", "2026-04-01T23:15:00+02:00"},
		// Before the DST change Berlin was +01:00: still the local offset then.
		{"2026-03-28T23:15:00+01:00", "Europe/Berlin", "2026-03-28T23:15:00+01:00"},
		{"2026-04-01T23:15:00+01:00", "", "2026-04-01T23:15:00+01:00"},
		{"2026-04-01T23:15:00+05:30", "", "2026-04-01T23:15:00+05:30"},
	}
	for _, c := range cases {
		dir := t.TempDir()
		if code, _, errs := run(t, nil, "log", "--data", dir, "--site", "calf", "--at", c.at); code != ExitOK {
			t.Fatalf("--at %s: exit %d: %s", c.at, code, errs)
		}
		r := journalIn(t, dir)[0]
		if r.Zone != c.zone || r.Time.Format(time.RFC3339) != c.stored {
			t.Errorf("--at %s: stored %s in zone %q, want %s in %q", c.at, r.Time.Format(time.RFC3339), r.Zone, c.stored, c.zone)
		}
	}
}

func TestLogRefusesControlCharactersInTheNote(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	for _, note := range []string{"\x1b]0;PWNED\a", "\x1b]52;c;aGk=\a", "\x1b[2J", "bad \u009b31m", "\u202eevil"} {
		dir := t.TempDir()
		code, out, errs := run(t, nil, "log", "--data", dir, "--site", "calf", "--note", note)
		if code != ExitUsage || out != "" {
			t.Errorf("note %q: exit %d, stdout %q; want %d and nothing", note, code, out, ExitUsage)
		}
		if !strings.Contains(errs, "--note holds the control character U+") {
			t.Errorf("note %q: stderr %q does not say why", note, errs)
		}
		if strings.ContainsAny(errs, "\x1b\a\u009b\u202e") {
			t.Errorf("note %q: stderr %q echoes the control character", note, errs)
		}
		if _, err := os.Stat(filepath.Join(dir, journal.FileName)); err == nil {
			t.Errorf("note %q: a journal was written", note)
		}
	}
}

// Four identical `cramp log` runs at once stored 2-4 copies in 17 of 50
// rounds: the repeat check now happens under the append's lock.
func TestParallelIdenticalLogsStoreOne(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	for round := range 10 {
		dir := t.TempDir()
		codes := make(chan int, 4)
		for range 4 {
			go func() {
				code, _, _ := run(t, nil, "log", "--data", dir, "--site", "calf", "--at", "03:10", "--minutes", "2")
				codes <- code
			}()
		}
		ok := 0
		for range 4 {
			if <-codes == ExitOK {
				ok++
			}
		}
		if n := len(journalIn(t, dir)); n != 1 || ok != 1 {
			t.Fatalf("round %d: %d records stored, %d runs succeeded; want 1 and 1", round, n, ok)
		}
	}
}
