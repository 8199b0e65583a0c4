package night

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
)

// The one rule at the hours where the screens and the report once
// disagreed, and across both DST changes (Berlin, 2026).
func TestRuleAtEveryHour(t *testing.T) {
	b := testkit.Berlin
	r := Rule{DayStart: DayStart}
	day := func(s string) Date {
		d, err := Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name           string
		at             time.Time
		tonight, cramp string
	}{
		{"00:30", time.Date(2026, 12, 3, 0, 30, 0, 0, b), "2026-12-02", "2026-12-02"},
		{"03:59", time.Date(2026, 12, 3, 3, 59, 0, 0, b), "2026-12-02", "2026-12-02"},
		{"04:00", time.Date(2026, 12, 3, 4, 0, 0, 0, b), "2026-12-03", "2026-12-02"},
		{"06:45", time.Date(2026, 12, 3, 6, 45, 0, 0, b), "2026-12-03", "2026-12-02"},
		{"11:59", time.Date(2026, 12, 3, 11, 59, 0, 0, b), "2026-12-03", "2026-12-02"},
		{"12:00", time.Date(2026, 12, 3, 12, 0, 0, 0, b), "2026-12-03", "2026-12-03"},
		// Spring forward: 02:00 → 03:00 on 29 March.
		{"spring forward 03:30", time.Date(2026, 3, 29, 3, 30, 0, 0, b), "2026-03-28", "2026-03-28"},
		{"spring forward 06:45", time.Date(2026, 3, 29, 6, 45, 0, 0, b), "2026-03-29", "2026-03-28"},
		// Fall back: 03:00 → 02:00 on 25 October; both 02:30s are one night.
		{"fall back, first 02:30", time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC).In(b), "2026-10-24", "2026-10-24"},
		{"fall back, second 02:30", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC).In(b), "2026-10-24", "2026-10-24"},
		{"fall back 06:45", time.Date(2026, 10, 25, 6, 45, 0, 0, b), "2026-10-25", "2026-10-24"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tonight, cramp := day(tc.tonight), day(tc.cramp)
			if got := r.Tonight(tc.at); got != tonight {
				t.Errorf("Tonight = %v, want %v", got, tonight)
			}
			if got := r.Day(tc.at); got != tonight {
				t.Errorf("Day (a tick now) = %v, want tonight %v", got, tonight)
			}
			if got := r.Cramp(tc.at); got != cramp {
				t.Errorf("Cramp = %v, want %v", got, cramp)
			}
			// A cramp now is always in the window that ends tonight, and a
			// tick now is in it too: they can never disagree.
			first, last := r.Last(7, tc.at)
			if last != tonight || last-first != 6 {
				t.Errorf("Last(7) = %v..%v, want 7 nights ending %v", first, last, tonight)
			}
			if c := r.Cramp(tc.at); c < first || c > last {
				t.Errorf("a cramp now (%v) is outside the last 7 nights %v..%v", c, first, last)
			}
			if r.Over(tonight, tc.at) || !r.Over(tonight-1, tc.at) {
				t.Errorf("Over: tonight %v over=%v, the night before over=%v", tonight, r.Over(tonight, tc.at), r.Over(tonight-1, tc.at))
			}
		})
	}
}
