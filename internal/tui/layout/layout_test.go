package layout

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func lines(n int, s string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestFitDropsLeastImportantFirstAndKeepsOrder(t *testing.T) {
	got := Fit(4, 20,
		Block{Lines: []string{"header"}, Priority: 2},
		Block{Lines: lines(2, "instruction"), Priority: 9},
		Block{Lines: []string{"footer"}, Priority: 0},
		Block{Lines: []string{"keys"}, Priority: 5},
	)
	want := []string{"header", "instruction", "instruction", "keys"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestFitCutsACuttableBlockWithAnEllipsis(t *testing.T) {
	got := Fit(3, 10, Block{Lines: []string{"one", "two", "three", "four"}, Priority: 1, Cut: true})
	if len(got) != 3 || !strings.HasSuffix(got[2], "…") {
		t.Fatalf("got %q", got)
	}
	if ansi.StringWidth(got[2]) > 10 {
		t.Errorf("cut line too wide: %q", got[2])
	}
}

func TestFitKeepsEverythingWhenThereIsRoom(t *testing.T) {
	got := Fit(10, 20, Block{Lines: []string{"a"}}, Block{}, Block{Lines: []string{"b"}})
	if strings.Join(got, "|") != "a|b" {
		t.Fatalf("got %q", got)
	}
}

func TestWrapNeverExceedsTheWidth(t *testing.T) {
	text := "Straighten your leg and pull your toes toward your shin. Supercalifragilisticexpialidocious."
	for _, w := range []int{1, 5, 12, 20, 80} {
		for _, l := range Wrap(text, w) {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: %q", w, l)
			}
		}
	}
	if Wrap("   ", 10) != nil {
		t.Error("blank text should give no lines")
	}
}

func TestSpreadAndTruncate(t *testing.T) {
	if got := Spread("left", "9:59", 12); got != "left    9:59" {
		t.Errorf("Spread = %q", got)
	}
	if got := Spread("a long left side", "9:59", 10); got != "a long… 9:59" && ansi.StringWidth(got) != 10 {
		t.Errorf("Spread should cut the left and keep the clock: %q", got)
	} else if !strings.HasSuffix(got, "9:59") {
		t.Errorf("Spread dropped the clock: %q", got)
	}
	if got := Truncate("abcdef", 4); got != "abc…" {
		t.Errorf("Truncate = %q", got)
	}
}

func TestFitGivesRoomByPriorityThenCutsTheText(t *testing.T) {
	got := Fit(5, 20,
		Block{Lines: []string{"header"}, Priority: 1},
		Block{Lines: lines(6, "text"), Priority: 5, Cut: true},
		Block{Lines: []string{"keys"}, Priority: 9},
	)
	// Keys get their line first, the text takes the rest (cut), the header
	// has no room left.
	want := []string{"text", "text", "text", "text…", "keys"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestFitLeavesOutAWholeBlockThatDoesNotFitButKeepsSmallerOnes(t *testing.T) {
	got := Fit(3, 20,
		Block{Lines: lines(3, "big"), Priority: 5},
		Block{Lines: []string{"small"}, Priority: 1},
		Block{Lines: []string{"top"}, Priority: 9},
	)
	if strings.Join(got, "|") != "small|top" {
		t.Fatalf("got %q", got)
	}
}

func TestWrapKeepsHyphenatedWordsWhole(t *testing.T) {
	got := Wrap("Sources: NHS-LC, MAYO-NLC-causes, BMJBP-RLS", 20)
	for _, l := range got {
		if strings.HasSuffix(l, "-") {
			t.Errorf("broke at a hyphen: %q", got)
		}
	}
	if !strings.Contains(strings.Join(got, "\n"), "MAYO-NLC-causes") {
		t.Errorf("lost the key: %q", got)
	}
}
