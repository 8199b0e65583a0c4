package history_test

import (
	"testing"

	"github.com/crampcoach/cramp/internal/history"
)

// Every screen and command says the same about unreadable lines, in the
// right number, and nothing when there are none.
func TestSkippedLinesWording(t *testing.T) {
	for n, want := range map[int]string{
		0: "",
		1: "1 journal line couldn't be read and was skipped (the file is left untouched).",
		2: "2 journal lines couldn't be read and were skipped (the file is left untouched).",
	} {
		if got := history.Skipped(n); got != want {
			t.Errorf("Skipped(%d) = %q, want %q", n, got, want)
		}
	}
}
