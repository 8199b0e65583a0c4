package journal

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui/layout"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// The heatmap's cells: one character a night, distinct without colour.
const (
	cellNone    = "·" // a night with no cramp
	cellOne     = "░" // one cramp
	cellTwo     = "▒" // two
	cellMore    = "▓" // three or more
	cellUnknown = " " // before the journal began, or still to come
)

// View draws the screen for the size last given to SetSize.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	var lines []string
	switch {
	case !m.loaded:
		lines = layout.Fit(h, w,
			layout.Block{Lines: []string{m.tabs(w)}, Priority: 2},
			layout.Block{Lines: []string{"", m.s.Styles.Muted.Render("Loading…")}, Priority: 1},
		)
	case m.view == Episodes:
		lines = m.episodeLines(w, h)
	case m.view == Patterns:
		lines = m.patternLines(w, h)
	default:
		lines = m.overviewLines(w, h)
	}
	return strings.Join(lines, "\n")
}

// tabs is the header: the screen's name and the three views, the one on
// show in brackets (readable without colour).
func (m Model) tabs(w int) string {
	st := &m.s.Styles
	names := [3]string{"Overview", "Episodes", "Patterns"}
	if w < 44 {
		return layout.Truncate(st.Title.Render("Journal")+st.Muted.Render(" · ")+st.Accent.Render(names[m.view])+
			st.Muted.Render(fmt.Sprintf(" (%d/3, tab)", m.view+1)), w)
	}
	parts := []string{st.Title.Render("Journal")}
	for i, n := range names {
		if View(i) == m.view {
			parts = append(parts, st.Accent.Render("["+strconv.Itoa(i+1)+" "+n+"]"))
		} else {
			parts = append(parts, st.Muted.Render(strconv.Itoa(i+1)+" "+n))
		}
	}
	return layout.Truncate(strings.Join(parts, "  "), w)
}

// alertLines are a failed save or read, wrapped and capped at a few lines so
// the view keeps its rows; the reason comes first, so it is on the lines kept.
func (m Model) alertLines(w, h int) []string {
	lines := wrapped(m.alert, w, m.s.Styles.Notice.Render)
	if limit := max(2, min(4, (h-chrome)/3)); len(lines) > limit {
		lines = layout.Fit(limit, w, layout.Block{Lines: lines, Cut: true})
	}
	return lines
}

// quietLines are the notices that can wait for room: the session's (a
// content folder with errors) and skipped journal lines.
func (m Model) quietLines(w int) []string {
	var out []string
	for _, n := range []string{m.s.Notice, m.quiet} {
		out = append(out, wrapped(n, w, m.s.Styles.Notice.Render)...)
	}
	return out
}

// noticeBlocks are the alert and the quiet notices as blocks for layout.Fit.
func (m Model) noticeBlocks(w, h int) (alert, quiet layout.Block) {
	return layout.Block{Lines: m.alertLines(w, h), Priority: prioAlert, Cut: true},
		layout.Block{Lines: m.quietLines(w), Priority: prioQuiet, Cut: true}
}

// pinKeys pads lines with blank ones above the last, the key line, so that
// it sits on the bottom row in every view.
func pinKeys(lines []string, h int) []string {
	if len(lines) == 0 || len(lines) >= h {
		return lines
	}
	out := make([]string, 0, h)
	out = append(out, lines[:len(lines)-1]...)
	for len(out) < h-1 {
		out = append(out, "")
	}
	return append(out, lines[len(lines)-1])
}

func wrapped(text string, w int, render func(...string) string) []string {
	return layout.Style(layout.Wrap(text, w), render)
}

// Priorities for layout.Fit, lowest first: the last get room first. When
// the see-a-doctor notice shows, what to do comes before why, and both
// before the counts and the heatmap.
const (
	prioSpace = iota
	prioQuiet
	prioHint
	prioHeat
	prioBody
	prioCaveat
	prioDoctorTitle
	prioCounts
	prioDoctorWhy
	prioDoctorText
	prioAlert
	prioHeader
	prioKeys
)

// ---- Overview ----

