package journal_test

import (
	"fmt"
	"io/fs"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
	journalscreen "github.com/crampcoach/cramp/internal/tui/journal"
)

// saveFailed is what the screen gets when the data folder is read-only.
func saveFailed(m journalscreen.Model) tea.Msg {
	err := fmt.Errorf("journal: %w", &fs.PathError{Op: "open", Path: "/home/sam/.local/share/cramp/journal.jsonl", Err: syscall.EACCES})
	return journalscreen.SaveFailedMsg(m, err)
}

func twoSkipped(m journalscreen.Model) tea.Msg { return journalscreen.SkippedLinesMsg(m, 2) }

// longCrampJournal is sampleJournal with a cramp of 12 minutes two nights
// ago: both reasons to see a doctor.
func longCrampJournal(t testing.TB) []journal.Record {
	d := night.OfCramp(now) - 3
	start := at(d, 1, 2, 15)
	return append(sampleJournal(t),
		journal.Record{ID: "ep-long", Type: journal.TypeCrampStart, Time: start, Site: "calf", Side: "left"},
		journal.Record{Type: journal.TypeCrampEnd, Episode: "ep-long", Time: start.Add(12 * time.Minute), Outcome: journal.OutcomeEased, Seconds: 720})
}

// TestGoldenViews snapshots the three views, with data and with an empty
// journal, the edit and delete forms, both reasons to see a doctor, a
// failed save and skipped lines, with colour off.
func TestGoldenViews(t *testing.T) {
	states := []struct {
		name string
		recs func(testing.TB) []journal.Record
		keys []string
		msg  func(journalscreen.Model) tea.Msg // then arrives, if set
	}{
		{"overview", sampleJournal, nil, nil},
		{"episodes", sampleJournal, []string{"2"}, nil},
		{"patterns", sampleJournal, []string{"3"}, nil},
		{"overview-quiet", quietJournal, nil, nil},
		{"empty-overview", nil, nil, nil},
		{"empty-episodes", nil, []string{"2"}, nil},
		{"empty-patterns", nil, []string{"3"}, nil},
		{"edit", sampleJournal, []string{"2", "down", "e", "right", "tab"}, nil},
		{"delete", sampleJournal, []string{"2", "d"}, nil},
		{"overview-long-cramp", longCrampJournal, nil, nil},
		{"save-failed", sampleJournal, []string{"2"}, saveFailed},
		{"save-failed-overview", sampleJournal, nil, saveFailed},
		{"save-failed-patterns", sampleJournal, []string{"3"}, saveFailed},
		{"skipped-lines", quietJournal, nil, twoSkipped},
		{"skipped-lines-episodes", quietJournal, []string{"2"}, twoSkipped},
	}
	for _, st := range states {
		for _, sz := range [][2]int{{80, 24}, {40, 12}, {20, 6}} {
			name := fmt.Sprintf("%s-%dx%d", st.name, sz[0], sz[1])
			t.Run(name, func(t *testing.T) {
				var recs []journal.Record
				if st.recs != nil {
					recs = st.recs(t)
				}
				h := newHarness(t, recs)
				h.M.SetSize(sz[0], sz[1])
				h.Press(st.keys...)
				if st.msg != nil {
					h.M, _ = h.M.Update(st.msg(h.M))
				}
				got := h.screen()
				testkit.CheckFits(t, got, sz[0], sz[1])
				golden.RequireEqual(t, got)
			})
		}
	}
}
