package layout

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"

	"github.com/crampcoach/cramp/internal/tui/theme"
)

// The help's separators and ellipsis, as help.New sets them.
const (
	shortSeparator = " • "
	fullSeparator  = "    "
	ellipsis       = "…"
)

// Keys is the short help at the bottom of a screen, the keys that matter
// now, cut to width: what a help.Model with the theme's help styles draws,
// byte for byte, drawn with st's cached styles. bubbles' help renders each
// key and description through lipgloss, a good part of every frame.
func Keys(st *theme.Styles, keys help.KeyMap, width int) string {
	return Truncate(ShortHelp(st, keys.ShortHelp(), width), width)
}

// ShortHelp is help.Model.ShortHelpView with the theme's help styles and
// the help's width set to width (0: no limit), byte for byte.
func ShortHelp(st *theme.Styles, bindings []key.Binding, width int) string {
	if len(bindings) == 0 {
		return ""
	}
	if !singleLines(bindings) {
		h := help.New()
		h.Styles = st.Help
		h.SetWidth(width)
		return h.ShortHelpView(bindings)
	}
	var b strings.Builder
	separator := st.HelpDesc.Render(shortSeparator)
	sepWidth := Width(separator)
	total := 0
	for _, kb := range bindings {
		if !kb.Enabled() {
			continue
		}
		k, d := st.HelpKey.Render(kb.Help().Key), st.HelpDesc.Render(kb.Help().Desc)
		w := Width(k) + 1 + Width(d)
		if total > 0 {
			w += sepWidth
		}
		// Past the width, an ellipsis ends the line where it fits; where it
		// does not, the key goes on regardless (Keys cuts the line).
		if tail := " " + st.HelpDesc.Render(ellipsis); width > 0 && total+w > width && total+Width(tail) < width {
			b.WriteString(tail)
			break
		}
		if total > 0 {
			b.WriteString(separator)
		}
		total += w
		b.WriteString(k)
		b.WriteByte(' ')
		b.WriteString(d)
	}
	return b.String()
}

// FullHelp is help.Model.FullHelpView with the theme's help styles and no
// width set, byte for byte: a column of keys and one of what they do for
// each group, side by side.
func FullHelp(st *theme.Styles, groups [][]key.Binding) string {
	for _, g := range groups {
		if !singleLines(g) {
			h := help.New()
			h.Styles = st.Help
			return h.FullHelpView(groups)
		}
	}
	// Each column's lines, unpadded, and how wide the column is.
	type column struct {
		lines []string
		width int
	}
	var cols []column
	height := 0
	separator := st.HelpDesc.Render(fullSeparator)
	for _, group := range groups {
		var keys, descs []string
		for _, kb := range group {
			if kb.Enabled() {
				keys = append(keys, st.HelpKey.Render(kb.Help().Key))
				descs = append(descs, st.HelpDesc.Render(kb.Help().Desc))
			}
		}
		if len(keys) == 0 {
			continue
		}
		// A group is its separator (none before the first), the keys
		// padded to the widest, a space and the descriptions padded alike.
		// The separator is one line tall: the lines under it are spaces.
		kw, dw := widest(keys), widest(descs)
		sep, sw := "", 0
		if len(cols) > 0 {
			sep, sw = separator, Width(separator)
		}
		lines := make([]string, len(keys))
		for i := range keys {
			if i == 1 {
				sep = strings.Repeat(" ", sw)
			}
			lines[i] = sep + pad(keys[i], kw) + " " + pad(descs[i], dw)
		}
		cols = append(cols, column{lines, sw + kw + 1 + dw})
		height = max(height, len(keys))
	}
	if len(cols) == 0 {
		return ""
	}
	if len(cols) == 1 {
		return strings.Join(cols[0].lines, "\n")
	}
	var b strings.Builder
	for i := range height {
		if i > 0 {
			b.WriteByte('\n')
		}
		for _, c := range cols {
			if i < len(c.lines) {
				b.WriteString(c.lines[i])
			} else {
				b.WriteString(strings.Repeat(" ", c.width))
			}
		}
	}
	return b.String()
}

// singleLines reports whether every key and description in bs is one line
// without tabs, which the cached styles draw as lipgloss does.
func singleLines(bs []key.Binding) bool {
	for _, kb := range bs {
		if strings.ContainsAny(kb.Help().Key, "\n\t\r") || strings.ContainsAny(kb.Help().Desc, "\n\t\r") {
			return false
		}
	}
	return true
}

func widest(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, Width(l))
	}
	return w
}

// pad puts spaces after s up to width cells.
func pad(s string, width int) string {
	if n := width - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// Page is what vp.View() draws when lines is the viewport's content and
// its Style is left empty: the lines on show, each padded with spaces to
// the width, then blank lines to the height. The viewport has lipgloss
// wrap, measure and pad every line again for each frame; here each is
// measured once. A line wider than the viewport, or holding a newline or a
// tab, leaves it to vp.View().
func Page(vp *viewport.Model, lines []string) string {
	w, h := vp.Width(), vp.Height()
	if w <= 0 || h <= 0 {
		return ""
	}
	if len(lines) == 1 && Width(lines[0]) == 0 {
		lines = nil // the viewport holds no lines then
	}
	if len(lines) != vp.TotalLineCount() {
		return vp.View() // it split a line at a newline
	}
	top := min(vp.YOffset(), len(lines))
	shown := lines[top:min(len(lines), top+h)]
	var b strings.Builder
	for i, l := range shown {
		lw := Width(l)
		if lw > w || strings.ContainsAny(l, "\n\t\r") {
			return vp.View()
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
		b.WriteString(strings.Repeat(" ", w-lw))
	}
	blank := strings.Repeat(" ", w)
	for i := len(shown); i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(blank)
	}
	return b.String()
}
