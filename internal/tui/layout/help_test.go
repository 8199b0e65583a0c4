package layout

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"

	"github.com/crampcoach/cramp/internal/tui/keys"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

type keyMap []key.Binding

func (k keyMap) ShortHelp() []key.Binding  { return k }
func (k keyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k} }

// bindingSets are key lists as the screens have them: the app's own keys,
// a disabled one, an empty description, wide and multi-line text (which
// the cached styles leave to lipgloss).
func bindingSets() [][]key.Binding {
	k := keys.Default()
	off := key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "disabled"), key.WithDisabled())
	return [][]key.Binding{
		nil,
		{k.Back},
		{k.CrampNow, k.RedFlags, k.Help, k.Quit},
		{k.Scroll.Up, off, k.Scroll.PageDown, k.Back, k.RedFlags, k.Help, k.ForceQuit},
		{off},
		{key.NewBinding(key.WithHelp("", "")), key.NewBinding(key.WithHelp("漢字", "wide · text…"))},
		{key.NewBinding(key.WithHelp("a\nb", "two lines")), k.Back},
		{key.NewBinding(key.WithHelp("t", "a\ttab")), k.Back},
	}
}

func themes() []theme.Styles {
	return []theme.Styles{theme.New(theme.Night), theme.New(theme.Day), theme.New(theme.Contrast)}
}

// ShortHelp, Keys and FullHelp draw what bubbles' help draws with the
// theme's styles, byte for byte, at every width.
func TestHelpIsBubblesHelp(t *testing.T) {
	for _, st := range themes() {
		h := help.New()
		h.Styles = st.Help
		sets := bindingSets()
		for i, bs := range sets {
			for w := 0; w <= 120; w++ {
				h.SetWidth(w)
				if got, want := ShortHelp(&st, bs, w), h.ShortHelpView(bs); got != want {
					t.Fatalf("%s set %d width %d: ShortHelp\n%q, help draws\n%q", st.Name, i, w, got, want)
				}
				if got, want := Keys(&st, keyMap(bs), w), KeyLine(h, keyMap(bs), w); got != want {
					t.Fatalf("%s set %d width %d: Keys\n%q, KeyLine draws\n%q", st.Name, i, w, got, want)
				}
			}
		}
		h.SetWidth(0)
		groupings := [][][]key.Binding{nil, {nil}, {sets[4]}}
		for i := range sets {
			groupings = append(groupings, [][]key.Binding{sets[i]})
			for j := range sets {
				groupings = append(groupings, [][]key.Binding{sets[i], sets[j]}, [][]key.Binding{sets[j], sets[4], sets[i], sets[2]})
			}
		}
		for _, g := range groupings {
			if got, want := FullHelp(&st, g), h.FullHelpView(g); got != want {
				t.Fatalf("%s %v: FullHelp\n%q, help draws\n%q", st.Name, g, got, want)
			}
		}
	}
}

// Page draws what the viewport draws, at every size and scroll position.
func TestPageIsTheViewportsView(t *testing.T) {
	st := theme.New(theme.Night)
	contents := map[string][]string{
		"none":       nil,
		"empty line": {""},
		"zero-width": {st.Text.Render("")},
		"styled": {st.Title.Render("When to get help"), "", st.Warn.Render("Call emergency services now"),
			st.Text.Render("if your leg is swollen, warm or red · "), "  " + st.Muted.Render("trailing  "), "漢字 wide", "last"},
		"one wide line": {"short", strings.Repeat("long ", 12), "after"},
		"a tab":         {"one\ttab", "three"},
	}
	for name, lines := range contents {
		for w := 0; w <= 30; w += 3 {
			for h := 0; h <= 9; h++ {
				for off := 0; off <= len(lines); off++ {
					vp := viewport.New()
					vp.SetWidth(w)
					vp.SetHeight(h)
					vp.SetContentLines(append([]string(nil), lines...))
					vp.SetYOffset(off)
					if got, want := Page(&vp, lines), vp.View(); got != want {
						t.Fatalf("%s at %dx%d from %d: Page\n%q, the viewport draws\n%q", name, w, h, off, got, want)
					}
				}
			}
		}
	}
}

// KeyLine is what Keys must draw: bubbles' own short help for h at
// width, cut to width (help's own cut can overrun when not even its
// ellipsis fits).
func KeyLine(h help.Model, keys help.KeyMap, width int) string {
	h.SetWidth(width)
	return Truncate(h.ShortHelpView(keys.ShortHelp()), width)
}