func (m Model) overviewLines(w, h int) []string {
	st := &m.s.Styles
	header := layout.Block{Lines: []string{m.tabs(w)}, Priority: prioHeader}
	keys := layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: prioKeys}
	alert, quiet := m.noticeBlocks(w, h)
	space := layout.Block{Lines: []string{""}, Priority: prioSpace}
	if m.fig.Empty {
		return pinKeys(layout.Fit(h, w, header, space,
			layout.Block{Lines: emptyOverview(st, w), Priority: prioBody, Cut: true},
			alert, quiet, keys), h)
	}
	counts := countLines(m.fig, st, w, h >= 20)
	title, why, todo := doctorParts(m.fig, m.s.Content, st, w)
	var gap []string
	if len(todo) > 0 {
		gap = []string{""}
	}
	return pinKeys(squeezeBlanks(layout.Fit(h, w, header, space,
		layout.Block{Lines: HeatmapLines(m.fig, st, w), Priority: prioHeat},
		space,
		layout.Block{Lines: counts, Priority: prioCounts},
		layout.Block{Lines: gap, Priority: prioSpace},
		layout.Block{Lines: title, Priority: prioDoctorTitle},
		layout.Block{Lines: why, Priority: prioDoctorWhy, Cut: true},
		layout.Block{Lines: todo, Priority: prioDoctorText, Cut: true},
		alert, quiet, keys)), h)
}

// squeezeBlanks drops a blank line that follows another: the spacers around
// a block that did not fit.
func squeezeBlanks(lines []string) []string {
	out := lines[:0:0]
	for i, l := range lines {
		if l == "" && i > 0 && lines[i-1] == "" {
			continue
		}
		out = append(out, l)
	}
	return out
}

func emptyOverview(st *theme.Styles, w int) []string {
	out := wrapped("Nothing in your journal yet.", w, st.Title.Render)
	out = append(out, "")
	out = append(out, wrapped("When a cramp wakes you, run cramp now: each episode is kept here, with its night, how long it took to ease and what you tried.", w, st.Text.Render)...)
	out = append(out, "")
	out = append(out, wrapped("Had one earlier? Add it with: cramp log --site calf --at 03:10", w, st.Text.Render)...)
	out = append(out, "")
	return append(out, wrapped("Tick your checklist in the evening (cramp check), and after a few weeks this screen shows which habits went with quieter nights.", w, st.Muted.Render)...)
}

// countLines are the cramp counts and the stretch streak: three lines, or
// one when the terminal is short, as explicit as the width allows.
func countLines(f history.Figures, st *theme.Styles, w int, full bool) []string {
	if !full {
		n7, n30, streak := f.Last7.CrampNights, f.Last30.CrampNights, f.Streak
		line := ""
		for _, l := range []string{
			fmt.Sprintf("Cramps on %d of the last 7 nights, %d of 30 · stretch streak %d", n7, n30, streak),
			fmt.Sprintf("Cramps on %d of 7 nights, %d of 30 · streak %d", n7, n30, streak),
			fmt.Sprintf("Cramp nights: %d/7, %d/30 · streak %d", n7, n30, streak),
			fmt.Sprintf("Cramp nights: %d/7, %d/30", n7, n30),
			fmt.Sprintf("Cramp nights: %d/7", n7),
		} {
			if line = l; ansi.StringWidth(l) <= w {
				break
			}
		}
		return []string{layout.Truncate(st.Text.Render(line), w)}
	}
	return []string{
		layout.Truncate(st.Text.Render("Last 7 nights:  ")+st.Accent.Render(windowText(f.Last7)), w),
		layout.Truncate(st.Text.Render("Last 30 nights: ")+st.Accent.Render(windowText(f.Last30)), w),
		layout.Truncate(st.Text.Render("Stretch streak: ")+st.Accent.Render(streakText(f.Streak, f.Best)), w),
	}
}

func windowText(win history.Window) string {
	if win.Cramps == 0 {
		return "no cramps"
	}
	return fmt.Sprintf("%s on %s", history.Count(win.Cramps, "cramp"), history.Count(win.CrampNights, "night"))
}

func streakText(cur, best int) string {
	return fmt.Sprintf("%s (best %d)", history.Count(cur, "night"), best)
}

// doctorLines are the see-a-doctor notice, with a blank line above: see
// doctorParts. Nothing when the threshold is not met.
func doctorLines(f history.Figures, c *content.Set, st *theme.Styles, w int) []string {
	title, why, todo := doctorParts(f, c, st, w)
	if len(todo) == 0 {
		return nil
	}
	out := append([]string{""}, title...)
	return append(append(out, why...), todo...)
}

