// Package theme holds every colour and text style the app uses. Screens take
// their styles from a Styles value built here once; they never invent colours.
package theme

import (
	"fmt"
	"image/color"
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
	Title  lipgloss.Style // screen and step titles
	Text   lipgloss.Style // instructions
	Muted  lipgloss.Style // hints, the footer, elapsed time
	Accent lipgloss.Style // the balance cue and other must-read lines
	Timer  lipgloss.Style // the big countdown
	Warn   lipgloss.Style // red flags
	Key    lipgloss.Style // a key in a hint line ("space")
	Notice lipgloss.Style // quiet one-line notices (a failed save)
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
		Title:  base.Foreground(p.Accent).Bold(true),
		Text:   base.Foreground(p.Text),
		Muted:  base.Foreground(p.Muted),
		Accent: base.Foreground(p.Accent),
		Timer:  base.Foreground(p.Timer),
		Warn:   base.Foreground(p.Warn),
		Key:    key,
		Notice: base.Foreground(p.Muted).Italic(true),
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
