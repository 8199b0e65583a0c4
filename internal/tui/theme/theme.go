// Package theme holds every colour and text style the app uses. Screens take
// their styles from a Styles value built here once; they never invent colours.
package theme

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Theme names accepted by --theme.
const (
	Auto     = "auto"
	Night    = "night"
	Day      = "day"
	Contrast = "contrast"
)

// Names are the values --theme takes.
var Names = []string{Auto, Night, Day, Contrast}

// Palette is the handful of colours a theme is made of.
type Palette struct {
	Text   color.Color // body text
	Muted  color.Color // secondary text, hints
	Accent color.Color // titles, keys, the one thing to look at
	Timer  color.Color // the big countdown digits
	Warn   color.Color // red flags and escalation
	// Grounds are the backgrounds the palette is made to be read on: every
	// colour above reaches WCAG AA (4.5:1) on each (the tests hold it to
	// that). The first is the one the app paints when it sets the
	// terminal's background for the run (see Styles.Ground).
	Grounds []color.Color
}

var (
	black = lipgloss.Color("#000000")
	white = lipgloss.Color("#ffffff")
)

// The night palette is for a dark bedroom at 3 a.m.: dim greys, an amber
// accent, no bright white and no filled areas, so the screen does not glare
// or wake a partner.
//
// Dim, but never below 4.5:1 on black: the muted grey and the timer are as
// dark as that allows. On a light terminal the app paints the background
// black for the run (it asks the terminal which it has).
var nightPalette = Palette{
	Text:    lipgloss.Color("#9e9e9e"),
	Muted:   lipgloss.Color("#767676"),
	Accent:  lipgloss.Color("#b07d2b"),
	Timer:   lipgloss.Color("#937133"),
	Warn:    lipgloss.Color("#b55d4c"),
	Grounds: []color.Color{black},
}

// The day palette is for the evening at a laptop: ordinary contrast. Body
// text is the terminal's own colour, and the rest are mid tones that reach
// 4.5:1 on black and on white alike (a narrow band: luminance 0.175-0.183),
// so it reads on a dark terminal as well as on a light one.
var dayPalette = Palette{
	Text:    lipgloss.NoColor{},
	Muted:   lipgloss.Color("#757575"),
	Accent:  lipgloss.Color("#a4690c"),
	Timer:   lipgloss.Color("#a4690c"),
	Warn:    lipgloss.Color("#cc4839"),
	Grounds: []color.Color{white, black},
}

// The contrast palette is for low vision: bright text on black, well past
// AAA (7:1). The app paints the background black for the run, so it holds
// on a light terminal too.
var contrastPalette = Palette{
	Text:    lipgloss.Color("#ffffff"),
	Muted:   lipgloss.Color("#d0d0d0"),
	Accent:  lipgloss.Color("#ffd75f"),
	Timer:   lipgloss.Color("#ffffff"),
	Warn:    lipgloss.Color("#ff8787"),
	Grounds: []color.Color{black},
}

// Styles is the set of styles every screen draws with.
type Styles struct {
	Name   string
	Title  Style // screen and step titles
	Text   Style // instructions
	Muted  Style // hints, the footer, elapsed time
	Accent Style // the balance cue and other must-read lines
	Timer  Style // the big countdown
	Warn   Style // red flags
	Key    Style // a key in a hint line ("space")
	Notice Style // quiet one-line notices (a failed save)
	Help   help.Styles
	// HelpKey and HelpDesc are Help's key and description styles (the
	// separators and the ellipsis are HelpDesc's) cached, for the key
	// lines every frame draws (layout.ShortHelp, layout.FullHelp).
	HelpKey, HelpDesc Style
	// Palette is what the styles are made of.
	Palette Palette
}

// Ground is the background to paint for the run, and the text colour that
// goes with it, when the terminal's own background would not do: on a
// light terminal (light is true) the night theme paints black; the
// contrast theme always paints black. nil, nil: leave the terminal's.
func (s Styles) Ground(light bool) (bg, fg color.Color) {
	switch {
	case s.Name == Contrast, s.Name == Night && light:
		return s.Palette.Grounds[0], s.Palette.Text
	}
	return nil, nil
}

// Resolve turns "auto" into night or day by the local hour (night from 20:00
// to 08:00) and checks the name.
func Resolve(name string, now time.Time) (string, error) {
	switch name {
	case Night, Day, Contrast:
		return name, nil
	case Auto, "":
		if h := now.Hour(); h >= 20 || h < 8 {
			return Night, nil
		}
		return Day, nil
	}
	return "", fmt.Errorf("unknown theme %q: use auto, night, day or contrast", name)
}

// New builds the styles of a resolved theme (night, day or contrast;
// anything else is night).
func New(name string) Styles {
	p := nightPalette
	switch name {
	case Day:
		p = dayPalette
	case Contrast:
		p = contrastPalette
	default:
		name = Night
	}
	base := lipgloss.NewStyle()
	key := base.Foreground(p.Accent)
	desc := base.Foreground(p.Muted)
	return Styles{
		Name:     name,
		Palette:  p,
		Title:    line(base.Foreground(p.Accent).Bold(true)),
		Text:     line(base.Foreground(p.Text)),
		Muted:    line(base.Foreground(p.Muted)),
		Accent:   line(base.Foreground(p.Accent)),
		Timer:    line(base.Foreground(p.Timer)),
		Warn:     line(base.Foreground(p.Warn)),
		Key:      line(key),
		Notice:   line(base.Foreground(p.Muted).Italic(true)),
		HelpKey:  line(key),
		HelpDesc: line(desc),
		Help: help.Styles{
			Ellipsis:       desc,
			ShortKey:       key,
			ShortDesc:      desc,
			ShortSeparator: desc,
			FullKey:        key,
			FullDesc:       desc,
			FullSeparator:  desc,
		},
	}
}

// Style is a text style (colour and weight, no layout) with a Render that
// costs a string concatenation. Screens render every line of every frame
// through these; lipgloss's own Render does its full layout work for each
// line, which was most of a frame's cost. The lipgloss style is embedded for
// everything else (Bold, GetForeground, …).
type Style struct {
	lipgloss.Style
	// pre and post are what lipgloss puts around one line of text.
	pre, post string
}

// line takes a style of colour and text attributes only, and learns what
// it puts around a line of text.
func line(s lipgloss.Style) Style {
	const probe = "x" // no escape sequence contains it
	out := s.Render(probe)
	i := strings.Index(out, probe)
	return Style{Style: s, pre: out[:i], post: out[i+len(probe):]}
}

// Render styles strs joined by spaces, as lipgloss would. Text of more
// than one line, or with tabs, goes to lipgloss, which pads and converts it.
func (s Style) Render(strs ...string) string {
	str := strings.Join(strs, " ")
	if strings.ContainsAny(str, "\n\t\r") {
		return s.Style.Render(strs...)
	}
	return s.pre + str + s.post
}
