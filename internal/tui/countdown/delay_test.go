package countdown

import (
	"testing"
	"time"
)

func TestNextDelay(t *testing.T) {
	tests := []struct {
		left, want time.Duration
	}{
		{30 * time.Second, time.Second},
		{29250 * time.Millisecond, 250 * time.Millisecond},
		{12345 * time.Millisecond, 345 * time.Millisecond},
		{time.Second, time.Second},
		{400 * time.Millisecond, 400 * time.Millisecond}, // the last tick lands on the deadline
		{time.Millisecond, time.Millisecond},
		{300 * time.Microsecond, time.Millisecond}, // clamped: no busy loop
		{time.Second + time.Nanosecond, time.Millisecond},
		{59*time.Second + 999*time.Millisecond, 999 * time.Millisecond},
		{time.Hour, time.Second},
	}
	for _, tt := range tests {
		if got := nextDelay(tt.left); got != tt.want {
			t.Errorf("nextDelay(%v) = %v, want %v", tt.left, got, tt.want)
		}
	}
}

// TestNextDelayIsWhenTheDisplayChanges checks the delay against Format: the
// shown time is the same until the delay is up and different right at it.
func TestNextDelayIsWhenTheDisplayChanges(t *testing.T) {
	for left := time.Millisecond; left <= 3*time.Second; left += 7 * time.Millisecond {
		d := nextDelay(left)
		if before, at := Format(left-d+time.Nanosecond), Format(left-d); before != Format(left) || at == before {
			t.Fatalf("left %v, delay %v: shows %s, then %s just before and %s at the tick", left, d, Format(left), before, at)
		}
		if d > left {
			t.Fatalf("left %v: tick after the deadline (%v)", left, d)
		}
	}
}
