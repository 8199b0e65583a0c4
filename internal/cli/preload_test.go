package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// A journal read that stalls (a stalled disk, a lock held elsewhere) never
// holds the first frame beyond journalBudget: the journal screen starts
// on "Loading…" and reads the journal itself. A read that finishes in time
// is the first frame's.
func TestJournalPreload(t *testing.T) {
	set, _, err := loadContent("", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, stalls := range []bool{true, false} {
		release := make(chan struct{})
		oldRead, oldBudget := readJournal, journalBudget
		readJournal = func(j *journal.Journal) (*history.History, int, error) {
			if stalls {
				<-release
			}
			return history.Load(j)
		}
		if stalls {
			journalBudget = time.Millisecond
		} else {
			journalBudget = time.Minute // the read is not the thing measured
		}
		t.Cleanup(func() { close(release) })
		j := journal.Open(t.TempDir())
		read := preloadJournal(j)
		readJournal, journalBudget = oldRead, oldBudget

		got := read()
		if (got == nil) != stalls {
			t.Fatalf("stalls %v: read %+v", stalls, got)
		}
		first := firstJournalFrame(t, set, j, read)
		if strings.Contains(first, "Loading…") != stalls {
			t.Errorf("stalls %v: the first frame is:\n%s", stalls, first)
		}
	}
}

func firstJournalFrame(t *testing.T, set *content.Set, j *journal.Journal, read func() *app.JournalRead) string {
	t.Helper()
	s := app.NewSession(app.SessionOptions{Content: set, Journal: j, Theme: "night"})
	m := app.New(s, app.Options{Start: app.Journal, Width: 80, Height: 24, NoColor: true, Journal: read})
	return ansi.Strip(m.View().Content)
}
