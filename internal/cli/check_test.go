package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// checkEnv is an environment with its own data folder.
func checkEnv(t *testing.T) (map[string]string, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	return map[string]string{"CRAMP_DATA_DIR": dir}, dir
}

// checkToday is today by the default rollover, as the command sees it.
// (A test run across 04:00 could see two days; it would take a second.)
func checkToday() string { return night.Of(time.Now(), night.DayStart).String() }

var checkLine = regexp.MustCompile(`^\[( |x)\] ([a-z0-9-]+) +(\S.*)$`)

// checkList runs `cramp check --list` and returns the box of each id.
func checkList(t *testing.T, env map[string]string, args ...string) map[string]string {
	t.Helper()
	code, out, errs := run(t, env, append([]string{"check", "--list"}, args...)...)
	if code != ExitOK {
		t.Fatalf("check --list: exit %d, %s", code, errs)
	}
	boxes := map[string]string{}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if i == 0 {
			if !strings.HasPrefix(l, "# ") {
				t.Errorf("the first line %q is not a # comment", l)
			}
			continue
		}
		if strings.HasPrefix(l, "#   ") { // an item's caveat, skipped as scripts would
			continue
		}
		m := checkLine.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("line %q is not \"[x] ID  LABEL\"", l)
		}
		boxes[m[2]] = m[1]
	}
	return boxes
}

func TestCheckListPrintsEveryItemOnALine(t *testing.T) {
	env, _ := checkEnv(t)
	code, out, _ := run(t, env, "check", "--list")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		"# " + checkToday() + ": 0 of 8 done (a new day starts at 04:00)",
		"[ ] fluids            Enough fluids",
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "[ ] medicine-review") || !strings.HasSuffix(last, "(occasional)") {
		t.Errorf("the occasional item is not last and labelled: %q", last)
	}
	if !strings.Contains(out, "[ ] evening-stretch   Evening stretch (automatic)") {
		t.Errorf("the automatic item is not labelled:\n%s", out)
	}
	if strings.ContainsRune(out, '\x1b') {
		t.Error("escape sequences in the list")
	}
}

func TestCheckWithoutArgumentsOutsideATerminalIsTheList(t *testing.T) {
	env, _ := checkEnv(t)
	_, list, _ := run(t, env, "check", "--list")
	code, out, _ := run(t, env, "check")
	if code != ExitOK || out != list {
		t.Errorf("cramp check | cat: exit %d, output\n%s\nwant the list\n%s", code, out, list)
	}
}

func TestCheckItemTicksAndUndoUnticks(t *testing.T) {
	env, dir := checkEnv(t)
	code, out, errs := run(t, env, "check", "fluids")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if want := "Ticked fluids (Enough fluids) for " + checkToday() + ": 1 of 8 done."; strings.TrimSpace(out) != want {
		t.Errorf("said %q, want %q", out, want)
	}
	if b := checkList(t, env); b["fluids"] != "x" || b["shoes"] != " " {
		t.Errorf("after ticking fluids: %v", b)
	}
	code, out, _ = run(t, env, "check", "fluids")
	if want := "fluids (Enough fluids) is already ticked for " + checkToday() + ": 1 of 8 done. Nothing new was saved.\n"; code != ExitOK || out != want {
		t.Errorf("ticking again: exit %d, said %q, want %q", code, out, want)
	}
	code, out, _ = run(t, env, "check", "--undo", "fluids")
	if code != ExitOK || !strings.HasPrefix(out, "Unticked fluids") || !strings.Contains(out, "0 of 8 done") {
		t.Errorf("undo: exit %d, %q", code, out)
	}
	if b := checkList(t, env); b["fluids"] != " " {
		t.Errorf("after undo: %v", b)
	}
	// The tick and the undo; the repeated tick changed nothing and wrote nothing.
	res, err := journal.Open(dir).Read()
	if err != nil || len(res.Records) != 2 {
		t.Fatalf("journal: %d records, %v", len(res.Records), err)
	}
	r := res.Records[1]
	if r.Type != journal.TypeCheck || r.Item != "fluids" || r.Day != checkToday() || r.Done == nil || *r.Done {
		t.Errorf("the undo record is %+v", r)
	}
}

