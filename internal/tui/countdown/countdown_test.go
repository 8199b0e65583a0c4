package countdown_test

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/tui/countdown"
)

var start = time.Date(2026, 11, 23, 3, 12, 0, 0, time.UTC)

const hold = 30 * time.Second

// started returns a running 30 s hold on a fake clock.
func started(t *testing.T) (*clock.Fake, countdown.Model, tea.Cmd) {
	t.Helper()
	clk := clock.NewFake(start)
	m, cmd := countdown.New(clk, hold).Start()
	if cmd == nil {
		t.Fatal("Start returned no tick command")
	}
	return clk, m, cmd
}

// fire delivers the countdown's scheduled tick, as the real timer would.
func fire(m countdown.Model) (countdown.Model, tea.Cmd) { return m.Update(m.Tick()) }

// isDone reports whether cmd yields DoneMsg for id. The fake clock's tick
// commands yield nil, so running a tick command never waits.
func isDone(cmd tea.Cmd, id int) bool {
	if cmd == nil {
		return false
	}
	done, ok := cmd().(countdown.DoneMsg)
	return ok && done.ID == id
}

func TestRemainingAndDisplayFollowTheClock(t *testing.T) {
	tests := []struct {
		name    string
		elapsed time.Duration
		left    time.Duration
		shown   string
	}{
		{"at the start the full hold shows", 0, 30 * time.Second, "0:30"},
		{"a moment in, it still shows 0:30", time.Millisecond, 29*time.Second + 999*time.Millisecond, "0:30"},
		{"just before a second boundary", 999 * time.Millisecond, 29*time.Second + time.Millisecond, "0:30"},
		{"exactly at the boundary it changes", time.Second, 29 * time.Second, "0:29"},
		{"ten seconds in", 10 * time.Second, 20 * time.Second, "0:20"},
		{"under a second left still shows 0:01", 29*time.Second + 600*time.Millisecond, 400 * time.Millisecond, "0:01"},
		{"at the deadline", hold, 0, "0:00"},
		{"past the deadline, never negative", hold + 5*time.Second, 0, "0:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk, m, _ := started(t)
			clk.Advance(tt.elapsed)
			if got := m.Remaining(); got != tt.left {
				t.Errorf("Remaining = %v, want %v", got, tt.left)
			}
			if got := countdown.Format(m.Remaining()); got != tt.shown {
				t.Errorf("shown %q, want %q", got, tt.shown)
			}
			if !m.Running() || m.Paused() || m.Finished() {
				t.Errorf("running=%v paused=%v finished=%v, want only running", m.Running(), m.Paused(), m.Finished())
			}
		})
	}
}

func TestBeforeStart(t *testing.T) {
	clk := clock.NewFake(start)
	m := countdown.New(clk, hold)
	clk.Advance(time.Minute)
	if m.Remaining() != hold || m.Total() != hold {
		t.Errorf("Remaining %v Total %v, want both %v", m.Remaining(), m.Total(), hold)
	}
	if m.Running() || m.Paused() || m.Finished() {
		t.Error("a new countdown is not stopped")
	}
	if m2, cmd := m.Resume(); cmd != nil || m2 != m {
		t.Error("Resume before Start did something")
	}
	if m.Pause() != m {
		t.Error("Pause before Start did something")
	}
	if _, cmd := fire(m); cmd != nil {
		t.Error("a stopped countdown answered a tick")
	}
}

func TestEndsAtItsDeadline(t *testing.T) {
	tests := []struct {
		name   string
		before time.Duration // how long before the deadline the tick arrives
		delay  time.Duration // the next tick's delay
	}{
		{"a millisecond early", time.Millisecond, time.Millisecond},
		{"a hair early (timer slop)", 300 * time.Microsecond, time.Millisecond},
		{"a nanosecond early", 1, time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk, m, _ := started(t)
			clk.Advance(hold - tt.before)
			m, cmd := fire(m)
			if m.Finished() || !m.Running() {
				t.Fatalf("finished %v before the deadline", tt.before)
			}
			if cmd == nil || isDone(cmd, m.ID()) {
				t.Fatal("an early tick must schedule another tick, not DoneMsg")
			}
			if got := clk.LastDelay(); got != tt.delay {
				t.Errorf("next tick in %v, want %v", got, tt.delay)
			}
			if m.Remaining() != tt.before {
				t.Errorf("Remaining = %v, want %v", m.Remaining(), tt.before)
			}

			clk.Advance(tt.before)
			m, cmd = fire(m)
			if !m.Finished() || m.Running() {
				t.Fatal("not finished at the deadline")
			}
			if !isDone(cmd, m.ID()) {
				t.Fatalf("cmd does not yield DoneMsg{%d}", m.ID())
			}
			if m.Remaining() != 0 || countdown.Format(m.Remaining()) != "0:00" {
				t.Errorf("finished but Remaining = %v", m.Remaining())
			}
			if _, cmd := fire(m); cmd != nil {
				t.Error("a finished countdown answered a tick")
			}
		})
	}
}