// hangingIndent is the width from which the reasons to see a doctor are
// indented under their bullets.
const hangingIndent = 60

// doctorParts are the see-a-doctor notice: the routine tier's title, why
// (with the figures), and what to do (see_doctor.text, and the routine
// tier's action unless that text already says it). Apart, so that a small
// screen can drop the title and cut the reasons before what to do.
func doctorParts(f history.Figures, c *content.Set, st *theme.Styles, w int) (title, why, todo []string) {
	if len(f.Doctor) == 0 {
		return nil, nil, nil
	}
	heading, action := "", ""
	for _, t := range c.RedFlags.Tiers {
		if t.ID == content.TierRoutine {
			heading, action = t.Title, t.Action
		}
	}
	text := c.RedFlags.SeeDoctor.Text
	title = wrapped(heading, w, st.Warn.Bold(true).Render)
	for _, r := range f.Doctor {
		if w < hangingIndent {
			// A line or two shorter than with the indent: narrow screens need it.
			why = append(why, wrapped("· "+r, w, st.Warn.Render)...)
			continue
		}
		for i, l := range layout.Wrap(r, w-2) {
			mark := "  "
			if i == 0 {
				mark = "· "
			}
			why = append(why, st.Warn.Render(mark+l))
		}
	}
	todo = wrapped(text, w, st.Text.Render)
	if said := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(action)), "."); !strings.Contains(strings.ToLower(text), said) {
		todo = append(todo, wrapped(action, w, st.Text.Render)...)
	}
	if len(todo) == 0 {
		// Content with no words for what to do: the title says it.
		title, todo = nil, title
	}
	return title, why, todo
}

