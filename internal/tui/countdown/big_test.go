package countdown_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/tui/countdown"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0:00"},
		{-3 * time.Second, "0:00"},
		{time.Nanosecond, "0:01"},
		{400 * time.Millisecond, "0:01"},
		{time.Second, "0:01"},
		{time.Second + time.Nanosecond, "0:02"},
		{9 * time.Second, "0:09"},
		{29200 * time.Millisecond, "0:30"},
		{29 * time.Second, "0:29"},
		{30 * time.Second, "0:30"},
		{59*time.Second + time.Millisecond, "1:00"},
		{65 * time.Second, "1:05"},
		{12 * time.Minute, "12:00"},
		{59*time.Minute + 59*time.Second, "59:59"},
		{59*time.Minute + 59500*time.Millisecond, "1:00:00"},
		{time.Hour + 2*time.Minute + 3*time.Second, "1:02:03"},
		{10*time.Hour + 5*time.Second, "10:00:05"},
	}
	for _, tt := range tests {
		if got := countdown.Format(tt.d); got != tt.want {
			t.Errorf("Format(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func rows(t *testing.T, s string) []string {
	t.Helper()
	big := countdown.Big(s)
	r := strings.Split(big, "\n")
	if len(r) != 3 {
		t.Fatalf("Big(%q) has %d rows, want 3:\n%s", s, len(r), big)
	}
	for i, row := range r {
		if w := ansi.StringWidth(row); w != countdown.BigWidth(s) {
			t.Errorf("Big(%q) row %d is %d wide, BigWidth says %d:\n%s", s, i, w, countdown.BigWidth(s), big)
		}
	}
	return r
}

func TestBigShape(t *testing.T) {
	for _, s := range []string{"", "0", ":", "0:30", "1:05", "12:00", "1:02:03", "0123456789:"} {
		rows(t, s)
	}
	if got := countdown.BigWidth("0:30"); got != 3+1+1+1+3+1+3 {
		t.Errorf("BigWidth(0:30) = %d, want 13 (glyphs one space apart)", got)
	}
	if countdown.Big("") != "\n\n" || countdown.BigWidth("") != 0 {
		t.Errorf("Big(\"\") = %q, width %d", countdown.Big(""), countdown.BigWidth(""))
	}
}

func TestBigDigitsAreDistinct(t *testing.T) {
	seen := map[string]rune{}
	for _, r := range "0123456789" {
		g := countdown.Big(string(r))
		if prev, ok := seen[g]; ok {
			t.Errorf("%c and %c look the same:\n%s", prev, r, g)
		}
		seen[g] = r
		if strings.TrimSpace(strings.ReplaceAll(g, "\n", "")) == "" {
			t.Errorf("%c is blank", r)
		}
	}
	if colon := countdown.Big(":"); strings.TrimSpace(strings.ReplaceAll(colon, "\n", "")) == "" {
		t.Error("':' is not drawn")
	}
}

// TestBigIsThinStrokes keeps the font dim-room friendly: box-drawing lines,
// never filled or shaded blocks, and no escape codes (the caller styles it).
func TestBigIsThinStrokes(t *testing.T) {
	big := countdown.Big("0123456789:")
	for _, r := range big {
		switch {
		case r == ' ' || r == '\n' || r == ':':
		case r >= 0x2500 && r <= 0x257F: // box drawing
		default:
			t.Errorf("Big uses %q (U+%04X), not a thin stroke", r, r)
		}
	}
	if ansi.Strip(big) != big {
		t.Error("Big adds styling")
	}
}

func TestBigGolden(t *testing.T) {
	golden.RequireEqual(t, countdown.Big("0123456789:")+"\n")
}

func BenchmarkBig(b *testing.B) {
	b.ReportAllocs()
	var d time.Duration
	for b.Loop() {
		_ = countdown.Big(countdown.Format(d))
		d = (d + 997*time.Millisecond) % (20 * time.Minute)
	}
}

func BenchmarkFormat(b *testing.B) {
	b.ReportAllocs()
	var d time.Duration
	for b.Loop() {
		_ = countdown.Format(d)
		d = (d + 997*time.Millisecond) % (20 * time.Minute)
	}
}
