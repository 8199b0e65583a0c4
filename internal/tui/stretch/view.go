package stretch

import (
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui/countdown"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// The big digits need about this much room; below it the time is one line.
const (
	bigMinWidth  = 30
	bigMinHeight = 12
)

// Priorities for layout.Fit on the player: who gets room first on a small
// terminal. The way out and a leave confirmation first, then the timer and
// what to do, then where we are, then the full instruction.
const (
	prioSpace = iota
	prioDuring
	prioNext
	prioBar
	prioNotice
	prioText
	prioHeader
	prioCue
	prioPhase
	prioTitle
	prioTimer
	prioKeys
	prioLeaving
)

// View draws the screen for the size last given to SetSize.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	var lines []string
	switch {
	case m.phase == Picking:
		lines = m.pickerLines(w, h)
	case m.phase == Complete:
		lines = m.completeLines(w, h)
	default:
		lines = m.playerLines(w, h)
	}
	return strings.Join(lines, "\n")
}

// frame is the player's screen, built by Update and SetSize: refresh when
// the state or size changes, refreshTime when the shown second does. View
// only fits it to the height, so drawing stays cheap however often it runs.
type frame struct {
	blocks  [14]layout.Block
	timerAt int    // the timer's block
	barAt   int    // the progress bar's block
	big     bool   // the time is drawn in big digits
	caption string // styled: centred under the digits, or after the compact time
	w, h    int    // the size it was built for (the digits' font follows it)
}

// refresh rebuilds the frame for the current state and size.
func (m *Model) refresh() {
	w, h := m.width, m.height
	if !m.playing() || w <= 0 || h <= 0 {
		return
	}
	st := &m.s.Styles
	step := m.steps[m.cur]
	txt := TextOf(step, m.seated)

	title := strings.ToUpper(txt.Title)
	if step.Side != "" {
		title += " · " + strings.ToUpper(step.Side)
	}
	var phase, during, leaving []string
	switch {
	case m.phase == LeadIn && m.swapped:
		version := "Standing version"
		if txt.Seated {
			version = "Seated version"
		}
		phase = layout.Style(layout.Wrap(version+": the step starts again. Get ready: "+txt.GetReady, w), st.Accent.Render)
	case m.phase == LeadIn && step.Second:
		phase = layout.Style(layout.Wrap("Switch sides: now the "+step.Side+" leg.", w), st.Accent.Render)
	case m.phase == LeadIn:
		phase = layout.Style(layout.Wrap("Get ready: "+txt.GetReady, w), st.Accent.Render)
	case m.phase == Holding:
		during = layout.Style(layout.Wrap(m.s.Content.Routines.During, w), st.Muted.Render)
	}
	if m.leaving {
		leaving = layout.Style(layout.Wrap("Leave the routine? Press q again to leave (what you did is kept). Any other key keeps going.", w), st.Accent.Render)
	}
	f := &m.frame
	big := m.bigText()
	f.big = w >= bigMinWidth && h >= bigMinHeight && countdown.BigWidthFor(big, w, h) <= w
	f.w, f.h = w, h
	caption := st.Muted.Render(m.caption())
	timerLines := 1
	if f.big {
		caption = layout.Center(layout.Truncate(caption, w), w)
		timerLines = 2 + countdown.BigRowsFor(w, h) // a blank line, the digits, the caption
	}
	f.caption = caption
	f.timerAt, f.barAt = 6, 10
	f.blocks = [14]layout.Block{
		{Lines: []string{m.playerHeader(w)}, Priority: prioHeader},
		{Lines: []string{""}, Priority: prioSpace},
		{Lines: layout.Style(layout.Wrap(title, w), st.Title.Render), Priority: prioTitle, Cut: true},
		{Lines: phase, Priority: prioPhase, Cut: true},
		{Lines: layout.Style(layout.Wrap(txt.Cue, w), st.Accent.Render), Priority: prioCue, Cut: true},
		{Lines: layout.Style(layout.Wrap(txt.Text, w), st.Text.Render), Priority: prioText, Cut: true},
		{Lines: make([]string, timerLines), Priority: prioTimer}, // refreshTime fills it
		{Lines: during, Priority: prioDuring, Cut: true},
		{Lines: []string{""}, Priority: prioSpace},
		{Lines: layout.Notices(w, m.s.Styles.Notice.Render, m.s.Notice, m.notice), Priority: prioNotice, Cut: true},
		{Lines: []string{""}, Priority: prioBar}, // refreshTime fills it
		{Lines: []string{layout.Truncate(st.Muted.Render("Next: ")+st.Text.Render(m.nextText()), w)}, Priority: prioNext},
		{Lines: leaving, Priority: prioLeaving, Cut: true},
		{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: prioKeys},
	}
	m.refreshTime()
}

