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
	Auto  = "auto"
	Night = "night"
	Day   = "day"
)

// Palette is the handful of colours a theme is made of.
type Palette struct {
	Text   color.Color // body text
	Muted  color.Color // secondary text, hints
	Accent color.Color // titles, keys, the one thing to look at
	Timer  color.Color // the big countdown digits
	Warn   color.Color // red flags and escalation
}

// The night palette is for a dark bedroom at 3 a.m.: dim greys, an amber
// accent, no bright white and no filled areas, so the screen does not glare
// or wake a partner.
var nightPalette = Palette{
	Text:   lipgloss.Color("#9e9e9e"),
	Muted:  lipgloss.Color("#626262"),
	Accent: lipgloss.Color("#b07d2b"),
	Timer:  lipgloss.Color("#8a6a30"),
	Warn:   lipgloss.Color("#b05a4a"),
}

// The day palette is for the evening at a laptop: ordinary contrast. Body
// text is the terminal's own colour, and the rest are mid tones, so it reads
// on a dark terminal as well as on a light one.
var dayPalette = Palette{
	Text:   lipgloss.NoColor{},
	Muted:  lipgloss.Color("#808080"),
	Accent: lipgloss.Color("#c27c0e"),
	Timer:  lipgloss.Color("#c27c0e"),
	Warn:   lipgloss.Color("#d04a3a"),
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
}

// Resolve turns "auto" into night or day by the local hour (night from 20:00
// to 08:00) and checks the name.
func Resolve(name string, now time.Time) (string, error) {
	switch name {
	case Night, Day:
		return name, nil
	case Auto, "":
		if h := now.Hour(); h >= 20 || h < 8 {
			return Night, nil
		}
		return Day, nil
	}
	return "", fmt.Errorf("unknown theme %q: use auto, night or day", name)
}

// New builds the styles of a resolved theme (night or day; anything else is night).
func New(name string) Styles {
	p := nightPalette
	if name == Day {
		p = dayPalette
	} else {
		name = Night
	}
	base := lipgloss.NewStyle()
	key := base.Foreground(p.Accent)
	desc := base.Foreground(p.Muted)
	return Styles{
		Name:   name,
		Title:  line(base.Foreground(p.Accent).Bold(true)),
		Text:   line(base.Foreground(p.Text)),
		Muted:  line(base.Foreground(p.Muted)),
		Accent: line(base.Foreground(p.Accent)),
		Timer:  line(base.Foreground(p.Timer)),
		Warn:   line(base.Foreground(p.Warn)),
		Key:    line(key),
		Notice: line(base.Foreground(p.Muted).Italic(true)),
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
