package countdown

import (
	"strconv"
	"strings"
	"time"
)

// Format shows a duration as the person reads it: "0:30", "1:05", "12:00",
// and "1:02:03" past an hour. Seconds are rounded up, so the display reads
// 0:00 only once the time is really up (29.2 s shows 0:30, 0.4 s shows 0:01).
// Negative durations show 0:00.
func Format(d time.Duration) string {
	var secs int64
	if d > 0 {
		secs = int64(d / time.Second)
		if d%time.Second != 0 {
			secs++
		}
	}
	h, m, s := secs/3600, secs/60%60, secs%60
	var buf [24]byte
	b := buf[:0]
	if h > 0 {
		b = strconv.AppendInt(b, h, 10)
		b = append(b, ':')
		b = append(b, byte('0'+m/10), byte('0'+m%10))
	} else {
		b = strconv.AppendInt(b, m, 10)
	}
	b = append(b, ':', byte('0'+s/10), byte('0'+s%10))
	return string(b)
}

// glyph is one character of the big font: three rows of equal display width.
type glyph struct {
	rows  []string
	width int
}

const bigRows = 3

// The big font is drawn in thin, rounded box-drawing strokes, never filled
// blocks: it is read dimly in a dark bedroom and must not glare. Every
// character used here is one terminal cell wide.
var (
	digits = [10]glyph{
		{[]string{"╭─╮", "│ │", "╰─╯"}, 3},
		{[]string{"╶╮ ", " │ ", "╶┴╴"}, 3},
		{[]string{"╶─╮", "╭─╯", "╰─╴"}, 3},
		{[]string{"╶─╮", "╶─┤", "╶─╯"}, 3},
		{[]string{"╷ ╷", "╰─┤", "  ╵"}, 3},
		{[]string{"╭─╴", "╰─╮", "╶─╯"}, 3},
		{[]string{"╭─╴", "├─╮", "╰─╯"}, 3},
		{[]string{"╶─╮", "  │", "  ╵"}, 3},
		{[]string{"╭─╮", "├─┤", "╰─╯"}, 3},
		{[]string{"╭─╮", "╰─┤", "╶─╯"}, 3},
	}
	colon = glyph{[]string{" ", ":", " "}, 1} // two dots at mid height
	blank = glyph{[]string{"   ", "   ", "   "}, 3}
)

func glyphFor(r rune) glyph {
	switch {
	case r >= '0' && r <= '9':
		return digits[r-'0']
	case r == ':':
		return colon
	default:
		return blank // Big is for Format's output; anything else is a gap
	}
}

// Big draws s (digits and ':', such as Format's output) in the app's small
// font: exactly three rows of equal display width, joined by "\n", glyphs
// separated by one space. It adds no styling. Any other character is drawn
// as a blank the width of a digit.
func Big(s string) string { return draw(s, glyphFor, bigRows) }

// BigWidth is the display width of every row of Big(s), so a caller can
// tell whether it fits.
func BigWidth(s string) int { return width(s, glyphFor) }

// The large font is for a terminal of at least LargeMinWidth×LargeMinHeight:
// five rows, readable at arm's length from the bed.
const (
	LargeMinWidth  = 100
	LargeMinHeight = 30
)

// BigFor is Big in the font that suits a w×h screen: the large one from
// LargeMinWidth×LargeMinHeight, else the small one.
func BigFor(s string, w, h int) string {
	if large(w, h) {
		return draw(s, largeGlyphFor, largeRows)
	}
	return Big(s)
}

// BigWidthFor is the display width of BigFor(s, w, h).
func BigWidthFor(s string, w, h int) int {
	if large(w, h) {
		return width(s, largeGlyphFor)
	}
	return BigWidth(s)
}

// BigRowsFor is how many rows BigFor draws at w×h.
func BigRowsFor(w, h int) int {
	if large(w, h) {
		return largeRows
	}
	return bigRows
}

func large(w, h int) bool { return w >= LargeMinWidth && h >= LargeMinHeight }

// draw writes s in font, rows rows high, glyphs one space apart.
func draw(s string, font func(rune) glyph, rows int) string {
	var b strings.Builder
	// Box-drawing runes are 3 bytes; spaces are 1, so this is enough.
	b.Grow(rows*width(s, font)*3 + rows - 1)
	for row := range rows {
		if row > 0 {
			b.WriteByte('\n')
		}
		for i, r := range s {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(font(r).rows[row])
		}
	}
	return b.String()
}

func width(s string, font func(rune) glyph) int {
	w, n := 0, 0
	for _, r := range s {
		w += font(r).width
		n++
	}
	if n > 1 {
		w += n - 1
	}
	return w
}

const largeRows = 5

// largeGlyph is one character of the large font: five rows of equal width.
type largeGlyph struct {
	rows  [largeRows]string
	width int
}

// The large font keeps the small one's thin, rounded strokes.
var (
	largeDigits = [10]glyph{
		{[]string{"╭───╮", "│   │", "│   │", "│   │", "╰───╯"}, 5},
		{[]string{" ╶╮  ", "  │  ", "  │  ", "  │  ", " ╶┴╴ "}, 5},
		{[]string{"╶───╮", "    │", "╭───╯", "│    ", "╰───╴"}, 5},
		{[]string{"╶───╮", "    │", " ───┤", "    │", "╶───╯"}, 5},
		{[]string{"╷   ╷", "│   │", "╰───┤", "    │", "    ╵"}, 5},
		{[]string{"╭───╴", "│    ", "╰───╮", "    │", "╶───╯"}, 5},
		{[]string{"╭───╴", "│    ", "├───╮", "│   │", "╰───╯"}, 5},
		{[]string{"╶───╮", "    │", "    │", "    │", "    ╵"}, 5},
		{[]string{"╭───╮", "│   │", "├───┤", "│   │", "╰───╯"}, 5},
		{[]string{"╭───╮", "│   │", "╰───┤", "    │", "╶───╯"}, 5},
	}
	largeColon = glyph{[]string{" ", "·", " ", "·", " "}, 1}
	largeBlank = glyph{[]string{"     ", "     ", "     ", "     ", "     "}, 5}
)

func largeGlyphFor(r rune) glyph {
	switch {
	case r >= '0' && r <= '9':
		return largeDigits[r-'0']
	case r == ':':
		return largeColon
	default:
		return largeBlank
	}
}
