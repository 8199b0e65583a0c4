package layout

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// shortcut is every character Width counts itself: printable ASCII and the
// ones narrow takes.
func shortcut() []rune {
	var rs []rune
	for r := rune(0x20); r < 0x7f; r++ {
		rs = append(rs, r)
	}
	for r := rune(0x80); r < 0x3000; r++ {
		if narrow(r) {
			rs = append(rs, r)
		}
	}
	return rs
}

// Width's shortcut counts what ansi.StringWidth counts: each character
// alone, and every pair of them (a cluster is decided between neighbours,
// so pairs show that none of them joins another).
func TestWidthIsAnsiStringWidth(t *testing.T) {
	rs := shortcut()
	for _, a := range rs {
		if got, want := Width(string(a)), ansi.StringWidth(string(a)); got != want {
			t.Fatalf("Width(%q) = %d, ansi.StringWidth says %d", a, got, want)
		}
	}
	var b strings.Builder
	for _, a := range rs {
		for _, c := range rs {
			b.Reset()
			b.WriteRune(a)
			b.WriteRune(c)
			if got, want := Width(b.String()), ansi.StringWidth(b.String()); got != want {
				t.Fatalf("Width(%q) = %d, ansi.StringWidth says %d", b.String(), got, want)
			}
		}
	}
}

// Text as the screens draw it, colour codes and all, and text the shortcut
// leaves to ansi.StringWidth: both agree.
func TestWidthOfStyledAndOtherText(t *testing.T) {
	inputs := []string{
		"", "x", "Stretch the muscle", "\x1b[38;2;1;2;3mkey\x1b[m desc", "\x1b[1;3mbold\x1b[0m",
		"0:30 · hold → then…", "╭─╮ ╶─╮", "wide 漢字 and é", "e\u0301", "flag 🇫🇷", "a\u200db",
		"soft\u00adhyphen", "tab\there", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "\x1b[", "\x1b[31", "\x1b",
		"\x1b[38:2::1:2:3mcolon\x1b[m", "bell\a", "\u2028", "✓ done", "✔ done", "\u00a0nbsp",
	}
	for _, in := range inputs {
		if got, want := Width(in), ansi.StringWidth(in); got != want {
			t.Errorf("Width(%q) = %d, ansi.StringWidth says %d", in, got, want)
		}
	}
	// Random mixes of the shortcut's characters, colour codes and others.
	rs := shortcut()
	extra := []string{"\x1b[m", "\x1b[38;2;10;20;30m", "\x1b[1m", "\u0301", "漢", "\x1b", "\t", "🙂", "\u200d"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			if rng.IntN(4) == 0 {
				b.WriteString(extra[rng.IntN(len(extra))])
			} else {
				b.WriteRune(rs[rng.IntN(len(rs))])
			}
		}
		if got, want := Width(b.String()), ansi.StringWidth(b.String()); got != want {
			t.Fatalf("Width(%q) = %d, ansi.StringWidth says %d", b.String(), got, want)
		}
	}
}