// refreshTime redraws the time and the progress bar in the frame.
func (m *Model) refreshTime() {
	if !m.playing() || m.width <= 0 || m.height <= 0 {
		return
	}
	m.frame.blocks[m.frame.timerAt].Lines = m.timerLines(m.width)
	m.frame.blocks[m.frame.barAt].Lines = []string{m.bar.ViewAs(m.fraction())}
}

// playerLines fits the frame to the height.
func (m Model) playerLines(w, h int) []string {
	blocks := m.frame.blocks // a copy: View never changes the model
	return layout.Fit(h, w, blocks[:]...)
}

// playerHeader is the routine's title on the left and "3 of 8" on the right.
func (m Model) playerHeader(w int) string {
	st := &m.s.Styles
	right := strconv.Itoa(m.cur+1) + " of " + strconv.Itoa(len(m.steps))
	if m.seated {
		right = "seated · " + right
	}
	return layout.Spread(st.Muted.Render(m.routine.Title), st.Accent.Render(right), w)
}

// bigText is what the timer shows: the time left, or the rep count.
func (m Model) bigText() string {
	if m.phase == Reps {
		return strconv.Itoa(m.steps[m.cur].Stretch.Reps)
	}
	return countdown.Format(m.timer.Remaining())
}

// caption says what the timer is counting.
func (m Model) caption() string {
	step := m.steps[m.cur]
	switch {
	case m.timer.Paused():
		return "paused · " + m.s.Keys.Pause.Help().Key + " to go on"
	case m.phase == Reps:
		return "times · " + m.s.Keys.RepsDone.Help().Key + " when done"
	case m.phase == LeadIn && step.Second && !m.swapped:
		return "switch sides · the hold starts next"
	case m.phase == LeadIn:
		return "get ready · the hold starts next"
	case step.Side != "":
		return "hold · " + step.Side + " side"
	}
	return "hold"
}

// timerLines is the lead-in or hold as big digits with the caption under
// them, or the rep count, or one compact line on a small terminal.
func (m Model) timerLines(w int) []string {
	st := &m.s.Styles
	big := m.bigText()
	if !m.frame.big {
		return []string{layout.Truncate(st.Timer.Render(big)+" "+m.frame.caption, w)}
	}
	fw, fh := m.frame.w, m.frame.h
	pad := strings.Repeat(" ", max(0, (w-countdown.BigWidthFor(big, fw, fh))/2))
	rows := strings.Split(st.Timer.Render(countdown.BigFor(big, fw, fh)), "\n")
	out := make([]string, 0, 5)
	out = append(out, "")
	for _, row := range rows {
		out = append(out, pad+row)
	}
	return append(out, m.frame.caption)
}

// fraction is how far through the routine the player is: whole steps done,
// plus how much of the current hold has passed.
func (m Model) fraction() float64 {
	n := len(m.steps)
	if n == 0 {
		return 0
	}
	f := float64(m.cur)
	if m.phase == Holding {
		if total := m.timer.Total(); total > 0 {
			f += 1 - float64(m.timer.Remaining())/float64(total)
		}
	}
	return f / float64(n)
}

// nextText names the step after this one.
func (m Model) nextText() string {
	if m.cur+1 >= len(m.steps) {
		return "the end of the routine"
	}
	next := m.steps[m.cur+1]
	t := TextOf(next, m.seated).Title
	if next.Side != "" {
		t += ", " + next.Side
	}
	return t
}

