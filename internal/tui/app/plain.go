package app

import (
	"io"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/check"
	"github.com/crampcoach/cramp/internal/tui/home"
	journalscreen "github.com/crampcoach/cramp/internal/tui/journal"
	"github.com/crampcoach/cramp/internal/tui/learn"
	"github.com/crampcoach/cramp/internal/tui/now"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// PlainInput is what plain output needs besides the content and Options:
// what a running screen would work out itself, worked out by the caller.
type PlainInput struct {
	// Usage is the command list printed under the disclaimer (Home).
	Usage string
	// Terminal says w is a terminal. Relief then ends with its first
	// instruction again: the whole flow scrolls past, and that is where
	// the eye lands (Now).
	Terminal bool
	// Checklist is the day to print, DayStart when a new one begins (Check).
	Checklist history.ChecklistDay
	DayStart  time.Duration
	// Figures are the journal's figures to print (Journal).
	Figures history.Figures
}

// Plain is the app for a pipe, a dumb terminal or --plain: the screen
// opts.Start names, written to w as text only, no escape sequences. Each
// screen's own plain.go says what it prints; Home is the default.
func Plain(w io.Writer, set *content.Set, opts Options, in PlainInput) error {
	switch opts.Start {
	case tui.Now:
		err := now.Plain(w, set, opts.Now)
		if err == nil && in.Terminal {
			err = now.PlainNow(w, set, opts.Now)
		}
		return err
	case tui.Learn:
		if t, ok := set.Learn.Topic(opts.Topic); ok {
			return learn.Plain(w, set, t)
		}
		return learn.PlainList(w, set)
	case tui.Stretch:
		return stretch.Plain(w, set, opts.Stretch)
	case tui.Check:
		return check.Plain(w, in.Checklist, in.DayStart)
	case tui.Journal:
		return journalscreen.Plain(w, set, in.Figures)
	}
	return home.Plain(w, set, in.Usage)
}

// TopicIDs lists the Learn topics' ids, in order, for a message about an
// unknown one.
func TopicIDs(set *content.Set) []string { return learn.TopicIDs(set) }