// Unticking an item that is not ticked changes nothing: no record, exit 0.
func TestCheckUndoOfAnUntickedItemWritesNothing(t *testing.T) {
	env, dir := checkEnv(t)
	code, out, errs := run(t, env, "check", "shoes", "--undo")
	if want := "shoes (Supportive shoes) is not ticked for " + checkToday() + ": 0 of 8 done. Nothing new was saved.\n"; code != ExitOK || out != want {
		t.Errorf("exit %d, said %q (stderr %q), want %q", code, out, errs, want)
	}
	if _, err := os.Stat(filepath.Join(dir, journal.FileName)); !os.IsNotExist(err) {
		t.Errorf("a journal was written for a change that changed nothing: %v", err)
	}
}

// Item ids are matched whatever their case, as --site is in cramp log; the
// record and the confirmation use the id as the content spells it.
func TestCheckItemIDsIgnoreCase(t *testing.T) {
	env, dir := checkEnv(t)
	code, out, errs := run(t, env, "check", "FLUIDS")
	if code != ExitOK || !strings.HasPrefix(out, "Ticked fluids (Enough fluids)") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, out, _ = run(t, env, "check", "Fluids", "--undo"); code != ExitOK || !strings.HasPrefix(out, "Unticked fluids") {
		t.Errorf("undo: exit %d, %q", code, out)
	}
	res, err := journal.Open(dir).Read()
	if err != nil || len(res.Records) != 2 || res.Records[0].Item != "fluids" || res.Records[1].Item != "fluids" {
		t.Errorf("journal %+v, %v", res.Records, err)
	}
}

func TestCheckUnknownItemListsTheValidOnes(t *testing.T) {
	env, dir := checkEnv(t)
	code, _, errs := run(t, env, "check", "hydration")
	if code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
	for _, want := range []string{`unknown item "hydration"`, "fluids, shoes", "medicine-review"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q: %s", want, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, journal.FileName)); err == nil {
		t.Error("an unknown item wrote to the journal")
	}
}

func TestCheckAutomaticItemCannotBeTickedByHand(t *testing.T) {
	env, dir := checkEnv(t)
	for _, args := range [][]string{{"check", "evening-stretch"}, {"check", "evening-stretch", "--undo"}} {
		code, _, errs := run(t, env, args...)
		if code != ExitUsage || !strings.Contains(errs, "bedtime routine") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, journal.FileName)); err == nil {
		t.Error("an automatic item was written to the journal")
	}
}

