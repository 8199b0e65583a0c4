//go:build unix

package journal

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within fails t unless f returns within a generous bound: the point is
// that it returns at all (a FIFO blocked for good).
func within(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s is still waiting", what)
	}
}

func TestAFIFOJournalIsAnErrorNotAWait(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, FileName), 0o600); err != nil {
		t.Skip(err)
	}
	j := Open(dir)
	within(t, "Read", func() {
		if _, err := j.Read(); err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("Read: %v", err)
		}
	})
	within(t, "Append", func() {
		if _, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now()}); err == nil {
			t.Error("Append to a FIFO succeeded")
		}
	})
}

// Another process holding the journal's lock must not stop the app
// queueing: Queue runs in Update, on the screen's thread.
func TestQueueNeverWaitsForAWriteInProgress(t *testing.T) {
	dir := t.TempDir()
	j := Open(dir)
	if _, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now()}); err != nil {
		t.Fatal(err)
	}
	holder, err := os.OpenFile(j.Path(), os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	if err := lockExclusive(holder); err != nil {
		t.Fatal(err)
	}
	j.Queue(Record{Type: TypeCrampUpdate, Time: time.Now(), Note: "first"})
	flushed := make(chan error, 1)
	go func() { flushed <- j.Flush() }()
	// Flush is now stuck on the lock (or about to be); Queue and Pending
	// must still return.
	within(t, "Queue", func() {
		for range 100 {
			j.Queue(Record{Type: TypeCrampUpdate, Time: time.Now(), Note: "more"})
			_ = j.Pending()
		}
	})
	select {
	case err := <-flushed:
		t.Fatalf("Flush returned (%v) while the lock was held", err)
	default:
	}
	if n := len(j.Pending()); n != 101 {
		t.Errorf("%d pending, want 101", n)
	}
	_ = unlock(holder)
	within(t, "Flush after the lock was released", func() {
		if err := <-flushed; err != nil {
			t.Error(err)
		}
	})
	if err := j.Flush(); err != nil { // what was queued after the first Flush looked
		t.Fatal(err)
	}
	res, _ := j.Read()
	if len(res.Records) != 102 || len(j.Pending()) != 0 {
		t.Errorf("%d records, %d pending; want 102 and 0", len(res.Records), len(j.Pending()))
	}
}
