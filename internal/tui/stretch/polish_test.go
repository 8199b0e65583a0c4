package stretch_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// The voice follows the steps a person would hear eyes-off: a rep step says
// its count as it starts, and a swap to the seated version names the seated
// stretch when its hold begins.
func TestVoiceForRepsAndASeatedSwap(t *testing.T) {
	voice := speakerScript(t)
	h := newHarnessAt(t, evening, stretch.Options{Routine: "nightly"}, func(s *tui.Session) {
		s.Cues = cue.Cues{Voice: &cue.Voice{Command: []string{voice}}}
	})
	h.through(getReady + 2*time.Second)
	h.Press("t") // no cue: the person has just pressed the key
	h.through(getReady)
	h.Press("t", "n", "n", "n", "n", "n", "n", "n") // standing again, on to the ankle circles
	want := []string{
		"Wall calf stretch",
		"Left wall calf stretch, hold 30 seconds",
		"Left seated calf stretch, hold 30 seconds",
		"Switch sides",
		"Bent-knee calf stretch",
		"Switch sides",
		"Seated hamstring stretch",
		"Switch sides",
		"Toe flexes, 15 times",
		"Left ankle circles, 16 times",
	}
	if got := h.spoken(); !slices.Equal(got, want) {
		t.Errorf("spoken %q,\nwant %q", got, want)
	}
}

// With --hold the routine's timing line is worked out from the holds
// actually used, and the picker says plainly that --hold changed them.
func TestPickerSaysTheHoldOverride(t *testing.T) {
	h := newHarness(t, stretch.Options{Hold: 3 * time.Second})
	for _, sz := range []struct{ w, h int }{{80, 24}, {40, 12}} {
		h.M.SetSize(sz.w, sz.h)
		if scr := h.flat(); !strings.Contains(scr, "Holds set to 3 s by --hold.") || !strings.Contains(scr, "3 s each side · about 3 minutes") {
			t.Errorf("%dx%d: the override is not said beside the summary:\n%s", sz.w, sz.h, h.screen())
		}
	}
	if scr := newHarness(t, stretch.Options{}).flat(); strings.Contains(scr, "--hold") || !strings.Contains(scr, "30 s each side · about 5 minutes") {
		t.Errorf("the override is said without --hold:\n%s", scr)
	}
}

// The routine names and the screen's title win over the streak on a small
// terminal: the streak shortens, then goes.
func TestPickerTitleBeforeStreakWhenNarrow(t *testing.T) {
	h := newHarness(t, stretch.Options{})
	h.Press("z", "y") // a rest night tonight: streak 1, best 1
	for _, tc := range []struct {
		w, h   int
		header string
	}{
		{80, 24, "Bedtime stretch" + strings.Repeat(" ", 48) + "streak 1 · best 1"},
		{27, 12, "Bedtime stretch    streak 1"},
		{20, 6, "Bedtime stretch"},
	} {
		h.M.SetSize(tc.w, tc.h)
		lines := strings.Split(h.screen(), "\n")
		if strings.TrimRight(lines[0], " ") != tc.header {
			t.Errorf("%dx%d: header %q, want %q", tc.w, tc.h, lines[0], tc.header)
		}
		for _, name := range []string{"> Nightly stretch", "  Short stretch", "  Seated stretch"} {
			if !slices.Contains(lines, name) {
				t.Errorf("%dx%d: the routine %q is not whole:\n%s", tc.w, tc.h, name, h.screen())
			}
		}
	}
}

// The last seven nights read without colour: each mark sits under its
// night's weekday, tonight (a Monday) last.
func TestCompletionStripHasWeekdays(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	rest := journal.Record{Type: journal.TypeRoutineRest, Time: evening.AddDate(0, 0, -2), Day: "2026-11-21"}
	if _, err := h.s.Journal.Append(rest); err != nil {
		t.Fatal(err)
	}
	playShort(h)
	for _, tc := range []struct {
		w, h int
		want []string
	}{
		{80, 24, []string{
			"Last 7 nights  T W T F S S M",
			"               · · · · z · ✓   ✓ stretched · z rest",
		}},
		{40, 12, []string{
			"Last 7 nights  T W T F S S M",
			"               · · · · z · ✓",
			"✓ stretched · z rest",
		}},
		{20, 6, []string{
			"Nights T W T F S S M",
			"       · · · · z · ✓",
		}},
	} {
		h.M.SetSize(tc.w, tc.h)
		scr := h.screen()
		lines := strings.Split(scr, "\n")
		at := slices.Index(lines, tc.want[0])
		if at < 0 || at+len(tc.want) > len(lines) || !slices.Equal(lines[at:at+len(tc.want)], tc.want) {
			t.Errorf("%dx%d: want the strip\n%s\nin\n%s", tc.w, tc.h, strings.Join(tc.want, "\n"), scr)
		}
	}
}

// z in the routine list once tonight's routine is finished marks tomorrow
// night, as the completion screen and cramp stretch --rest do: tonight
// already counts.
func TestPickerRestAfterTonightsRoutineMarksTomorrow(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	playShort(h)
	h.Press("q")
	h2 := &harness{Driver: drive.Driver[stretch.Model]{T: t, Clock: h.Clock}, s: h.s, dir: h.dir}
	m, cmd := stretch.New(h.s, stretch.Options{})
	m.SetSize(80, 24)
	h2.M = m
	h2.Run(cmd)
	if scr := h2.flat(); !strings.Contains(scr, "z rest tomorrow") {
		t.Errorf("the key hint does not say tomorrow:\n%s", h2.screen())
	}
	h2.Press("z", "y")
	if rest := h2.recordsOf(journal.TypeRoutineRest); len(rest) != 1 || rest[0].Day != "2026-11-24" {
		t.Fatalf("rest records %+v, want one for tomorrow night, 2026-11-24", rest)
	}
	if scr := h2.flat(); !strings.Contains(scr, "Tomorrow night is a rest night") {
		t.Errorf("no confirmation for tomorrow night:\n%s", h2.screen())
	}
}

// A second routine tonight, left with a step skipped: tonight already counts
// from the first, so z on its end screen marks tomorrow, not tonight.
func TestRestAfterASecondRoutineLeftMarksTomorrow(t *testing.T) {
	h := newHarness(t, stretch.Options{Routine: "short"})
	playShort(h)
	h.Press("q")
	h2 := &harness{Driver: drive.Driver[stretch.Model]{T: t, Clock: h.Clock}, s: h.s, dir: h.dir}
	m, cmd := stretch.New(h.s, stretch.Options{Routine: "short"})
	m.SetSize(80, 24)
	h2.M = m
	h2.Run(cmd)
	for h2.M.Phase() != stretch.Complete {
		h2.Press("n")
	}
	h2.Press("z", "y")
	if rest := h2.recordsOf(journal.TypeRoutineRest); len(rest) != 1 || rest[0].Day != "2026-11-24" {
		t.Fatalf("rest records %+v, want one for tomorrow night, 2026-11-24", rest)
	}
}
