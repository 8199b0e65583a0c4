// Package drive runs Bubble Tea commands synchronously, for tests that move a
// fake clock instead of waiting: the fake clock's ticks deliver nothing, so
// running every command a model returns never blocks.
package drive

import (
	"github.com/crampcoach/cramp/internal/tui/keys"
	"reflect"

	tea "charm.land/bubbletea/v2"
)

// Messages runs cmd and returns the messages it produced, in order, with
// tea.Batch and tea.Sequence unpacked and nil messages dropped.
func Messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if msg == nil {
		return nil
	}
	cmds, ok := unpack(msg)
	if !ok {
		return []tea.Msg{msg}
	}
	var out []tea.Msg
	for _, c := range cmds {
		out = append(out, Messages(c)...)
	}
	return out
}

// unpack returns the commands inside a batch or a sequence (whose message
// type Bubble Tea does not export).
func unpack(msg tea.Msg) ([]tea.Cmd, bool) {
	if b, ok := msg.(tea.BatchMsg); ok {
		return b, true
	}
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// Key is the key press a person makes for name (see keys.Press).
func Key(name string) tea.KeyPressMsg { return keys.Press(name) }
