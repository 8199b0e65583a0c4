package drive

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/clock"
)

// Model is a screen whose Update returns its own type, as every screen's does.
type Model[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
}

// limit is how many messages or tick rounds a driver delivers before it
// decides a screen is looping.
const limit = 1000

// Driver plays a Bubble Tea program for a screen in a test: it runs every
// command the screen returns and feeds the messages back until nothing is
// left, and delivers a fake clock's ticks when the test moves the time.
// Embed it in a test's harness and set T, M and, for Fire, Clock.
type Driver[M Model[M]] struct {
	T     testing.TB
	M     M           // the screen as it is now
	Clock *clock.Fake // the session's clock; only Fire needs it
	// Msgs is every message a command produced, in order; the keys pressed
	// and the ticks fired are not in it.
	Msgs []tea.Msg
}

// Run runs cmd and every command that follows from it, feeding each
// message back into the screen. A fake clock's ticks deliver nothing, so this
// never waits: timers fire only when the test calls Fire.
func (d *Driver[M]) Run(cmd tea.Cmd) {
	d.T.Helper()
	queue := Messages(cmd)
	for steps := 0; len(queue) > 0; steps++ {
		if steps > limit {
			d.T.Fatal("commands never settle")
		}
		msg := queue[0]
		queue = queue[1:]
		d.Msgs = append(d.Msgs, msg)
		var next tea.Cmd
		d.M, next = d.M.Update(msg)
		queue = append(queue, Messages(next)...)
	}
}

// Send gives the screen each message in turn and runs what follows from it.
func (d *Driver[M]) Send(msgs ...tea.Msg) {
	d.T.Helper()
	for _, msg := range msgs {
		var cmd tea.Cmd
		d.M, cmd = d.M.Update(msg)
		d.Run(cmd)
	}
}

// Press presses each key in turn (names as for Key) and runs what follows.
func (d *Driver[M]) Press(keys ...string) {
	d.T.Helper()
	for _, k := range keys {
		d.Send(Key(k))
	}
}

// Fire moves the clock by dur and delivers the ticks that have come due,
// until none are, as real timers would: late, if dur is long, so a screen
// whose timers are deadlines must cope.
func (d *Driver[M]) Fire(dur time.Duration) {
	d.T.Helper()
	d.Clock.Advance(dur)
	for range limit {
		due := d.Clock.Due()
		if len(due) == 0 {
			return
		}
		d.Send(due...)
	}
	d.T.Fatal("ticks keep coming due without the clock moving")
}
