package stretch_test

import (
	"os"
	"reflect"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/keys"
	"github.com/crampcoach/cramp/internal/tui/stretch"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

// TestRoutineAccuracy plays a whole routine on the wall clock and reports
// how far the time its holds took is from the sum of their lengths. It is
// a measurement, not a timed assertion, so it only runs when asked:
//
//	CRAMP_ACCURACY=1 go test -run RoutineAccuracy -v ./internal/routine/
//	CRAMP_ACCURACY=1 CRAMP_ACCURACY_ROUTINE=short CRAMP_ACCURACY_HOLD=2s go test -run RoutineAccuracy -v ./internal/routine/
//
// It plays Bubble Tea's loop without a terminal: commands run in
// goroutines and their messages come back through Update, the screen is
// redrawn at 60 Hz, and a rep step is said done as soon as it shows. A hold
// is timed from the Update that starts it to the Update that ends it (its
// DoneMsg), as the person sees it. The budget is 50 ms over a 5-minute
// routine; the only assertion is that no hold ends early.
func TestRoutineAccuracy(t *testing.T) {
	if testing.Short() || os.Getenv("CRAMP_ACCURACY") == "" {
		t.Skip("real-time measurement; set CRAMP_ACCURACY=1 (and optionally CRAMP_ACCURACY_ROUTINE=short, CRAMP_ACCURACY_HOLD=2s)")
	}
	opts := stretch.Options{Routine: "nightly"}
	if r := os.Getenv("CRAMP_ACCURACY_ROUTINE"); r != "" {
		opts.Routine = r
	}
	if s := os.Getenv("CRAMP_ACCURACY_HOLD"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			t.Fatalf("CRAMP_ACCURACY_HOLD=%q: want a positive duration like 2s", s)
		}
		opts.Hold = d
	}
	set, err := content.Load(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	// Not t.TempDir: the record's write may still be under way at the end.
	dir, err := os.MkdirTemp("", "cramp-accuracy-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s := &tui.Session{
		Content: set, Journal: journal.Open(dir), Clock: clock.Real{},
		Styles: theme.New(theme.Night), Keys: keys.Default(), DayStart: night.DayStart,
		Cues: cue.Cues{Quiet: true},
	}

	msgs := make(chan tea.Msg, 64)
	redraw := time.NewTicker(time.Second / 60)
	defer redraw.Stop()

	began := time.Now()
	m, cmd := stretch.New(s, opts)
	m.SetSize(120, 40)
	runAsync(msgs, cmd)
	if m.Phase() == stretch.Picking {
		t.Fatalf("routine %q not found", opts.Routine)
	}

	var (
		holds         int
		configured    time.Duration
		took          time.Duration
		worst         time.Duration // the latest a single hold ended
		holdStart     time.Time
		holdLen       time.Duration
		timeout       = time.After(30 * time.Minute)
		prevPhase     = m.Phase()
		prevStep      = m.Current()
		redraws, msgN int
	)
	for m.Phase() != stretch.Complete {
		select {
		case <-redraw.C:
			_ = m.View()
			redraws++
			continue
		case msg := <-msgs:
			msgN++
			m, cmd = m.Update(msg)
			runAsync(msgs, cmd)
		case <-timeout:
			t.Fatalf("the routine did not end in 30 minutes (at step %d, phase %v)", m.Current(), m.Phase())
		}
		now := time.Now()
		changed := m.Phase() != prevPhase || m.Current() != prevStep
		if changed && prevPhase == stretch.Holding {
			d := now.Sub(holdStart)
			holds++
			configured += holdLen
			took += d
			worst = max(worst, d-holdLen)
			if d < holdLen {
				t.Errorf("hold %d took %v, shorter than its %v", holds, d, holdLen)
			}
		}
		for m.Phase() == stretch.Reps { // one rep step may follow another
			m, cmd = m.Update(drive.Key("d"))
			runAsync(msgs, cmd)
		}
		if m.Phase() == stretch.Holding && (prevPhase != stretch.Holding || m.Current() != prevStep) {
			holdStart, holdLen = time.Now(), m.Timer().Total()
		}
		prevPhase, prevStep = m.Phase(), m.Current()
	}
	t.Logf("routine %q: %d holds, configured %v, took %v: %v over (worst single hold %v late); whole routine %v; %d messages, %d redraws",
		opts.Routine, holds, configured, took, took-configured, worst, time.Since(began).Round(time.Millisecond), msgN, redraws)
}

// runAsync runs cmd as Bubble Tea does: in a goroutine, a batch's commands
// each in their own, a sequence's one after another; messages go to out.
func runAsync(out chan<- tea.Msg, cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	go func() {
		msg := cmd()
		if msg == nil {
			return
		}
		if b, ok := msg.(tea.BatchMsg); ok {
			for _, c := range b {
				runAsync(out, c)
			}
			return
		}
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
			for i := range v.Len() {
				if c := v.Index(i).Interface().(tea.Cmd); c != nil {
					if m := c(); m != nil {
						out <- m
					}
				}
			}
			return
		}
		out <- msg
	}()
}
