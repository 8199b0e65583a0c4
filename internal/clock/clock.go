// Package clock lets screens and timers read the time and schedule ticks
// through an interface, so tests can move time forward without sleeping.
package clock

import (
	"sort"
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
// Its ticks never fire by themselves: a test moves the time, then takes the
// messages of the ticks that have come due with Due and delivers them.
type Fake struct {
	mu      sync.Mutex
	now     time.Time
	delay   time.Duration
	pending []timer
}

type timer struct {
	at time.Time
	fn func(time.Time) tea.Msg
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

// Tick schedules fn for now+d and returns a command that delivers nothing,
// so a test running every command it gets never waits.
func (f *Fake) Tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.delay = d
	f.pending = append(f.pending, timer{at: f.now.Add(d), fn: fn})
	return func() tea.Msg { return nil }
}

// Due removes the ticks whose time has come and returns their messages,
// earliest first, as the real timers would have delivered them.
func (f *Fake) Due() []tea.Msg {
	f.mu.Lock()
	var due, rest []timer
	for _, t := range f.pending {
		if t.at.After(f.now) {
			rest = append(rest, t)
		} else {
			due = append(due, t)
		}
	}
	f.pending = rest
	f.mu.Unlock()
	sort.SliceStable(due, func(i, j int) bool { return due[i].at.Before(due[j].at) })
	msgs := make([]tea.Msg, len(due))
	for i, t := range due {
		msgs[i] = t.fn(t.at)
	}
	return msgs
}

// LastDelay is the delay of the most recent Tick.
func (f *Fake) LastDelay() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.delay
}
