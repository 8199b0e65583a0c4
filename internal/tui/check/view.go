package check

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Sizes from which the roomier layouts are used.
const (
	wideStrip   = 41 // the 7-day table with weekdays, bars and counts
	tallStrip   = 18
	caveatWidth = 40 // caveats under their items, not only in the why pane
	caveatTall  = 20
	dateWidth   = 40 // the day's date in the header
)

// Priorities for layout.Fit: the keys and header first, then the list
// (sized to fit), notices, the intro, then the strip.
const (
	prioSpace = iota + 1
	prioStrip
	prioIntro
	prioNotice
	prioList
	prioHeader
	prioKeys
)

// View draws the screen.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	switch {
	case m.why:
		return strings.Join(m.whyLines(w, h), "\n")
	}
	return strings.Join(m.listLines(w, h), "\n")
}

func (m Model) listLines(w, h int) []string {
	st := &m.s.Styles
	notice := layout.Notices(w, m.s.Styles.Notice.Render, m.s.Notice, m.Notice())
	if limit := max(2, (h-2)/3); len(notice) > limit {
		notice = layout.Fit(limit, w, layout.Block{Lines: notice, Cut: true})
	}
	// The one-line strip takes a line from a long list; the table only
	// shows where everything fits.
	var strip []string
	reserve := 0
	if m.loaded && len(m.items) > 0 {
		switch {
		case w >= wideStrip && h >= tallStrip:
			strip = append([]string{""}, m.stripTable(w)...)
		case h >= 10:
			strip, reserve = []string{m.stripLine(w)}, 1
		}
	}
	room := max(1, h-2-len(notice)-reserve) // header and key line
	list := m.window(m.rowLines(w, h), room)
	return layout.Fit(h, w,
		layout.Block{Lines: []string{m.header(w)}, Priority: prioHeader},
		layout.Block{Lines: layout.Style(layout.Wrap(m.s.Content.Checklist.Intro, w), st.Muted.Render), Priority: prioIntro},
		layout.Block{Lines: []string{""}, Priority: prioSpace},
		layout.Block{Lines: list, Priority: prioList},
		layout.Block{Lines: strip, Priority: prioStrip},
		layout.Block{Lines: notice, Priority: prioNotice, Cut: true},
		layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: prioKeys},
	)
}

// header is "Checklist · Mon 23 Nov" with today's progress on the right.
func (m Model) header(w int) string {
	st := &m.s.Styles
	left := st.Title.Render("Checklist")
	switch {
	case m.back > 0 && w >= dateWidth:
		// An earlier day is always named: a tick here is for it.
		left += st.Notice.Render(" · " + dayName(m.state.Today) + ", " + m.ago())
	case m.back > 0:
		// Narrow: the day, not the screen's name, is what must show.
		left = st.Title.Render("Ticks ") + st.Notice.Render(m.ago())
		if w < 25 {
			left = st.Notice.Render(m.ago())
		}
	case w >= dateWidth:
		left += st.Muted.Render(" · " + dayName(m.state.Today))
	}
	right := "Loading…"
	if m.loaded {
		p := m.state.Progress
		right = fmt.Sprintf("%d of %d", p.Done, p.Total)
		if w >= 30 && m.back == 0 {
			right += " today"
		}
	}
	return layout.Spread(left, st.Muted.Render(right), w)
}

// listRows are the list's lines and which line each row starts on.
type listRows struct {
	lines []string
	start []int // start[i] is the line of row i
	end   []int // end[i] is one past row i's last line (its caveat)
}

func (m Model) rowLines(w, h int) listRows {
	st := &m.s.Styles
	var out listRows
	if len(m.items) == 0 {
		out.lines = []string{st.Muted.Render("Nothing on your checklist.")}
		return out
	}
	roomy := w >= caveatWidth && h >= caveatTall
	for i, r := range m.state.Rows {
		if r.Occasional() && (i == 0 || !m.state.Rows[i-1].Occasional()) {
			if i > 0 && roomy {
				out.lines = append(out.lines, "")
			}
			section := "Now and then"
			if w >= dateWidth {
				section += " (not counted in the day)"
			}
			out.lines = append(out.lines, st.Muted.Render(section))
		}
		out.start = append(out.start, len(out.lines))
		out.lines = append(out.lines, m.rowLine(i, r, w))
		if roomy && r.Item.Caveat != "" {
			out.lines = append(out.lines, layout.Style(layout.Wrap(r.Item.Caveat, w-6), func(s ...string) string {
				return "      " + st.Muted.Render(s...)
			})...)
		}
		out.end = append(out.end, len(out.lines))
	}
	return out
}

