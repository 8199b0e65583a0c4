package app

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/layout"
	"github.com/crampcoach/cramp/internal/tui/redflags"
)

// overlay is what the root draws over a screen: its help or the red-flag
// panel, one at a time. It is the one place "?" and "!" are handled, so no
// screen and no state of a screen can be without them.
type overlay struct {
	s    *tui.Session
	kind overlayKind
	// panel and page are held by pointer, so the root model (and this,
	// inside it) stays small to copy; they are replaced through edit,
	// never changed in place, so copies never see each other's changes.
	panel *redflags.Model
	// page is the help's keys and the screen's notes, scrolling when they
	// do not fit; the title and the line that says how to close stay put.
	page   *viewport.Model
	lines  []string // what the page holds
	cover  tui.Cover
	screen tui.Screen // whose help is open
	width  int
	height int
}

type overlayKind int

const (
	noOverlay overlayKind = iota
	helpOverlay
	flagsOverlay
)

func newOverlay(s *tui.Session) overlay {
	page := viewport.New()
	page.KeyMap = s.Keys.Scroll
	panel := redflags.New(s)
	return overlay{s: s, panel: &panel, page: &page}
}

// edit points p at a changed copy of what it points to.
func edit[T any](p **T, change func(*T)) {
	c := **p
	change(&c)
	*p = &c
}

func (o *overlay) open() bool      { return o.kind != noOverlay }
func (o *overlay) helpOpen() bool  { return o.kind == helpOverlay }
func (o *overlay) flagsOpen() bool { return o.kind == flagsOverlay }
func (o *overlay) close()          { o.kind, o.screen = noOverlay, nil }

func (o *overlay) name() string {
	switch o.kind {
	case helpOverlay:
		return "help"
	case flagsOverlay:
		return "redflags"
	}
	return ""
}

// openFlags shows the red-flag panel and reports whether an overlay was
// already open (so the screen was covered already).
func (o *overlay) openFlags(escalationFirst bool, cover tui.Cover) (wasOpen bool) {
	wasOpen = o.open()
	o.kind, o.screen = flagsOverlay, nil
	edit(&o.panel, func(p *redflags.Model) {
		p.SetSize(o.width, o.height) // sized only while open
		p.Open(escalationFirst)
	})
	o.setCover(cover)
	return wasOpen
}

// openHelp shows screen's keys and notes; it reports, as openFlags does,
// whether an overlay was already open.
func (o *overlay) openHelp(screen tui.Screen, cover tui.Cover) (wasOpen bool) {
	wasOpen = o.open()
	o.kind, o.screen = helpOverlay, screen
	o.setCover(cover)
	o.fillHelp()
	edit(&o.page, func(p *viewport.Model) { p.GotoTop() })
	return wasOpen
}

// setCover shows what the covered screen keeps and says.
func (o *overlay) setCover(c tui.Cover) {
	o.cover = c
	edit(&o.panel, func(p *redflags.Model) {
		p.SetExtraKeys(c.Keys...)
		p.SetNote(c.Note)
	})
	if o.helpOpen() {
		o.fillHelp()
	}
}

func (o *overlay) setSize(width, height int) {
	o.width, o.height = width, height
	if o.flagsOpen() {
		edit(&o.panel, func(p *redflags.Model) { p.SetSize(width, height) })
	}
	edit(&o.page, func(p *viewport.Model) {
		p.SetWidth(width)
		p.SetHeight(max(1, height-2)) // the title and the closing line
	})
	if o.helpOpen() {
		o.fillHelp()
	}
}

// scroll moves the overlay's text.
func (o *overlay) scroll(msg tea.KeyPressMsg) tea.Cmd {
	var cmd tea.Cmd
	if o.flagsOpen() {
		edit(&o.panel, func(p *redflags.Model) { *p, cmd = p.Update(msg) })
	} else {
		edit(&o.page, func(p *viewport.Model) { *p, cmd = p.Update(msg) })
	}
	return cmd
}

func (o *overlay) view() string {
	if o.flagsOpen() {
		return o.panel.View()
	}
	w, h := o.width, o.height
	if w <= 0 || h <= 0 {
		return ""
	}
	st := &o.s.Styles
	title := st.Title.Render("Keys")
	if h < 3 {
		return layout.Truncate(o.closeLine(), w)
	}
	// The page's own lines, not the viewport's View: that pads every line
	// to the width and the page to the height, which costs most of a frame
	// and only puts the closing line further from the keys.
	top := min(o.page.YOffset(), len(o.lines))
	shown := o.lines[top:min(len(o.lines), top+o.page.Height())]
	return strings.Join(append(append([]string{title}, shown...), layout.Truncate(o.closeLine(), w)), "\n")
}

// closeLine says how to close the help, and how to see the rest of it when
// it does not fit.
func (o *overlay) closeLine() string {
	st := &o.s.Styles
	k := o.s.Keys
	line := st.Key.Render("?/esc") + " " + st.Muted.Render("close")
	if o.page.TotalLineCount() > o.page.Height() {
		line += "  " + st.Key.Render("↑/↓") + " " + st.Muted.Render("more")
	}
	return line + "  " + st.Key.Render(k.RedFlags.Help().Key) + " " + st.Muted.Render(k.RedFlags.Help().Desc)
}

// fillHelp lays out the screen's keys for the width: in columns when they
// fit, one column when they do not, each line cut to the width.
func (o *overlay) fillHelp() {
	if o.screen == nil {
		return
	}
	w := max(1, o.width)
	st := &o.s.Styles
	var lines []string
	if o.cover.Note != "" {
		lines = append(layout.Style(layout.Wrap(o.cover.Note, w), st.Accent.Render), "")
	}
	groups := o.screen.FullHelp()
	body := strings.Split(layout.FullHelp(st, groups), "\n")
	if widest(body) > w {
		body = strings.Split(layout.FullHelp(st, [][]key.Binding{slices.Concat(groups...)}), "\n")
	}
	if widest(body) > w {
		body = o.keyList(slices.Concat(groups...), w)
	}
	for _, l := range body {
		lines = append(lines, layout.Truncate(l, w))
	}
	if about := o.screen.HelpAbout(w); len(about) > 0 {
		lines = append(append(lines, ""), about...)
	}
	o.lines = lines
	edit(&o.page, func(p *viewport.Model) { p.SetContentLines(lines) })
}

// keyList is the keys for a narrow terminal: each key then what it does,
// the words wrapped below it rather than cut.
func (o *overlay) keyList(bs []key.Binding, w int) []string {
	st := &o.s.Styles
	var out []string
	for _, b := range bs {
		if !b.Enabled() {
			continue
		}
		h := b.Help()
		desc := layout.Wrap(h.Desc, max(1, w-layout.Width(h.Key)-1))
		if len(desc) == 0 {
			desc = []string{""}
		}
		out = append(out, st.HelpKey.Render(h.Key)+" "+st.HelpDesc.Render(desc[0]))
		for _, more := range layout.Wrap(strings.Join(desc[1:], " "), max(1, w-2)) {
			out = append(out, "  "+st.HelpDesc.Render(more))
		}
	}
	return out
}

func widest(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, layout.Width(l))
	}
	return w
}
