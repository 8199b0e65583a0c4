package app_test

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/tui/app"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

var (
	whiteBg = color.RGBA{0xff, 0xff, 0xff, 0xff}
	blackBg = color.RGBA{0, 0, 0, 0xff}
)

// Night on a light terminal would be grey on white (2.7:1): once the
// terminal says it is light, the run paints black under night's own text.
// The first frame, before any answer, is drawn as it always was.
func TestNightOnALightTerminalPaintsTheBackgroundDark(t *testing.T) {
	h := start(t, app.Options{Start: app.Now}, 80, 24)
	first := h.M.View()
	if first.BackgroundColor != nil {
		t.Fatal("the first frame waited for or guessed the terminal's background")
	}
	if h.screen() == "" {
		t.Fatal("relief's first frame is empty")
	}
	h.Send(tea.BackgroundColorMsg{Color: whiteBg})
	v := h.M.View()
	if v.BackgroundColor == nil || v.ForegroundColor == nil {
		t.Fatal("night on a light terminal left the background light")
	}
	if r := theme.ContrastRatio(v.ForegroundColor, v.BackgroundColor); r < 4.5 {
		t.Errorf("painted text reaches only %.2f:1", r)
	}
	h.Send(tea.BackgroundColorMsg{Color: blackBg})
	if h.M.View().BackgroundColor != nil {
		t.Error("a dark terminal's background was changed")
	}
}

func TestNoColourNeverPaintsTheBackground(t *testing.T) {
	h := start(t, app.Options{Start: app.Now, NoColor: true}, 80, 24)
	h.Send(tea.BackgroundColorMsg{Color: whiteBg})
	if h.M.View().BackgroundColor != nil {
		t.Error("with colour off the background was painted")
	}
}

// From 100×30 relief's hold is drawn in the large digits, readable at arm's
// length; at 80×24 in the small ones.
func TestReliefUsesLargeDigitsOnALargeTerminal(t *testing.T) {
	const largeZero = "╭───╮"
	h := start(t, app.Options{Start: app.Now}, 120, 40)
	if !strings.Contains(h.screen(), largeZero) {
		t.Errorf("no large digits at 120×40:\n%s", h.screen())
	}
	h.resize(80, 24)
	if strings.Contains(h.screen(), largeZero) || !strings.Contains(h.screen(), "╭─╮") {
		t.Errorf("at 80×24 want the small digits:\n%s", h.screen())
	}
}
