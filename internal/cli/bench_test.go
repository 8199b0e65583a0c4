package cli

import (
	"io"
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
