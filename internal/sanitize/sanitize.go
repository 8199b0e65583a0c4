// Package sanitize makes text that came from a file safe to show in a
// terminal, a report or a spreadsheet. Text from the journal and the content
// folder is data, never a terminal command: a note holding "\x1b]0;…\a" must
// not set the window title, "\x1b]52;…" must not write the clipboard, and a
// right-to-left override must not reorder what the person reads.
//
// Text shows each control character as a visible placeholder instead:
// C0 controls other than tab and newline, DEL, the C1 controls
// (U+0080–U+009F), the bidirectional overrides and isolates
// (U+202A–U+202E, U+2066–U+2069) and bytes that are not UTF-8. The
// placeholder is the escape a programmer would write: `\x1b`, `\u0085`.
package sanitize

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// IsControl reports whether r is a character Text replaces. Tab and newline
// are not: they are layout, and every screen wraps or splits on them.
func IsControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Find returns the byte offset of the first character of s that Text would
// replace (a control, or a byte that is not UTF-8) and that character
// (utf8.RuneError for a bad byte), or -1 when s is clean.
func Find(s string) (int, rune) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return i, rune(c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || IsControl(r) {
			return i, r
		}
		i += n
	}
	return -1, 0
}

// Clean reports whether s holds nothing Text would replace.
func Clean(s string) bool {
	i, _ := Find(s)
	return i < 0
}

// Text returns s with every control character shown as a visible
// placeholder. A clean s is returned as it is, without copying.
func Text(s string) string {
	i, _ := Find(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case IsControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Describe names the control character r for an error message: "U+001B".
func Describe(r rune) string {
	if r == utf8.RuneError {
		return "a byte that is not UTF-8"
	}
	return fmt.Sprintf("the control character U+%04X", r)
}