func TestEndsAtTheDeadlineNotAfterNTicks(t *testing.T) {
	clk, m, _ := started(t)
	for i := range 100 {
		var cmd tea.Cmd
		m, cmd = fire(m)
		if m.Finished() || cmd == nil || isDone(cmd, m.ID()) {
			t.Fatalf("tick %d finished the hold with no time passing", i+1)
		}
		if m.Remaining() != hold {
			t.Fatalf("tick %d: Remaining = %v", i+1, m.Remaining())
		}
	}
	clk.Advance(hold + time.Millisecond)
	m, cmd := fire(m)
	if !m.Finished() || !isDone(cmd, m.ID()) {
		t.Fatal("one tick past the deadline did not finish it")
	}
}

// TestTicksLandWhenTheShownSecondChanges plays the real timer with the fake
// clock: each tick arrives after the delay it asked for (plus some lateness).
// The display must change by exactly one second per tick, and the hold must
// end at its deadline plus at most one tick's lateness: lateness never adds
// up.
func TestTicksLandWhenTheShownSecondChanges(t *testing.T) {
	tests := []struct {
		name  string
		late  time.Duration
		pause time.Duration // pause and resume at this time left, 0 for none
	}{
		{"punctual timer", 0, 0},
		{"every tick 7 ms late", 7 * time.Millisecond, 0},
		{"every tick 400 ms late", 400 * time.Millisecond, 0},
		{"resumed mid-second", 0, 12345 * time.Millisecond},
		{"resumed mid-second, ticks late", 20 * time.Millisecond, 12345 * time.Millisecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clk, m, _ := started(t)
			if tt.pause > 0 {
				clk.Advance(hold - tt.pause)
				m = m.Pause()
				clk.Advance(time.Hour)
				m, _ = m.Resume()
			}
			deadline := clk.Now().Add(m.Remaining())
			// One tick per shown second: from ceil(left) down to 0:00.
			wantTicks := int((m.Remaining() + time.Second - 1) / time.Second)
			shown := countdown.Format(m.Remaining())
			ticks := 0
			for !m.Finished() {
				if ticks++; ticks > 100 {
					t.Fatal("never finished")
				}
				clk.Advance(clk.LastDelay() + tt.late)
				var cmd tea.Cmd
				m, cmd = fire(m)
				if cmd == nil {
					t.Fatal("a live tick returned no command")
				}
				now := countdown.Format(m.Remaining())
				if now == shown {
					t.Errorf("tick %d: display stayed at %s (a wasted redraw)", ticks, now)
				}
				shown = now
			}
			if ticks != wantTicks {
				t.Errorf("%d ticks, want %d (one per shown second)", ticks, wantTicks)
			}
			if ended := clk.Now().Sub(deadline); ended < 0 || ended > tt.late {
				t.Errorf("ended %v after the deadline, want 0..%v", ended, tt.late)
			}
		})
	}
}

func TestPauseFreezesTheTimeLeft(t *testing.T) {
	const left = 12345 * time.Millisecond
	clk, m, _ := started(t)
	clk.Advance(hold - left)
	stale := m.Tick()
	m = m.Pause()
	if !m.Paused() || m.Running() {
		t.Fatal("not paused")
	}
	if m.Pause() != m {
		t.Error("pausing twice changed something")
	}

	clk.Advance(5 * time.Minute)
	if m.Remaining() != left {
		t.Fatalf("after 5 minutes paused, Remaining = %v, want exactly %v", m.Remaining(), left)
	}
	if countdown.Format(m.Remaining()) != "0:13" {
		t.Errorf("paused display %q, want 0:13", countdown.Format(m.Remaining()))
	}
	for _, tick := range []countdown.TickMsg{stale, m.Tick()} {
		got, cmd := m.Update(tick)
		if cmd != nil || got != m {
			t.Error("a tick while paused did something")
		}
	}

	m, cmd := m.Resume()
	if cmd == nil || !m.Running() {
		t.Fatal("Resume returned no tick or is not running")
	}
	if clk.LastDelay() != 345*time.Millisecond {
		t.Errorf("first tick after resume in %v, want 345ms (when 0:13 turns 0:12)", clk.LastDelay())
	}
	if _, cmd := m.Resume(); cmd != nil {
		t.Error("Resume while running returned a command")
	}
	if got, cmd := m.Update(stale); cmd != nil || got != m {
		t.Error("a tick from before the pause did something after resume")
	}

	clk.Advance(left - time.Nanosecond)
	if m, _ := fire(m); m.Finished() {
		t.Fatal("finished a nanosecond early")
	}
	clk.Advance(time.Nanosecond)
	m, cmd = fire(m)
	if !m.Finished() || !isDone(cmd, m.ID()) {
		t.Fatal("not done when the resumed time ran out")
	}
}

