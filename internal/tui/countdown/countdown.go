// Package countdown is the hold timer and its big-digit font.
//
// A hold ends at its deadline, not after N ticks: the countdown stores the
// deadline and reads what is left from the clock, so however often the screen
// redraws, and however late a tick arrives, the time shown is right and the
// hold ends when the deadline passes. Ticks only wake the program up; each is
// scheduled for the moment the shown (rounded-up) second changes, so there is
// at most one redraw a second from the timer and the last tick lands on the
// deadline itself.
//
// Every scheduled tick carries a generation number. Start, Pause, Resume and
// each tick move the generation on, so only the one tick currently scheduled
// does anything: a tick from before a pause or restart, or a duplicate, is
// dropped and cannot start a second chain of ticks.
package countdown

import (
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/clock"
)

var lastID atomic.Int64

func nextID() int { return int(lastID.Add(1)) }

type state uint8

const (
	stopped state = iota
	running
	paused
	finished
)

// Model is a hold timer. It is a value type; methods return the new value.
// The zero value is a stopped countdown of length 0 that ignores every tick.
type Model struct {
	clk      clock.Clock
	id       int
	gen      int
	total    time.Duration
	deadline time.Time     // when running
	left     time.Duration // when paused
	state    state
}

// TickMsg wakes a running countdown. Route every TickMsg to the countdown;
// one that is not its currently scheduled tick is ignored.
type TickMsg struct {
	// ID is the countdown the tick belongs to.
	ID  int
	gen int
}

// DoneMsg says the countdown ID reached its deadline.
type DoneMsg struct{ ID int }

// minDelay keeps a tick that arrives a hair before the deadline from
// rescheduling itself in a busy loop.
const minDelay = time.Millisecond

// New returns a stopped countdown of length d, reading time from c (the wall
// clock when c is nil). Each Model gets a unique ID.
func New(c clock.Clock, d time.Duration) Model {
	if c == nil {
		c = clock.Real{}
	}
	return Model{clk: c, id: nextID(), total: max(d, 0)}
}

// ID is the countdown's unique ID; its TickMsg and DoneMsg carry it.
func (m Model) ID() int { return m.id }

// Total is the full length of the hold.
func (m Model) Total() time.Duration { return m.total }

// Start starts (or restarts) the hold from its full length: the deadline is
// now + Total. Ticks from before are dropped. It returns the tick command, or
// a command yielding DoneMsg when Total is 0.
func (m Model) Start() (Model, tea.Cmd) {
	m.deadline = m.clock().Now().Add(m.total)
	m.left = 0
	m.state = running
	return m.step()
}

// Pause freezes the time left; pending ticks become stale. It does nothing
// unless the countdown is running.
func (m Model) Pause() Model {
	if m.state != running {
		return m
	}
	m.left = max(m.untilDeadline(), 0)
	m.state = paused
	m.gen++
	return m
}

// Resume continues from the time left: the deadline is now + left. It returns
// the tick command, or does nothing (nil command) unless the countdown is
// paused.
func (m Model) Resume() (Model, tea.Cmd) {
	if m.state != paused {
		return m, nil
	}
	m.deadline = m.clock().Now().Add(m.left)
	m.left = 0
	m.state = running
	return m.step()
}

// Update handles this countdown's scheduled TickMsg; any other message, and
// a stale or foreign tick, returns (m, nil). If the deadline has passed, the
// countdown finishes and the command yields DoneMsg{ID}; otherwise the command
// is the next tick.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	tick, ok := msg.(TickMsg)
	if !ok || m.state != running || tick.ID != m.id || tick.gen != m.gen {
		return m, nil
	}
	return m.step()
}

// step finishes the countdown if its deadline has passed, and otherwise
// schedules the next tick for when the shown second changes.
func (m Model) step() (Model, tea.Cmd) {
	m.gen++
	left := m.untilDeadline()
	if left <= 0 {
		m.state = finished
		id := m.id
		return m, func() tea.Msg { return DoneMsg{ID: id} }
	}
	msg := m.Tick()
	return m, m.clock().Tick(nextDelay(left), func(time.Time) tea.Msg { return msg })
}

// nextDelay is how long to wait, with left to go, until the shown
// (rounded-up) second changes: left - (ceil(left) - 1s). Under a second that
// is left itself, so the last tick lands on the deadline. It is never under
// minDelay.
func nextDelay(left time.Duration) time.Duration {
	d := left % time.Second
	if d <= 0 {
		d = time.Second
	}
	return max(d, minDelay)
}

// Remaining is the time left: read from the clock while running (never
// negative), frozen while paused, Total before the start and 0 once finished.
func (m Model) Remaining() time.Duration {
	switch m.state {
	case running:
		return max(m.untilDeadline(), 0)
	case paused:
		return m.left
	case finished:
		return 0
	default:
		return m.total
	}
}

// Deadline is when a running hold ends (the zero time when not running).
func (m Model) Deadline() time.Time {
	if m.state != running {
		return time.Time{}
	}
	return m.deadline
}

// Running reports whether the countdown is counting down.
func (m Model) Running() bool { return m.state == running }

// Paused reports whether the countdown is paused.
func (m Model) Paused() bool { return m.state == paused }

// Finished reports whether the countdown reached its deadline.
func (m Model) Finished() bool { return m.state == finished }

// Tick is the TickMsg the currently scheduled tick will deliver. Whoever
// drives the model with a fake clock simulates the timer firing by moving the
// clock and then calling m.Update(m.Tick()).
func (m Model) Tick() TickMsg { return TickMsg{ID: m.id, gen: m.gen} }

func (m Model) untilDeadline() time.Duration { return m.deadline.Sub(m.clock().Now()) }

func (m Model) clock() clock.Clock {
	if m.clk == nil {
		return clock.Real{}
	}
	return m.clk
}
