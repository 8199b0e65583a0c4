package theme

import (
	"testing"
	"time"

	"charm.land/lipgloss/v2"
)

func TestAutoIsNightFromEightInTheEveningToEightInTheMorning(t *testing.T) {
	cases := map[int]string{19: Day, 20: Night, 23: Night, 0: Night, 3: Night, 7: Night, 8: Day, 12: Day}
	for hour, want := range cases {
		at := time.Date(2026, 11, 23, hour, 30, 0, 0, time.Local)
		if got, err := Resolve(Auto, at); err != nil || got != want {
			t.Errorf("%02d:30 → %q, %v; want %q", hour, got, err, want)
		}
	}
	if got, _ := Resolve(Day, time.Date(2026, 1, 1, 3, 0, 0, 0, time.Local)); got != Day {
		t.Error("an explicit theme must win over the hour")
	}
	if _, err := Resolve("neon", time.Now()); err == nil {
		t.Error("unknown theme accepted")
	}
}

func TestNightHasNoBrightWhite(t *testing.T) {
	for name, c := range map[string]interface{ RGBA() (r, g, b, a uint32) }{
		"text": nightPalette.Text, "muted": nightPalette.Muted, "accent": nightPalette.Accent,
		"timer": nightPalette.Timer, "warn": nightPalette.Warn,
	} {
		r, g, b, _ := c.RGBA()
		if r>>8 > 0xb8 || g>>8 > 0xb8 || b>>8 > 0xb8 {
			t.Errorf("night %s is too bright: %02x%02x%02x", name, r>>8, g>>8, b>>8)
		}
	}
}

// The fast Render must draw exactly what lipgloss draws, or screens would
// change colour or width with it.
func TestRenderIsLipglossRender(t *testing.T) {
	inputs := [][]string{
		{""}, {"x"}, {"Stretch the muscle"}, {"0:30", "hold"}, {"  padded  "},
		{"wide 漢字 and é"}, {"\x1b[1mbold\x1b[m inside"}, {"two\nlines"}, {"a\ttab"}, {"crlf\r\nline"},
		{}, {"", ""},
	}
	for _, name := range []string{Night, Day, Contrast} {
		st := New(name)
		for field, s := range map[string]Style{"title": st.Title, "text": st.Text, "muted": st.Muted, "accent": st.Accent,
			"timer": st.Timer, "warn": st.Warn, "key": st.Key, "notice": st.Notice, "help key": st.HelpKey, "help desc": st.HelpDesc} {
			for _, in := range inputs {
				if got, want := s.Render(in...), s.Style.Render(in...); got != want {
					t.Errorf("%s %s Render(%q) = %q, lipgloss draws %q", name, field, in, got, want)
				}
			}
		}
	}
}

// HelpKey and HelpDesc draw one line of text as the help's own styles do,
// inline (the short help) or not (the full help).
func TestHelpKeyAndDescAreTheHelpsStyles(t *testing.T) {
	inputs := []string{"", "x", "esc", "when to get help", " • ", "…", "    ", "wide 漢字 and é"}
	for _, name := range []string{Night, Day, Contrast} {
		st := New(name)
		h := st.Help
		for _, in := range inputs {
			for what, pair := range map[string]struct {
				fast Style
				them []lipgloss.Style
			}{
				"key":  {st.HelpKey, []lipgloss.Style{h.ShortKey, h.FullKey}},
				"desc": {st.HelpDesc, []lipgloss.Style{h.ShortDesc, h.ShortSeparator, h.Ellipsis, h.FullDesc, h.FullSeparator}},
			} {
				for _, s := range pair.them {
					if got, want, inline := pair.fast.Render(in), s.Render(in), s.Inline(true).Render(in); got != want || got != inline {
						t.Errorf("%s help %s Render(%q) = %q, the help draws %q (inline %q)", name, what, in, got, want, inline)
					}
				}
			}
		}
	}
}

func BenchmarkRenderLine(b *testing.B) {
	st := New(Night)
	for range b.N {
		_ = st.Text.Render("Straighten your leg and pull your toes toward your shin.")
	}
}
