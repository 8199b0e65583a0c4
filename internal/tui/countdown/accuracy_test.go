package countdown_test

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/tui/countdown"
)

// TestHoldAccuracy measures, on the wall clock, how close to its deadline a
// real hold ends. It is a measurement, not a timed assertion, so it only runs
// when asked:
//
//	CRAMP_ACCURACY=1 go test -run HoldAccuracy -v ./internal/countdown/
//	CRAMP_ACCURACY=1 CRAMP_ACCURACY_HOLD=3s go test -run HoldAccuracy -v ./internal/countdown/
//
// It plays Bubble Tea's loop without a terminal: the countdown's commands run
// in goroutines (they block in tea.Tick) and their messages come back through
// Update, while the screen is redrawn at 60 Hz the whole time. The only
// assertion is that the hold never ends before its deadline.
func TestHoldAccuracy(t *testing.T) {
	if testing.Short() || os.Getenv("CRAMP_ACCURACY") == "" {
		t.Skip("real-time measurement; set CRAMP_ACCURACY=1 (and optionally CRAMP_ACCURACY_HOLD=3s) to run it")
	}
	length := 30 * time.Second
	if s := os.Getenv("CRAMP_ACCURACY_HOLD"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			t.Fatalf("CRAMP_ACCURACY_HOLD=%q: want a positive duration like 3s", s)
		}
		length = d
	}

	msgs := make(chan tea.Msg, 16)
	run := func(cmd tea.Cmd) {
		if cmd != nil {
			go func() { msgs <- cmd() }()
		}
	}
	redraw := time.NewTicker(time.Second / 60)
	defer redraw.Stop()
	timeout := time.After(length + 10*time.Second)

	began := time.Now()
	m, cmd := countdown.New(clock.Real{}, length).Start()
	deadline := m.Deadline()
	run(cmd)

	var (
		ticks, redraws int
		worstTick      time.Duration // how late a tick landed after its second changed
		shown          = []string{countdown.Format(m.Remaining())}
	)
	for {
		select {
		case <-redraw.C:
			_ = countdown.Big(countdown.Format(m.Remaining()))
			redraws++
		case msg := <-msgs:
			switch msg := msg.(type) {
			case countdown.DoneMsg:
				arrived := time.Now()
				late := arrived.Sub(deadline)
				t.Logf("hold %v: DoneMsg %v after the deadline (wall %v from Start); %d ticks, %d redraws; worst tick lateness %v\nshown at start and at each tick: %s",
					length, late, arrived.Sub(began), ticks, redraws, worstTick, strings.Join(shown, " "))
				if late < 0 {
					t.Errorf("finished %v BEFORE the deadline", -late)
				}
				return
			case countdown.TickMsg:
				ticks++
				// The tick was due when what is left crossed a whole second,
				// so its lateness is how far below that second it has fallen.
				left := deadline.Sub(time.Now())
				due := max((left + time.Second - 1).Truncate(time.Second), 0)
				worstTick = max(worstTick, due-left)
				m, cmd = m.Update(msg)
				shown = append(shown, countdown.Format(m.Remaining()))
				run(cmd)
			}
		case <-timeout:
			t.Fatalf("no DoneMsg %v after a %v hold", time.Since(began), length)
		}
	}
}
