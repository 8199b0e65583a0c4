package cli

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
)

func TestSaveAtExitSaysWhatWasLost(t *testing.T) {
	at := time.Date(2026, 3, 30, 3, 14, 5, 0, time.UTC)
	j := journal.Open(t.TempDir())
	j.Queue(journal.Record{Type: journal.TypeCrampEnd, Time: at})

	// A write that never finishes: the exit waits the bound, then says.
	stuck := make(chan struct{})
	defer close(stuck)
	msg := saveAtExit(func() error { <-stuck; return nil }, j, 20*time.Millisecond)
	if !strings.Contains(msg, "1 record(s) were not saved to "+j.Path()) || !strings.Contains(msg, "cramp.end at 2026-03-30 03:14:05") || !strings.Contains(msg, "still busy") {
		t.Errorf("stuck write: %q", msg)
	}

	// A write that fails says why.
	msg = saveAtExit(func() error { return errors.New("disk full") }, j, time.Second)
	if !strings.Contains(msg, "cramp.end") || !strings.Contains(msg, "disk full") {
		t.Errorf("failed write: %q", msg)
	}

	// Everything saved: nothing to say.
	if msg := saveAtExit(j.Flush, j, time.Second); msg != "" {
		t.Errorf("saved: %q", msg)
	}
}
