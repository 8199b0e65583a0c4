package app_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/tui/countdown"
)

// TestSizeSweep renders every screen and state, and both overlays over
// the states where they differ (a screen's keys, what it keeps under them),
// at every width from 20 to 200 (step 5) and height from 6 to 60
// (step 3): nothing panics, nothing is wider or taller than the terminal,
// and what a state must show is there at every size: the instruction in
// relief, the aftercare's first item, the hold in the routine, the
// emergency tier on the red-flag panel, how to close the help.
func TestSizeSweep(t *testing.T) {
	for _, st := range states() {
		t.Run(st.name, func(t *testing.T) {
			t.Parallel()
			h := st.open(t, 80, 24)
			must := func() []string { return nil }
			if st.mustShow != nil {
				want := st.mustShow(h)
				must = func() []string { return want }
			}
			sweep(t, h, "", must)
			if st.overlays&sweepFlags != 0 {
				h.Press("!")
				emergency := firstWords(h.s.Content.RedFlags.Tiers[0].Title, 2)
				sweep(t, h, "red flags", func() []string { return []string{emergency} })
			}
			if st.overlays&sweepHelp != 0 {
				h.Press("?")
				sweep(t, h, "help", func() []string { return []string{"Keys", "?/esc"} })
			}
		})
	}
}

// The aftercare's safety notes are on screen, or a scroll away, at every
// size: a note that fits is never left out.
func TestAftercareSafetyNotesAtEverySize(t *testing.T) {
	t.Parallel()
	var aftercare state
	for _, st := range states() {
		if st.name == "now-aftercare" {
			aftercare = st
		}
	}
	h := aftercare.open(t, 80, 24)
	for w := 20; w <= 200; w += 15 {
		for hgt := 6; hgt <= 60; hgt += 6 {
			h.resize(w, hgt)
			// Page down until the page stops moving.
			seen := flatten(h.screen())
			for last := ""; last != h.screen(); {
				last = h.screen()
				h.Press("pgdown")
				seen += " " + flatten(h.screen())
			}
			for _, item := range h.s.Content.Relief.Eased.Items {
				if note := firstWords(item.Safety, 2); !strings.Contains(seen, note) {
					t.Errorf("%dx%d: the safety note %q is never on screen", w, hgt, note)
				}
			}
			for last := ""; last != h.screen(); {
				last = h.screen()
				h.Press("pgup")
			}
		}
	}
}

func sweep(t *testing.T, h *harness, what string, must func() []string) {
	t.Helper()
	for w := 20; w <= 200; w += 5 {
		for hgt := 6; hgt <= 60; hgt += 3 {
			h.resize(w, hgt)
			scr := h.screen()
			if !checkFits(t, scr, w, hgt) {
				return
			}
			if missing := missing(scr, must()); missing != "" {
				t.Fatalf("%s %dx%d: %q is not on screen:\n%s", what, w, hgt, missing, scr)
			}
		}
	}
}

// missing is the first phrase of must that is not on screen. A time and
// its big-digit form (bigDigits) count as one: either will do.
func missing(screen string, must []string) string {
	flat := flatten(screen)
	for i := 0; i < len(must); i++ {
		m := must[i]
		if i+1 < len(must) && must[i+1] == bigDigits(m) {
			i++
			if strings.Contains(flat, m) || hasBig(screen, m) {
				continue
			}
			return m
		}
		if !strings.Contains(flat, m) {
			return m
		}
	}
	return ""
}

// hasBig reports whether every row of text in a big font (the small one,
// or the large one from 100×30) is on screen.
func hasBig(screen, text string) bool {
	for _, font := range []string{countdown.Big(text), countdown.BigFor(text, countdown.LargeMinWidth, countdown.LargeMinHeight)} {
		all := true
		for _, row := range strings.Split(font, "\n") {
			all = all && strings.Contains(screen, row)
		}
		if all {
			return true
		}
	}
	return false
}

func flatten(s string) string { return strings.Join(strings.Fields(s), " ") }

// checkFits reports lines wider or more of them than the terminal has.
func checkFits(t testing.TB, view string, w, h int) bool {
	t.Helper()
	lines := strings.Split(view, "\n")
	ok := true
	if len(lines) > h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
		ok = false
	}
	for i, l := range lines {
		// A line has no more cells than bytes: only longer ones need measuring.
		if len(l) <= w {
			continue
		}
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, lw, l)
			ok = false
		}
	}
	if !ok {
		t.Log(fmt.Sprintf("screen:\n%s", view))
	}
	return ok
}
