package cli

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
)

// A person waits 1 s for "Saving…" and at most 2 s at exit; only the
// test-only variable shortens them.
func TestTheShippedStallWaitsAreOneAndTwoSeconds(t *testing.T) {
	if journal.SlowWrite != time.Second || exitWait != 2*time.Second {
		t.Errorf("saving after %s, exit after %s; people get 1s and 2s", journal.SlowWrite, exitWait)
	}
	if testSlowWrite >= time.Second || testExitWait >= 2*time.Second || testSlowWrite >= testExitWait {
		t.Errorf("the test waits (%s, %s) must be shorter than the shipped ones, in the same order", testSlowWrite, testExitWait)
	}
}
