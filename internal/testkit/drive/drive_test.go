package drive

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

type msgA struct{}
type msgB struct{}
type msgC struct{}

func TestMessagesUnpacksBatchAndSequenceInOrder(t *testing.T) {
	a := func() tea.Msg { return msgA{} }
	b := func() tea.Msg { return msgB{} }
	c := func() tea.Msg { return msgC{} }
	none := func() tea.Msg { return nil }
	got := Messages(tea.Sequence(a, tea.Batch(b, none), c))
	if len(got) != 3 {
		t.Fatalf("got %d messages: %#v", len(got), got)
	}
	if _, ok := got[0].(msgA); !ok {
		t.Errorf("first = %T", got[0])
	}
	if _, ok := got[2].(msgC); !ok {
		t.Errorf("last = %T", got[2])
	}
	if Messages(nil) != nil {
		t.Error("nil command gives messages")
	}
}

func TestKeyMatchesWhatBubbleTeaReports(t *testing.T) {
	for _, name := range []string{"enter", "esc", "space", "up", "down", "left", "right", "tab", "e", "!", "?"} {
		if got := Key(name).String(); got != name {
			t.Errorf("Key(%q).String() = %q", name, got)
		}
	}
}