// rowLine is "› [x] Enough fluids", with "auto" or when an occasional item
// was last ticked on the right where there is room.
func (m Model) rowLine(i int, r history.ChecklistRow, w int) string {
	st := &m.s.Styles
	cursor, label := "  ", st.Text.Render(r.Item.Label)
	if i == m.cursor {
		cursor, label = st.Accent.Render("› "), st.Accent.Render(r.Item.Label)
	}
	box := st.Muted.Render("[ ]")
	if r.Done {
		box = st.Accent.Render("[x]")
	}
	left := cursor + box + " " + label
	var right string
	switch {
	case w < dateWidth:
	case r.Auto():
		right = "auto"
	case r.Occasional() && r.Last != 0:
		right = "last " + shortDay(r.Last)
	}
	if right == "" {
		return layout.Truncate(left, w)
	}
	return layout.Spread(left, st.Muted.Render(right), w)
}

// window is the part of the list that fits in room lines, scrolled so the
// highlighted row and its caveat show.
func (m Model) window(l listRows, room int) []string {
	if len(l.lines) <= room || len(l.start) == 0 {
		return l.lines
	}
	c := max(0, min(m.cursor, len(l.start)-1))
	first := 0
	if l.end[c] > room {
		first = min(l.start[c], l.end[c]-room)
	}
	last := min(len(l.lines), first+room)
	out := append([]string(nil), l.lines[first:last]...)
	// A heading or blank line cut off from the rows below it says there
	// is more instead.
	ownsLast := l.start[c] <= last-1 && last-1 < l.end[c] // the highlighted row or its caveat
	if last < len(l.lines) && !slices.Contains(l.start, last-1) && !ownsLast {
		out[len(out)-1] = m.s.Styles.Muted.Render("  ↓ more")
	}
	return out
}

// stripLine is the last 7 days on one line, a bar from · (nothing) to █
// (all) for each, today last.
func (m Model) stripLine(w int) string {
	st := &m.s.Styles
	var b strings.Builder
	for _, t := range m.state.Strip {
		b.WriteString(spark(t))
	}
	label := "Last 7 days "
	if w < 25 {
		label = "Week "
	}
	end := " today"
	if m.back > 0 {
		end = " " + shortDay(m.state.Today) // an earlier day on show is the strip's end
	}
	return layout.Truncate(st.Muted.Render(label)+st.Accent.Render(b.String())+st.Muted.Render(end), w)
}

// stripTable is the last 7 days as a table: weekdays, bars and counts.
func (m Model) stripTable(w int) []string {
	st := &m.s.Styles
	days := m.state.Strip
	cell := 6
	for _, t := range days {
		cell = max(cell, len(count(t))+2)
	}
	var names, bars, counts strings.Builder
	for i, t := range days {
		name := t.Day.Weekday().String()[:2]
		if i == len(days)-1 && m.back == 0 {
			name = "today"
		}
		names.WriteString(pad(name, cell))
		bars.WriteString(pad(bar(t), cell))
		counts.WriteString(pad(count(t), cell))
	}
	trim := func(s string) string { return layout.Truncate(strings.TrimRight(s, " "), w) }
	title := "Last 7 days"
	if m.back > 0 {
		title = "The 7 days to " + dayName(m.state.Today)
	}
	return []string{
		st.Muted.Render(title),
		st.Muted.Render(trim(names.String())),
		st.Accent.Render(trim(bars.String())),
		st.Text.Render(trim(counts.String())),
	}
}

// bar is how complete a day was as four cells: █ done, ░ not.
func bar(t history.DayTally) string {
	if t.Total == 0 {
		return ""
	}
	full := (t.Done*4 + t.Total - 1) / t.Total // rounded up: any tick shows
	return strings.Repeat("█", full) + strings.Repeat("░", 4-full)
}

