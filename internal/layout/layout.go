// Package layout fits a screen's parts into whatever terminal the person has,
// from 20×6 up: it wraps text to the width and, when the parts are too tall,
// drops the least important ones first.
package layout

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Block is one part of a screen, a few lines tall.
type Block struct {
	Lines []string
	// Priority says how long the block stays when space runs out: the
	// lowest-priority blocks are dropped first. Equal priorities drop from
	// the bottom up.
	Priority int
}

// Fit stacks the blocks top to bottom in the order given, keeping only what
// fits in height lines. If the most important block alone is taller than the
// screen, its tail is cut and the last line ends with "…".
func Fit(height, width int, blocks ...Block) []string {
	if height <= 0 {
		return nil
	}
	keep := make([]bool, len(blocks))
	total := 0
	for i, b := range blocks {
		keep[i] = len(b.Lines) > 0
		if keep[i] {
			total += len(b.Lines)
		}
	}
	for total > height {
		drop := -1
		for i, b := range blocks {
			if keep[i] && (drop < 0 || b.Priority <= blocks[drop].Priority) {
				drop = i
			}
		}
		if drop < 0 || countKept(keep) == 1 {
			break
		}
		keep[drop] = false
		total -= len(blocks[drop].Lines)
	}
	out := make([]string, 0, height)
	for i, b := range blocks {
		if keep[i] {
			out = append(out, b.Lines...)
		}
	}
	if len(out) > height {
		out = out[:height]
		out[height-1] = ansi.Truncate(out[height-1], width-1, "") + "…"
	}
	return out
}

func countKept(keep []bool) int {
	n := 0
	for _, k := range keep {
		if k {
			n++
		}
	}
	return n
}

// Wrap breaks plain text into lines at most width cells wide, breaking words
// that are longer than a line. Existing newlines are kept.
func Wrap(text string, width int) []string {
	if width < 1 {
		width = 1
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	return strings.Split(ansi.Wrap(text, width, ""), "\n")
}

// Style applies render to each line. It lets a screen wrap plain text first
// and colour it after, so colour codes never count toward the width.
func Style(lines []string, render func(...string) string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = render(l)
	}
	return out
}

// Spread puts left and right on one line of the given width, right-aligned;
// when both do not fit, right is dropped and left is cut.
func Spread(left, right string, width int) string {
	lw, rw := ansi.StringWidth(left), ansi.StringWidth(right)
	if lw+1+rw > width {
		return ansi.Truncate(left, width, "…")
	}
	return left + strings.Repeat(" ", width-lw-rw) + right
}

// Center pads s on the left so it sits in the middle of width.
func Center(s string, width int) string {
	w := ansi.StringWidth(s)
	if w >= width {
		return s
	}
	return strings.Repeat(" ", (width-w)/2) + s
}

// Truncate cuts s to width cells, ending with "…" when it was cut.
func Truncate(s string, width int) string {
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}
