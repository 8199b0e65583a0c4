package content_test

import (
	"reflect"
	"testing"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/content"
)

// The generated values are what loading the files gives; the generator's
// own test compares the file byte for byte, this one the values the app
// gets (a writer that dropped or mangled a field would fail here).
func TestBuiltinIsTheLoadedFiles(t *testing.T) {
	const hint = "; run: go generate ./internal/content"
	want, err := content.Load(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	got, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("content.Builtin() differs from loading content/*.yaml" + hint)
	}
	wantRegions, err := content.LoadRegions(embedded.FS, want)
	if err != nil {
		t.Fatal(err)
	}
	gotRegions, err := content.BuiltinRegions()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotRegions, wantRegions) {
		t.Error("content.BuiltinRegions() differs from loading content/regions.yaml" + hint)
	}
}

// Each caller gets a Set of its own: localizing one (as cli does) leaves the
// next caller the neutral texts.
func TestBuiltinCallsDoNotShareTheSet(t *testing.T) {
	a, _ := content.Builtin()
	regions, _ := content.BuiltinRegions()
	neutral := a.Relief.Escalation.Text
	gb, ok := regions.Find("GB")
	if !ok {
		t.Fatal("no GB region")
	}
	action := a.RedFlags.Tiers[0].Action
	regions.Localize(a, gb)
	if a.Relief.Escalation.Text == neutral {
		t.Fatal("Localize changed nothing; the test would prove nothing")
	}
	b, _ := content.Builtin()
	if b.Relief.Escalation.Text != neutral || b.RedFlags.Tiers[0].Action != action {
		t.Error("localizing one Builtin() set changed the next one")
	}
}

// sink keeps a benchmark's result alive, as the app keeps its set, so the
// copy Builtin makes is counted where the app would pay for it.
var sink any

// BenchmarkBuiltin is what the app's start pays for the built-in content
// now; BenchmarkLoadEmbedded (parsing the files) is what it paid before.
func BenchmarkBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		set, err := content.Builtin()
		if err != nil {
			b.Fatal(err)
		}
		sink = set
	}
}

// BenchmarkBuiltinRegions against BenchmarkLoadRegions: what a region adds.
func BenchmarkBuiltinRegions(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r, err := content.BuiltinRegions()
		if err != nil {
			b.Fatal(err)
		}
		sink = r
	}
}

func BenchmarkLoadRegions(b *testing.B) {
	set, err := content.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := content.LoadRegions(embedded.FS, set); err != nil {
			b.Fatal(err)
		}
	}
}
