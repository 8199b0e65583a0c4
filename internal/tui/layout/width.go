package layout

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Width is how many cells s takes on a terminal, exactly as
// ansi.StringWidth counts them. Every line of every frame is measured, some
// of them several times; ansi.StringWidth splits each line into grapheme
// clusters, most of the cost of a frame. The screens' text is nearly all
// characters that are one cell and a cluster of their own, with colour
// codes (SGR) between them: those are counted directly, and anything else
// goes to ansi.StringWidth. TestWidthIsAnsiStringWidth checks the shortcut
// against it for every character it takes, alone and next to each other.
func Width(s string) int {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			w++
			i++
		case c == 0x1b:
			n := csiLen(s[i:])
			if n == 0 {
				return ansi.StringWidth(s)
			}
			i += n
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !narrow(r) {
				return ansi.StringWidth(s)
			}
			w++
			i += size
		default: // a control character
			return ansi.StringWidth(s)
		}
	}
	return w
}

// csiLen is the length of the control sequence (ESC [ parameters,
// intermediates, final byte) at the start of s, or 0 when s does not start
// with a whole one.
func csiLen(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	i := 2
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		return i + 1
	}
	return 0
}

// narrow reports whether r is one of the characters Width counts itself:
// one cell wide, never joined to a neighbour into one cluster (no combining
// marks, joiners, selectors, nor the soft hyphen). They are Latin-1's
// letters and signs, general punctuation (dashes, quotes, "…", "•", "›"),
// arrows, mathematical operators, box drawing, block elements and "✓".
func narrow(r rune) bool {
	switch {
	case r >= 0xa1 && r <= 0xff:
		return r != 0xad
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e:
		return true
	case r >= 0x2190 && r <= 0x21ff, r >= 0x2200 && r <= 0x22ff:
		return true
	case r >= 0x2500 && r <= 0x259f:
		return true
	case r == 0x2713:
		return true
	}
	return false
}
