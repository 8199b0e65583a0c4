//go:build unix

package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// Another program holding the journal's lock froze the relief timer and
// ignored e and Ctrl+C until it let go. Now the timer runs, e works, and the
// exit waits at most 2 s, says what was not saved and exits 1. The waits
// (1 s before "Saving…", 2 s at exit) are shortened here with
// CRAMP_TEST_SHORT_WAITS; TestTheShippedStallWaitsAreOneAndTwoSeconds in
// internal/cli checks what people get.
func TestNowWithTheJournalLockHeld(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	env.Set("CRAMP_TEST_SHORT_WAITS", "1")
	if err := os.MkdirAll(env.DataDir, 0o700); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(env.DataDir, "journal.jsonl"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		t.Skip("no flock here:", err)
	}

	term := startCramp(t, env, "now")
	term.WaitFor(firstInstruction, waitTimeout)
	// The time since the start, in the header, moves on: the "Saving…"
	// notice changes the screen too, so the timer itself is read.
	sinceStart := regexp.MustCompile(`(\d+:\d\d) since start`)
	elapsed := func() string {
		m := sinceStart.FindStringSubmatch(strings.SplitN(term.Screen(), "\n", 2)[0])
		if m == nil {
			return ""
		}
		return m[1]
	}
	first := elapsed()
	if first == "" {
		t.Fatalf("no time since the start in the header:\n%s", term.Screen())
	}
	changed := false
	for deadline := time.Now().Add(waitTimeout); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if now := elapsed(); now != "" && now != first {
			changed = true
			break
		}
	}
	if !changed {
		t.Fatalf("the relief timer stands still while the journal is locked:\n%s", term.Screen())
	}
	term.WaitFor("Saving to your journal", waitTimeout)
	term.Press("e")
	term.WaitFor(aftercareTitle, waitTimeout)
	term.Press("\r")
	began := time.Now()
	code := term.WaitExit(exitTimeout)
	took := time.Since(began)
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	raw := term.Raw()
	checkRestored(t, raw)
	if !strings.Contains(raw, "were not saved to") || !strings.Contains(raw, "cramp.start at") {
		t.Errorf("the exit does not say what was lost:\n%s", tail(raw, 600))
	}
	t.Logf("exit took %s with the lock held", took.Round(time.Millisecond))
}

// A note another program wrote into the journal with escape sequences in
// it: the journal screen and every report format show it as text, and
// nothing reaches the terminal as a title, clipboard or clear-screen
// command.
func TestHostileNoteNeverReachesTheTerminal(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	if err := os.MkdirAll(env.DataDir, 0o700); err != nil {
		t.Fatal(err)
	}
	at := time.Now().AddDate(0, 0, -1).Format("2006-01-02") + "T03:10:00" + time.Now().Format("-07:00")
	line := `{"v":1,"id":"h1","type":"cramp.log","time":"` + at + `","zone":"Local","site":"calf","seconds":120,` +
		`"note":"T\u001b]0;PWNED\u0007 C\u001b]52;c;cHduZWQ=\u0007 X\u001b[2J B\u009b31m R\u202eevil"}` + "\n"
	if err := os.WriteFile(filepath.Join(env.DataDir, "journal.jsonl"), []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	evil := []string{"\x1b]0;PWNED", "\x1b]52;", "\x1b[2J", "\u009b", "\u202e"}
	for _, format := range []string{"md", "csv", "json"} {
		out, errs, code := run(t, env, "report", "--format", format)
		if code != 0 {
			t.Fatalf("report %s: exit %d, %q", format, code, errs)
		}
		for _, e := range evil {
			if strings.Contains(out+errs, e) {
				t.Errorf("report %s passes %q:\n%s", format, e, out)
			}
		}
	}
	term := startCramp(t, env, "journal")
	term.WaitFor("Last 7 nights", waitTimeout)
	term.Press("2")
	term.WaitFor("PWNED", waitTimeout)
	raw := term.Raw()
	for _, e := range evil {
		if e == "\x1b[2J" {
			continue // Bubble Tea clears the screen itself; the note's is shown as text below
		}
		if strings.Contains(raw, e) {
			t.Errorf("the journal screen sent %q to the terminal", e)
		}
	}
	if scr := term.Screen(); !strings.Contains(scr, `\x1b]0;PWNED`) || !strings.Contains(scr, `\x1b[2J`) {
		t.Errorf("the note is not shown as text:\n%s", scr)
	}
	term.Press("q")
	term.WaitExit(exitTimeout)
}
