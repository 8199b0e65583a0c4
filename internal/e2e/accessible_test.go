package e2e

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
)

// backUp matches what would move the cursor back up or redraw what is
// already written: cursor up (CSI A), previous line (CSI F), a cursor
// position (CSI H), reverse index (ESC M), erasing the display (CSI J),
// inserting or deleting lines (CSI L, CSI M), a scroll region, the
// alternate screen.
var backUp = regexp.MustCompile(`\x1b\[[0-9;]*[AFHLMr]|\x1b\[[123]J|\x1bM|\x1b\[\?1049h`)

// lineTimes polls the program's output until every want line has been
// printed (or timeout) and returns when each appeared; a line that is in
// want twice is waited for twice.
func lineTimes(t *testing.T, term *Term, timeout time.Duration, want ...string) []time.Time {
	t.Helper()
	at := make([]time.Time, len(want))
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		raw := term.Raw()
		missing := false
		for i, w := range want {
			if at[i].IsZero() {
				if strings.Count(raw, w) >= strings.Count("\x00"+strings.Join(want[:i+1], "\x00")+"\x00", "\x00"+w+"\x00") {
					at[i] = time.Now()
				} else {
					missing = true
				}
			}
		}
		if !missing {
			return at
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("timed out waiting for the lines %q; the output:\n%q", want, term.Raw())
	return nil
}

// checkAppendOnly fails when the output moved the cursor back up or
// redrew: the accessible player only appends lines.
func checkAppendOnly(t *testing.T, raw string) {
	t.Helper()
	if loc := backUp.FindStringIndex(raw); loc != nil {
		t.Errorf("the output moves back up or redraws (%q at byte %d):\n%q", raw[loc[0]:loc[1]], loc[0], raw)
	}
	for _, box := range []string{"█", "▀", "▄", "━", "│", "⠋"} {
		if strings.Contains(raw, box) {
			t.Errorf("the output holds %q, a box-drawing digit or spinner", box)
		}
	}
}

// The routine plays as lines in time: each milestone once, in order, with
// only appended lines on the screen. How late each milestone comes is
// logged; it is asserted (within 50 ms, the median) only with
// CRAMP_ACCURACY=1, alone on a quiet machine, as the other timer-accuracy
// checks are: a timed assertion in the everyday suite would fail whenever
// the machine is busy, and the suite runs every package at once.
func TestAccessibleRoutinePlaysInTime(t *testing.T) {
	accuracy := os.Getenv("CRAMP_ACCURACY") == "1"
	if !accuracy {
		t.Parallel()
	}
	env := newEnv(t)
	dir, spoken := stretchSetup(t, env)
	term := startCramp(t, env, "--content", dir, "--voice", "--accessible", "stretch", "--routine", "one", "--hold", "1s")
	lines := []string{
		"Left quick calf stretch. Get ready, 1 second.",
		"Hold 1 second.",
		"Release. Switch sides.",
		"Hold 1 second.", // the second side's
		"Routine complete.",
	}
	// The lead-ins are half a second, the holds one.
	due := []time.Duration{0, 500 * time.Millisecond, 1500 * time.Millisecond, 2000 * time.Millisecond, 3000 * time.Millisecond}
	at := lineTimes(t, term, waitTimeout, lines...)
	// The timed milestones (every line after the first, which is written
	// at start) are checked against one another: the start is when the
	// earliest of them says it was, as none comes before its time. The
	// first line is only checked to come first: on a loaded machine the
	// test may see a new process's first output late.
	start := at[1].Add(-due[1])
	for i := 1; i < len(lines); i++ {
		if s := at[i].Add(-due[i]); s.Before(start) {
			start = s
		}
	}
	if at[0].After(at[1]) {
		t.Errorf("the lead-in's line came after the hold's")
	}
	// Every milestone within 50 ms of its time, as the issue asks, is what
	// the median checks; one line held up by a loaded machine (go test ./...
	// runs every package at once on two cores) may be later, but never by
	// a countdown tick (a second) or more.
	var lates []time.Duration
	for i := 1; i < len(lines); i++ {
		late := at[i].Sub(start) - due[i]
		lates = append(lates, late)
		t.Logf("%q: %v late", lines[i], late)
		if accuracy && late > 250*time.Millisecond {
			t.Errorf("%q came %v after the start, want %v", lines[i], at[i].Sub(start), due[i])
		}
	}
	slices.Sort(lates)
	if med := (lates[len(lates)/2-1] + lates[len(lates)/2]) / 2; accuracy && med > 50*time.Millisecond {
		t.Errorf("the milestones came a median %v late, want at most 50 ms: %v", med, lates)
	}
	env.waitJournal(t, "a finished routine.end", func(rs []journal.Record) bool {
		return slices.ContainsFunc(rs, func(r journal.Record) bool {
			return r.Type == journal.TypeRoutineEnd && r.Outcome == journal.OutcomeFinished
		})
	})
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	raw := term.Raw()
	checkAppendOnly(t, raw)
	if n := strings.Count(raw, "Release. Switch sides."); n != 1 {
		t.Errorf("the switch was said %d times, want once", n)
	}
	// The cues are the full screen's: a bell at each step start, each hold
	// start and the end, and the voice at the milestones.
	if n := bellsIn(raw); n != 5 {
		t.Errorf("%d bells, want 5", n)
	}
	if b, err := os.ReadFile(spoken); err != nil || !strings.Contains(string(b), "Release. Switch sides") {
		t.Errorf("the voice did not speak the switch: %q, %v", b, err)
	}
}

// Relief plays as lines: the instruction and its hold at once, and a reader
// that sends the line "eased" eases it; the journal has the episode.
func TestAccessibleReliefTakesWords(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	env.Set("CRAMP_ACCESSIBLE", "1")
	term := startCramp(t, env, "now")
	lineTimes(t, term, waitTimeout, "Stretch the muscle: "+firstInstruction, "Hold 30 seconds.")
	term.Press("eased\r")
	lineTimes(t, term, waitTimeout, "Eased after")
	env.waitJournal(t, "an eased cramp.end", func(rs []journal.Record) bool {
		return slices.ContainsFunc(rs, func(r journal.Record) bool {
			return r.Type == journal.TypeCrampEnd && r.Outcome == journal.OutcomeEased
		})
	})
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	checkAppendOnly(t, term.Raw())
}

// A pipe, or a dumb terminal, keeps the one-shot printout with
// --accessible: nothing plays in time there, and the program exits.
func TestAccessibleIntoAPipeOrDumbTerminalPrintsOnce(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	piped, _, code := run(t, env, "--accessible", "now")
	if code != 0 || !strings.Contains(piped, "1. "+firstTitle) || strings.Contains(piped, "Hold 30 seconds.") {
		t.Errorf("exit %d; piped output is not the printout:\n%s", code, piped)
	}
	env.Set("TERM", "dumb")
	term := startCramp(t, env, "--accessible", "stretch", "--routine", "nightly")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d on a dumb terminal, want 0", code)
	}
	if raw := term.Raw(); strings.Contains(raw, "Get ready, 5 seconds.") || !strings.Contains(raw, "Wall calf stretch") {
		t.Errorf("a dumb terminal did not get the printout:\n%q", raw)
	}
}
