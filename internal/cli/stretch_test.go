package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

func stretchEnv(t *testing.T) (map[string]string, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	return map[string]string{"CRAMP_DATA_DIR": dir}, dir
}

func TestStretchPlainIsANumberedListOfSteps(t *testing.T) {
	code, out, errs := run(t, nil, "stretch")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Nightly stretch\n",
		"1. Wall calf stretch, left: hold 30 s\n",
		"2. Wall calf stretch, right: hold 30 s\n   Switch sides.\n",
		"7. Toe flexes: 15 times\n",
		"9. Ankle circles, right: 16 times\n",
		"Get ready: Face the wall",
		"Safety\n- Keep your balance:",
		"Other routines: short, seated",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the plain routine lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsRune(out, '\x1b') || strings.Contains(out, "10.") {
		t.Errorf("escape sequences or a tenth step:\n%s", out)
	}
}

func TestStretchPlainRoutineSeatedAndHold(t *testing.T) {
	code, out, errs := run(t, nil, "stretch", "--routine", "short", "--seated", "--hold", "45")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"Short stretch\n", "1. Seated calf stretch, left: hold 45 s", "4. Seated hamstring stretch, right: hold 45 s"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "5. ") {
		t.Errorf("the short routine has four steps:\n%s", out)
	}
}

