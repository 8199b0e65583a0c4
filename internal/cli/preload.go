package cli

import (
	"sync"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// journalBudget is how long `cramp journal` and `cramp check` let their
// first frame wait for the journal. Ten years of records are read and
// folded in a few milliseconds, well before the content is loaded and the
// terminal set up; only a stalled disk, a lock held elsewhere or a journal
// far larger than anyone's would take longer, and then the screen says
// "Loading…" and the journal arrives as a message, as it does when the
// screen opens from home.
var journalBudget = 10 * time.Millisecond

// readJournal is history.Load; tests replace it with a read that stalls.
var readJournal = history.Load

// preloadJournal starts reading j at once, alongside everything else the
// program does before its first frame, and returns what app.Options.Journal
// calls for it: the journal read, if the read finished within journalBudget
// of starting, else nil (the same answer every time). A read that misses
// the budget goes on in the background and is dropped.
func preloadJournal(j *journal.Journal) func() *app.JournalRead {
	done := make(chan *app.JournalRead, 1)
	read := readJournal
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
