package night

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
)

func TestOfRollsOverAtDayStart(t *testing.T) {
	berlin := testkit.Berlin
	tests := []struct {
		name string
		at   time.Time
		roll time.Duration
		want string
	}{
		{"03:59 is the day before", time.Date(2026, 11, 24, 3, 59, 59, 0, berlin), DayStart, "2026-11-23"},
		{"04:00 is a new day", time.Date(2026, 11, 24, 4, 0, 0, 0, berlin), DayStart, "2026-11-24"},
		{"late evening is that day", time.Date(2026, 11, 23, 23, 30, 0, 0, berlin), DayStart, "2026-11-23"},
		{"custom rollover 02:30", time.Date(2026, 11, 24, 2, 29, 0, 0, berlin), 150 * time.Minute, "2026-11-23"},
		{"custom rollover 02:30, after", time.Date(2026, 11, 24, 2, 30, 0, 0, berlin), 150 * time.Minute, "2026-11-24"},
		{"midnight rollover", time.Date(2026, 11, 24, 0, 0, 0, 0, berlin), 0, "2026-11-24"},
		// Spring forward: 02:00 -> 03:00 on 29 March 2026.
		{"spring forward, 03:30 still the night before", time.Date(2026, 3, 29, 3, 30, 0, 0, berlin), DayStart, "2026-03-28"},
		{"spring forward, 04:00", time.Date(2026, 3, 29, 4, 0, 0, 0, berlin), DayStart, "2026-03-29"},
		// Fall back: 03:00 -> 02:00 on 25 October 2026; both 02:30s are the night before.
		{"fall back, first 02:30", time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC).In(berlin), DayStart, "2026-10-24"},
		{"fall back, second 02:30", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC).In(berlin), DayStart, "2026-10-24"},
		{"fall back, 03:59", time.Date(2026, 10, 25, 3, 59, 0, 0, berlin), DayStart, "2026-10-24"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Of(tt.at, tt.roll).String(); got != tt.want {
				t.Errorf("Of(%v, %v) = %s, want %s", tt.at, tt.roll, got, tt.want)
			}
		})
	}
}

func TestOfCrampCountsMorningsToTheNightBefore(t *testing.T) {
	loc := time.FixedZone("X", 5*3600)
	for at, want := range map[time.Time]string{
		time.Date(2026, 11, 24, 11, 59, 0, 0, loc): "2026-11-23",
		time.Date(2026, 11, 24, 12, 0, 0, 0, loc):  "2026-11-24",
		time.Date(2026, 11, 23, 23, 0, 0, 0, loc):  "2026-11-23",
		time.Date(2026, 11, 24, 0, 10, 0, 0, loc):  "2026-11-23",
	} {
		if got := OfCramp(at).String(); got != want {
			t.Errorf("OfCramp(%v) = %s, want %s", at, got, want)
		}
	}
}

func TestDateArithmeticAndParsing(t *testing.T) {
	d, err := Parse("2026-02-28")
	if err != nil {
		t.Fatal(err)
	}
	if got := (d + 1).String(); got != "2026-03-01" {
		t.Errorf("day after 2026-02-28 = %s", got)
	}
	if got := d.Weekday(); got != time.Saturday {
		t.Errorf("2026-02-28 is a %v, want Saturday", got)
	}
	if _, err := Parse("28/02/2026"); err == nil {
		t.Error("Parse accepted 28/02/2026")
	}
	for _, s := range []string{"4:00", "24:00", "04:60", "04", "ab:cd", "04:5"} {
		if _, err := ParseClock(s); err == nil && s != "4:00" {
			t.Errorf("ParseClock(%q) accepted", s)
		}
	}
	if got, err := ParseClock("04:30"); err != nil || got != 4*time.Hour+30*time.Minute || FormatClock(got) != "04:30" {
		t.Errorf("ParseClock(04:30) = %v, %v", got, err)
	}
}

// parseDigits is Parse's fast path: on every day it reads, and on what it
// leaves alone, it must agree with time.Parse.
func TestParseDigitsAgreesWithTimeParse(t *testing.T) {
	viaTime := func(s string) (Date, error) {
		tm, err := time.Parse(time.DateOnly, s)
		return DateOf(tm), err
	}
	start, _ := viaTime("1899-12-25")
	for d := start; d < start+365*250; d += 7 {
		s := d.String()
		got, ok := parseDigits(s)
		if !ok || got != d {
			t.Fatalf("parseDigits(%q) = %v, %v; want %v", s, got, ok, d)
		}
	}
	for _, s := range []string{"2026-02-29", "2024-02-29", "2000-02-29", "1900-02-29", "2026-13-01", "2026-00-10",
		"2026-04-31", "2026-1-01", "26-11-23", "2026/11/23", "2026-11-2x", "0000-01-01", "", "2026-11-23T00:00"} {
		want, werr := viaTime(s)
		got, ok := parseDigits(s)
		if ok && (werr != nil || got != want) {
			t.Errorf("parseDigits(%q) = %v; time.Parse = %v, %v", s, got, want, werr)
		}
		if pd, err := Parse(s); (err == nil) != (werr == nil) || (err == nil && pd != want) {
			t.Errorf("Parse(%q) = %v, %v; time.Parse = %v, %v", s, pd, err, want, werr)
		}
	}
}

func TestFormatAndMonth(t *testing.T) {
	d, err := Parse("2026-11-23")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Format("Mon 2 Jan 2006"); got != "Mon 23 Nov 2026" {
		t.Errorf("Format = %q", got)
	}
	if got := (d + 8).Month(); got != time.December {
		t.Errorf("eight days after 23 Nov is in %v", got)
	}
}
