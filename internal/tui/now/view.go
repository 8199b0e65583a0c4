package now

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"

	"github.com/crampcoach/cramp/internal/tui/countdown"
	"github.com/crampcoach/cramp/internal/tui/layout"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// The big digits need about this much room; below it the time is one line.
const (
	bigMinWidth  = 40
	bigMinHeight = 12
)

// Priorities for layout.Fit: who gets room first on a small terminal. The
// way out (the keys) and a leave confirmation come first, then the balance
// cue and the timer, then the instruction, cut if it must be.
const (
	prioSpace = iota
	prioFooter
	prioTip
	prioRefine
	prioHeader
	prioNotice
	prioTitle
	prioText
	prioSeated
	prioPrompt
	prioTimer
	prioCue
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
	case m.phase == eased:
		lines = m.easedLines(w, h)
	default:
		lines = m.stepLines(w, h)
	}
	return strings.Join(lines, "\n")
}

func (m Model) stepLines(w, h int) []string {
	st := &m.s.Styles
	step := m.current()
	text := step.Text
	if t := step.Sites.For(m.site); t != "" {
		text = t
	}

	var cue, seated []string
	if step.Stands {
		cue = layout.Style(layout.Wrap("First: "+step.BalanceCue, w), st.Accent.Render)
		seated = layout.Style(layout.Wrap("s · "+step.SeatedAlternative, w), st.Muted.Render)
	}
	var leaving []string
	if m.leaving {
		leaving = layout.Style(layout.Wrap("Leave now? Press q again to leave. Any other key keeps going.", w), st.Accent.Render)
	}

	return layout.Fit(h, w,
		layout.Block{Lines: []string{m.header(w)}, Priority: prioHeader},
		layout.Block{Lines: []string{""}, Priority: prioSpace},
		layout.Block{Lines: layout.Style(layout.Wrap(step.Title, w), st.Title.Render), Priority: prioTitle},
		layout.Block{Lines: cue, Priority: prioCue, Cut: true},
		layout.Block{Lines: layout.Style(layout.Wrap(text, w), st.Text.Render), Priority: prioText, Cut: true},
		layout.Block{Lines: layout.Style(layout.Wrap(step.Caution, w), st.Warn.Render), Priority: prioCue, Cut: true},
		layout.Block{Lines: layout.Style(layout.Wrap(step.Tip, w), st.Muted.Render), Priority: prioTip},
		layout.Block{Lines: seated, Priority: prioSeated, Cut: true},
		layout.Block{Lines: m.timerLines(w, h), Priority: prioTimer},
		layout.Block{Lines: m.promptLines(w, h), Priority: prioPrompt},
		layout.Block{Lines: m.refineLines(w), Priority: prioRefine},
		layout.Block{Lines: layout.Notices(w, m.s.Styles.Notice.Render, m.s.Notice, m.notice), Priority: prioNotice},
		layout.Block{Lines: leaving, Priority: prioLeaving, Cut: true},
		layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: prioKeys},
		layout.Block{Lines: layout.Style(layout.Wrap(m.s.Content.Relief.Footer, w), st.Muted.Render), Priority: prioFooter},
	)
}

// header is "Cramp now · left calf" with the elapsed time on the right.
func (m Model) header(w int) string {
	st := &m.s.Styles
	where := strings.TrimSpace(m.side + " " + m.site)
	left := "Cramp now"
	if where != "" {
		left += " · " + where
	}
	if mark := m.escalationMark(); mark != "" {
		left += " · " + mark
	}
	return layout.Spread(st.Muted.Render(left), st.Muted.Render(clockText(m.Elapsed())+" since start"), w)
}

// escalationMark is the quiet trace the escalation leaves once it has come
// up and been dismissed: "over 10 min · ! help", for the rest of the episode.
func (m Model) escalationMark() string {
	if !m.escalated {
		return ""
	}
	after := m.s.Content.Relief.EscalateAfter.Duration
	what := fmt.Sprintf("%d min", int(after/time.Minute))
	if after < time.Minute || after%time.Minute != 0 {
		what = clockText(after)
	}
	return "over " + what + " · " + m.s.Keys.RedFlags.Help().Key + " help"
}

// easedAfterText is how long until it eased, "under 1 s" within the first
// second (never 0:00).
func easedAfterText(d time.Duration) string {
	if d < time.Second {
		return "under 1 s"
	}
	return clockText(d)
}

