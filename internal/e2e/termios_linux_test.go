package e2e

import (
	"testing"

	"golang.org/x/sys/unix"
)

// checkLineMode fails if the program left its terminal raw: the shell
// after it would neither echo nor read lines.
func checkLineMode(t *testing.T, term *Term) {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(term.pty.Fd()), unix.TCGETS)
	if err != nil {
		t.Logf("cannot read the terminal's modes after exit: %v", err)
		return
	}
	if tio.Lflag&unix.ICANON == 0 || tio.Lflag&unix.ECHO == 0 {
		t.Errorf("the terminal is left raw (lflag %#x): the shell would not echo or read lines", tio.Lflag)
	}
}
