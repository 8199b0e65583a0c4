package testkit_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
)

// The DST tests across the module rest on Berlin having both 2026 clock
// changes, wherever they run.
func TestBerlinHasBothClockChanges(t *testing.T) {
	if got := testkit.Berlin.String(); got != "Europe/Berlin" {
		t.Fatalf("Berlin is %q", got)
	}
	offset := func(tm time.Time) int { _, off := tm.Zone(); return off / 3600 }
	if w, s := offset(time.Date(2026, 1, 15, 12, 0, 0, 0, testkit.Berlin)), offset(time.Date(2026, 7, 15, 12, 0, 0, 0, testkit.Berlin)); w != 1 || s != 2 {
		t.Errorf("offsets +%d in winter, +%d in summer; want +1 and +2", w, s)
	}
	// 02:30 on 29 March does not exist: the clocks jump from 02:00 to 03:00.
	if got := time.Date(2026, 3, 29, 2, 30, 0, 0, testkit.Berlin); got.Hour() != 3 {
		t.Errorf("29 March 02:30 is %s, want 03:30", got)
	}
	// 02:30 on 25 October happens twice, an hour apart.
	first := time.Date(2026, 10, 25, 0, 30, 0, 0, time.UTC).In(testkit.Berlin)
	second := time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC).In(testkit.Berlin)
	if first.Format("15:04") != "02:30" || second.Format("15:04") != "02:30" {
		t.Errorf("25 October: %s and %s, want 02:30 twice", first, second)
	}
	if z := testkit.Zone(t, "America/St_Johns"); z.String() != "America/St_Johns" {
		t.Errorf("Zone gave %q", z)
	}
}

// Tests get their zones from testkit, which links the zone database and
// fails when a zone does not load. A test that loads a zone itself could
// skip its DST cases on a machine without a zone database and still pass;
// this keeps that from coming back.
func TestNoTestLoadsAZoneItself(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	self, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") || filepath.Dir(path) == self {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n++
		rel, _ := filepath.Rel(root, path)
		for _, bad := range []struct{ code, name string }{{"time.LoadLocation(", "time.LoadLocation"}, {`"time/tzdata"`, "time/tzdata"}} {
			if strings.Contains(string(b), bad.code) {
				t.Errorf("%s uses %s; use testkit.Berlin or testkit.Zone, which link the zone database and never skip", rel, bad.name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 20 {
		t.Fatalf("read only %d test files under %s", n, root)
	}
}

func moduleRoot() (string, error) {
	dir, err := filepath.Abs(".")
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
