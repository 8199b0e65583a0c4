// Package cue sounds the bedtime routine's milestones for a person whose eyes
// are on their body, not the screen: the terminal bell, and speech through a
// text-to-speech command when asked for (--voice).
package cue

import tea "charm.land/bubbletea/v2"

// Cues says which cues are on. The zero value rings the bell and does not speak.
type Cues struct {
	Quiet bool   // no bell (--quiet)
	Voice *Voice // nil: no speech
}

// Voice speaks through one text-to-speech command.
type Voice struct {
	Command []string // the program and its fixed arguments; the text comes last
}

// Bell rings the terminal bell, unless Quiet.
func (c Cues) Bell() tea.Cmd { return nil } // TODO(issue 3)

// Say speaks text without blocking the UI, when a voice is set.
func (c Cues) Say(text string) tea.Cmd { return nil } // TODO(issue 3)