func TestRestartDropsTheOldTicks(t *testing.T) {
	clk, m, _ := started(t)
	clk.Advance(10 * time.Second)
	old := m.Tick()
	m, cmd := m.Start()
	if cmd == nil || m.Remaining() != hold {
		t.Fatalf("restart: cmd %v, Remaining %v", cmd != nil, m.Remaining())
	}
	// Past the first start's deadline, but 20 s into the restarted hold.
	clk.Advance(20 * time.Second)
	got, cmd := m.Update(old)
	if cmd != nil || got != m {
		t.Fatal("a tick from before the restart did something")
	}
	if m.Remaining() != 10*time.Second {
		t.Errorf("Remaining = %v, want 10s", m.Remaining())
	}
	clk.Advance(10 * time.Second)
	m, cmd = fire(m)
	if !m.Finished() || !isDone(cmd, m.ID()) {
		t.Fatal("the restarted hold did not end at its own deadline")
	}

	// Start after finishing holds again from the full length.
	m, cmd = m.Start()
	if cmd == nil || !m.Running() || m.Remaining() != hold {
		t.Error("Start after finishing does not begin a new hold")
	}
}

func TestOnlyTheScheduledTickCounts(t *testing.T) {
	clk, m, _ := started(t)
	clk.Advance(time.Second)
	first := m.Tick()
	m, cmd := m.Update(first)
	if cmd == nil {
		t.Fatal("the scheduled tick was dropped")
	}
	// A duplicate must not start a second chain of ticks.
	if got, cmd := m.Update(first); cmd != nil || got != m {
		t.Error("the same tick delivered twice did something")
	}
}

func TestForeignTicksAndMessagesDoNothing(t *testing.T) {
	clk := clock.NewFake(start)
	a, _ := countdown.New(clk, hold).Start()
	b, _ := countdown.New(clk, hold).Start()
	if a.ID() == b.ID() {
		t.Fatalf("two countdowns share ID %d", a.ID())
	}
	clk.Advance(hold)
	for _, msg := range []tea.Msg{b.Tick(), countdown.DoneMsg{ID: a.ID()}, "tick", nil} {
		got, cmd := a.Update(msg)
		if cmd != nil || got != a {
			t.Errorf("%#v did something", msg)
		}
	}
	a, cmd := fire(a)
	if !a.Finished() || !isDone(cmd, a.ID()) {
		t.Error("its own tick did not finish it")
	}
	if b.Finished() {
		t.Error("finishing one countdown finished the other")
	}
}

func TestZeroLengthHoldIsDoneAtOnce(t *testing.T) {
	m, cmd := countdown.New(clock.NewFake(start), 0).Start()
	if !m.Finished() || !isDone(cmd, m.ID()) {
		t.Error("a zero-length hold did not finish at once")
	}
	var zero countdown.Model
	if _, cmd := fire(zero.Pause()); cmd != nil || zero.Remaining() != 0 {
		t.Error("the zero Model is not an idle countdown")
	}
}

func TestPausePastTheDeadlineFinishesOnResume(t *testing.T) {
	// The deadline passed but its tick was not delivered yet: pausing keeps
	// nothing left, and resuming finishes at once, never with time added.
	clk, m, _ := started(t)
	clk.Advance(hold + time.Second)
	m = m.Pause()
	if m.Remaining() != 0 {
		t.Errorf("Remaining = %v, want 0", m.Remaining())
	}
	m, cmd := m.Resume()
	if !m.Finished() || !isDone(cmd, m.ID()) {
		t.Error("resume with nothing left did not finish")
	}
}