// HeatmapLines draws the last weeks as a calendar: a column a week (Monday
// on top), a cell a night, the month above its first week, and a legend.
// Narrow terminals get fewer weeks and no weekday names.
func HeatmapLines(f history.Figures, st *theme.Styles, w int) []string {
	label := 4 // "Mon "
	weeks := history.HeatmapWeeks
	if label+2*weeks > w {
		label = 0
		weeks = min(history.HeatmapWeeks, w/2)
	}
	if weeks <= 0 || len(f.Heat) < weeks*7 {
		return nil
	}
	heat := f.Heat[len(f.Heat)-weeks*7:]

	var months strings.Builder
	months.WriteString(strings.Repeat(" ", label))
	pending := 0 // columns a month name still covers
	for c := 0; c < weeks; c++ {
		first := heat[c*7].Date
		var startsMonth bool
		if c == 0 {
			// The first column names its month only if the next column is
			// in it too; otherwise the label would hide the next month's.
			startsMonth = weeks < 2 || heat[7].Date.Month() == first.Month()
		} else {
			startsMonth = first.Month() != heat[(c-1)*7].Date.Month()
		}
		switch {
		case pending > 0:
			pending--
		case startsMonth && c*2+label+3 <= w:
			months.WriteString(first.Format("Jan") + " ")
			pending = 1
		default:
			months.WriteString("  ")
		}
	}
	out := []string{st.Muted.Render(strings.TrimRight(months.String(), " "))}

	days := [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	// Styled once per frame, not once per cell.
	glyphs := [4]string{st.Muted.Render(cellNone), st.Accent.Render(cellOne), st.Warn.Render(cellTwo), st.Warn.Render(cellMore)}
	var row strings.Builder
	for d := 0; d < 7; d++ {
		row.Reset()
		if label > 0 {
			row.WriteString(st.Muted.Render(days[d] + " "))
		}
		for c := 0; c < weeks; c++ {
			n := heat[c*7+d]
			if n.Date > f.Today || n.Date < f.Since {
				row.WriteString(cellUnknown)
			} else {
				row.WriteString(glyphs[min(n.Cramps, 3)])
			}
			if c < weeks-1 {
				row.WriteByte(' ')
			}
		}
		// Nights still to come are blank: no trailing spaces.
		out = append(out, strings.TrimRight(row.String(), " "))
	}
	legend := st.Muted.Render(cellNone+" none ") + st.Accent.Render(cellOne) + st.Muted.Render(" 1 ") +
		st.Warn.Render(cellTwo) + st.Muted.Render(" 2 ") + st.Warn.Render(cellMore) + st.Muted.Render(" 3+ cramps")
	if ansi.StringWidth(legend) > w {
		legend = st.Muted.Render(cellNone + "0 " + cellOne + "1 " + cellTwo + "2 " + cellMore + "3+")
	}
	return append(out, layout.Truncate(legend, w))
}

// ---- Episodes ----

// chrome is the header and the key line.
const chrome = 2

// listRows is how many episode rows fit with what is under the list.
func (m Model) listRows() int {
	if m.height <= 0 {
		return 1
	}
	used := chrome + len(m.bottomLines(max(1, m.width))) + len(m.listNotice(max(1, m.width)))
	if m.height >= 10 {
		used++ // column names
	}
	return max(1, m.height-used)
}

func (m Model) episodeLines(w, h int) []string {
	st := &m.s.Styles
	out := []string{m.tabs(w)}
	if len(m.fig.Episodes) == 0 {
		body := wrapped("No cramps recorded yet.", w, st.Title.Render)
		body = append(body, "")
		body = append(body, wrapped("Each time you use cramp now, the episode appears here: its night and time, where, how long it took to ease, how bad it was and what you tried. e edits the severity or note, d deletes one.", w, st.Text.Render)...)
		body = append(body, "")
		body = append(body, wrapped("Add one you had earlier: cramp log --site calf --minutes 3", w, st.Muted.Render)...)
		lines := layout.Fit(h, w,
			layout.Block{Lines: out, Priority: prioHeader},
			layout.Block{Lines: []string{""}, Priority: prioSpace},
			layout.Block{Lines: body, Priority: prioBody, Cut: true},
			layout.Block{Lines: m.listNotice(w), Priority: prioAlert, Cut: true},
			layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: prioKeys},
		)
		return pinKeys(lines, h)
	}
	cols := columnsFor(w)
	if h >= 10 {
		out = append(out, st.Muted.Render(layout.Truncate(cols.header(), w)))
	}
	rows := m.listRows()
	end := min(len(m.fig.Episodes), m.offset+rows)
	for i := m.offset; i < end; i++ {
		line := cols.row(m.fig.Episodes[i], i == m.cursor)
		if i == m.cursor {
			out = append(out, st.Accent.Render(layout.Truncate(line, w)))
		} else {
			out = append(out, st.Text.Render(layout.Truncate(line, w)))
		}
	}
	for i := end - m.offset; i < rows; i++ {
		out = append(out, "")
	}
	out = append(out, m.bottomLines(w)...)
	out = append(out, m.listNotice(w)...)
	out = append(out, layout.Keys(&m.s.Styles, m, w))
	if len(out) > h {
		// Only at the very smallest sizes: keep the header, the selected row and the keys.
		out = append(out[:max(0, h-1)], layout.Keys(&m.s.Styles, m, w))
	}
	return out
}

// listNotice is what the episodes view shows of the notices: a failed save
// or read (a few lines, the reason first), else the first line of the quiet
// ones.
func (m Model) listNotice(w int) []string {
	if lines := m.alertLines(w, m.height); len(lines) > 0 {
		return lines
	}
	if q := m.quietLines(w); len(q) > 0 {
		return layout.Fit(1, w, layout.Block{Lines: q, Cut: true})
	}
	return nil
}

// columns says which episode columns fit in a width.
type columns struct {
	where, eased, sev, rest bool
}

func columnsFor(w int) columns {
	return columns{where: w >= 30, eased: w >= 40, sev: w >= 46, rest: w >= 56}
}

func (c columns) header() string {
	s := "  Night      Time "
	if c.where {
		s += " Where      "
	}
	if c.eased {
		s += " Eased"
	}
	if c.sev {
		s += "  Sev"
	}
	if c.rest {
		s += "  Tried · note"
	}
	return s
}

func (c columns) row(e history.Episode, selected bool) string {
	mark := "  "
	if selected {
		mark = "› "
	}
	s := mark + fmt.Sprintf("%-10s %s", shortNight(e.Night), e.Start.Format("15:04"))
	if c.where {
		s += " " + fmt.Sprintf("%-11s", where(e))
	}
	if c.eased {
		s += " " + fmt.Sprintf("%5s", easedText(e))
	}
	if c.sev {
		s += "  " + fmt.Sprintf("%3s", sevText(e))
	}
	if c.rest {
		s += "  " + strings.Join(e.Tried, ", ")
		if e.Note != "" {
			if len(e.Tried) > 0 {
				s += " · "
			}
			s += "“" + e.Note + "”"
		}
	}
	return strings.TrimRight(s, " ") // nothing tried, no note: no trailing blanks
}

