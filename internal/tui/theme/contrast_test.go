package theme

import (
	"fmt"
	"image/color"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestContrastRatioMatchesWCAGExamples(t *testing.T) {
	cases := []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21},
		{"#777777", "#ffffff", 4.48}, // the classic just-fails grey
		{"#767676", "#ffffff", 4.54},
		{"#ffffff", "#ffffff", 1},
	}
	for _, c := range cases {
		got := ContrastRatio(lipgloss.Color(c.a), lipgloss.Color(c.b))
		if got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("%s on %s: %.2f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}

// Every foreground a theme draws with — titles, text, hints, keys, the
// timer, the red-flag footer, the help — reaches WCAG AA (4.5:1) on every
// background the theme is made for. The terminal's own text colour
// (NoColor) is the terminal's business and is skipped.
func TestEveryThemeColourReachesAAOnItsBackgrounds(t *testing.T) {
	for _, name := range []string{Night, Day, Contrast} {
		st := New(name)
		if len(st.Palette.Grounds) == 0 {
			t.Fatalf("%s claims no background", name)
		}
		fgs := map[string]color.Color{
			"title": st.Title.GetForeground(), "text": st.Text.GetForeground(), "muted": st.Muted.GetForeground(),
			"accent": st.Accent.GetForeground(), "timer": st.Timer.GetForeground(), "warn": st.Warn.GetForeground(),
			"key": st.Key.GetForeground(), "notice": st.Notice.GetForeground(),
			"help key": st.Help.ShortKey.GetForeground(), "help desc": st.Help.ShortDesc.GetForeground(),
			"help full key": st.Help.FullKey.GetForeground(), "help full desc": st.Help.FullDesc.GetForeground(),
			"help separator": st.Help.ShortSeparator.GetForeground(), "help ellipsis": st.Help.Ellipsis.GetForeground(),
		}
		checked := 0
		for what, fg := range fgs {
			if _, none := fg.(lipgloss.NoColor); none || fg == nil {
				continue
			}
			for _, bg := range st.Palette.Grounds {
				checked++
				if r := ContrastRatio(fg, bg); r < 4.5 {
					t.Errorf("%s %s %s on %s: %.2f:1, below 4.5:1", name, what, hex(fg), hex(bg), r)
				}
			}
		}
		if checked < 10 {
			t.Errorf("%s: only %d pairs checked", name, checked)
		}
	}
}

// The contrast theme is for low vision: AAA (7:1), not just AA.
func TestContrastThemeReachesAAA(t *testing.T) {
	p := contrastPalette
	for _, fg := range []color.Color{p.Text, p.Muted, p.Accent, p.Timer, p.Warn} {
		if r := ContrastRatio(fg, p.Grounds[0]); r < 7 {
			t.Errorf("contrast %s: %.2f:1, below 7:1", hex(fg), r)
		}
	}
}

// Night on a light terminal paints black (its ground) under its own text;
// contrast always does; day never does.
func TestGroundIsPaintedOnlyWhereThePaletteNeedsIt(t *testing.T) {
	if bg, _ := New(Night).Ground(false); bg != nil {
		t.Error("night paints on a dark terminal")
	}
	if bg, fg := New(Night).Ground(true); bg == nil || ContrastRatio(fg, bg) < 4.5 {
		t.Error("night on a light terminal is not painted dark")
	}
	if bg, _ := New(Contrast).Ground(false); bg == nil {
		t.Error("contrast does not paint its background")
	}
	for _, light := range []bool{true, false} {
		if bg, _ := New(Day).Ground(light); bg != nil {
			t.Error("day paints the background")
		}
	}
}

func hex(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}
