package learn

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui/layout"
	"github.com/crampcoach/cramp/internal/tui/redflags"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// Lines draws a topic's page, wrapped to width: its sections (tables as
// stacked rows, which read at any width), then what its kind draws from
// another file. Each section ends with its source keys. The doctor topic
// is the other way round: the tiers first, as urgency comes first.
func Lines(c *content.Set, t content.Topic, st *theme.Styles, w int) []string {
	w = max(1, w)
	if t.Kind == content.TopicRedFlags {
		tiers := redflags.Tiers(c, st, w)
		rest := t
		rest.Kind = content.TopicText
		if more := Lines(c, rest, st, w); len(more) > 0 {
			tiers = append(append(tiers, ""), more...)
		}
		return tiers
	}
	var out []string
	para := func(text string, render func(...string) string) {
		out = append(out, layout.Style(layout.Wrap(text, w), render)...)
	}
	for i, sec := range t.Sections {
		if i > 0 {
			out = append(out, "")
		}
		if sec.Heading != "" {
			para(sec.Heading, st.Title.Render)
		}
		if sec.Text != "" {
			para(sec.Text, st.Text.Render)
		}
		if sec.Table != nil {
			out = append(out, tableLines(sec.Table, st, w)...)
		}
		if len(sec.Sources) > 0 {
			para("Sources: "+strings.Join(sec.Sources, ", "), st.Muted.Render)
		}
	}
	var drawn []string
	switch t.Kind {
	case content.TopicSources:
		for i, src := range c.Sources {
			if i > 0 {
				drawn = append(drawn, "")
			}
			drawn = append(drawn, layout.Style(layout.Wrap(src.Key+"  "+src.Title, w), st.Text.Render)...)
			drawn = append(drawn, layout.Style(layout.Wrap(src.URL, w), st.Muted.Render)...)
		}
	case content.TopicAbout:
		drawn = layout.Style(layout.Wrap(c.About.Disclaimer, w), st.Text.Render)
	}
	if len(drawn) > 0 && len(out) > 0 {
		out = append(out, "")
	}
	return append(out, drawn...)
}

// tableLines shows a table row by row: the row's name, then each column's
// cell under its column name. Side-by-side columns would not fit 40 cells.
func tableLines(tb *content.Table, st *theme.Styles, w int) []string {
	var out []string
	for i, row := range tb.Rows {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, layout.Style(layout.Wrap(row[0], w), st.Accent.Render)...)
		for j := 1; j < len(row) && j < len(tb.Columns); j++ {
			out = append(out, layout.Style(layout.Wrap("· "+tb.Columns[j]+": "+row[j], w), st.Text.Render)...)
		}
	}
	return out
}

// Plain writes a topic as plain text, with no escape sequences: what
// `cramp learn TOPIC` prints when its output is not a terminal.
func Plain(w io.Writer, c *content.Set, t content.Topic) error {
	var b strings.Builder
	b.WriteString(t.Title + "\n\n")
	if t.Kind == content.TopicSources {
		// Whole addresses, so they can be copied from a pager.
		for _, src := range c.Sources {
			b.WriteString(src.Key + "  " + src.Title + "\n" + src.URL + "\n\n")
		}
	}
	lines := Lines(c, t, &theme.Styles{}, layout.PlainWidth)
	if t.Kind == content.TopicRedFlags {
		// Printed once and read from the top, the doctor page leads in
		// before the signs; the screen puts the tiers first.
		rest := t
		rest.Kind = content.TopicText
		lines = Lines(c, rest, &theme.Styles{}, layout.PlainWidth)
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, redflags.Tiers(c, &theme.Styles{}, layout.PlainWidth)...)
	}
	for _, l := range lines {
		if t.Kind == content.TopicSources {
			break
		}
		// Some parts bold their headings even without colours; plain is plain.
		b.WriteString(ansi.Strip(l) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// PlainList writes the topic list as plain text, with the ids to ask for.
func PlainList(w io.Writer, c *content.Set) error {
	var b strings.Builder
	b.WriteString("Topics (cramp learn TOPIC):\n\n")
	width := 0
	for _, t := range c.Learn.Topics {
		width = max(width, len(t.ID))
	}
	for _, t := range c.Learn.Topics {
		b.WriteString("  " + t.ID + strings.Repeat(" ", width-len(t.ID)) + "  " + t.Title + ": " + t.Summary + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// TopicIDs lists the topic ids, for errors that name the valid ones.
func TopicIDs(c *content.Set) []string {
	ids := make([]string, len(c.Learn.Topics))
	for i, t := range c.Learn.Topics {
		ids[i] = t.ID
	}
	return ids
}
