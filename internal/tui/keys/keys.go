// Package keys defines every key binding in the app, in one place, so the
// help line on each screen and the screen's Update always agree.
package keys

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// Map holds all bindings. Screens pick the ones they use and list them in
// their help.
type Map struct {
	// Everywhere.
	Help      key.Binding
	Back      key.Binding
	Quit      key.Binding
	ForceQuit key.Binding
	RedFlags  key.Binding

	// Home.
	CrampNow  key.Binding
	Stretch   key.Binding
	Checklist key.Binding
	Journal   key.Binding
	Learn     key.Binding

	// Lists and pages (Learn).
	Up        key.Binding
	Down      key.Binding
	Open      key.Binding
	NextTopic key.Binding
	PrevTopic key.Binding
	Topics    key.Binding
	// TopicHint shows n/p as one item in a short help line.
	TopicHint key.Binding

	// Relief.
	Eased        key.Binding
	Again        key.Binding
	Done         key.Binding
	Seated       key.Binding
	Options      [3]key.Binding // the next steps offered after a step, 1-3
	Calf         key.Binding
	Foot         key.Binding
	Thigh        key.Binding
	Left         key.Binding
	Right        key.Binding
	SeverityDown key.Binding
	SeverityUp   key.Binding
	CameBack     key.Binding // aftercare: space or b, back to the stretch in the same episode

	// Bedtime stretch player and its routine picker.
	Pause        key.Binding // space: pause and resume
	Skip         key.Binding // → or n: next step
	Previous     key.Binding // ← or p: previous step
	Restart      key.Binding // r: this step again from its lead-in
	ToggleSeat   key.Binding // t: seated versions on and off
	RepsDone     key.Binding // enter or d: a rep step is done
	Start        key.Binding // enter: start the chosen routine
	RestNight    key.Binding // z: mark tonight a rest night (completion screen)
	StretchLeave key.Binding // q: leave the routine (what was done is kept)

	// Checklist.
	Tick key.Binding // space or enter
	Why  key.Binding // w
	Move key.Binding // ↑/↓ j/k as one item in the checklist's short help line
	// EarlierDay and LaterDay step the checklist back through the last
	// days and forward to today, to tick a day that was missed.
	EarlierDay key.Binding // ← or h
	LaterDay   key.Binding // → or l
	DayHint    key.Binding // ←/→ as one item in the short help line

	// Journal.
	NextView    key.Binding    // tab
	Views       [3]key.Binding // 1-3: overview, episodes, patterns
	EditEntry   key.Binding    // e
	DeleteEntry key.Binding    // d
	NotCramp    key.Binding    // x: mark an episode "not a cramp"
	Confirm     key.Binding    // y
	Cancel      key.Binding    // n or esc
	// The journal's edit form: enter saves, tab moves between severity and
	// note, esc leaves without saving (q and n are letters of a note there).
	Save      key.Binding
	NextField key.Binding
	Discard   key.Binding
	// Severity is 0-9 typed straight in the edit form.
	Severity key.Binding

	// Scroll moves long text (red flags, aftercare). Only arrows, j/k and
	// page keys: the letters a viewport uses by default mean other things here.
	Scroll viewport.KeyMap
}

// Default returns the app's key map.
func Default() Map {
	return Map{
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "keys")),
		Back:      key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "back")),
		Quit:      key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),
		RedFlags:  key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "when to get help")),

		CrampNow:  key.NewBinding(key.WithKeys("n", "enter"), key.WithHelp("n/enter", "cramp now")),
		Stretch:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "bedtime stretch")),
		Checklist: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "checklist")),
		Journal:   key.NewBinding(key.WithKeys("j"), key.WithHelp("j", "journal")),
		Learn:     key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "learn")),

		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		NextTopic: key.NewBinding(key.WithKeys("n", "tab"), key.WithHelp("n", "next topic")),
		PrevTopic: key.NewBinding(key.WithKeys("p", "shift+tab"), key.WithHelp("p", "previous topic")),
		Topics:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "all topics")),
		TopicHint: key.NewBinding(key.WithKeys("n", "p"), key.WithHelp("n/p", "topic")),

		Eased:  key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "eased")),
		Again:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "stretch again")),
		Done:   key.NewBinding(key.WithKeys("d", "enter"), key.WithHelp("d/enter", "done")),
		Seated: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "stay seated")),
		Options: [3]key.Binding{
			key.NewBinding(key.WithKeys("1"), key.WithHelp("1-3", "next step offered")),
			key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "next step offered")),
			key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "next step offered")),
		},
		Calf:         key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "calf")),
		Foot:         key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "foot")),
		Thigh:        key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "thigh")),
		Left:         key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "left")),
		Right:        key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "right")),
		SeverityDown: key.NewBinding(key.WithKeys("left", "-"), key.WithHelp("←/→", "how bad (0-10)")),
		SeverityUp:   key.NewBinding(key.WithKeys("right", "+", "="), key.WithHelp("→", "worse")),
		CameBack:     key.NewBinding(key.WithKeys("space", "b"), key.WithHelp("space/b", "came back")),

		Pause:        key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "pause")),
		Skip:         key.NewBinding(key.WithKeys("right", "n"), key.WithHelp("→/n", "skip")),
		Previous:     key.NewBinding(key.WithKeys("left", "p"), key.WithHelp("←/p", "back")),
		Restart:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "restart step")),
		ToggleSeat:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "seated versions")),
		RepsDone:     key.NewBinding(key.WithKeys("enter", "d"), key.WithHelp("enter/d", "done")),
		Start:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		RestNight:    key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "rest night")),
		StretchLeave: key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "leave")),

		Tick:       key.NewBinding(key.WithKeys("space", "enter", "x"), key.WithHelp("space/x", "tick")),
		Why:        key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "why")),
		Move:       key.NewBinding(key.WithKeys("up", "down", "k", "j"), key.WithHelp("↑/↓", "move")),
		EarlierDay: key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "earlier day")),
		LaterDay:   key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "later day")),
		DayHint:    key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "day")),

		NextView: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next view")),
		Views: [3]key.Binding{
			key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "overview")),
			key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "episodes")),
			key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "patterns")),
		},
		EditEntry:   key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit")),
		DeleteEntry: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete")),
		NotCramp:    key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "not a cramp")),
		Confirm:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		Cancel:      key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "no")),
		Save:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		NextField:   key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "severity/note")),
		Discard:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Severity:    key.NewBinding(key.WithKeys("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("0-9 ←/→", "how bad")),

		Scroll: viewport.KeyMap{
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "scroll")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
			PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
			PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		},
	}
}

// Press is the key press named name: "enter", "esc", "space", "up", "down",
// "left", "right", "tab", "pgup", "pgdown", or a single character such as
// "e". The accessible player turns the words a screen reader sends into
// presses with it; tests press keys with it.
func Press(name string) tea.KeyPressMsg {
	switch name {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	}
	r, _ := utf8.DecodeRuneInString(name)
	return tea.KeyPressMsg{Code: r, Text: name}
}
