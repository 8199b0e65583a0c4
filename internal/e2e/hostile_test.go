//go:build unix

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// Another program holding the journal's lock froze the relief timer and
// ignored e and Ctrl+C until it let go. Now the timer runs, e works, and the
// exit waits at most 2 s, says what was not saved and exits 1.
func TestNowWithTheJournalLockHeld(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
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
	first := term.Screen()
	changed := false
	for deadline := time.Now().Add(waitTimeout); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if term.Screen() != first {
			changed = true
			break
		}
	}
	if !changed {
		t.Fatalf("the relief timer stands still while the journal is locked:\n%s", first)
	}
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
