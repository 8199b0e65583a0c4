package e2e

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// checkLoaded is on the checklist screen once the journal has been read.
const checkLoaded = " of 8 today"

// checkRecords waits until the journal holds n check records.
func checkRecords(t testing.TB, env *Env, n int) []journal.Record {
	t.Helper()
	return env.waitJournal(t, "check records", func(rs []journal.Record) bool {
		c := 0
		for _, r := range rs {
			if r.Type == journal.TypeCheck {
				c++
			}
		}
		return c >= n
	})
}

// checkListBoxes runs `cramp check --list` and returns each id's box.
func checkListBoxes(t *testing.T, env *Env) map[string]string {
	t.Helper()
	out, errs, code := run(t, env, "check", "--list")
	if code != 0 {
		t.Fatalf("cramp check --list: exit %d, %s", code, errs)
	}
	boxes := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Fields(l)
		if len(f) < 3 || (f[0] != "[x]" && f[0] != "[") {
			t.Fatalf("a list line %q is not \"[x] ID  LABEL\"", l)
		}
		if f[0] == "[x]" {
			boxes[f[1]] = "x"
		} else {
			boxes[f[2]] = " "
		}
	}
	return boxes
}

// Tick two items, quit, start again: both are ticked, and --list agrees.
func TestCheckTicksSurviveARestart(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	term := startCramp(t, env, "check")
	term.WaitFor(checkLoaded, waitTimeout)
	term.Press(" ") // Enough fluids, the first item
	checkRecords(t, env, 1)
	term.Press("j")
	term.Press(" ") // Supportive shoes
	term.WaitFor("2 of 8 today", waitTimeout)
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	checkRestored(t, term.Raw())
	recs := checkRecords(t, env, 2)
	today := night.Of(time.Now(), night.DayStart).String()
	for i, want := range []string{"fluids", "shoes"} {
		if r := recs[i]; r.Item != want || r.Day != today || r.Done == nil || !*r.Done {
			t.Errorf("record %d = %+v, want %s ticked on %s", i, r, want, today)
		}
	}

	again := startCramp(t, env, "check")
	again.WaitFor("[x] Supportive shoes", waitTimeout)
	scr := again.Screen()
	for _, want := range []string{"[x] Enough fluids", "2 of 8 today", "[ ] Loose bedding"} {
		if !strings.Contains(scr, want) {
			t.Errorf("after the restart the screen lacks %q:\n%s", want, scr)
		}
	}
	again.Press("q")
	if code := again.WaitExit(exitTimeout); code != 0 {
		t.Errorf("second run: exit code %d", code)
	}

	boxes := checkListBoxes(t, env)
	if boxes["fluids"] != "x" || boxes["shoes"] != "x" || boxes["bedding"] != " " {
		t.Errorf("cramp check --list disagrees with the screen: %v", boxes)
	}
}

// Automatic items say why on space and write nothing.
func TestCheckAutomaticItemOnScreen(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	term := startCramp(t, env, "check")
	term.WaitFor(checkLoaded, waitTimeout)
	term.Press("jjjjj") // Evening stretch, the sixth item
	term.Press(" ")
	term.WaitFor("finish a bedtime routine", waitTimeout)
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d", code)
	}
	if recs := env.Journal(t).Records; len(recs) != 0 {
		t.Errorf("the automatic item wrote %+v", recs)
	}
}

// Processes ticking different items at the same moment all land. Every
// round changes every item (tick, untick, tick), since a tick that changes
// nothing is not written.
func TestCheckProcessesTickingAtOnceAllLand(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	items := []string{"fluids", "shoes", "bedding", "alcohol-caffeine", "movement", "heat", "varied-diet"}
	const rounds = 3
	for round := range rounds {
		var cmds []*exec.Cmd
		for _, id := range items {
			args := []string{"check", id}
			if round%2 == 1 {
				args = append(args, "--undo")
			}
			cmd := exec.Command(crampBin, args...)
			cmd.Env, cmd.Dir = env.List(), env.Home
			cmds = append(cmds, cmd)
		}
		for _, c := range cmds {
			if err := c.Start(); err != nil {
				t.Fatal(err)
			}
		}
		for i, c := range cmds {
			if err := c.Wait(); err != nil {
				t.Errorf("round %d, cramp check %s: %v", round, items[i], err)
			}
		}
	}
	res := env.Journal(t)
	want := rounds * len(items)
	if len(res.Records) != want || len(res.Bad) != 0 {
		t.Fatalf("%d records and %d bad lines, want %d and none", len(res.Records), len(res.Bad), want)
	}
	ids := map[string]bool{}
	for _, r := range res.Records {
		ids[r.ID] = true
	}
	if len(ids) != want {
		t.Errorf("record ids repeat: %d distinct of %d", len(ids), want)
	}
	boxes := checkListBoxes(t, env)
	for _, id := range items {
		if boxes[id] != "x" {
			t.Errorf("%s is not ticked: %v", id, boxes)
		}
	}
}

// BenchmarkFirstFrameCheckYear: "cramp check" on a year of records to the
// first frame that shows the day's progress (the journal read and
// folded). Compare with BenchmarkFirstFrameCrampNow: the budget is 5 ms more.
func BenchmarkFirstFrameCheckYear(b *testing.B) {
	env := newEnv(b)
	recs, n := reportgen.CheckYear(time.Now())
	if err := reportgen.Write(env.DataDir, recs); err != nil {
		b.Fatal(err)
	}
	benchCheckFirstFrame(b, env, n)
}

// BenchmarkFirstFrameCheckEmpty is the same with no journal: what the
// year of records adds is the difference.
func BenchmarkFirstFrameCheckEmpty(b *testing.B) {
	benchCheckFirstFrame(b, newEnv(b), 0)
}

func benchCheckFirstFrame(b *testing.B, env *Env, n int) {
	var times []time.Duration
	for b.Loop() {
		w := newWatch(checkLoaded)
		term := startWatched(b, env, 80, 24, w, crampBin, "check")
		if !term.waitWatch(w, waitTimeout) {
			b.Fatalf("timed out; the screen:\n%s", term.Screen())
		}
		times = append(times, w.Seen.Sub(term.Started()))
		term.close()
	}
	b.ReportMetric(float64(n), "check-records")
	b.ReportMetric(float64(median(times))/float64(time.Millisecond), "median-ms")
	b.ReportMetric(float64(slices.Min(times))/float64(time.Millisecond), "min-ms")
}

// c on the home screen opens the checklist; q comes back home.
func TestCheckFromHome(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	term := startCramp(t, env)
	term.WaitFor(homeItem, waitTimeout)
	term.Press("c")
	term.WaitFor(checkLoaded, waitTimeout)
	term.Press("q")
	term.WaitFor(homeItem, waitTimeout)
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d", code)
	}
	checkRestored(t, term.Raw())
}

// An id in capitals ticks the item; ticking it again writes nothing more.
func TestCheckTwiceWritesOneTick(t *testing.T) {
	env := newEnv(t)
	if out, errs, code := run(t, env, "check", "FLUIDS"); code != 0 || !strings.HasPrefix(out, "Ticked fluids") {
		t.Fatalf("first: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if out, errs, code := run(t, env, "check", "fluids"); code != 0 || !strings.Contains(out, "is already ticked") || !strings.Contains(out, "Nothing new was saved") {
		t.Errorf("again: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if recs := env.Journal(t).Records; len(recs) != 1 || recs[0].Item != "fluids" {
		t.Errorf("journal: %+v", recs)
	}
}