func shortNight(d night.Date) string { return d.Format("Mon 2 Jan") }

func where(e history.Episode) string {
	if w := strings.TrimSpace(e.Side + " " + e.Site); w != "" {
		return w
	}
	return "—"
}

// easedText is how long the cramp lasted, m:ss, or — when it is not known
// (the flow was left, or it never ended).
func easedText(e history.Episode) string {
	secs, ok := e.Lasted()
	switch {
	case !ok:
		return "—"
	case secs == 0:
		return "<0:01"
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

func sevText(e history.Episode) string {
	if e.Severity == nil {
		return "—"
	}
	return strconv.Itoa(*e.Severity)
}

// bottomLines go under the list: the selected episode in full, the edit form
// or the delete question, with a blank line above when there is room. Capped
// so the list keeps about half the screen.
func (m Model) bottomLines(w int) []string {
	e, ok := m.Selected()
	if !ok || m.height <= 0 {
		return nil
	}
	st := &m.s.Styles
	var out []string
	limit := max(1, (m.height-chrome-len(m.listNotice(w)))/2)
	switch m.mode {
	case editing:
		sev := "not rated"
		if m.severity >= 0 {
			sev = strconv.Itoa(m.severity) + " of 10"
		}
		mark := [2]string{"  ", "  "}
		mark[m.field] = "› "
		out = append(out, wrapped("Edit the cramp of "+shortNight(e.Night)+" at "+e.Start.Format("15:04"), w, st.Title.Render)...)
		out = append(out,
			layout.Truncate(st.Accent.Render(mark[fieldSeverity]+"How bad: ")+st.Text.Render(sev)+st.Muted.Render("  ←/→ or 0-9"), w),
			layout.Truncate(st.Accent.Render(mark[fieldNote])+m.note.View(), w))
		// The two fields matter more than the title: drop it first.
		limit = max(limit, min(3, m.height-chrome-1))
		if len(out) > limit {
			out = out[len(out)-limit:]
		}
	case confirming:
		out = wrapped(fmt.Sprintf("Delete the cramp of %s at %s? It stays in the file, marked as deleted.", shortNight(e.Night), e.Start.Format("15:04")), w, st.Warn.Render)
		out = layout.Fit(limit, w, layout.Block{Lines: out, Cut: true})
	case dismissing:
		out = wrapped(fmt.Sprintf("Not a cramp? The entry of %s at %s stays in the file, left out of every count and the report.", shortNight(e.Night), e.Start.Format("15:04")), w, st.Warn.Render)
		out = layout.Fit(limit, w, layout.Block{Lines: out, Cut: true})
	default:
		// When it happened on the clock, and the night it counts for named
		// apart: never the night's date with the clock time.
		detail := fmt.Sprintf("%s (night of %s) · %s", e.Start.Format("Mon 2 Jan 2006, 15:04"), history.NightName(e.Night), where(e))
		if o := outcomeText(e); o != "" {
			detail += " · " + o
		}
		if e.Severity != nil {
			detail += fmt.Sprintf(" · %d of 10", *e.Severity)
		}
		if e.Logged {
			detail += " · added later"
		}
		out = wrapped(detail, w, st.Text.Render)
		if len(e.Tried) > 0 {
			out = append(out, wrapped("Tried: "+strings.Join(e.Tried, ", "), w, st.Muted.Render)...)
		}
		if e.Note != "" {
			out = append(out, wrapped("Note: "+e.Note, w, st.Muted.Render)...)
		}
		out = layout.Fit(limit, w, layout.Block{Lines: out, Cut: true})
	}
	if m.height >= 12 {
		out = append([]string{""}, out...)
	}
	return out
}

// ---- Patterns ----

func (m Model) patternLines(w, h int) []string {
	st := &m.s.Styles
	header := layout.Block{Lines: []string{m.tabs(w)}, Priority: prioHeader}
	keys := layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: prioKeys}
	alert, quiet := m.noticeBlocks(w, h)
	if m.fig.Tracked == 0 {
		body := wrapped("No patterns yet.", w, st.Title.Render)
		body = append(body, "")
		body = append(body, wrapped(fmt.Sprintf("Tick your checklist each evening (cramp check). Once an item has %d nights ticked and %d not, this view shows how often the nights after each had cramps.", history.MinNights, history.MinNights), w, st.Text.Render)...)
		body = append(body, "")
		body = append(body, wrapped("It shows what went together, not what caused what.", w, st.Muted.Render)...)
		return pinKeys(layout.Fit(h, w, header,
			layout.Block{Lines: []string{""}, Priority: prioSpace},
			layout.Block{Lines: body, Priority: prioBody, Cut: true},
			alert, quiet, keys), h)
	}
	intro := wrapped("Nights after you ticked each item had cramps this share of the time, vs nights after you didn't (nights counted in brackets).", w, st.Text.Render)
	outro := wrapped(fmt.Sprintf("What went together, not what caused what. Counts only the %s you used the checklist; each side needs %d nights.", history.Count(m.fig.Tracked, "day"), history.MinNights), w, st.Muted.Render)
	if h < 20 {
		// Short on room: the caveat still shows, in one line.
		outro = []string{layout.Truncate(st.Muted.Render("Went together; not cause and effect."), w)}
	}
	return pinKeys(layout.Fit(h, w, header,
		layout.Block{Lines: []string{""}, Priority: prioSpace},
		layout.Block{Lines: intro, Priority: prioHint, Cut: true},
		layout.Block{Lines: []string{""}, Priority: prioSpace},
		layout.Block{Lines: PatternTable(m.fig.Patterns, st, w), Priority: prioBody, Cut: true},
		layout.Block{Lines: []string{""}, Priority: prioSpace},
		layout.Block{Lines: outro, Priority: prioCaveat, Cut: true},
		alert, quiet, keys), h)
}

// PatternTable is the patterns as a table: the item, then the share of
// nights with a cramp after it was ticked and after it was not, each with
// the nights it rests on; "not enough nights yet" until both sides have
// history.MinNights. Labels are cut with "…" to keep a gap before the
// figures; where even a short label would not fit, each item takes two
// lines.
func PatternTable(ps []history.Pattern, st *theme.Styles, w int) []string {
	const (
		figW     = 11 // "100% (365)" and a space
		gap      = 2  // between the label and the figures, so they never read as one
		minLabel = 20 // below this, labels go on a line of their own
	)
	figs := make([]string, len(ps))
	figsW := 2 * figW
	for i, p := range ps {
		if p.Enough() {
			figs[i] = pad(fmt.Sprintf("%d%% (%d)", p.Done.Percent(), p.Done.Nights), figW) +
				fmt.Sprintf("%d%% (%d)", p.NotDone.Percent(), p.NotDone.Nights)
		} else {
			figs[i] = fmt.Sprintf("not enough nights yet (%d/%d)", p.Done.Nights, p.NotDone.Nights)
		}
		figsW = max(figsW, ansi.StringWidth(figs[i]))
	}
	longest := 0
	for _, p := range ps {
		longest = max(longest, ansi.StringWidth(p.Label))
	}
	labelW := min(longest, w-gap-figsW)
	wide := labelW >= max(1, min(longest, minLabel))
	render := func(p history.Pattern, f string) string {
		if p.Enough() {
			return st.Accent.Render(f)
		}
		return st.Muted.Render(f)
	}
	var out []string
	if wide {
		out = append(out, st.Muted.Render(pad("", labelW+gap)+pad("ticked", figW)+"didn't"))
	} else {
		out = append(out, st.Muted.Render(layout.Truncate("ticked · didn't", w)))
	}
	for i, p := range ps {
		if wide {
			out = append(out, layout.Truncate(st.Text.Render(pad(layout.Truncate(p.Label, labelW), labelW+gap))+render(p, figs[i]), w))
			continue
		}
		out = append(out, layout.Truncate(st.Text.Render(p.Label), w), layout.Truncate("  "+render(p, figs[i]), w))
	}
	return out
}

func pad(s string, n int) string {
	if d := n - ansi.StringWidth(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// ---- Help ----

// HelpAbout is how the journal counts and keeps, below the keys.
func (m Model) HelpAbout(w int) []string {
	return wrapped("A cramp before noon counts toward the night before. Edits and deletions are added to your journal as new lines; nothing is rewritten.", w, m.s.Styles.Muted.Render)
}