func (m Model) pickerLines(w, h int) []string {
	st := &m.s.Styles
	r := m.s.Content.Routines
	// The routines' titles, with the summary under the highlighted one: the
	// titles stay on the smallest screen, the summary goes first.
	var before, after []string
	for i, rt := range m.routines {
		switch {
		case i < m.cursor:
			before = append(before, layout.Truncate(st.Text.Render("  "+rt.Title), w))
		case i == m.cursor:
			before = append(before, layout.Truncate(st.Accent.Render("> "+rt.Title), w))
		default:
			after = append(after, layout.Truncate(st.Text.Render("  "+rt.Title), w))
		}
	}
	var summary []string
	if m.cursor < len(m.routines) {
		rt := m.routines[m.cursor]
		for _, l := range layout.Wrap(rt.Summary+" "+Plan(&m.s.Content.Routines, rt, m.opts.Hold)+".", max(1, w-2)) {
			summary = append(summary, "  "+st.Muted.Render(l))
		}
	}
	// The summary's timings are worked out from the holds used (Plan); --hold
	// is also said beside it.
	var override []string
	if m.opts.Hold > 0 {
		override = layout.Style(layout.Wrap(HoldOverride(m.opts.Hold), w), st.Accent.Render)
	}
	seated := "Seated versions: off"
	if m.seated {
		seated = "Seated versions: on"
	}
	rest, notice := m.restLines(w), layout.Notices(w, m.s.Styles.Notice.Render, m.s.Notice, m.notice)
	// The safety cautions in full when they fit beside the list, else their
	// titles on a line or two (help has them in full).
	room := h - 3 - len(before) - len(summary) - len(after) - len(override) - len(rest) - len(notice)
	var safety []string
	for _, b := range r.Safety {
		safety = append(safety, layout.Style(layout.Wrap("• "+b.Title+": "+b.Text, w), st.Warn.Render)...)
	}
	if len(safety)+1 > room {
		titles := make([]string, len(r.Safety))
		for i, b := range r.Safety {
			titles[i] = b.Title
		}
		safety = layout.Style(layout.Wrap("Safety: "+strings.Join(titles, " · ")+". More on ?.", w), st.Warn.Render)
	}
	return layout.Fit(h, w,
		layout.Block{Lines: []string{m.pickerHeader(w)}, Priority: 8},
		layout.Block{Lines: []string{""}, Priority: 0},
		layout.Block{Lines: layout.Style(layout.Wrap(r.Intro.Title, w), st.Accent.Render), Priority: 3, Cut: true},
		layout.Block{Lines: layout.Style(layout.Wrap(r.Intro.Text, w), st.Text.Render), Priority: 2, Cut: true},
		layout.Block{Lines: layout.Style(layout.Wrap("Sources: "+strings.Join(r.Intro.Sources, ", "), w), st.Muted.Render), Priority: 1, Cut: true},
		layout.Block{Lines: []string{""}, Priority: 0},
		layout.Block{Lines: before, Priority: 9, Cut: true},
		layout.Block{Lines: summary, Priority: 4, Cut: true},
		layout.Block{Lines: after, Priority: 9, Cut: true},
		layout.Block{Lines: []string{""}, Priority: 0},
		layout.Block{Lines: override, Priority: 4, Cut: true}, // with the summary it corrects
		layout.Block{Lines: safety, Priority: 5, Cut: true},
		layout.Block{Lines: []string{layout.Truncate(st.Muted.Render(seated), w)}, Priority: 4},
		layout.Block{Lines: rest, Priority: m.restPriority(7), Cut: true},
		layout.Block{Lines: notice, Priority: 6, Cut: true},
		layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: 10},
	)
}

// pickerHeader is the screen's title with the streak on the right: "streak
// 3 · best 5", or "streak 3" when that is all that fits beside the title,
// or none at all; the title is never cut for it.
func (m Model) pickerHeader(w int) string {
	st := &m.s.Styles
	const title = "Bedtime stretch"
	if !m.streak.Known || m.streak.Best == 0 {
		return layout.Spread(st.Title.Render(title), "", w)
	}
	cur := "streak " + strconv.Itoa(m.streak.Current)
	for _, streak := range []string{cur + " · best " + strconv.Itoa(m.streak.Best), cur} {
		if len(title)+2+ansi.StringWidth(streak) <= w {
			return layout.Spread(st.Title.Render(title), st.Muted.Render(streak), w)
		}
	}
	return layout.Spread(st.Title.Render(title), "", w)
}

// HoldOverride says that --hold set every hold, where a routine's own text
// may still name its usual length.
func HoldOverride(d time.Duration) string {
	return "Holds set to " + seconds(d) + " by --hold."
}

// restPriority is the rest lines' place in the layout: above everything
// while they ask a question, so the question is never cut away.
func (m Model) restPriority(usual int) int {
	if m.askRest != 0 {
		return 11
	}
	return usual
}

