// Package cue sounds the bedtime routine's milestones for a person whose eyes
// are on their body, not the screen: the terminal bell, and speech through a
// text-to-speech command when asked for (--voice).
package cue

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	tea "charm.land/bubbletea/v2"
)

// Cues says which cues are on. The zero value rings the bell and does not speak.
type Cues struct {
	Quiet bool   // no bell (--quiet)
	Voice *Voice // nil: no speech
	// Problem is why speech was asked for and is off (no command found),
	// for the screen to say once. Empty when all is well.
	Problem string
}

// Voice speaks through one text-to-speech command.
type Voice struct {
	Command []string // the program and its fixed arguments; the text comes last
	TextEnv string   // when set, the text goes in this environment variable instead

	mu     sync.Mutex    // one utterance at a time, so two never talk over each other
	latest atomic.Uint64 // the newest utterance asked for
}

// speaker is a text-to-speech command --voice looks for on PATH.
type speaker struct {
	name string   // the program
	args []string // its fixed arguments
	// textEnv names the variable the text is passed in, for a command that
	// would read text given as an argument as code (PowerShell); "" passes
	// it as the last argument.
	textEnv string
}

// speakText is the variable PowerShell reads the text from: text from the
// content is data, so it never becomes part of the script.
const speakText = "CRAMP_SPEAK_TEXT"

// speakers are the commands --voice looks for on goos, in order: what the
// system ships first (say on macOS, System.Speech through Windows
// PowerShell), then the usual Linux ones.
func speakers(goos string) []speaker {
	linux := []speaker{{name: "spd-say"}, {name: "espeak-ng"}, {name: "espeak"}}
	switch goos {
	case "darwin":
		return append([]speaker{{name: "say"}}, linux...)
	case "windows":
		return []speaker{{name: "powershell", textEnv: speakText, args: []string{"-NoProfile", "-NonInteractive", "-Command",
			"Add-Type -AssemblyName System.Speech; (New-Object System.Speech.Synthesis.SpeechSynthesizer).Speak($env:" + speakText + ")"}}}
	}
	return append(linux, speaker{name: "say"})
}

// EnvCommand names the variable that sets the speech command ("espeak -s 140"),
// split on spaces; the text to speak is added as the last argument.
const EnvCommand = "CRAMP_VOICE_CMD"

// Find builds the cues for --quiet and --voice. With voice it takes the
// command from getenv(EnvCommand), else the first of this system's speech
// commands that lookPath finds (exec.LookPath when nil). Nothing found is
// not an error: the cues say why in Problem and the routine runs without
// speech.
func Find(quiet, voice bool, getenv func(string) string, lookPath func(string) (string, error)) Cues {
	return find(runtime.GOOS, quiet, voice, getenv, lookPath)
}

func find(goos string, quiet, voice bool, getenv func(string) string, lookPath func(string) (string, error)) Cues {
	c := Cues{Quiet: quiet}
	if !voice {
		return c
	}
	if lookPath == nil {
		lookPath = exec.LookPath
	}
	if getenv != nil {
		if args := strings.Fields(getenv(EnvCommand)); len(args) > 0 {
			c.Voice = &Voice{Command: args}
			return c
		}
	}
	var names []string
	for _, s := range speakers(goos) {
		if path, err := lookPath(s.name); err == nil {
			c.Voice = &Voice{Command: append([]string{path}, s.args...), TextEnv: s.textEnv}
			return c
		}
		names = append(names, s.name)
	}
	c.Problem = "Voice is off: none of " + strings.Join(names, ", ") + " was found (or set " + EnvCommand + "). The routine goes on."
	return c
}

// Bell rings the terminal bell, unless Quiet. BEL moves no cursor and draws
// nothing, so writing it between frames leaves the renderer's picture intact.
func (c Cues) Bell() tea.Cmd {
	if c.Quiet {
		return nil
	}
	return tea.Raw("\a")
}

// SpokeMsg reports one utterance: Err is why it failed (the command is
// missing, or exited with an error).
type SpokeMsg struct {
	Text string
	Err  error
}

// Say speaks text without blocking the UI, when a voice is set: the command
// runs in the returned command's goroutine. An utterance waiting behind one
// still being spoken is dropped when a newer one has been asked for since,
// so quick key presses never leave speech lagging behind the screen.
func (c Cues) Say(text string) tea.Cmd {
	v := c.Voice
	text = strings.Join(strings.Fields(text), " ")
	if v == nil || len(v.Command) == 0 || text == "" {
		return nil
	}
	n := v.latest.Add(1)
	return func() tea.Msg {
		v.mu.Lock()
		defer v.mu.Unlock()
		if v.latest.Load() != n {
			return nil
		}
		return SpokeMsg{Text: text, Err: v.speak(text)}
	}
}

func (v *Voice) speak(text string) error {
	args := append([]string(nil), v.Command[1:]...)
	if v.TextEnv == "" {
		args = append(args, text)
	}
	cmd := exec.Command(v.Command[0], args...)
	if v.TextEnv != "" {
		cmd.Env = append(os.Environ(), v.TextEnv+"="+text)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err == nil {
		return nil
	}
	if msg := strings.TrimSpace(stderr.String()); msg != "" {
		if i := strings.IndexByte(msg, '\n'); i > 0 {
			msg = msg[:i]
		}
		err = fmt.Errorf("%w: %s", err, msg)
	}
	var ee *exec.Error
	if errors.As(err, &ee) {
		return fmt.Errorf("%s: %w", v.Command[0], ee.Err)
	}
	return fmt.Errorf("%s: %w", v.Command[0], err)
}
