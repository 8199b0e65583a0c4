package cli

import (
	"runtime/debug"
	"sync"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// journalBudget is how long `cramp journal` and `cramp check` let their
// first frame wait for the journal. 20,000 records (years of nightly use)
// are read and folded in about 9 ms here, so the first frame shows them
// well within the budget; only a stalled disk, a lock held elsewhere or a
// far larger journal takes longer, and then the screen says "Loading…"
// and reads the journal in a command, as it does when it opens from home.
// Relief never waits for it.
var journalBudget = 40 * time.Millisecond

// startupGC is how long after the journal read starts the garbage
// collector's usual setting comes back (see preloadJournal).
var startupGC = 100 * time.Millisecond

// readJournal is history.Load; tests replace it with a read that stalls.
var readJournal = history.Load

// preloadJournal starts reading j at once, alongside everything else the
// program does before its first frame, and returns what app.Options.Journal
// calls for it: the journal read, if the read finished within journalBudget
// of starting, else nil (the same answer every time). A read that misses
// the budget goes on in the background and is dropped.
//
// While the read races the first frame the garbage collector waits for a
// heap four times larger than usual: the read allocates a few megabytes in
// one burst, and the collection it set off ran through the first frame
// (1.5 ms of it with 20,000 records). The usual setting is back once the
// first frame is long drawn (startupGC after the start).
func preloadJournal(j *journal.Journal) func() *app.JournalRead {
	done := make(chan *app.JournalRead, 1)
	read := readJournal
	gcPercent := debug.SetGCPercent(400)
	time.AfterFunc(startupGC, func() { debug.SetGCPercent(gcPercent) })
	go func() {
		h, bad, err := read(j)
		done <- &app.JournalRead{History: h, Bad: bad, Err: err}
	}()
	deadline := time.Now().Add(journalBudget)
	return sync.OnceValue(func() *app.JournalRead {
		timer := time.NewTimer(time.Until(deadline))
		defer timer.Stop()
		select {
		case r := <-done:
			return r
		case <-timer.C:
			return nil
		}
	})
}
