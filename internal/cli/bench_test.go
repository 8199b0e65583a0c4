package cli

import (
	"io"
	"os"
	"testing"
)

// BenchmarkParseNow is the command-line layer's share of `cramp now`'s first
// frame: the root flags, the table lookup, the command's FlagSet with the
// globals, and parsing "--site calf --side left". A bad last flag stops the
// run just before runApp would load content and start the screen.
func BenchmarkParseNow(b *testing.B) {
	args := []string{"--data", "/tmp/x", "now", "--site", "calf", "--side", "left", "--stop-here"}
	io := IO{Stdout: io.Discard, Stderr: io.Discard, Getenv: func(string) string { return "" }}
	for b.Loop() {
		if Run(args, io) != ExitUsage {
			b.Fatal("the bad flag did not stop the run")
		}
	}
}

// BenchmarkLoadSettings is what a full settings file adds before relief's
// first frame: finding, reading, decoding and checking it.
func BenchmarkLoadSettings(b *testing.B) {
	p := b.TempDir() + "/config.yaml"
	src := "theme: night\nquiet: true\nvoice: true\nvoice_cmd: espeak -s 140\naccessible: false\n" +
		"day_starts_at: \"04:00\"\nroutine: short\nhold: 30s\nregion: GB\nclock: 24h\nweek_starts: mon\n"
	if err := os.WriteFile(p, []byte(src), 0o600); err != nil {
		b.Fatal(err)
	}
	args := []string{"--config", p, "now"}
	for b.Loop() {
		var g globals
		g.loadSettings(args, func(string) string { return "" })
		if g.settings.Theme == nil {
			b.Fatal("not read")
		}
	}
}

// BenchmarkLocalize is what a region adds before relief's first frame:
// the built-in regions (generated, not parsed) and putting the region's
// lines into the set.
func BenchmarkLocalize(b *testing.B) {
	set, _, err := loadContent("", true)
	if err != nil {
		b.Fatal(err)
	}
	region := "GB"
	g := globals{}
	g.settings.Region = &region
	for b.Loop() {
		s := *set
		g.localize(&s, nil)
	}
}
