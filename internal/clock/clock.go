// Package clock lets screens and timers read the time and schedule ticks
// through an interface, so tests can move time forward without sleeping.
package clock

import (
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Clock tells the current time and schedules ticks.
type Clock interface {
	Now() time.Time
	// Tick returns a command that delivers fn's message after d. On a fake
	// clock the tick never fires by itself: a test moves the time and then
	// delivers the message it expects.
	Tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
}

// Real is the wall clock.
type Real struct{}

// Now returns time.Now().
func (Real) Now() time.Time { return time.Now() }

// Tick is tea.Tick.
func (Real) Tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd { return tea.Tick(d, fn) }

// Fake is a clock that only moves when told to. It is safe for concurrent use.
type Fake struct {
	mu    sync.Mutex
	now   time.Time
	delay time.Duration
}

// NewFake returns a fake clock set to t.
func NewFake(t time.Time) *Fake { return &Fake{now: t} }

// Now returns the fake time.
func (f *Fake) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

// Advance moves the fake time forward by d.
func (f *Fake) Advance(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = f.now.Add(d)
}

// Set moves the fake time to t.
func (f *Fake) Set(t time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.now = t
}

// Tick records d and returns a command that delivers nothing, so a test
// running every command it gets never waits.
func (f *Fake) Tick(d time.Duration, _ func(time.Time) tea.Msg) tea.Cmd {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.delay = d
	return func() tea.Msg { return nil }
}

// LastDelay is the delay of the most recent Tick.
func (f *Fake) LastDelay() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.delay
}