func TestStretchUnknownRoutineListsTheValidOnes(t *testing.T) {
	code, _, errs := run(t, nil, "stretch", "--routine", "yoga")
	if code != ExitUsage || !strings.Contains(errs, `unknown routine "yoga"`) || !strings.Contains(errs, "nightly, short, seated") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestStretchHoldValues(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"30s", 30 * time.Second}, {"45", 45 * time.Second}, {"1m", time.Minute}, {"10s", 10 * time.Second}, {" 20 ", 20 * time.Second},
	} {
		if got, err := parseHold(tc.in, false); err != nil || got != tc.want {
			t.Errorf("parseHold(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	// The test-only widening: 1 s to 5 min.
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{{"1s", time.Second}, {"2s", 2 * time.Second}, {"1m30s", 90 * time.Second}, {"5m", 5 * time.Minute}} {
		if got, err := parseHold(tc.in, true); err != nil || got != tc.want {
			t.Errorf("parseHold(%q, wide) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
		if _, err := parseHold(tc.in, false); err == nil && (tc.want < 10*time.Second || tc.want > time.Minute) {
			t.Errorf("parseHold(%q) accepted without %s", tc.in, EnvTestHolds)
		}
	}
	for _, bad := range []string{"0", "0s", "-5s", "-5", "2s", "9s", "1m30s", "61", "5m", "500ms", "abc", "30 s", ""} {
		code, _, errs := run(t, nil, "stretch", "--hold", bad)
		if bad == "" {
			// An empty --hold is no override at all.
			if code != ExitOK {
				t.Errorf("--hold '': exit %d", code)
			}
			continue
		}
		if code != ExitUsage || !strings.Contains(errs, "--hold") || !strings.Contains(errs, "like 30s") {
			t.Errorf("--hold %q: exit %d, stderr %q", bad, code, errs)
		}
	}
}

func TestStretchRestMarksTonightAndPrintsTheStreak(t *testing.T) {
	env, dir := stretchEnv(t)
	// Last night's routine finished, so tonight's rest makes two.
	now := time.Now()
	tonight := night.Of(now, night.DayStart)
	prior := journal.Record{Type: journal.TypeRoutineEnd, Time: now.Add(-24 * time.Hour), Day: (tonight - 1).String(), Routine: "nightly", Outcome: journal.OutcomeFinished}
	if _, err := journal.Open(dir).Append(prior); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, env, "stretch", "--rest")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Tonight ("+tonight.String()+") is a rest night") || !strings.Contains(out, "Streak: 2 nights, best 2.") {
		t.Errorf("output %q", out)
	}
	res, err := journal.Open(dir).Read()
	if err != nil {
		t.Fatal(err)
	}
	last := res.Records[len(res.Records)-1]
	if len(res.Records) != 2 || last.Type != journal.TypeRoutineRest || last.Day != tonight.String() {
		t.Errorf("records %+v", res.Records)
	}
}

func TestStretchRestUsage(t *testing.T) {
	env, _ := stretchEnv(t)
	code, _, errs := run(t, env, "stretch", "--rest", "--routine", "short")
	if code != ExitUsage || !strings.Contains(errs, "--rest") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	env["CRAMP_DAY_STARTS_AT"] = "25:00"
	if code, _, errs := run(t, env, "stretch", "--rest"); code != ExitUsage || !strings.Contains(errs, "CRAMP_DAY_STARTS_AT") {
		t.Errorf("a bad day start: exit %d, stderr %q", code, errs)
	}
}

func TestStretchRestToAnUnwritableFolderFails(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, map[string]string{"CRAMP_DATA_DIR": filepath.Join(blocker, "data")}, "stretch", "--rest")
	if code != ExitFailure || !strings.Contains(errs, "could not save the rest night") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestStretchHelpAndExtraArguments(t *testing.T) {
	code, out, _ := run(t, nil, "stretch", "--help")
	if code != ExitOK || !strings.Contains(out, "--routine") || !strings.Contains(out, "rest night") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
	if code, _, errs := run(t, nil, "stretch", "nightly"); code != ExitUsage || !strings.Contains(errs, `unexpected argument "nightly"`) {
		t.Errorf("positional: exit %d, %q", code, errs)
	}
}

// --rest reads the journal as every screen does (history.Load): a line it
// cannot read is said, and the streak is still printed.
func TestStretchRestSaysUnreadableLines(t *testing.T) {
	env, dir := stretchEnv(t)
	now := time.Now()
	tonight := night.Of(now, night.DayStart)
	prior := journal.Record{Type: journal.TypeRoutineEnd, Time: now.Add(-24 * time.Hour), Day: (tonight - 1).String(), Routine: "nightly", Outcome: journal.OutcomeFinished}
	j := journal.Open(dir)
	if _, err := j.Append(prior); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(j.Path(), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("{half a record\n"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, errs := run(t, env, "stretch", "--rest")
	if code != ExitOK || !strings.Contains(out, "Streak: 2 nights, best 2.") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errs, "1 journal line couldn't be read") {
		t.Errorf("stderr %q, want the unreadable line said", errs)
	}
}

// appendStretchedTonight gives the journal tonight's finished routine, as
// the completion screen would have written it.
func appendStretchedTonight(t *testing.T, dir string) night.Date {
	t.Helper()
	now := time.Now()
	tonight := night.Of(now, night.DayStart)
	r := journal.Record{Type: journal.TypeRoutineEnd, Time: now, Day: tonight.String(), Routine: "short", Outcome: journal.OutcomeFinished}
	if _, err := journal.Open(dir).Append(r); err != nil {
		t.Fatal(err)
	}
	return tonight
}

func restDays(t *testing.T, dir string) []string {
	t.Helper()
	res, err := journal.Open(dir).Read()
	if err != nil {
		t.Fatal(err)
	}
	var days []string
	for _, r := range res.Records {
		if r.Type == journal.TypeRoutineRest {
			days = append(days, r.Day)
		}
	}
	return days
}

// Once tonight's routine is finished, --rest does what z on the completion
// screen does: tonight already counts, so tomorrow night is the rest night,
// and the output says exactly that.
func TestStretchRestAfterTonightsRoutineMarksTomorrow(t *testing.T) {
	env, dir := stretchEnv(t)
	tonight := appendStretchedTonight(t, dir)
	code, out, errs := run(t, env, "stretch", "--rest")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want := "You finished a routine tonight (" + tonight.String() + "), so tonight already counts.\n" +
		"Tomorrow night (" + (tonight + 1).String() + ") is a rest night: it keeps your stretch streak.\n" +
		"Streak: 1 night, best 1.\n"
	if out != want {
		t.Errorf("output\n%s\nwant\n%s", out, want)
	}
	if days := restDays(t, dir); len(days) != 1 || days[0] != (tonight+1).String() {
		t.Errorf("rest records for %v, want one for tomorrow night", days)
	}
	// Again: the night is already marked, and nothing more is written.
	code, out, _ = run(t, env, "stretch", "--rest")
	if code != ExitOK || !strings.Contains(out, "Tomorrow night ("+(tonight+1).String()+") is already a rest night; nothing new was saved.") {
		t.Errorf("again: exit %d, output %q", code, out)
	}
	if days := restDays(t, dir); len(days) != 1 {
		t.Errorf("again wrote another rest record: %v", days)
	}
}

func TestStretchRestTwiceWritesOneRecord(t *testing.T) {
	env, dir := stretchEnv(t)
	tonight := night.Of(time.Now(), night.DayStart)
	run(t, env, "stretch", "--rest")
	code, out, errs := run(t, env, "stretch", "--rest")
	if code != ExitOK || !strings.Contains(out, "Tonight ("+tonight.String()+") is already a rest night; nothing new was saved.") || !strings.Contains(out, "Streak: 1 night, best 1.") {
		t.Errorf("exit %d, output %q, stderr %q", code, out, errs)
	}
	if days := restDays(t, dir); len(days) != 1 {
		t.Errorf("rest records %v, want one", days)
	}
}

// --hold changes every hold, but a routine's summary is content text that
// names its usual length: the printout says the override beside it.
func TestStretchPlainSaysTheHoldOverride(t *testing.T) {
	code, out, errs := run(t, map[string]string{EnvTestHolds: "1"}, "stretch", "--routine", "short", "--hold", "3s")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "Holds set to 3 s by --hold.\n") || !strings.Contains(out, "1. Wall calf stretch, left: hold 3 s") {
		t.Errorf("the override is not said:\n%s", out)
	}
	if _, out, _ := run(t, nil, "stretch", "--routine", "short"); strings.Contains(out, "--hold") {
		t.Errorf("the override is said without --hold:\n%s", out)
	}
}

// A broken content folder is said once on stderr, and the built-in routine
// is printed.
func TestStretchPlainSaysABrokenContentFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "routines.yaml"), []byte("version: 1\nnonsense: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, nil, "--content", dir, "stretch")
	if code != ExitOK || !strings.Contains(out, "1. Wall calf stretch, left") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if n := strings.Count(errs, "cramp:"); n != 1 || !strings.Contains(errs, dir) {
		t.Errorf("stderr %q, want one notice naming the folder", errs)
	}
}
