package relief

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"

	"github.com/crampcoach/cramp/internal/countdown"
	"github.com/crampcoach/cramp/internal/layout"
	"github.com/crampcoach/cramp/internal/theme"
)

// The big digits need about this much room; below it the time is one line.
const (
	bigMinWidth  = 40
	bigMinHeight = 12
)

// Priorities for layout.Fit: what stays longest on a tiny terminal. The
// instruction (and, for standing steps, the balance cue) outlives everything.
const (
	prioSpace = iota
	prioFooter
	prioRefine
	prioTip
	prioNotice
	prioSeated
	prioHeader
	prioKeys
	prioPrompt
	prioTimer
	prioText
	prioCue
)

// View draws the screen for the size last given to SetSize.
func (m Model) View() string {
	w, h := m.width, m.height
	if w <= 0 || h <= 0 {
		return ""
	}
	var lines []string
	switch {
	case m.showHelp:
		lines = m.helpLines(w, h)
	case m.overlay:
		return m.flags.View()
	case m.phase == eased:
		lines = m.easedLines(w, h)
	default:
		lines = m.stepLines(w, h)
	}
	return strings.Join(lines, "\n")
}

func (m Model) stepLines(w, h int) []string {
	st := m.s.Styles
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

	body := layout.Style(layout.Wrap(text, w), st.Text.Render)
	if h < bigMinHeight {
		// On a tiny terminal keep two lines for the timer and the keys.
		body = layout.Fit(max(2, h-2), w, layout.Block{Lines: body})
	}

	return layout.Fit(h, w,
		layout.Block{Lines: []string{m.header(w)}, Priority: prioHeader},
		layout.Block{Lines: []string{""}, Priority: prioSpace},
		layout.Block{Lines: layout.Style(layout.Wrap(step.Title, w), st.Title.Render), Priority: prioHeader},
		layout.Block{Lines: cue, Priority: prioCue},
		layout.Block{Lines: body, Priority: prioText},
		layout.Block{Lines: layout.Style(layout.Wrap(step.Tip, w), st.Muted.Render), Priority: prioTip},
		layout.Block{Lines: seated, Priority: prioSeated},
		layout.Block{Lines: m.timerLines(w, h), Priority: prioTimer},
		layout.Block{Lines: m.promptLines(w, h), Priority: prioPrompt},
		layout.Block{Lines: m.refineLines(w), Priority: prioRefine},
		layout.Block{Lines: m.noticeLines(w), Priority: prioNotice},
		layout.Block{Lines: []string{m.keyLine(w)}, Priority: prioKeys},
		layout.Block{Lines: layout.Style(layout.Wrap(m.s.Content.Relief.Footer, w), st.Muted.Render), Priority: prioFooter},
	)
}

// header is "Cramp now · left calf" with the elapsed time on the right.
func (m Model) header(w int) string {
	st := m.s.Styles
	where := strings.TrimSpace(m.side + " " + m.site)
	left := "Cramp now"
	if where != "" {
		left += " · " + where
	}
	return layout.Spread(st.Muted.Render(left), st.Muted.Render(clockText(m.Elapsed())), w)
}

// timerLines is the hold countdown: big digits with a blank line above when
// there is room, one compact line when there is not.
func (m Model) timerLines(w, h int) []string {
	if m.current().Hold.Duration == 0 || m.phase != doing {
		return nil
	}
	st := m.s.Styles
	left := countdown.Format(m.hold.Remaining())
	if w >= bigMinWidth && h >= bigMinHeight && countdown.BigWidth(left) <= w {
		out := []string{""}
		for _, row := range strings.Split(countdown.Big(left), "\n") {
			out = append(out, layout.Center(st.Timer.Render(row), w))
		}
		return append(out, layout.Center(st.Muted.Render("hold · then check in"), w))
	}
	return []string{truncate(st.Timer.Render(left)+st.Muted.Render(" hold, then check in"), w)}
}

// promptLines ask whether it has eased and offer what comes next.
func (m Model) promptLines(w, h int) []string {
	if !m.offersNext() {
		return nil
	}
	st := m.s.Styles
	k := m.s.Keys
	if h < bigMinHeight {
		// Tiny terminal: the question and its keys on two short lines.
		keys := []string{k.Eased.Help().Key, k.Again.Help().Key}
		for i := range min(len(m.current().Next), len(k.Options)) {
			keys = append(keys, k.Options[i].Keys()[0])
		}
		question := st.Title.Render("Has it eased?")
		if m.phase == doing {
			question = hint(st.Key.Render, k.Done, "done") + " " + hint(st.Key.Render, k.Eased, "eased")
		}
		return []string{truncate(question, w), truncate(st.Key.Render(strings.Join(keys, " · ")), w)}
	}
	var out []string
	if m.phase == asking {
		out = append(out, "", st.Title.Render("Has it eased?"))
	}
	opts := []string{hint(st.Key.Render, k.Eased, "it eased"), hint(st.Key.Render, k.Again, "stretch again")}
	for i, id := range m.current().Next {
		if i >= len(k.Options) {
			break
		}
		next := m.s.Content.Relief.Steps[m.indexOf(id)]
		opts = append(opts, st.Key.Render(k.Options[i].Keys()[0])+" "+next.Title)
	}
	for _, o := range opts {
		out = append(out, layout.Style(layout.Wrap(o, w), identity)...)
	}
	return out
}

