package drive

import (
	"fmt"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/clock"
)

type said string
type ticked struct{}

// toy is a screen that says things on a, starts a timer on t and never stops
// talking on l.
type toy struct {
	clk   *clock.Fake
	heard []string
	ticks int
}

func say(s string) tea.Cmd { return func() tea.Msg { return said(s) } }

func (m toy) tick(d time.Duration) tea.Cmd {
	return m.clk.Tick(d, func(time.Time) tea.Msg { return ticked{} })
}

func (m toy) Update(msg tea.Msg) (toy, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		m.heard = append(m.heard, "key "+msg.String())
		switch msg.String() {
		case "a":
			return m, tea.Batch(say("one"), tea.Sequence(say("two"), say("three")))
		case "t":
			return m, m.tick(time.Second)
		case "l":
			return m, say("again")
		}
	case said:
		m.heard = append(m.heard, string(msg))
		if msg == "again" {
			return m, say("again")
		}
	case ticked:
		m.ticks++
		switch {
		case m.ticks == 1: // a tick due at once: Fire must deliver it too
			return m, m.tick(0)
		case m.ticks > 100: // a timer that never lets the clock move on
			return m, m.tick(0)
		}
	}
	return m, nil
}

func newToy(tb testing.TB) *Driver[toy] {
	clk := clock.NewFake(time.Date(2026, 11, 23, 3, 0, 0, 0, time.UTC))
	return &Driver[toy]{T: tb, M: toy{clk: clk}, Clock: clk}
}

func TestPressRunsWhatFollowsAndRecordsIt(t *testing.T) {
	d := newToy(t)
	d.Press("a")
	if want := []string{"key a", "one", "two", "three"}; !slices.Equal(d.M.heard, want) {
		t.Errorf("the screen heard %q, want %q", d.M.heard, want)
	}
	if want := []tea.Msg{said("one"), said("two"), said("three")}; !slices.Equal(d.Msgs, want) {
		t.Errorf("Msgs = %v, want what the commands said and not the key", d.Msgs)
	}
}

func TestFireDeliversOnlyDueTicksUntilNoneAreLeft(t *testing.T) {
	d := newToy(t)
	d.Press("t")
	d.Fire(999 * time.Millisecond)
	if d.M.ticks != 0 {
		t.Fatalf("%d ticks before the second was up", d.M.ticks)
	}
	d.Fire(time.Millisecond)
	if d.M.ticks != 2 {
		t.Errorf("%d ticks, want the timer's and the one it made due at once", d.M.ticks)
	}
	d.Fire(time.Hour)
	if d.M.ticks != 2 {
		t.Errorf("%d ticks with nothing scheduled", d.M.ticks)
	}
	if len(d.Msgs) != 0 {
		t.Errorf("fired ticks were recorded as command messages: %v", d.Msgs)
	}
}

// stopTB stands in for a test to catch Fatal, which must stop the driver.
type stopTB struct {
	testing.TB
	msg string
}

func (s *stopTB) Helper() {}
func (s *stopTB) Fatal(args ...any) {
	s.msg = fmt.Sprint(args...)
	panic(s)
}

func fatalOf(do func(*Driver[toy])) (msg string) {
	tb := &stopTB{}
	defer func() {
		if r := recover(); r != nil && r != tb {
			panic(r)
		}
		msg = tb.msg
	}()
	do(newToy(tb))
	return ""
}

func TestALoopingScreenFailsTheTestInsteadOfHanging(t *testing.T) {
	if got := fatalOf(func(d *Driver[toy]) { d.Press("l") }); got != "commands never settle" {
		t.Errorf("endless messages: Fatal(%q)", got)
	}
	endless := func(d *Driver[toy]) {
		d.M.ticks = 100
		d.Press("t")
		d.Fire(time.Second)
	}
	if got := fatalOf(endless); got != "ticks keep coming due without the clock moving" {
		t.Errorf("endless ticks: Fatal(%q)", got)
	}
}
