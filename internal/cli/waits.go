package cli

import (
	"time"

	"github.com/crampcoach/cramp/internal/journal"
)

// EnvTestWaits names the test-only variable that shortens the two waits a
// stalled journal costs a person: the "Saving…" notice after
// journal.SlowWrite (1 s) and the exit after exitWait (2 s). The end-to-end
// test that holds the journal's lock sets it, so it checks the same
// behaviour (the notice shows, the exit gives up, says what was lost and
// exits 1) without waiting 3 s for it; it is not for people.
const EnvTestWaits = "CRAMP_TEST_SHORT_WAITS"

// The waits under EnvTestWaits=1, long enough for a loaded machine to draw
// a frame and short enough not to matter.
const (
	testSlowWrite = 100 * time.Millisecond
	testExitWait  = 250 * time.Millisecond
)

// useStallWaits shortens the waits for this run of the program when
// getenv(EnvTestWaits) is "1"; otherwise it leaves the shipped ones alone.
func useStallWaits(getenv func(string) string) {
	if getenv(EnvTestWaits) == "1" {
		journal.SlowWrite, exitWait = testSlowWrite, testExitWait
	}
}
