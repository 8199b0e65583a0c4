//go:build linux

package e2e

import (
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/crampcoach/cramp/internal/journal"
)

// The first frame is drawn before Bubble Tea's program starts (see
// internal/tui/firstframe). Whatever comes at that moment, the person gets
// their terminal back as it was: off the alternate screen, the cursor
// shown, input in line mode again, and the episode saved.
func TestInterruptedAtTheFirstFrame(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		do   func(*Term)
	}{
		{"ctrl+c", func(term *Term) { term.Press("\x03") }},
		{"SIGTERM", func(term *Term) { term.Signal(syscall.SIGTERM) }},
		{"SIGHUP", func(term *Term) { term.Signal(syscall.SIGHUP) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t)
			term := startCramp(t, env, "now", "--site", "calf")
			term.WaitFor("Keep your knee straight", waitTimeout) // no wait for the program
			tc.do(term)
			if code := term.WaitExit(exitTimeout); code != 130 {
				t.Errorf("exit code %d, want 130", code)
			}
			raw := term.Raw()
			checkRestored(t, raw)
			if hide, show := strings.LastIndex(raw, "\x1b[?25l"), strings.LastIndex(raw, "\x1b[?25h"); show < hide {
				t.Errorf("the cursor is left hidden; output tail: %q", tail(raw, 200))
			}
			if tio, err := unix.IoctlGetTermios(int(term.pty.Fd()), unix.TCGETS); err != nil {
				t.Logf("cannot read the terminal's modes after exit: %v", err)
			} else if tio.Lflag&unix.ICANON == 0 || tio.Lflag&unix.ECHO == 0 {
				t.Errorf("the terminal is left raw (lflag %#x): the shell would not echo or read lines", tio.Lflag)
			}
			checkEpisode(t, env.Journal(t).Records, journal.OutcomeLeft)
		})
	}
}

// Keys typed while the first frame is on screen, before the program reads
// input, arrive as typed: a person who presses e at once gets aftercare.
func TestKeyAtTheFirstFrame(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	term := startCramp(t, env, "now", "--site", "calf")
	term.WaitFor("Keep your knee straight", waitTimeout)
	term.Press("e")
	term.WaitFor(aftercareTitle, waitTimeout)
	term.Press("\r")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	checkRestored(t, term.Raw())
	checkEpisode(t, env.Journal(t).Records, journal.OutcomeEased)
}
