package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
)

func TestJournalPlainOnAnEmptyJournalIsAFriendlyText(t *testing.T) {
	env := map[string]string{"CRAMP_DATA_DIR": t.TempDir()}
	code, out, errs := run(t, env, "journal")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "Nothing in your journal yet") || strings.Contains(out, "\x1b") {
		t.Errorf("plain output:\n%q", out)
	}
}

func TestJournalPlainPrintsTheOverviewAndEveryEpisode(t *testing.T) {
	dir := t.TempDir()
	j := journal.Open(dir)
	lastNight := time.Now().AddDate(0, 0, -1)
	at := time.Date(lastNight.Year(), lastNight.Month(), lastNight.Day(), 3, 10, 0, 0, time.Local)
	sev := 6
	for _, r := range []journal.Record{
		{ID: "a", Type: journal.TypeCrampStart, Time: at, Site: "calf", Side: "left"},
		{Type: journal.TypeCrampEnd, Episode: "a", Time: at.Add(3 * time.Minute), Outcome: journal.OutcomeEased, Seconds: 185, Tried: []string{"stretch"}},
		{Type: journal.TypeCrampUpdate, Episode: "a", Time: at.Add(4 * time.Minute), Severity: &sev, Note: "woke with it"},
		{ID: "b", Type: journal.TypeCrampLog, Time: at.Add(-24 * time.Hour), Site: "foot", Seconds: 120},
		{ID: "c", Type: journal.TypeCrampLog, Time: at.Add(-48 * time.Hour), Site: "thigh", Seconds: 60},
		{Type: journal.TypeCrampDelete, Episode: "c", Time: at},
	} {
		if _, err := j.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, journal.FileName), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("not a record\n")
	f.Close()

	code, out, errs := run(t, map[string]string{"CRAMP_DATA_DIR": dir}, "journal", "--plain")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(errs, "cramp journal: 1 journal line couldn't be read and was skipped (the file is left untouched).\n") {
		t.Errorf("stderr %q does not mention the bad line", errs)
	}
	for _, want := range []string{
		"Monday on top", "none", "Last 7 nights:  2 cramps on 2 nights", "Stretch streak",
		"Wed 2 Dec 2026, 03:10 (night of Tue 1 Dec 2026) · left calf · eased after 3 min 5 s · severity 6/10 · tried stretch · note: woke with it",
		"foot · lasted about 2 minutes · added later",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("plain journal lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "thigh") {
		t.Errorf("the deleted episode is printed:\n%s", out)
	}
	if strings.Index(out, "left calf") > strings.Index(out, "foot ·") {
		t.Errorf("episodes are not newest first:\n%s", out)
	}
}

func TestJournalUsage(t *testing.T) {
	if code, out, _ := run(t, nil, "journal", "--help"); code != ExitOK || !strings.Contains(out, "cramp journal") {
		t.Errorf("--help: exit %d\n%s", code, out)
	}
	if code, _, errs := run(t, nil, "journal", "extra"); code != ExitUsage || !strings.Contains(errs, "unexpected argument") {
		t.Errorf("an argument: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := run(t, map[string]string{"CRAMP_DAY_STARTS_AT": "25:00"}, "journal"); code != ExitUsage {
		t.Errorf("a bad day start: exit %d, want %d", code, ExitUsage)
	}
}
