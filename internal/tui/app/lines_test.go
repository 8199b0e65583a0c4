package app_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// player gives the accessible player's Update its own type for the driver.
type player struct{ app.Lines }

func (p player) Update(msg tea.Msg) (player, tea.Cmd) {
	m, cmd := p.Lines.Update(msg)
	return player{m.(app.Lines)}, cmd
}

type lineHarness struct {
	drive.Driver[player]
	s     *tui.Session
	heard int // lines already checked by next
}

func startLines(t *testing.T, opts app.Options) *lineHarness {
	t.Helper()
	h := &lineHarness{Driver: drive.Driver[player]{T: t}}
	h.s, h.Clock = drive.Session(t, evening)
	h.M = player{app.NewLines(h.s, opts)}
	h.Run(h.M.Init())
	return h
}

// next is the lines said since the last call.
func (h *lineHarness) next() []string {
	said := h.M.Said()
	out := said[h.heard:]
	h.heard = len(said)
	return out
}

// expect checks what was said since the last check: nothing when want is
// empty, else lines starting with want's, in order (more may follow).
func (h *lineHarness) expect(when string, want ...string) {
	h.T.Helper()
	got := h.next()
	ok := len(got) == len(want) || (len(want) > 0 && len(got) > len(want))
	for i := 0; ok && i < len(want); i++ {
		ok = strings.HasPrefix(got[i], want[i])
	}
	if !ok {
		h.T.Fatalf("%s: said\n  %q\nwant lines starting\n  %q", when, got, want)
	}
	for _, l := range got {
		if strings.ContainsAny(l, "\x1b█▀▄━─│") {
			h.T.Errorf("%s: line %q holds escape sequences or box drawing", when, l)
		}
	}
}

func TestLinesReliefMilestonesInTime(t *testing.T) {
	h := startLines(t, app.Options{Start: app.Now})
	h.expect("at once", "Stretch the muscle: Straighten your leg", "Hold 30 seconds.")
	h.Fire(14*time.Second + 900*time.Millisecond)
	h.expect("before 15 seconds are left")
	h.Fire(100 * time.Millisecond)
	h.expect("halfway", "15 seconds left.")
	h.Fire(14*time.Second + 900*time.Millisecond)
	h.expect("before the hold ends")
	h.Fire(100 * time.Millisecond)
	h.expect("the hold's end", "Check in: has it eased? e eased, space stretch again, ! help", "Or try:")

	// Stretch again: the instruction and its hold are said again.
	h.Press("space")
	h.Fire(40 * time.Millisecond)
	h.expect("stretch again", "Stretch the muscle:", "Hold 30 seconds.")

	// A single e, no Enter, eases it; the journal has the episode.
	h.Press("e")
	h.expect("before the word window ends")
	h.Fire(40 * time.Millisecond)
	h.expect("eased", "Eased after 30 seconds.")
	if !h.M.Root().Relief().Eased() {
		t.Fatal("e did not ease the cramp")
	}
	h.next() // the aftercare
	res, err := h.s.Journal.Read()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Records, func(r journal.Record) bool {
		return r.Type == journal.TypeCrampEnd && r.Outcome == journal.OutcomeEased
	}) {
		t.Fatalf("the journal holds no eased end: %+v", res.Records)
	}
}

// A reader that sends a line sends "eased" and Enter at once: it eases the
// cramp, and the letters after the e (a d among them, "done", which would
// leave the aftercare) do nothing else.
func TestLinesWordsEndedByEnter(t *testing.T) {
	h := startLines(t, app.Options{Start: app.Now})
	h.next()
	h.Press("e", "a", "s", "e", "d", "enter")
	h.expect("the word eased", "Eased after")
	if !h.M.Root().Relief().Eased() || h.M.Root().Screen() != app.Now {
		t.Fatal("the word eased did not ease the cramp, or left relief")
	}
	h.next()
	h.Fire(time.Second) // a stale word flush does nothing
	h.Press("w", "h", "a", "t", "enter")
	if got := h.next(); len(got) != 1 || !strings.HasPrefix(got[0], "Not a word I know here: what.") {
		t.Fatalf("an unknown word said %q", got)
	}
	h.Press("!", "enter")
	if got := strings.Join(h.next(), "\n"); !strings.Contains(got, "999") {
		t.Fatalf("! said no emergency line:\n%s", got)
	}
	if h.M.Root().Overlay() != "" {
		t.Fatal("an overlay stayed open over the lines")
	}
}

func TestLinesRoutineMilestonesInTime(t *testing.T) {
	h := startLines(t, app.Options{Start: app.Stretch, Stretch: stretch.Options{Routine: "nightly"}})
	h.expect("at once", "Left wall calf stretch. Get ready, 5 seconds.", "Face the wall")
	h.Fire(4*time.Second + 900*time.Millisecond)
	h.expect("in the lead-in")
	h.Fire(100 * time.Millisecond)
	h.expect("the hold", "Hold 30 seconds.", h.s.Content.Routines.Stretches[0].Cue)
	h.Fire(29*time.Second + 900*time.Millisecond)
	h.expect("in the hold")
	h.Fire(100 * time.Millisecond)
	h.expect("the first side's end", "Release. Switch sides.")
	h.Fire(5 * time.Second)
	h.expect("the second side", "Hold 30 seconds.", h.s.Content.Routines.Stretches[0].Cue)
	h.Fire(30 * time.Second)
	h.expect("the next stretch", "Release.", "Left bent-knee calf stretch. Get ready, 5 seconds.")

	// Keys work as on the screen: space pauses, and says so.
	h.Press("space")
	h.Fire(40 * time.Millisecond)
	h.expect("pause", "Paused. Space goes on.")
	if m, _ := tui.Unwrap[stretch.Model](h.M.Root().Current()); !m.Paused() {
		t.Fatal("space did not pause the routine")
	}
}

// At 10 minutes relief prints the escalation and the red flags as lines,
// and the keys still reach relief: nothing is left open over the lines.
func TestLinesEscalationAndHelpAreLines(t *testing.T) {
	h := startLines(t, app.Options{Start: app.Now})
	h.next()
	h.Fire(h.s.Content.Relief.EscalateAfter.Duration)
	got := strings.Join(h.next(), "\n")
	if !strings.Contains(got, h.s.Content.Relief.Escalation.Title) || !strings.Contains(got, "999") {
		t.Fatalf("no escalation at 10 minutes:\n%s", got)
	}
	if h.M.Root().Overlay() != "" {
		t.Fatal("the red-flag panel stayed open over the lines")
	}
	h.Press("?")
	h.Fire(40 * time.Millisecond)
	if got := strings.Join(h.next(), "\n"); !strings.Contains(got, "e eased") || !strings.Contains(got, "Words:") {
		t.Fatalf("? did not print the keys and words:\n%s", got)
	}
	h.Press("e")
	h.Fire(40 * time.Millisecond)
	if !h.M.Root().Relief().Eased() {
		t.Fatal("e after the escalation and help did not ease the cramp")
	}
}
