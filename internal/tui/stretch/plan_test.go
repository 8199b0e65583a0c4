package stretch_test

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui/stretch"
)

// The routine's timing line comes from the holds actually used, so --hold
// changes it; the built-in routines come out as their content once said.
func TestPlanIsWorkedOutFromTheHolds(t *testing.T) {
	s, _ := drive.Session(t, evening)
	rs := &s.Content.Routines
	for _, tc := range []struct {
		routine string
		hold    time.Duration
		want    string
	}{
		{"nightly", 0, "30 s each side · about 5 minutes"},
		{"short", 0, "30 s each side · about 2 minutes"},
		{"short", 2 * time.Second, "2 s each side · about 1 minute"},
		{"short", time.Minute, "60 s each side · about 4 minutes"},
		{"short", 90 * time.Second, "1 min 30 s each side · about 6 minutes"},
	} {
		r, ok := rs.Routine(tc.routine)
		if !ok {
			t.Fatalf("no routine %q", tc.routine)
		}
		if got := stretch.Plan(rs, r, tc.hold); got != tc.want {
			t.Errorf("%s with --hold %v: %q, want %q", tc.routine, tc.hold, got, tc.want)
		}
	}
}