func (m Model) refineLines(w int) []string {
	if m.phase == eased {
		return nil
	}
	st := m.s.Styles
	k := m.s.Keys
	line := "where: " + strings.Join([]string{
		mark(st, k.Calf, m.site == "calf"),
		mark(st, k.Foot, m.site == "foot"),
		mark(st, k.Thigh, m.site == "thigh"),
	}, " ") + "  side: " + strings.Join([]string{
		mark(st, k.Left, m.side == "left"),
		mark(st, k.Right, m.side == "right"),
	}, " ")
	return []string{"", truncate(line, w)}
}

func (m Model) noticeLines(w int) []string {
	var out []string
	for _, n := range []string{m.s.Notice, m.notice} {
		if n != "" {
			out = append(out, layout.Style(layout.Wrap(n, w), m.s.Styles.Notice.Render)...)
		}
	}
	return out
}

// keyLine is the short help at the bottom: the keys that matter right now.
func (m Model) keyLine(w int) string {
	m.help.SetWidth(w)
	// ShortHelpView can overrun when not even its ellipsis fits; cut it.
	return truncate(m.help.ShortHelpView(m.ShortHelp()), w)
}

func (m Model) easedLines(w, h int) []string {
	st := m.s.Styles
	after := m.s.Content.Relief.Eased
	blocks := []layout.Block{
		{Lines: []string{layout.Spread(st.Muted.Render("Eased"), st.Muted.Render("after "+clockText(m.endedAfter)), w)}, Priority: 9},
		{Lines: layout.Style(layout.Wrap(after.Title, w), st.Title.Render), Priority: 9},
	}
	for i, item := range after.Items {
		lines := layout.Style(layout.Wrap(item.Title+": "+item.Text, w), st.Text.Render)
		if item.Safety != "" {
			lines = append(lines, layout.Style(layout.Wrap(item.Safety, w), st.Warn.Render)...)
		}
		// Safety notes outlive the rest; earlier items outlive later ones.
		prio := 5 - i
		if item.Safety != "" {
			prio = 6
		}
		blocks = append(blocks, layout.Block{Lines: lines, Priority: prio})
	}
	sev := "how bad was it? ←/→ 0-10"
	if m.severity >= 0 {
		sev = fmt.Sprintf("how bad was it: %d of 10 (←/→)", m.severity)
	}
	blocks = append(blocks,
		layout.Block{Lines: []string{"", st.Muted.Render(truncate(sev, w))}, Priority: 4},
		// A failed save matters most right here, where the end record is written.
		layout.Block{Lines: m.noticeLines(w), Priority: 7},
		layout.Block{Lines: []string{m.keyLine(w)}, Priority: 8},
	)
	return layout.Fit(h, w, blocks...)
}

func (m Model) helpLines(w, h int) []string {
	m.help.SetWidth(w)
	m.help.ShowAll = true
	title := m.s.Styles.Title.Render("Keys")
	body := strings.Split(m.help.FullHelpView(m.FullHelp()), "\n")
	about := layout.Style(layout.Wrap(m.s.Content.Relief.Footer, w), m.s.Styles.Muted.Render)
	return layout.Fit(h, w,
		layout.Block{Lines: []string{title}, Priority: 2},
		layout.Block{Lines: body, Priority: 3},
		layout.Block{Lines: append([]string{""}, about...), Priority: 1},
	)
}

// ShortHelp lists the keys that matter in the current state.
func (m Model) ShortHelp() []key.Binding {
	k := m.s.Keys
	switch {
	case m.overlay:
		return []key.Binding{k.Back}
	case m.phase == eased:
		return []key.Binding{k.SeverityDown, k.Done, k.RedFlags, k.Help}
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

// FullHelp lists every key of the relief screen, for the help view.
func (m Model) FullHelp() [][]key.Binding {
	k := m.s.Keys
	return [][]key.Binding{
		{k.Eased, k.Again, k.Done, k.Seated, k.Options[0]},
		{k.Calf, k.Foot, k.Thigh, k.Left, k.Right},
		{k.RedFlags, k.Help, k.Back, k.ForceQuit},
	}
}

func hint(render func(...string) string, b key.Binding, desc string) string {
	return render(b.Help().Key) + " " + desc
}

func mark(st theme.Styles, b key.Binding, on bool) string {
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
