package content_test

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

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

// BenchmarkLoadEmbedded measures parsing and checking the built-in files:
// what `cramp content validate` does, and what every app start paid before
// the set was generated (BenchmarkBuiltin is what it pays now).
func BenchmarkLoadEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := content.Load(embedded.FS); err != nil {
			b.Fatal(err)
		}
	}
}

// LoadCore and LoadRest together give exactly what Load gives: the app
// shows relief from the first and adds the other screens' files from the second.
func TestCoreThenRestEqualsLoad(t *testing.T) {
	full, err := content.Load(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	core, err := content.LoadCore(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	if len(core.Learn.Topics) != 0 || len(core.Routines.Routines) != 0 || len(core.Checklist.Items) != 0 {
		t.Error("LoadCore should leave the Learn pages, routines and checklist out")
	}
	rest, err := content.LoadRest(embedded.FS, core)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rest, full) {
		t.Error("core + rest differs from Load")
	}
}

func TestLoadRestReportsItsOwnProblems(t *testing.T) {
	core, err := content.LoadCore(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	broken := fstest.MapFS{content.FileLearn: {Data: []byte("version: 1\ntopics:\n  - id: causes\n    title: Why\n    summary: s\n    sections:\n      - text: Stretching cures cramps.\n        sources: [NOPE]\n")}}
	_, err = content.LoadRest(content.Layer(embedded.FS, broken), core)
	if err == nil || !strings.Contains(err.Error(), "learn.yaml:8") || !strings.Contains(err.Error(), "[hedged-claims]") {
		t.Errorf("want the unknown key and the claim reported with positions, got:\n%v", err)
	}
}

// BenchmarkLoadCore is relief's part of a content folder as big as the
// built-in one, checked in full as a person's folder is.
func BenchmarkLoadCore(b *testing.B) {
	for b.Loop() {
		if _, err := content.LoadCore(embedded.FS); err != nil {
			b.Fatal(err)
		}
	}
}
