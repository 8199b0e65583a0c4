package app_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// "!" opens the red flags from every screen and state, the help included,
// and esc comes back to exactly where the person was.
func TestRedFlagsFromEveryStateAndBack(t *testing.T) {
	for _, st := range states() {
		for _, via := range [][]string{{"!"}, {"?", "!"}} {
			if st.typing && via[0] == "?" {
				continue // "?" is part of the note there
			}
			t.Run(st.name+"/"+strings.Join(via, ""), func(t *testing.T) {
				t.Parallel()
				h := st.open(t, 80, 24)
				before := h.screen()
				h.Press(via...)
				if h.M.Overlay() != "redflags" {
					t.Fatalf("%q opened %q, want the red flags:\n%s", via, h.M.Overlay(), h.screen())
				}
				if tier := h.s.Content.RedFlags.Tiers[0].Title; !strings.Contains(h.flat(), tier) {
					t.Errorf("the emergency tier %q is not on the panel:\n%s", tier, h.screen())
				}
				h.Press("esc")
				if h.M.Overlay() != "" {
					t.Fatalf("esc left %q open", h.M.Overlay())
				}
				if st.same && h.screen() != before {
					t.Errorf("not back where the person was:\n%s\n--- was:\n%s", h.screen(), before)
				}
			})
		}
	}
}

// "?" shows the screen's keys over every state, says how to close it, and
// both "?" and esc close it.
func TestHelpFromEveryStateAndBack(t *testing.T) {
	for _, st := range states() {
		if st.typing {
			continue
		}
		for _, closer := range []string{"?", "esc"} {
			t.Run(st.name+"/"+closer, func(t *testing.T) {
				t.Parallel()
				h := st.open(t, 80, 24)
				before := h.screen()
				h.Press("?")
				if h.M.Overlay() != "help" {
					t.Fatalf("? opened %q:\n%s", h.M.Overlay(), h.screen())
				}
				if scr := h.screen(); !strings.Contains(scr, "Keys") || !strings.Contains(scr, "?/esc close") {
					t.Errorf("help lacks its title or how to close it:\n%s", scr)
				}
				h.Press(closer)
				if h.M.Overlay() != "" {
					t.Fatalf("%s did not close the help", closer)
				}
				if st.same && h.screen() != before {
					t.Errorf("not back where the person was:\n%s\n--- was:\n%s", h.screen(), before)
				}
			})
		}
	}
}

// At the smallest size the help still says how to close it, and scrolling
// reaches every key the screen has.
func TestHelpIsReadableAt20x6(t *testing.T) {
	for _, st := range states() {
		if st.typing {
			continue
		}
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			h := st.open(t, 20, 6)
			h.Press("?")
			seen := h.screen()
			for range 40 {
				h.Press("down")
				seen += "\n" + h.screen()
			}
			if !strings.Contains(seen, "?/esc") {
				t.Errorf("the help never says how to close it:\n%s", h.screen())
			}
			for _, group := range h.M.Current().FullHelp() {
				for _, b := range group {
					if k := b.Help().Key; b.Enabled() && !strings.Contains(seen, k) {
						t.Errorf("scrolling the help never shows %q", k)
					}
				}
			}
			h.Press("esc")
			if h.M.Overlay() != "" {
				t.Error("esc did not close the help")
			}
		})
	}
}

// In the journal's note field "?" is a character of the note; "!" still
// opens the red flags, and the note is still there after esc.
func TestTheNoteFieldKeepsQuestionMarks(t *testing.T) {
	h := start(t, app.Options{Start: tui.Journal}, 80, 24)
	h.Press("2", "e", "tab", "w", "h", "y", "?")
	if h.M.Overlay() != "" || !strings.Contains(h.screen(), "why?") {
		t.Fatalf("? in the note opened %q:\n%s", h.M.Overlay(), h.screen())
	}
	h.Press("!")
	if h.M.Overlay() != "redflags" {
		t.Fatalf("! in the note field opened %q", h.M.Overlay())
	}
	h.Press("esc")
	if !strings.Contains(h.screen(), "why?") {
		t.Errorf("the note was lost under the red flags:\n%s", h.screen())
	}
}

func TestTenMinutesOpensTheEscalationAndEasedStillWorks(t *testing.T) {
	h := start(t, app.Options{Start: tui.Now}, 80, 24)
	after := h.s.Content.Relief.EscalateAfter.Duration
	for relief(h).Elapsed()+relief(h).Hold().Total() < after {
		h.Fire(relief(h).Hold().Total())
		h.Press("space")
	}
	if h.M.Overlay() != "" {
		t.Fatalf("the escalation opened early, at %v", relief(h).Elapsed())
	}
	h.Fire(after - relief(h).Elapsed())
	if h.M.Overlay() != "redflags" {
		t.Fatalf("no escalation at %v", relief(h).Elapsed())
	}
	if first := strings.SplitN(h.screen(), "\n", 2)[0]; !strings.Contains(h.s.Content.Relief.Escalation.Title, strings.TrimSpace(first)) {
		t.Errorf("the escalation should lead the panel, first line %q", first)
	}
	if !strings.Contains(h.screen(), "e eased") {
		t.Errorf("the panel should say e still means eased:\n%s", h.screen())
	}
	h.Press("e")
	if h.M.Overlay() != "" || !relief(h).Eased() {
		t.Fatal("e on the escalation panel should close it and ease")
	}
}

