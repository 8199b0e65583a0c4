package app_test

import (
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
	"github.com/crampcoach/cramp/internal/tui/countdown"
	"github.com/crampcoach/cramp/internal/tui/now"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// state is one place a person can be in the app: how to get there from
// start, and what must be on screen there at any size.
type state struct {
	name string
	opts app.Options
	// setup moves from the start to the state.
	setup func(h *harness)
	// mustShow returns phrases that must be on screen, found in the text
	// with its lines joined; nil when the screen has its own rule.
	mustShow func(h *harness) []string
	// same is false for a state that a key press leaves by design (the
	// "leave now?" question goes away on any other key).
	same bool
	// typing is set where a text field has the keys: "?" is typed there
	// (TestTheNoteFieldKeepsQuestionMarks), so the help tests pass it by.
	typing bool
	// overlays says which overlays the size sweep also renders over the
	// state: the help once a screen, the red-flag panel once for each
	// exception a screen makes to it (keys kept, a note).
	overlays sweepOverlays
}

type sweepOverlays int

const (
	sweepHelp sweepOverlays = 1 << iota
	sweepFlags
)

// firstWords is the start of text, enough to tell it is there: a cut
// line still shows it.
func firstWords(text string, n int) string {
	f := strings.Fields(text)
	return strings.Join(f[:min(n, len(f))], " ")
}

func relief(h *harness) now.Model { return h.M.Relief() }

// instruction is what the relief step on screen must always show: before
// standing, the balance cue; with a caution, the caution; otherwise the
// instruction itself (as refined for the site).
func instruction(h *harness) []string {
	r := relief(h)
	for _, st := range h.s.Content.Relief.Steps {
		if st.ID != r.Step() {
			continue
		}
		text := st.Text
		if t := st.Sites.For(r.Site()); t != "" {
			text = t
		}
		switch {
		case st.Stands:
			text = "First: " + st.BalanceCue
		case st.Caution != "":
			text = st.Caution
		}
		return []string{firstWords(text, 3)}
	}
	h.T.Fatalf("no step %q", r.Step())
	return nil
}

// holdShown is the stretch hold: the time left, in big digits or in one
// line, whatever the size.
func holdShown(h *harness) []string {
	r, ok := tui.Unwrap[stretch.Model](h.M.Current())
	if !ok {
		h.T.Fatal("not on the stretch screen")
	}
	left := countdown.Format(r.Timer().Remaining())
	return []string{left, bigDigits(left)}
}

// bigDigits stands for left drawn in the big font: the sweep accepts
// either form.
func bigDigits(left string) string { return "\x00big:" + left }

func words(phrases ...string) func(*harness) []string {
	return func(*harness) []string { return phrases }
}

func keys(names ...string) func(*harness) {
	return func(h *harness) { h.Press(names...) }
}

// states is every screen and the states of each that a person meets.
func states() []state {
	nightly := app.Options{Start: tui.Stretch, Stretch: stretch.Options{Routine: "nightly"}}
	holdOf := func(h *harness) time.Duration { return relief(h).Hold().Total() }
	return []state{
		{name: "home", opts: app.Options{Start: tui.Home, FirstRun: true}, mustShow: words("Cramp now"), same: true, overlays: sweepHelp | sweepFlags},
		// 22:00, tonight's routine not done: home offers it.
		{name: "home-bedtime", opts: app.Options{Start: tui.Home}, mustShow: words("Cramp now", "s to start"), same: true},
		{name: "now-stretch", opts: app.Options{Start: tui.Now}, mustShow: instruction, same: true, overlays: sweepHelp | sweepFlags},
		{name: "now-left-foot", opts: app.Options{Start: tui.Now}, setup: keys("f", "l"), mustShow: instruction, same: true},
		{name: "now-asking", opts: app.Options{Start: tui.Now}, setup: func(h *harness) { h.Fire(holdOf(h)) },
			mustShow: words("Has it eased?"), same: true},
		{name: "now-stand", opts: app.Options{Start: tui.Now}, setup: func(h *harness) { h.Fire(holdOf(h)); h.Press("1") },
			mustShow: instruction, same: true},
		{name: "now-walk", opts: app.Options{Start: tui.Now}, setup: func(h *harness) { h.Fire(holdOf(h)); h.Press("1", "1") },
			mustShow: instruction, same: true},
		{name: "now-massage", opts: app.Options{Start: tui.Now}, setup: func(h *harness) { h.Fire(holdOf(h)); h.Press("2") },
			mustShow: instruction, same: true},
		{name: "now-leaving", opts: app.Options{Start: tui.Now}, setup: keys("q"), mustShow: words("Leave now?")},
		{name: "now-aftercare", opts: app.Options{Start: tui.Now}, setup: func(h *harness) { h.Fire(95 * time.Second); h.Press("e", "right") },
			mustShow: func(h *harness) []string {
				return []string{firstWords(h.s.Content.Relief.Eased.Items[0].Title, 2)}
			}, same: true},
		{name: "now-came-back", opts: app.Options{Start: tui.Now}, setup: func(h *harness) { h.Fire(40 * time.Second); h.Press("e", "b") },
			mustShow: instruction, same: true},
		{name: "now-escalated", opts: app.Options{Start: tui.Now}, setup: func(h *harness) {
			h.Press("c")
			h.Fire(h.s.Content.Relief.EscalateAfter.Duration + 5*time.Second)
			h.Press("esc") // the panel dismissed; the header keeps its marker
		}, mustShow: instruction, same: true},
		{name: "stretch-picker", opts: app.Options{Start: tui.Stretch}, mustShow: func(h *harness) []string {
			return []string{firstWords(h.s.Content.Routines.Routines[0].Title, 2)}
		}, same: true},
		{name: "stretch-rest-question", opts: app.Options{Start: tui.Stretch}, setup: keys("z"), mustShow: words("rest night?")},
		{name: "stretch-get-ready", opts: nightly, setup: func(h *harness) { h.Fire(2 * time.Second) }, mustShow: holdShown, same: true},
		{name: "stretch-hold", opts: nightly, setup: func(h *harness) { h.Fire(5 * time.Second); h.Fire(12 * time.Second) }, mustShow: holdShown, same: true, overlays: sweepHelp | sweepFlags},
		{name: "stretch-paused", opts: nightly, setup: func(h *harness) { h.Fire(7 * time.Second); h.Press("space") }, mustShow: holdShown, same: true},
		{name: "stretch-reps", opts: nightly, setup: keys("n", "n", "n", "n", "n", "n"), mustShow: words("done"), same: true},
		{name: "stretch-leaving", opts: nightly, setup: func(h *harness) { h.Fire(3 * time.Second); h.Press("q") }},
		{name: "stretch-complete", opts: app.Options{Start: tui.Stretch, Stretch: stretch.Options{Routine: "short"}},
			setup: keys("n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n"), same: true},
		{name: "check-list", opts: app.Options{Start: tui.Check}, mustShow: words("fluids"), same: true, overlays: sweepHelp},
		{name: "check-why", opts: app.Options{Start: tui.Check}, setup: keys("w"), same: true},
		{name: "check-earlier-day", opts: app.Options{Start: tui.Check}, setup: keys("left"), mustShow: words("yesterday", "fluids"), same: true},
		{name: "journal-overview", opts: app.Options{Start: tui.Journal}, mustShow: words("Journal"), same: true, overlays: sweepHelp},
		{name: "journal-episodes", opts: app.Options{Start: tui.Journal}, setup: keys("2"), mustShow: words("Journal"), same: true},
		{name: "journal-patterns", opts: app.Options{Start: tui.Journal}, setup: keys("3"), mustShow: words("Journal"), same: true},
		{name: "journal-edit", opts: app.Options{Start: tui.Journal}, setup: keys("2", "e"), same: true},
		{name: "journal-note", opts: app.Options{Start: tui.Journal}, setup: keys("2", "e", "tab"), same: true, typing: true},
		{name: "journal-delete", opts: app.Options{Start: tui.Journal}, setup: keys("2", "d"), same: true},
		{name: "journal-not-a-cramp", opts: app.Options{Start: tui.Journal}, setup: keys("2", "x"), same: true},
		{name: "learn-list", opts: app.Options{Start: tui.Learn}, mustShow: func(h *harness) []string {
			return []string{firstWords(h.s.Content.Learn.Topics[0].Title, 2)}
		}, same: true, overlays: sweepHelp},
		{name: "learn-page", opts: app.Options{Start: tui.Learn}, setup: keys("enter"), same: true},
	}
}

// open starts the app in st at width×height.
func (st state) open(t testing.TB, width, height int) *harness {
	t.Helper()
	h := start(t, st.opts, width, height)
	if st.setup != nil {
		st.setup(h)
	}
	return h
}