// restLines ask before a rest night is marked, confirm marked from this screen, or say that
// writing it failed and will be tried again.
func (m Model) restLines(w int) []string {
	switch {
	case m.askRest != 0:
		which := "tonight"
		if m.askRest > m.tonight() {
			which = "tomorrow night"
		}
		return layout.Style(layout.Wrap("Mark "+which+" a rest night? It keeps your streak. y yes, any other key no.", w), m.s.Styles.Accent.Render)
	case m.restErr != nil:
		return layout.Style(layout.Wrap("Couldn't save the rest night yet ("+layout.ShortErr(m.restErr)+"); it will be retried.", w), m.s.Styles.Notice.Render)
	case m.restMarked == 0:
		return nil
	}
	which := "Tonight"
	if m.restMarked > m.tonight() {
		which = "Tomorrow night"
	}
	return layout.Style(layout.Wrap(which+" is a rest night: it keeps your streak.", w), m.s.Styles.Accent.Render)
}

func (m Model) completeLines(w, h int) []string {
	st := &m.s.Styles
	fin := m.s.Content.Routines.Finished
	title, text, sources := fin.Title, fin.Text, fin.Sources
	ndone, nskipped := 0, 0
	for _, s := range m.status {
		switch s {
		case done:
			ndone++
		case skipped:
			nskipped++
		}
	}
	if !m.finished {
		title, sources = "Routine ended", nil
		text = "You skipped " + history.Count(nskipped, "step") + ", so tonight doesn't count toward your streak yet."
		if ndone == 0 {
			text = "No step was done, so tonight doesn't count toward your streak yet."
		}
	}
	var src []string
	if len(sources) > 0 {
		src = layout.Style(layout.Wrap("Sources: "+strings.Join(sources, ", "), w), st.Muted.Render)
	}
	tonight := "Tonight: " + history.Count(ndone, "step") + " done"
	if nskipped > 0 {
		tonight += ", " + strconv.Itoa(nskipped) + " skipped"
	}
	if m.usedSeated {
		tonight += " · seated versions"
	}
	var streak, legend []string
	if m.streak.Known {
		var strip []string
		strip, legend = m.strip(w)
		streak = append([]string{layout.Truncate(st.Accent.Render("Streak: "+history.Count(m.streak.Current, "night")+" · best "+strconv.Itoa(m.streak.Best)), w)}, strip...)
	}
	return layout.Fit(h, w,
		layout.Block{Lines: []string{layout.Spread(st.Muted.Render(m.routine.Title), st.Accent.Render(strconv.Itoa(ndone)+" of "+strconv.Itoa(len(m.steps))+" done"), w)}, Priority: 5},
		layout.Block{Lines: []string{""}, Priority: 0},
		layout.Block{Lines: layout.Style(layout.Wrap(strings.ToUpper(title), w), st.Title.Render), Priority: 9, Cut: true},
		layout.Block{Lines: layout.Style(layout.Wrap(text, w), st.Text.Render), Priority: 4, Cut: true},
		layout.Block{Lines: src, Priority: 1, Cut: true},
		layout.Block{Lines: []string{""}, Priority: 0},
		layout.Block{Lines: layout.Style(layout.Wrap(tonight, w), st.Text.Render), Priority: 3, Cut: true},
		layout.Block{Lines: streak, Priority: 7, Cut: true},
		layout.Block{Lines: legend, Priority: 5},
		layout.Block{Lines: m.restLines(w), Priority: m.restPriority(6), Cut: true},
		layout.Block{Lines: layout.Notices(w, m.s.Styles.Notice.Render, m.s.Notice, m.notice), Priority: 2, Cut: true},
		layout.Block{Lines: []string{""}, Priority: 0},
		layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: 10},
	)
}

// The strip of the last seven nights is 13 cells: a mark and a space each.
const (
	stripWidth   = 13
	stripLegend  = "✓ stretched · z rest"
	legendWidth  = 20 // of stripLegend
	stripLabel   = "Last 7 nights  "
	stripLabelSm = "Nights "
)

// strip draws the last seven nights, tonight last, under their weekdays'
// initials: ✓ stretched, z rest, · neither. The legend goes beside the
// marks when it fits, else it comes back as a line of its own.
func (m Model) strip(w int) (strip, legend []string) {
	st := &m.s.Styles
	label := stripLabel
	if len(label)+stripWidth > w {
		label = stripLabelSm
	}
	var days, marks strings.Builder
	for i, n := range m.streak.Last {
		if i > 0 {
			days.WriteByte(' ')
			marks.WriteByte(' ')
		}
		d := m.streak.Tonight - night.Date(len(m.streak.Last)-1-i)
		days.WriteString(d.Weekday().String()[:1])
		switch n {
		case Stretched:
			marks.WriteString(st.Accent.Render("✓"))
		case Rested:
			marks.WriteString(st.Text.Render("z"))
		default:
			marks.WriteString(st.Muted.Render("·"))
		}
	}
	pad := strings.Repeat(" ", len(label))
	out := []string{
		layout.Truncate(st.Muted.Render(label+days.String()), w),
		layout.Truncate(pad+marks.String(), w),
	}
	key := st.Muted.Render(stripLegend)
	if len(label)+stripWidth+3+legendWidth <= w {
		out[1] += "   " + key
		return out, nil
	}
	return out, []string{layout.Truncate(key, w)}
}

