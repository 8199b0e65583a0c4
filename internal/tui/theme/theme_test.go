package theme

import (
	"testing"
	"time"
)

func TestAutoIsNightFromEightInTheEveningToEightInTheMorning(t *testing.T) {
	cases := map[int]string{19: Day, 20: Night, 23: Night, 0: Night, 3: Night, 7: Night, 8: Day, 12: Day}
	for hour, want := range cases {
		at := time.Date(2026, 11, 23, hour, 30, 0, 0, time.Local)
		if got, err := Resolve(Auto, at); err != nil || got != want {
			t.Errorf("%02d:30 → %q, %v; want %q", hour, got, err, want)
		}
	}
	if got, _ := Resolve(Day, time.Date(2026, 1, 1, 3, 0, 0, 0, time.Local)); got != Day {
		t.Error("an explicit theme must win over the hour")
	}
	if _, err := Resolve("neon", time.Now()); err == nil {
		t.Error("unknown theme accepted")
	}
}

func TestNightHasNoBrightWhite(t *testing.T) {
	for name, c := range map[string]interface{ RGBA() (r, g, b, a uint32) }{
		"text": nightPalette.Text, "muted": nightPalette.Muted, "accent": nightPalette.Accent,
		"timer": nightPalette.Timer, "warn": nightPalette.Warn,
	} {
		r, g, b, _ := c.RGBA()
		if r>>8 > 0xb8 || g>>8 > 0xb8 || b>>8 > 0xb8 {
			t.Errorf("night %s is too bright: %02x%02x%02x", name, r>>8, g>>8, b>>8)
		}
	}
}
