// Package testkit holds the helpers the tests of every package share.
//
// It imports no package of this module, so any package's tests, internal
// (package x) or external (package x_test), can use it without an import
// cycle. Its subpackages drive (screens driven by messages on a fake clock)
// and reportgen (large journals) do import the module and are for the
// packages above them.
//
// Importing testkit links the zone database (time/tzdata) into the test
// binary, so a test that names a zone gets the same rules on every machine,
// with or without a system zone database. The zone helpers fail a test
// rather than skip it: a DST case never passes by not running.
package testkit

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the zones below load the same everywhere

	"github.com/charmbracelet/x/ansi"
)

// Berlin is Europe/Berlin, the zone the tests use for local wall-clock
// time. In 2026 its clocks go from 02:00 to 03:00 on 29 March and from
// 03:00 back to 02:00 on 25 October.
var Berlin = mustZone("Europe/Berlin")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		// Only a misspelled name gets here: the database is linked in.
		panic("testkit: " + err.Error())
	}
	return loc
}

// Zone is the named zone. It fails tb, never skips it, when the zone does
// not load.
func Zone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatalf("zone %q: %v", name, err)
	}
	return loc
}

// CheckFits fails t unless view, a screen as text, fits a w×h terminal:
// at most h lines, none wider than w cells (escape sequences take none).
func CheckFits(t testing.TB, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%dx%d: %d lines:\n%s", w, h, len(lines), view)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i+1, lw, l)
		}
	}
}
