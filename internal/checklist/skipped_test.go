package checklist

import "testing"

// The notice for unreadable lines uses the journal screen's words, in the
// right number.
func TestSkippedLinesWording(t *testing.T) {
	for n, want := range map[int]string{
		1: "1 journal line couldn't be read and was skipped (the file is left untouched).",
		2: "2 journal lines couldn't be read and were skipped (the file is left untouched).",
	} {
		if got := skipped(n); got != want {
			t.Errorf("skipped(%d) = %q, want %q", n, got, want)
		}
	}
}
