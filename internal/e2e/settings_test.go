package e2e

import (
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A settings file that is broken never holds relief back: the first
// instruction shows, with a one-line notice that names the file and line.
func TestBrokenSettingsFileStillShowsRelief(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	dir := filepath.Join(env.Home, ".config", "cramp")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("theme: night\nquiet: maybe\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	term := startCramp(t, env, "now")
	term.WaitFor(firstInstruction, waitTimeout)
	deadline := time.Now().Add(waitTimeout)
	for !strings.Contains(strings.ReplaceAll(term.Screen(), "\n", ""), "config.yaml:2:8: quiet") {
		if time.Now().After(deadline) {
			t.Fatalf("no notice naming the file and line:\n%s", term.Screen())
		}
		time.Sleep(10 * time.Millisecond)
	}
	term.Press("\x03")
	term.WaitExit(exitTimeout)
}

// Night on a light terminal: the app asks the terminal for its background
// and, told it is light, paints it black for the run; at exit the
// terminal's own comes back.
func TestNightOnALightTerminalIsPaintedDarkAndRestored(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	env.Background = color.White
	term := startCramp(t, env, "now", "--theme", "night")
	term.WaitFor(firstInstruction, waitTimeout)
	deadline := time.Now().Add(waitTimeout)
	for !isDark(term.Background()) {
		if time.Now().After(deadline) {
			t.Fatalf("the background stayed %v", term.Background())
		}
		time.Sleep(10 * time.Millisecond)
	}
	term.Press("\x03")
	term.WaitExit(exitTimeout)
	if isDark(term.Background()) {
		t.Error("the terminal's own background was not restored at exit")
	}
}

func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return r+g+b < 3*0x4000
}

// CLICOLOR=0 turns colour off as NO_COLOR does.
func TestCLICOLORZeroMeansNoColour(t *testing.T) {
	t.Parallel()
	env := newEnv(t).Set("CLICOLOR", "0")
	term := startCramp(t, env, "now")
	term.WaitFor(firstInstruction, waitTimeout)
	term.Press("!")
	term.WaitFor("Call emergency services now", waitTimeout)
	term.Press("\x03")
	term.WaitExit(exitTimeout)
	raw := term.Raw()
	if s := colourSGR(raw); s != "" || strings.Contains(raw, "\x1b[38;") {
		t.Errorf("CLICOLOR=0 output holds colour: %q", s)
	}
}

// The region from LANG reaches the ! panel on the relief screen.
func TestRegionFromLANGReachesTheRedFlagPanel(t *testing.T) {
	t.Parallel()
	env := newEnv(t).Set("LANG", "en_US.UTF-8")
	term := startCramp(t, env, "now")
	term.WaitFor(firstInstruction, waitTimeout)
	term.Press("!")
	term.WaitFor("Call emergency services (911) now", waitTimeout)
	term.Press("\x03")
	term.WaitExit(exitTimeout)
}

// BenchmarkFirstFrameCrampNowWithSettings: "cramp now" with a full settings
// file (a region, so regions.yaml is read and the texts localized) to its
// first instruction: what settings add to relief's first frame.
func BenchmarkFirstFrameCrampNowWithSettings(b *testing.B) {
	p := filepath.Join(b.TempDir(), "config.yaml")
	src := "theme: night\nquiet: true\nvoice: false\naccessible: false\nday_starts_at: \"04:00\"\n" +
		"routine: short\nhold: 30s\nregion: GB\nclock: 24h\nweek_starts: mon\n"
	if err := os.WriteFile(p, []byte(src), 0o600); err != nil {
		b.Fatal(err)
	}
	benchFirstFrame(b, crampBin, firstInstruction, "now", "--config", p)
}

// The settings file's theme reaches the run, and a flag wins over it: the
// contrast theme paints the terminal's background (OSC 11); day never does.
func TestSettingsFileThemeReachesTheRunAndAFlagWins(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	dir := filepath.Join(env.Home, ".config", "cramp")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("theme: contrast\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args  []string
		paint bool
	}{{[]string{"now"}, true}, {[]string{"--theme", "day", "now"}, false}} {
		term := startCramp(t, env, c.args...)
		term.WaitFor(firstInstruction, waitTimeout)
		term.Press("\x03")
		term.WaitExit(exitTimeout)
		if got := strings.Contains(term.Raw(), "\x1b]11;#"); got != c.paint {
			t.Errorf("%v: background set %v, want %v", c.args, got, c.paint)
		}
	}
}