// timerLines is the hold countdown: big digits with a blank line above when
// there is room, one compact line when there is not.
func (m Model) timerLines(w, h int) []string {
	if m.current().Hold.Duration == 0 || m.phase != doing {
		return nil
	}
	st := &m.s.Styles
	left := countdown.Format(m.hold.Remaining())
	if w >= bigMinWidth && h >= bigMinHeight && countdown.BigWidthFor(left, w, h) <= w {
		out := []string{""}
		for _, row := range strings.Split(countdown.BigFor(left, w, h), "\n") {
			out = append(out, layout.Center(st.Timer.Render(row), w))
		}
		return append(out, layout.Center(st.Muted.Render("hold · then check in"), w))
	}
	// One line: the hold on the left, the time since the start on the right.
	return []string{layout.Spread(st.Timer.Render(left)+st.Muted.Render(" hold, then check in"), st.Muted.Render(clockText(m.Elapsed())), w)}
}

// promptLines ask whether it has eased and offer what comes next: after a
// hold, or while a step without a timer is on screen (then only the next
// steps, since its keys are in the key line).
func (m Model) promptLines(w, h int) []string {
	if !m.offersNext() {
		return nil
	}
	st := &m.s.Styles
	k := m.s.Keys
	asking := m.phase == asking
	var opts []string
	if asking {
		opts = append(opts, hint(st, k.Eased, "it eased"))
		if !slices.Contains(m.current().Next, m.s.Content.Relief.First) {
			opts = append(opts, hint(st, k.Again, "stretch again"))
		}
	}
	for i, id := range m.current().Next {
		if i >= len(k.Options) {
			break
		}
		next := m.s.Content.Relief.Steps[m.indexOf(id)]
		opts = append(opts, st.Key.Render(k.Options[i].Keys()[0])+" "+st.Text.Render(next.Title))
	}
	var out []string
	if h < bigMinHeight {
		// Small terminal: the question, then the choices on one line.
		if asking {
			out = append(out, truncate(st.Title.Render("Has it eased?"), w))
		}
		return append(out, truncate(strings.Join(opts, st.Muted.Render(" · ")), w))
	}
	out = append(out, "")
	if asking {
		out = append(out, st.Title.Render("Has it eased?"))
	} else {
		out = append(out, st.Muted.Render("Then:"))
	}
	for _, o := range opts {
		out = append(out, truncate(o, w))
	}
	return out
}

func (m Model) refineLines(w int) []string {
	if m.phase == eased {
		return nil
	}
	st := &m.s.Styles
	k := m.s.Keys
	// The labels are muted too: in the night theme no text may show in the
	// terminal's own (bright) foreground.
	line := st.Muted.Render("where:") + " " + strings.Join([]string{
		mark(st, k.Calf, m.site == "calf"),
		mark(st, k.Foot, m.site == "foot"),
		mark(st, k.Thigh, m.site == "thigh"),
	}, " ") + "  " + st.Muted.Render("side:") + " " + strings.Join([]string{
		mark(st, k.Left, m.side == "left"),
		mark(st, k.Right, m.side == "right"),
	}, " ")
	return []string{"", truncate(line, w)}
}

// Lines of the aftercare screen around its scrolling text.
const easedChrome = 5 // header, title, blank, severity, keys

func (m Model) easedLines(w, h int) []string {
	st := &m.s.Styles
	sev := "How bad was it? ←/→ to rate 0-10 (optional)"
	if m.severity >= 0 {
		sev = fmt.Sprintf("How bad was it: %d of 10 (←/→)", m.severity)
	}
	body := strings.Split(layout.Page(&m.after, m.afterText), "\n")
	// The viewport pads its view to its height; when all of the text fits,
	// the padding is not part of it.
	body = body[:min(len(body), m.after.TotalLineCount())]
	return layout.Fit(h, w,
		layout.Block{Lines: []string{layout.Spread(st.Muted.Render(m.easedHeading()), st.Muted.Render("after "+easedAfterText(m.endedAfter)), w)}, Priority: 3},
		layout.Block{Lines: layout.Style(layout.Wrap(m.s.Content.Relief.Eased.Title, w), st.Title.Render), Priority: 4},
		layout.Block{Lines: body, Priority: 5, Cut: true},
		layout.Block{Lines: []string{""}, Priority: 1},
		layout.Block{Lines: []string{truncate(st.Accent.Render(sev), w)}, Priority: 6},
		// A failed save matters most right here, where the end record is written.
		layout.Block{Lines: layout.Notices(w, m.s.Styles.Notice.Render, m.s.Notice, m.notice), Priority: 7},
		layout.Block{Lines: []string{layout.Keys(&m.s.Styles, m, w)}, Priority: 8},
	)
}

