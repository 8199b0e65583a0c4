// Package layout fits a screen's parts into whatever terminal the person has,
// from 20×6 up: it wraps text to the width and, when the parts are too tall,
// drops the least important ones first.
package layout

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// PlainWidth is where plain output (a pipe, --plain, a screen reader)
// wraps: readable in a pager and in a printout.
const PlainWidth = 72

// Block is one part of a screen, a few lines tall.
type Block struct {
	Lines []string
	// Priority says which blocks get room first when there is not enough:
	// the highest first. Equal priorities go top to bottom.
	Priority int
	// Cut lets the block show only its first lines, ending in "…", when it
	// does not fit whole; otherwise it is shown whole or not at all.
	Cut bool
}

// Fit stacks the blocks top to bottom in the order given, in at most height
// lines. Room goes to blocks by priority; a block that does not fit is left
// out, or cut when it allows that, so a small terminal shows the start of a
// long instruction rather than nothing.
func Fit(height, width int, blocks ...Block) []string {
	if height <= 0 {
		return nil
	}
	order := make([]int, len(blocks))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return blocks[order[a]].Priority > blocks[order[b]].Priority })

	shown := make([]int, len(blocks)) // lines each block gets
	left := height
	for _, i := range order {
		n := len(blocks[i].Lines)
		switch {
		case n == 0 || left == 0:
		case n <= left:
			shown[i] = n
		case blocks[i].Cut:
			shown[i] = left
		default:
			continue
		}
		left -= shown[i]
	}

	out := make([]string, 0, height)
	for i, b := range blocks {
		n := shown[i]
		if n == 0 {
			continue
		}
		out = append(out, b.Lines[:n]...)
		if n < len(b.Lines) {
			last := len(out) - 1
			out[last] = ansi.Truncate(out[last], max(0, width-1), "") + "…"
		}
	}
	return out
}

// Wrap breaks plain text into lines at most width cells wide, at spaces,
// breaking only words longer than a line. Existing newlines are kept. It does
// not break at hyphens, so "MAYO-NLC-causes" or "swollen, hard-to-see" stay
// whole.
func Wrap(text string, width int) []string {
	if width < 1 {
		width = 1
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	// ansi.Wrap always breaks after a hyphen; a non-breaking hyphen (same
	// width) hides them from it and is put back afterwards.
	text = strings.ReplaceAll(text, "-", nbHyphen)
	return strings.Split(strings.ReplaceAll(ansi.Wrap(text, width, ""), nbHyphen, "-"), "\n")
}

const nbHyphen = "\u2011"

// Style applies render to each line. It lets a screen wrap plain text first
// and colour it after, so colour codes never count toward the width.
func Style(lines []string, render func(...string) string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = render(l)
	}
	return out
}

// Spread puts left and right on one line of the given width, right-aligned.
// When both do not fit, left is cut first (right is usually a clock that must
// stay visible); when right alone is too wide, it is cut.
func Spread(left, right string, width int) string {
	rw := Width(right)
	if rw+2 > width {
		return Truncate(right, width)
	}
	left = Truncate(left, width-rw-1)
	return left + strings.Repeat(" ", width-Width(left)-rw) + right
}

// Center pads s on the left so it sits in the middle of width.
func Center(s string, width int) string {
	w := Width(s)
	if w >= width {
		return s
	}
	return strings.Repeat(" ", (width-w)/2) + s
}

// Truncate cuts s to width cells, ending with "…" when it was cut.
func Truncate(s string, width int) string {
	if Width(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// Notices is each non-empty notice wrapped to width and styled by render,
// one after another: the start-up notice, then a screen's own.
func Notices(width int, render func(...string) string, notices ...string) []string {
	var out []string
	for _, n := range notices {
		if n != "" {
			out = append(out, Style(Wrap(n, width), render)...)
		}
	}
	return out
}

// ShortErr is an error short enough for a one-line notice.
func ShortErr(err error) string { return Truncate(err.Error(), 60) }
