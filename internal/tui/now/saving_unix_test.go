//go:build unix

package now_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui/now"
)

// Another program holding the journal's lock: relief says it is saving, and
// says nothing more once the write went through.
func TestAHeldUpWriteShowsSavingAndReliefGoesOn(t *testing.T) {
	old := journal.SlowWrite
	journal.SlowWrite = 0
	t.Cleanup(func() { journal.SlowWrite = old })

	h := newHarness(t, now.Options{})
	j := h.s.Journal
	f, err := os.OpenFile(j.Path(), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX); err != nil {
		t.Skip(err)
	}
	j.Queue(journal.Record{Type: journal.TypeCrampUpdate, Time: time.Now(), Note: "held"})
	flushed := make(chan error, 1)
	go func() { flushed <- j.Flush() }()
	for !j.Stalled() { // the write has begun and waits on the lock
		time.Sleep(time.Millisecond)
	}

	h.M, _ = h.M.Update(struct{}{}) // any message: a tick, a key
	if !strings.Contains(h.screen(), "Saving to your journal") {
		t.Errorf("no saving notice while the write is held up:\n%s", h.screen())
	}
	if !strings.Contains(h.screen(), "Straighten your leg") {
		t.Errorf("relief is not on screen:\n%s", h.screen())
	}

	_ = unix.Flock(int(f.Fd()), unix.LOCK_UN)
	if err := <-flushed; err != nil {
		t.Fatal(err)
	}
	h.M, _ = h.M.Update(struct{}{})
	if strings.Contains(h.screen(), "Saving") {
		t.Errorf("the notice stays after the write went through:\n%s", h.screen())
	}
}