// easedHeading is "Eased", "Eased again" when it came back, and the
// escalation's trace when it came up.
func (m Model) easedHeading() string {
	h := "Eased"
	if m.eases > 1 {
		h = "Eased again"
	}
	if mark := m.escalationMark(); mark != "" {
		h += " · " + mark
	}
	return h
}

// aftercareLines is the aftercare text for the viewport: each item with its
// safety note, a blank line between items.
func (m Model) aftercareLines(w int) []string {
	st := &m.s.Styles
	var out []string
	for i, item := range m.s.Content.Relief.Eased.Items {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, layout.Style(layout.Wrap(item.Title+": "+item.Text, w), st.Text.Render)...)
		out = append(out, layout.Style(layout.Wrap(item.Safety, w), st.Warn.Render)...)
	}
	return out
}

// sizeAftercare gives the aftercare viewport the room the screen leaves it.
func (m *Model) sizeAftercare() {
	if m.phase != eased || m.width <= 0 {
		return
	}
	extra := 0
	if m.notice != "" || m.s.Notice != "" {
		extra = len(layout.Notices(m.width, m.s.Styles.Notice.Render, m.s.Notice, m.notice))
	}
	m.after.SetWidth(m.width)
	m.after.SetHeight(max(1, m.height-easedChrome-extra))
	m.afterText = m.aftercareLines(m.width)
	m.after.SetContentLines(m.afterText)
}

// HelpAbout is the relief footer (what the app is, when to get help)
// below the keys.
func (m Model) HelpAbout(w int) []string {
	return layout.Style(layout.Wrap(m.s.Content.Relief.Footer, w), m.s.Styles.Muted.Render)
}

// ShortHelp lists the keys that matter in the current state.
func (m Model) ShortHelp() []key.Binding {
	k := m.s.Keys
	switch {
	case m.phase == eased:
		// Red flags before the rating: the line drops what does not fit.
		b := []key.Binding{k.Done, k.CameBack, k.RedFlags, k.SeverityDown}
		if m.after.TotalLineCount() > m.after.Height() {
			b = append(b, k.Scroll.Up)
		}
		return append(b, k.Help)
	case m.phase == doing && m.current().Hold.Duration == 0:
		b := []key.Binding{k.Done, k.Eased}
		if m.current().Stands {
			b = append(b, k.Seated)
		}
		return append(b, k.RedFlags, k.Help, k.Back)
	case m.phase == doing:
		return []key.Binding{k.Eased, k.Again, k.RedFlags, k.Help, k.Back}
	}
	return []key.Binding{k.RedFlags, k.Help, k.Back}
}

// FullHelp lists the keys that work on the relief screen as it is now,
// for the help view: aftercare has its own; a step lists done, stay seated
// and the next steps only where they work.
func (m Model) FullHelp() [][]key.Binding {
	k := m.s.Keys
	if m.phase == eased {
		return [][]key.Binding{
			{k.Done, k.CameBack, k.SeverityDown, k.Scroll.Up},
			{k.RedFlags, k.Help, k.ForceQuit},
		}
	}
	step := m.current()
	first := []key.Binding{k.Eased, k.Again}
	if m.phase == doing && step.Hold.Duration == 0 {
		first = append(first, k.Done)
	}
	if step.Stands {
		first = append(first, k.Seated)
	}
	if m.offersNext() && len(step.Next) > 0 {
		first = append(first, k.Options[0])
	}
	return [][]key.Binding{
		first,
		{k.Calf, k.Foot, k.Thigh, k.Left, k.Right},
		{k.RedFlags, k.Help, k.Back, k.ForceQuit},
	}
}

func hint(st *theme.Styles, b key.Binding, desc string) string {
	return st.Key.Render(b.Help().Key) + " " + st.Text.Render(desc)
}

func mark(st *theme.Styles, b key.Binding, on bool) string {
	h := b.Help()
	if on {
		return st.Accent.Render("[" + h.Key + " " + h.Desc + "]")
	}
	return st.Key.Render(h.Key) + " " + st.Muted.Render(h.Desc)
}

// clockText shows elapsed time as m:ss, or h:mm:ss past an hour.
func clockText(d time.Duration) string {
	d = d.Truncate(time.Second)
	h, mnt, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, mnt, s)
	}
	return fmt.Sprintf("%d:%02d", mnt, s)
}

func identity(s ...string) string { return strings.Join(s, "") }

func truncate(s string, w int) string { return layout.Truncate(s, w) }