func TestCheckUsageErrors(t *testing.T) {
	env, _ := checkEnv(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", "fluids", "shoes"}, "at most one item"},
		{[]string{"check", "--list", "fluids"}, "--list takes no item"},
		{[]string{"check", "--undo"}, "--undo needs an item"},
		{[]string{"check", "--day-starts-at", "25:00", "--list"}, `--day-starts-at: "25:00" is not a time of day`},
		{[]string{"--day-starts-at", "4", "check", "fluids"}, `--day-starts-at: "4" is not a time of day`},
		{[]string{"check", "--day-starts-at", "nope"}, "not a time of day"},
	} {
		code, _, errs := run(t, env, c.args...)
		if code != ExitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
	env["CRAMP_DAY_STARTS_AT"] = "late"
	if code, _, errs := run(t, env, "check", "--list"); code != ExitUsage || !strings.Contains(errs, "CRAMP_DAY_STARTS_AT") {
		t.Errorf("a bad CRAMP_DAY_STARTS_AT: exit %d, %q", code, errs)
	}
}

// A custom rollover decides the day of a tick and of the list.
func TestCheckCustomDayStart(t *testing.T) {
	env, dir := checkEnv(t)
	env["CRAMP_DAY_STARTS_AT"] = "23:59"
	want := night.Of(time.Now(), 23*time.Hour+59*time.Minute).String()
	if code, _, errs := run(t, env, "check", "shoes"); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	res, _ := journal.Open(dir).Read()
	if len(res.Records) != 1 || res.Records[0].Day != want {
		t.Errorf("records %+v, want one on %s", res.Records, want)
	}
	_, out, _ := run(t, env, "check", "--list")
	if !strings.HasPrefix(out, "# "+want+": 1 of 8 done (a new day starts at 23:59)") {
		t.Errorf("list header: %q", strings.SplitN(out, "\n", 2)[0])
	}
	// The flag wins over the environment.
	_, out, _ = run(t, env, "check", "--list", "--day-starts-at", "04:00")
	if !strings.Contains(strings.SplitN(out, "\n", 2)[0], "04:00") {
		t.Errorf("--day-starts-at does not win: %q", out)
	}
}

func TestCheckUnwritableDataFolderFailsClearly(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(blocker, []byte("not a folder\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"CRAMP_DATA_DIR": filepath.Join(blocker, "cramp")}
	code, out, errs := run(t, env, "check", "fluids")
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	if !strings.Contains(errs, "could not save the tick") || out != "" {
		t.Errorf("stdout %q, stderr %q", out, errs)
	}
	if b, _ := os.ReadFile(blocker); string(b) != "not a folder\n" {
		t.Error("the file in the way was changed")
	}
}

func TestCheckReportsCorruptLines(t *testing.T) {
	env, dir := checkEnv(t)
	if _, err := journal.Open(dir).Append(journal.Record{Type: journal.TypeCheck, Time: time.Now(), Day: checkToday(), Item: "shoes", Done: new(true)}); err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(filepath.Join(dir, journal.FileName), os.O_APPEND|os.O_WRONLY, 0)
	_, _ = f.WriteString("garbage\n")
	f.Close()
	code, _, errs := run(t, env, "check", "--list")
	if want := "cramp check: 1 journal line couldn't be read and was skipped (the file is left untouched).\n"; code != ExitOK || errs != want {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if b := checkList(t, env); b["shoes"] != "x" {
		t.Errorf("the good record is lost: %v", b)
	}
}

func TestCheckHelp(t *testing.T) {
	code, out, _ := run(t, nil, "check", "--help")
	if code != ExitOK || !strings.Contains(out, "cramp check ITEM --undo") || !strings.Contains(out, "04:00") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
}

// Without the screen, a broken content folder is said once on stderr and
// the list comes from the built-in content.
func TestCheckListWithABrokenContentFolder(t *testing.T) {
	env, _ := checkEnv(t)
	code, out, errs := run(t, env, "check", "--list", "--content", brokenContent(t))
	if code != ExitOK || !strings.Contains(out, "fluids") {
		t.Fatalf("exit %d, stderr %q:\n%s", code, errs, out)
	}
	if strings.Count(errs, "cramp: Your content folder") != 1 || strings.Count(errs, "\n") != 1 {
		t.Errorf("stderr:\n%s", errs)
	}
}

// Identical ticks run at once add one record: the "already ticked" check
// happens under the append's lock.
func TestParallelIdenticalTicksStoreOne(t *testing.T) {
	for round := range 10 {
		env, dir := checkEnv(t)
		codes := make(chan int, 4)
		for range 4 {
			go func() {
				code, _, _ := run(t, env, "check", "fluids")
				codes <- code
			}()
		}
		for range 4 {
			if code := <-codes; code != ExitOK {
				t.Fatalf("round %d: exit %d", round, code)
			}
		}
		if n := len(journalIn(t, dir)); n != 1 {
			t.Fatalf("round %d: %d ticks stored, want 1", round, n)
		}
	}
}
