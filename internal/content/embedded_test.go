package content_test

import (
	"testing"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/content"
)

// TestEmbeddedContentValidates loads the files built into the binary: a
// content change that breaks the schema, a reference or a safety rule fails
// here, not at someone's bedside.
func TestEmbeddedContentValidates(t *testing.T) {
	set, err := content.Load(embedded.FS)
	if err != nil {
		t.Fatalf("embedded content is invalid:\n%v", err)
	}
	if len(set.Sources) == 0 {
		t.Error("no sources")
	}
	if len(set.Relief.Steps) == 0 {
		t.Error("no relief steps")
	}
	if len(set.RedFlags.Tiers) == 0 {
		t.Error("no red-flag tiers")
	}
	if _, ok := set.Relief.Step(set.Relief.First); !ok {
		t.Errorf("first step %q not found", set.Relief.First)
	}
}

// BenchmarkLoadEmbedded measures what every app start pays before the first
// frame.
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := content.Load(embedded.FS); err != nil {
			b.Fatal(err)
		}
	}
}