func TestLookingAtTheRedFlagsKeepsTheHoldAndIsNotAnEscalation(t *testing.T) {
	h := start(t, app.Options{Start: tui.Now}, 80, 24)
	h.Fire(7 * time.Second)
	h.Press("!")
	h.Fire(5 * time.Second)
	h.Press("esc")
	r := relief(h)
	if r.Step() != h.s.Content.Relief.First {
		t.Fatalf("on %q after the red flags, want the first stretch", r.Step())
	}
	if got, want := r.Hold().Remaining(), r.Hold().Total()-12*time.Second; got != want {
		t.Errorf("hold after the red flags: %v left, want %v", got, want)
	}
	// The 10-minute escalation still comes after an early look.
	for relief(h).Elapsed()+relief(h).Hold().Total() < h.s.Content.Relief.EscalateAfter.Duration {
		h.Fire(relief(h).Hold().Remaining())
		h.Press("space")
	}
	h.Fire(h.s.Content.Relief.EscalateAfter.Duration - relief(h).Elapsed())
	if h.M.Overlay() != "redflags" {
		t.Fatal("an early look at the red flags cancelled the 10-minute escalation")
	}
	h.Press("esc", "e")
	res, err := h.s.Journal.Read()
	if err != nil {
		t.Fatal(err)
	}
	var end journal.Record
	for _, r := range res.Records {
		if r.Type == journal.TypeCrampEnd {
			end = r
		}
	}
	if !end.Escalated || end.Outcome != journal.OutcomeEased {
		t.Errorf("end record %+v: want eased, escalated", end)
	}
}

func TestTheRoutinePausesUnderAnOverlayAndSaysSo(t *testing.T) {
	for _, key := range []string{"!", "?"} {
		t.Run(key, func(t *testing.T) {
			h := start(t, app.Options{Start: tui.Stretch, Stretch: stretch.Options{Routine: "nightly"}}, 80, 24)
			h.Fire(7 * time.Second)
			player := func() stretch.Model { m, _ := tui.Unwrap[stretch.Model](h.M.Current()); return m }
			left := player().Timer().Remaining()
			h.Press(key)
			if !player().Paused() || !strings.Contains(h.flat(), "The routine is paused") {
				t.Fatalf("the routine should pause and say so:\n%s", h.screen())
			}
			h.Fire(10 * time.Second)
			if got := player().Timer().Remaining(); got != left {
				t.Errorf("the hold moved under the overlay: %v left, want %v", got, left)
			}
			h.Press("esc")
			if player().Paused() {
				t.Fatal("closing the overlay should resume the routine")
			}
			h.Fire(2 * time.Second)
			if got := player().Timer().Remaining(); got != left-2*time.Second {
				t.Errorf("after resuming: %v left, want %v", got, left-2*time.Second)
			}
		})
	}
}

// A routine the person paused stays paused after a look at the help.
func TestARoutinePausedByHandStaysPaused(t *testing.T) {
	h := start(t, app.Options{Start: tui.Stretch, Stretch: stretch.Options{Routine: "nightly"}}, 80, 24)
	h.Fire(7 * time.Second)
	h.Press("space", "?", "esc")
	if m, _ := tui.Unwrap[stretch.Model](h.M.Current()); !m.Paused() {
		t.Error("closing the help resumed a routine the person had paused")
	}
}

// TestOverlayGolden snapshots each screen's help and red-flag panel at the
// three golden sizes, colour off.
func TestOverlayGolden(t *testing.T) {
	shown := map[string]bool{"home": true, "now-stretch": true, "stretch-hold": true, "check-list": true, "journal-episodes": true, "learn-list": true}
	for _, st := range states() {
		if !shown[st.name] {
			continue
		}
		for _, key := range []string{"?", "!"} {
			for _, sz := range []struct{ w, h int }{{80, 24}, {40, 12}, {20, 6}} {
				name := fmt.Sprintf("%s-%s-%dx%d", st.name, map[string]string{"?": "help", "!": "redflags"}[key], sz.w, sz.h)
				t.Run(name, func(t *testing.T) {
					t.Parallel()
					h := st.open(t, sz.w, sz.h)
					h.Press(key)
					got := h.screen()
					checkFits(t, got, sz.w, sz.h)
					golden.RequireEqual(t, got)
				})
			}
		}
	}
}
