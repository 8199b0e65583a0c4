//go:build unix

package firstframe

import (
	"bytes"
	"image/color"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

// screenSide is what reached the screen side of a pseudo-terminal.
type screenSide struct {
	mu  sync.Mutex
	got bytes.Buffer
}

// terminal opens a pseudo-terminal: the program's side, and what reaches
// the screen's.
func terminal(t *testing.T) (*os.File, *screenSide) {
	t.Helper()
	screen, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	s := &screenSide{}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := screen.Read(buf)
			s.mu.Lock()
			s.got.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { tty.Close(); screen.Close() })
	return tty, s
}

// drain returns what reached the screen since the last drain, once the
// output has been quiet for a moment.
func drain(t *testing.T, s *screenSide) string {
	t.Helper()
	last := -1
	for {
		time.Sleep(20 * time.Millisecond)
		s.mu.Lock()
		n := s.got.Len()
		if n == last {
			out := s.got.String()
			s.got.Reset()
			s.mu.Unlock()
			return out
		}
		s.mu.Unlock()
		last = n
	}
}

// lineMode reports whether the terminal gathers input into lines and
// echoes it, as a shell's terminal does (and a raw one does not).
func lineMode(t *testing.T, f *os.File) bool {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(f.Fd()), ioctlGetTermios)
	if err != nil {
		t.Fatal(err)
	}
	return tio.Lflag&unix.ICANON != 0 && tio.Lflag&unix.ECHO != 0
}

func view() tea.View {
	v := tea.NewView("Straighten your leg\n\x1b[38;2;200;100;50m0:30\x1b[m")
	v.AltScreen = true
	return v
}

func TestPaintDrawsTheFrameWithInputRaw(t *testing.T) {
	tty, screen := terminal(t)
	if !lineMode(t, tty) {
		t.Fatal("a new terminal should start in line mode")
	}
	s := Paint(tty, tty, view(), colorprofile.ANSI256)
	if s == nil {
		t.Fatal("Paint did nothing on a terminal")
	}
	if lineMode(t, tty) {
		t.Error("input is still in line mode after painting: keys typed now would be echoed and held for Enter")
	}
	got := drain(t, screen)
	for _, want := range []string{ansi.SetModeAltScreenSaveCursor, ansi.HideCursor, "Straighten your leg", "0:30", ansi.CursorPosition(1, 2)} {
		if !strings.Contains(got, want) {
			t.Errorf("the frame lacks %q: %q", want, got)
		}
	}
	if strings.Contains(got, "38;2;") {
		t.Errorf("a true colour reached a 256-colour terminal: %q", got)
	}
	s.Restore()
	if !lineMode(t, tty) {
		t.Error("Restore did not give back line mode")
	}
	got = drain(t, screen)
	if !strings.Contains(got, ansi.ResetModeAltScreenSaveCursor) || !strings.Contains(got, ansi.ShowCursor) {
		t.Errorf("the program never left the alternate screen, so Restore must: %q", got)
	}
}

func TestRestoreLeavesAloneWhatTheProgramRestored(t *testing.T) {
	tty, screen := terminal(t)
	v := view()
	v.BackgroundColor = color.RGBA{R: 0x10, G: 0x20, B: 0x30, A: 0xff}
	s := Paint(tty, tty, v, colorprofile.TrueColor)
	if got := drain(t, screen); !strings.Contains(got, ansi.SetBackgroundColor("#102030")) {
		t.Errorf("the run's background is not painted: %q", got)
	}
	// The program takes over, draws, and leaves the alternate screen.
	if _, err := io.WriteString(s.Output(), ansi.SetModeAltScreenSaveCursor+"frame"); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(s.Output(), ansi.ResetModeAltScreenSaveCursor+ansi.ShowCursor+ansi.ResetBackgroundColor); err != nil {
		t.Fatal(err)
	}
	drain(t, screen)
	s.Restore()
	if got := drain(t, screen); got != "" {
		t.Errorf("Restore wrote %q after the program had restored the screen", got)
	}
	if !lineMode(t, tty) {
		t.Error("Restore did not give back line mode")
	}
}

func TestRestoreAfterAProgramStoppedBeforeItsFirstFrame(t *testing.T) {
	tty, screen := terminal(t)
	v := view()
	v.BackgroundColor = color.Black
	s := Paint(tty, tty, v, colorprofile.TrueColor)
	drain(t, screen)
	// A program killed before its renderer ticked writes only queries.
	_, _ = io.WriteString(s.Output(), "\x1b[?2026$p")
	s.Restore()
	got := drain(t, screen)
	for _, want := range []string{ansi.ResetModeAltScreenSaveCursor, ansi.ShowCursor, ansi.ResetBackgroundColor} {
		if !strings.Contains(got, want) {
			t.Errorf("Restore left %q undone: %q", want, got)
		}
	}
}

func TestPaintChangesNothingOffATerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if s := Paint(f, f, view(), colorprofile.TrueColor); s != nil {
		t.Error("Paint painted into a file")
	}
	if fi, _ := f.Stat(); fi.Size() != 0 {
		t.Errorf("Paint wrote %d bytes into a file", fi.Size())
	}
	tty, screen := terminal(t)
	inline := view()
	inline.AltScreen = false
	if s := Paint(tty, tty, inline, colorprofile.TrueColor); s != nil {
		t.Error("Paint painted a view that is not for the alternate screen")
	}
	if got := drain(t, screen); got != "" || !lineMode(t, tty) {
		t.Errorf("Paint changed the terminal for an inline view: wrote %q", got)
	}
	var nilScreen *Screen
	nilScreen.Restore() // does nothing, and does not panic
}
