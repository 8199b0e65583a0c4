package history_test

import (
	"testing"

	"github.com/crampcoach/cramp/internal/history"
)

func TestCountSaysTheNumberInWords(t *testing.T) {
	for _, c := range []struct {
		n          int
		word, want string
	}{
		{0, "night", "0 nights"},
		{1, "night", "1 night"},
		{3, "night", "3 nights"},
		{1, "rest night", "1 rest night"},
		{2, "rest night", "2 rest nights"},
	} {
		if got := history.Count(c.n, c.word); got != c.want {
			t.Errorf("Count(%d, %q) = %q, want %q", c.n, c.word, got, c.want)
		}
	}
}
