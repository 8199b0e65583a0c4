package history

import (
	"testing"

	"github.com/crampcoach/cramp/internal/night"
)

// parseDay is a fast path of night.Parse: it must agree on every day, and
// on what it rejects.
func TestParseDayAgreesWithNightParse(t *testing.T) {
	start, _ := night.Parse("1899-12-25")
	for d := start; d < start+365*250; d += 7 {
		s := d.String()
		got, err := parseDay(s)
		if err != nil || got != d {
			t.Fatalf("parseDay(%q) = %v, %v; want %v", s, got, err, d)
		}
	}
	for _, s := range []string{"2026-02-29", "2024-02-29", "2000-02-29", "1900-02-29", "2026-13-01", "2026-00-10",
		"2026-04-31", "2026-1-01", "26-11-23", "2026/11/23", "2026-11-2x", "0000-01-01", "", "2026-11-23T00:00"} {
		want, werr := night.Parse(s)
		got, err := parseDay(s)
		if (err == nil) != (werr == nil) || got != want {
			t.Errorf("parseDay(%q) = %v, %v; night.Parse = %v, %v", s, got, err, want, werr)
		}
	}
}
