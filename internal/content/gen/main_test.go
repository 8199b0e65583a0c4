package main

import (
	"bytes"
	"os"
	"testing"
)

// TestGeneratedFileIsCurrent fails when content/*.yaml (or the writer)
// changed and builtin_gen.go was not made again: the app would show the old
// content while `cramp content validate` and export show the new.
func TestGeneratedFileIsCurrent(t *testing.T) {
	want, err := source()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../" + File)
	if err != nil {
		t.Fatalf("%v; run: go generate ./internal/content", err)
	}
	if !bytes.Equal(got, want) {
		line := 1 + bytes.Count(want[:commonPrefix(got, want)], []byte("\n"))
		t.Errorf("internal/content/%s is stale against content/*.yaml (first difference at line %d); run: go generate ./internal/content", File, line)
	}
}

func commonPrefix(a, b []byte) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
