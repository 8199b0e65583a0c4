// Package firstframe draws a screen's first frame before Bubble Tea's
// program starts.
//
// Bubble Tea writes nothing until its renderer's first tick, a frame period
// (about 17 ms) after Run starts; for a person in pain that wait is most of
// the time to the first instruction. Paint puts the terminal into the state
// the program will put it in (raw input, the alternate screen, the cursor
// hidden, the run's colours) and draws the first view there at once. The
// program's first frame then draws the same picture over it.
//
// The safeguards are what make that safe:
//   - input is raw from the moment of painting, so a key pressed before the
//     program reads input waits in the terminal unchanged (not echoed, not
//     held for a line);
//   - Output watches what the program writes, and Restore undoes whatever
//     the program did not: a program stopped before its first frame (a
//     signal, Ctrl+C in the first milliseconds) never leaves the alternate
//     screen itself, so Restore does; and it always gives back the terminal
//     modes Paint found, which the program, starting from raw, cannot.
package firstframe

import (
	"bytes"
	"image/color"
	"os"
	"strings"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/lucasb-eyer/go-colorful"
)

// Screen is a terminal with a first frame on it.
type Screen struct {
	in     *os.File
	saved  *term.State
	out    *Output
	colors bool // Paint set the terminal's default colours
}

// Output is the terminal as the program should be given it
// (tea.WithOutput): writes go straight to the file; it notes whether the
// program has left the alternate screen, so Restore knows what is left to
// undo. It is a term.File, so the program treats it as the terminal. It
// does not embed the file: every way of writing must pass through Write.
type Output struct {
	f    *os.File
	left atomic.Bool // the last alternate-screen switch written was the exit
}

// Write writes p to the terminal, noting the alternate-screen switches in it.
func (o *Output) Write(p []byte) (int, error) {
	enter := bytes.LastIndex(p, []byte(ansi.SetModeAltScreenSaveCursor))
	exit := bytes.LastIndex(p, []byte(ansi.ResetModeAltScreenSaveCursor))
	if enter >= 0 || exit >= 0 {
		o.left.Store(exit > enter)
	}
	return o.f.Write(p)
}

// Read reads from the terminal.
func (o *Output) Read(p []byte) (int, error) { return o.f.Read(p) }

// Close closes the terminal.
func (o *Output) Close() error { return o.f.Close() }

// Fd is the terminal's file descriptor.
func (o *Output) Fd() uintptr { return o.f.Fd() }

// Paint draws v on out, as profile allows, with in (the terminal the
// program will read) in raw mode. It returns nil, having changed nothing,
// when in or out is not a terminal, when the view is not for the alternate
// screen, or on a system where painting early is not supported; the
// program then draws the first frame itself, as it always can.
func Paint(in, out *os.File, v tea.View, profile colorprofile.Profile) *Screen {
	if !supported || !v.AltScreen || profile <= colorprofile.NoTTY || in == nil || out == nil ||
		!term.IsTerminal(in.Fd()) || !term.IsTerminal(out.Fd()) {
		return nil
	}
	saved, err := term.MakeRaw(in.Fd())
	if err != nil {
		return nil
	}
	s := &Screen{in: in, saved: saved, out: &Output{f: out}}
	var b bytes.Buffer
	b.WriteString(ansi.SetModeAltScreenSaveCursor + ansi.HideCursor)
	if hex, ok := hexOf(v.BackgroundColor); ok {
		b.WriteString(ansi.SetBackgroundColor(hex))
		s.colors = true
	}
	if hex, ok := hexOf(v.ForegroundColor); ok {
		b.WriteString(ansi.SetForegroundColor(hex))
		s.colors = true
	}
	b.WriteString(ansi.EraseEntireScreen)
	// The view's colours go through the profile as the program's would;
	// the control sequences around them do not.
	styled := &colorprofile.Writer{Forward: &b, Profile: profile}
	for i, line := range strings.Split(v.Content, "\n") {
		// Raw output does not turn \n into \r\n: place each line instead.
		b.WriteString(ansi.CursorPosition(1, i+1))
		_, _ = styled.Write([]byte(line))
	}
	// One write, so the terminal shows the frame whole. Should it fail,
	// nothing is on the screen that the program's first frame will not
	// draw again, and Restore undoes the modes as always.
	_, _ = out.Write(b.Bytes())
	return s
}

// Output is what the program should write to.
func (s *Screen) Output() *Output { return s.out }

// Restore, once the program has stopped, undoes what Paint did and the
// program did not: it leaves the alternate screen (with the cursor shown
// and the colours reset) unless the program did, and gives the terminal
// back the input modes Paint found. Safe on a nil Screen.
func (s *Screen) Restore() {
	if s == nil {
		return
	}
	if !s.out.left.Load() {
		seq := ansi.ResetModeAltScreenSaveCursor + ansi.ShowCursor
		if s.colors {
			seq += ansi.ResetBackgroundColor + ansi.ResetForegroundColor
		}
		_, _ = s.out.f.WriteString(seq)
		s.out.left.Store(true)
	}
	_ = term.Restore(s.in.Fd(), s.saved)
}

// hexOf is c as #rrggbb, the form the terminal's colour sequences take,
// made as the program makes it, so both frames set the same colour.
func hexOf(c color.Color) (string, bool) {
	if c == nil {
		return "", false
	}
	cf, ok := colorful.MakeColor(c)
	return cf.Hex(), ok
}

// The program takes its output for the terminal only when it is one.
var _ term.File = (*Output)(nil)