// spark is how complete a day was as one character, from · (nothing) to █.
func spark(t history.DayTally) string {
	if t.Total == 0 || t.Done == 0 {
		return "·"
	}
	levels := []rune("▁▂▃▄▅▆▇█")
	return string(levels[(t.Done*8+t.Total-1)/t.Total-1])
}

func count(t history.DayTally) string { return fmt.Sprintf("%d/%d", t.Done, t.Total) }

func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(1, n-ansi.StringWidth(s)))
}

// whyLines is the why pane: the item, then its why, caveat and sources.
func (m Model) whyLines(w, h int) []string {
	st := &m.s.Styles
	r := m.state.Rows[m.cursor]
	body, right := m.whyContent, "why"
	if m.whyPane.TotalLineCount() > m.whyPane.Height() {
		body = strings.Split(layout.Page(&m.whyPane, m.whyContent), "\n")
		if !m.whyPane.AtBottom() {
			right = "more ↓"
		}
	}
	return layout.Fit(h, w,
		layout.Block{Lines: []string{layout.Spread(st.Title.Render(r.Item.Label), st.Muted.Render(right), w)}, Priority: 3},
		layout.Block{Lines: body, Priority: 2, Cut: true},
		layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: 4},
	)
}

// whyText is the why pane's content wrapped to w.
func (m Model) whyText(it content.Item, w int) []string {
	st := &m.s.Styles
	out := layout.Style(layout.Wrap(it.Why, w), st.Text.Render)
	if it.Caveat != "" {
		out = append(out, "")
		out = append(out, layout.Style(layout.Wrap(it.Caveat, w), st.Warn.Render)...)
	}
	if it.Frequency == content.Occasional {
		out = append(out, "")
		out = append(out, layout.Style(layout.Wrap("Now and then, not every day: it is not counted in the day's progress.", w), st.Muted.Render)...)
	}
	if len(it.Sources) > 0 {
		out = append(out, "", st.Muted.Render("Sources"))
		for _, k := range it.Sources {
			title := k
			if src, ok := m.s.Content.Source(k); ok {
				title = src.Title
			}
			out = append(out, layout.Style(layout.Wrap("· "+title, w), st.Text.Render)...)
		}
	}
	return out
}

// sizeWhy fills the why pane for the highlighted item at the current size.
func (m *Model) sizeWhy() {
	if !m.why || m.width <= 0 || len(m.items) == 0 {
		return
	}
	m.whyPane.SetWidth(m.width)
	m.whyPane.SetHeight(max(1, m.height-2)) // title and key line
	m.whyContent = m.whyText(m.state.Rows[m.cursor].Item, m.width)
	m.whyPane.SetContentLines(m.whyContent)
}

// HelpAbout is the day rule and the automatic items, below the keys.
func (m Model) HelpAbout(w int) []string {
	rule := fmt.Sprintf("A day runs from %s to %s: a tick before %s counts for the day before. Automatic items are ticked by what they name (a finished bedtime routine) and cannot be ticked by hand. ← and → step back through the last %d days to tick one you missed; those ticks count for that day.",
		night.FormatClock(m.s.DayStart), night.FormatClock(m.s.DayStart), night.FormatClock(m.s.DayStart), history.BackfillDays)
	return layout.Style(layout.Wrap(rule, w), m.s.Styles.Muted.Render)
}

// ShortHelp lists the keys that matter now.
func (m Model) ShortHelp() []key.Binding {
	k := m.s.Keys
	if m.why {
		return []key.Binding{k.Back, k.Scroll.Up, k.RedFlags, k.Help}
	}
	if m.back > 0 {
		return []key.Binding{k.Tick, k.DayHint, k.Why, k.Move, k.RedFlags, k.Help, k.Back}
	}
	return []key.Binding{k.Tick, k.Why, k.Move, k.RedFlags, k.Help, k.Back}
}

// FullHelp lists every key of the screen.
func (m Model) FullHelp() [][]key.Binding {
	k := m.s.Keys
	return [][]key.Binding{
		{k.Tick, k.Why, k.Up, k.Down},
		{k.EarlierDay, k.LaterDay},
		{k.RedFlags, k.Help, k.Back, k.ForceQuit},
	}
}

// dayName is a day as "Mon 23 Nov".
func dayName(d night.Date) string { return d.Format("Mon 2 Jan") }

// shortDay is a day as "23 Nov".
func shortDay(d night.Date) string { return d.Format("2 Jan") }
