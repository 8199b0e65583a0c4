package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/journal"
)

// backfillAt sets the clock of check, stretch --done and report to a
// Berlin wall-clock time.
func backfillAt(t *testing.T, year int, month time.Month, day, hour, min int) time.Time {
	t.Helper()
	now := atBerlin(t, year, month, day, hour, min)
	old := checkClock
	checkClock = clock.NewFake(now)
	t.Cleanup(func() { checkClock = old })
	return now
}

// A tick forgotten yesterday is recorded for yesterday: its record carries
// the day it is for and when it was written; today stays unticked, and
// the report counts it on its day.
func TestCheckDayYesterday(t *testing.T) {
	now := backfillAt(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	code, out, errs := run(t, nil, "check", "--data", dir, "fluids", "--day", "yesterday")
	if code != ExitOK || !strings.HasPrefix(out, "Ticked fluids (Enough fluids) for 2026-04-01") {
		t.Fatalf("exit %d, %q, %s", code, out, errs)
	}
	recs := journalIn(t, dir)
	if len(recs) != 1 || recs[0].Day != "2026-04-01" || !recs[0].Time.Equal(now) || recs[0].Item != "fluids" {
		t.Fatalf("records %+v", recs)
	}
	code, out, _ = run(t, nil, "check", "--data", dir, "fluids", "--day", "2026-04-01")
	if code != ExitOK || !strings.Contains(out, "is already ticked for 2026-04-01") {
		t.Errorf("a repeat: exit %d, %q", code, out)
	}
	_, md, _ := run(t, nil, "report", "--data", dir, "--days", "2")
	if !strings.Contains(md, "Enough fluids: 1 of 2 days") {
		t.Errorf("the report does not count the backfilled tick:\n%s", md)
	}
	code, out, _ = run(t, nil, "check", "--data", dir, "fluids", "--day", "2026-03-26", "--undo")
	if code != ExitOK || !strings.HasPrefix(out, "fluids (Enough fluids) is not ticked for 2026-03-26") {
		t.Errorf("an untick 7 days back: exit %d, %q", code, out)
	}
}

// A day to come, more than a week back or not a date is refused with exit
// 2, and nothing is written.
func TestCheckDayRefused(t *testing.T) {
	backfillAt(t, 2026, 4, 2, 9, 0)
	for _, day := range []string{"2026-04-03", "tomorrow", "2026-03-25", "01/04/2026"} {
		dir := t.TempDir()
		args := []string{"check", "--data", dir, "fluids", "--day", day}
		code, out, errs := run(t, nil, args...)
		if code != ExitUsage || out != "" || errs == "" {
			t.Errorf("--day %q: exit %d, stdout %q, stderr %q", day, code, out, errs)
		}
		if _, err := os.Stat(filepath.Join(dir, journal.FileName)); err == nil {
			t.Errorf("--day %q wrote the journal", day)
		}
	}
	_, _, errs := run(t, nil, "check", "--data", t.TempDir(), "fluids", "--day", "2026-04-03")
	if !strings.Contains(errs, "has not come yet") {
		t.Errorf("a day to come: %q", errs)
	}
	if code, _, errs := run(t, nil, "check", "--data", t.TempDir(), "--day", "yesterday"); code != ExitUsage || !strings.Contains(errs, "--day needs an item") {
		t.Errorf("--day without an item: exit %d, %q", code, errs)
	}
}

// A routine done without the app last night keeps the streak, ticks the
// evening stretch for that night, and the report says it was self-reported.
func TestStretchDoneYesterday(t *testing.T) {
	backfillAt(t, 2026, 4, 2, 20, 0)
	dir := t.TempDir()
	code, out, errs := run(t, nil, "stretch", "--data", dir, "--done", "--night", "2026-03-31")
	if code != ExitOK || !strings.Contains(out, "for the night of Tue 31 Mar 2026 (2026-03-31), done without the app") || !strings.Contains(out, "Streak: 0 nights") {
		t.Fatalf("exit %d: %q %s", code, out, errs)
	}
	code, out, _ = run(t, nil, "stretch", "--data", dir, "--done", "--night", "yesterday")
	if code != ExitOK || !strings.Contains(out, "Streak: 2 nights, best 2.") {
		t.Errorf("two nights in a row: exit %d, %q", code, out)
	}
	recs := journalIn(t, dir)
	if len(recs) != 2 || !recs[1].SelfReported || recs[1].Day != "2026-04-01" || recs[1].Outcome != journal.OutcomeFinished || recs[1].Routine == "" {
		t.Fatalf("records %+v", recs)
	}
	code, out, _ = run(t, nil, "stretch", "--data", dir, "--done", "--night", "yesterday")
	if code != ExitOK || !strings.Contains(out, "already counts") || len(journalIn(t, dir)) != 2 {
		t.Errorf("again: exit %d, %q", code, out)
	}
	_, md, _ := run(t, nil, "report", "--data", dir, "--days", "7")
	if !strings.Contains(md, "Bedtime stretch routine finished: 2 of 7 nights, 2 of them self-reported (done without the app)") {
		t.Errorf("the report does not say the nights were self-reported:\n%s", md)
	}
	_, page, _ := run(t, nil, "report", "--data", dir, "--days", "7", "--format", "html")
	if !strings.Contains(page, "2 of them self-reported") {
		t.Errorf("the HTML report does not say the nights were self-reported")
	}

	for _, args := range [][]string{
		{"--done", "--night", "tomorrow"},
		{"--done", "--night", "2026-03-20"},
		{"--night", "yesterday"},
		{"--done", "--rest"},
		{"--done", "--routine", "no-such"},
	} {
		code, out, errs := run(t, nil, append([]string{"stretch", "--data", dir}, args...)...)
		if code != ExitUsage || out != "" || errs == "" {
			t.Errorf("%v: exit %d, %q, %q", args, code, out, errs)
		}
	}
	if n := len(journalIn(t, dir)); n != 2 {
		t.Errorf("refused flags wrote %d records", n-2)
	}
}
