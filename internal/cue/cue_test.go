package cue_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/cue"
)

func TestBellUnlessQuiet(t *testing.T) {
	msg := cue.Cues{}.Bell()()
	if raw, ok := msg.(tea.RawMsg); !ok || raw.Msg != "\a" {
		t.Errorf("Bell gives %#v, want the BEL byte written raw", msg)
	}
	if cmd := (cue.Cues{Quiet: true}).Bell(); cmd != nil {
		t.Error("Quiet still rings")
	}
}

func TestFindPicksTheFirstSpeakerOnPath(t *testing.T) {
	env := func(string) string { return "" }
	look := func(found ...string) func(string) (string, error) {
		return func(name string) (string, error) {
			if slices.Contains(found, name) {
				return "/usr/bin/" + name, nil
			}
			return "", errors.New("not found")
		}
	}
	if c := cue.Find(false, false, env, look("espeak")); c.Voice != nil || c.Problem != "" {
		t.Errorf("without --voice: %+v", c)
	}
	if c := cue.Find(true, true, env, look("say", "espeak")); c.Voice == nil || c.Voice.Command[0] != "/usr/bin/espeak" || !c.Quiet {
		t.Errorf("espeak comes before say: %+v", c)
	}
	if c := cue.Find(false, true, env, look("spd-say", "espeak-ng")); c.Voice == nil || c.Voice.Command[0] != "/usr/bin/spd-say" {
		t.Errorf("spd-say comes first: %+v", c)
	}
	c := cue.Find(false, true, env, look())
	if c.Voice != nil || !strings.Contains(c.Problem, "Voice is off") || !strings.Contains(c.Problem, cue.EnvCommand) {
		t.Errorf("nothing found: %+v", c)
	}
	custom := func(name string) string {
		if name == cue.EnvCommand {
			return "  espeak  -s 140 "
		}
		return ""
	}
	if c := cue.Find(false, true, custom, look()); c.Voice == nil || !slices.Equal(c.Voice.Command, []string{"espeak", "-s", "140"}) {
		t.Errorf("CRAMP_VOICE_CMD: %+v", c)
	}
}

// recorder is a speech command that appends its arguments, one per line,
// to a file.
func recorder(t *testing.T) (cmd []string, out string) {
	t.Helper()
	dir := t.TempDir()
	out = filepath.Join(dir, "said")
	script := filepath.Join(dir, "speak")
	body := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + out + "'; done\n"
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	return []string{script, "-v", "en"}, out
}

func TestSayRunsTheCommandWithTheTextLast(t *testing.T) {
	cmd, out := recorder(t)
	c := cue.Cues{Voice: &cue.Voice{Command: cmd}}
	msg := c.Say("  Left  calf stretch,\nhold 30 seconds ")()
	if s, ok := msg.(cue.SpokeMsg); !ok || s.Err != nil || s.Text != "Left calf stretch, hold 30 seconds" {
		t.Fatalf("Say gave %#v", msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Split(strings.TrimSpace(string(b)), "\n"); !slices.Equal(got, []string{"-v", "en", "Left calf stretch, hold 30 seconds"}) {
		t.Errorf("the command got %q", got)
	}
}

func TestSayWithoutAVoiceDoesNothing(t *testing.T) {
	if cmd := (cue.Cues{}).Say("Release"); cmd != nil {
		t.Error("no voice, yet a command")
	}
	if cmd := (cue.Cues{Voice: &cue.Voice{Command: []string{"x"}}}).Say("  "); cmd != nil {
		t.Error("nothing to say, yet a command")
	}
}

func TestSayReportsAFailure(t *testing.T) {
	dir := t.TempDir()
	missing := cue.Cues{Voice: &cue.Voice{Command: []string{filepath.Join(dir, "nope")}}}
	if s := missing.Say("Release")().(cue.SpokeMsg); s.Err == nil {
		t.Error("a missing command reports no error")
	}
	failing := filepath.Join(dir, "fail")
	if err := os.WriteFile(failing, []byte("#!/bin/sh\necho 'no audio device' >&2\nexit 3\n"), 0o700); err != nil {
		t.Fatal(err)
	}
	s := cue.Cues{Voice: &cue.Voice{Command: []string{failing}}}.Say("Release")().(cue.SpokeMsg)
	if s.Err == nil || !strings.Contains(s.Err.Error(), "no audio device") {
		t.Errorf("failure %v, want the command's own message", s.Err)
	}
}

func TestAQueuedUtteranceGivesWayToANewerOne(t *testing.T) {
	cmd, out := recorder(t)
	c := cue.Cues{Voice: &cue.Voice{Command: cmd}}
	first := c.Say("Switch sides")
	second := c.Say("Release")
	// The first was overtaken before it could start: it says nothing.
	if msg := first(); msg != nil {
		t.Errorf("the stale utterance ran: %#v", msg)
	}
	if s, ok := second().(cue.SpokeMsg); !ok || s.Err != nil {
		t.Errorf("the newest utterance: %#v", s)
	}
	b, _ := os.ReadFile(out)
	if strings.Contains(string(b), "Switch sides") || !strings.Contains(string(b), "Release") {
		t.Errorf("said %q", b)
	}
}

func TestFindUsesWhatEachSystemShips(t *testing.T) {
	env := func(string) string { return "" }
	look := func(found ...string) func(string) (string, error) {
		return func(name string) (string, error) {
			if slices.Contains(found, name) {
				return "/bin/" + name, nil
			}
			return "", errors.New("not found")
		}
	}
	if c := cue.FindOn("darwin", false, true, env, look("say", "espeak")); c.Voice == nil || c.Voice.Command[0] != "/bin/say" {
		t.Errorf("macOS: say comes first: %+v", c)
	}
	c := cue.FindOn("windows", false, true, env, look("powershell"))
	if c.Voice == nil || c.Voice.Command[0] != "/bin/powershell" || c.Voice.TextEnv == "" ||
		!strings.Contains(strings.Join(c.Voice.Command, " "), "System.Speech") {
		t.Fatalf("Windows: PowerShell's System.Speech: %+v", c.Voice)
	}
	if c := cue.FindOn("windows", false, true, env, look()); !strings.Contains(c.Problem, "powershell") {
		t.Errorf("Windows, nothing found: %q", c.Problem)
	}
}

// A command that takes the text in the environment gets it there, never
// as an argument it could read as code.
func TestSayCanPassTheTextInTheEnvironment(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "said")
	script := filepath.Join(dir, "speak")
	body := "#!/bin/sh\nprintf '%s|%s\\n' \"$#\" \"$SPEAK\" > '" + out + "'\n"
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	c := cue.Cues{Voice: &cue.Voice{Command: []string{script, "-x"}, TextEnv: "SPEAK"}}
	if s := c.Say("Release; $(rm -rf x)")().(cue.SpokeMsg); s.Err != nil {
		t.Fatal(s.Err)
	}
	b, _ := os.ReadFile(out)
	if got := strings.TrimSpace(string(b)); got != "1|Release; $(rm -rf x)" {
		t.Errorf("the command got %q, want one argument and the text in $SPEAK", got)
	}
}
