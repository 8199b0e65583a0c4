package now_test

import (
	"flag"
	"os"
	"strings"
	"testing"
)

// The README's sample screen is the golden file of the first relief frame
// at 80×24, never a hand-made copy: with -update (the golden files' flag)
// this test writes it into the README.
func TestREADMESampleIsTheGolden(t *testing.T) {
	const readme = "../../../README.md"
	const intro = "`cramp now` at 80×24, night theme, colour off:\n\n```\n"
	golden, err := os.ReadFile("testdata/TestGoldenViews/stretch-80x24.golden")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start := strings.Index(doc, intro)
	if start < 0 {
		t.Fatalf("README has no sample screen introduced by %q", intro)
	}
	start += len(intro)
	end := strings.Index(doc[start:], "\n```")
	if end < 0 {
		t.Fatal("README's sample screen is not closed")
	}
	want := strings.TrimRight(string(golden), "\n")
	if got := doc[start : start+end]; got != want {
		if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
			doc = doc[:start] + want + doc[start+end:]
			if err := os.WriteFile(readme, []byte(doc), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("README's sample screen differs from the golden file; run go test ./internal/tui/now -run TestREADMESampleIsTheGolden -update\nREADME:\n%s\ngolden:\n%s", got, want)
	}
}