// HelpAbout is how the player runs and counts, and the stretch safety
// notes, below the keys.
func (m Model) HelpAbout(w int) []string {
	st := &m.s.Styles
	var about []string
	para := func(text string, render func(...string) string) {
		about = append(about, layout.Style(layout.Wrap(text, w), render)...)
	}
	para("The player runs by itself: a lead-in before each hold, a prompt to switch sides, a bell at each change (--quiet turns it off). Steps with a count wait for "+m.s.Keys.RepsDone.Help().Key+".", st.Text.Render)
	para("Streak: nights in a row with a routine done to the end, no step skipped, or a rest night. The night rolls over at "+nightRollover(m)+". z marks a rest night: tonight from the routine list, tomorrow night from the completion screen (tonight already counts).", st.Text.Render)
	for _, b := range m.s.Content.Routines.Safety {
		para("• "+b.Title+": "+b.Text, st.Warn.Render)
	}
	return about
}

// ShortHelp lists the keys that matter in the current state.
func (m Model) ShortHelp() []key.Binding {
	k := m.s.Keys
	if m.askRest != 0 {
		return []key.Binding{k.Confirm, short(k.Cancel, "no")}
	}
	switch m.phase {
	case Picking:
		return []key.Binding{k.Start, m.chooseKey(), short(k.ToggleSeat, "seated"), m.restKey(), k.Back, k.Help, k.RedFlags}
	case Complete:
		return []key.Binding{m.restKey(), k.Back, k.Help, k.RedFlags}
	}
	b := make([]key.Binding, 0, 9)
	if m.phase == Reps {
		b = append(b, k.RepsDone)
	} else {
		b = append(b, m.pauseKey())
	}
	return append(b, k.Skip, k.Previous, short(k.Restart, "restart"), short(k.ToggleSeat, "seated"), k.StretchLeave, k.Help, k.RedFlags)
}

// short is b with a shorter description, for the one-line key hint.
func short(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// FullHelp lists every key of the screen, for the help view.
func (m Model) FullHelp() [][]key.Binding {
	k := m.s.Keys
	switch m.phase {
	case Picking:
		return [][]key.Binding{{k.Start, k.Up, k.Down, k.ToggleSeat, m.restKey()}, {k.RedFlags, k.Help, k.Back, k.ForceQuit}}
	case Complete:
		return [][]key.Binding{{m.restKey(), k.Back}, {k.RedFlags, k.Help, k.ForceQuit}}
	}
	return [][]key.Binding{
		{m.pauseKey(), k.Skip, k.Previous, k.Restart},
		{k.ToggleSeat, k.RepsDone, k.StretchLeave},
		{k.RedFlags, k.Help, k.ForceQuit},
	}
}

// pauseKey says pause or resume, whichever space does now.
func (m Model) pauseKey() key.Binding {
	b := m.s.Keys.Pause
	if m.timer.Paused() {
		b.SetHelp(b.Help().Key, "resume")
	}
	return b
}

// restKey says which night z marks here.
func (m Model) restKey() key.Binding {
	b := m.s.Keys.RestNight
	switch {
	case m.restErr != nil && !m.restSaving:
		b.SetHelp(b.Help().Key, "retry saving")
	case m.restMarked != 0:
		b.SetEnabled(false)
	case m.phase == Complete && m.finished, m.phase == Picking && m.streak.Known && m.streak.Last[len(m.streak.Last)-1] == Stretched:
		b.SetHelp(b.Help().Key, "rest tomorrow")
	default:
		b.SetHelp(b.Help().Key, "rest tonight")
	}
	return b
}

func nightRollover(m Model) string { return night.FormatClock(m.s.DayStart) }

// chooseKey is ↑/↓ as one item of the picker's short help.
func (m Model) chooseKey() key.Binding {
	b := m.s.Keys.Up
	b.SetHelp("↑/↓", "choose")
	return b
}
