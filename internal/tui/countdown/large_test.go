package countdown

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// From 100×30 the digits are five rows high (readable from the bed); below,
// the small three-row font as before. Every row is as wide as BigWidthFor says.
func TestLargeDigitsFromHundredByThirty(t *testing.T) {
	for _, c := range []struct{ w, h, rows int }{{100, 30, 5}, {200, 60, 5}, {99, 30, 3}, {100, 29, 3}, {80, 24, 3}} {
		out := BigFor("0:30", c.w, c.h)
		rows := strings.Split(out, "\n")
		if len(rows) != c.rows || BigRowsFor(c.w, c.h) != c.rows {
			t.Errorf("%d×%d: %d rows (BigRowsFor %d), want %d", c.w, c.h, len(rows), BigRowsFor(c.w, c.h), c.rows)
		}
		for _, r := range rows {
			if ansi.StringWidth(r) != BigWidthFor("0:30", c.w, c.h) {
				t.Errorf("%d×%d: row %q is %d wide, BigWidthFor says %d", c.w, c.h, r, ansi.StringWidth(r), BigWidthFor("0:30", c.w, c.h))
			}
		}
	}
	if BigFor("0:30", 80, 24) != Big("0:30") {
		t.Error("below 100×30 the small font changed")
	}
	for d := range 10 {
		s := string(rune('0' + d))
		if strings.TrimSpace(strings.ReplaceAll(BigFor(s, 100, 30), "\n", "")) == "" {
			t.Errorf("digit %s is blank in the large font", s)
		}
	}
}
