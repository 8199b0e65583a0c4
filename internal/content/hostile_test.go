package content

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// folderWith copies the valid fixture to a folder on disk and lets put
// replace files in it.
func folderWith(t *testing.T, put func(dir string)) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range fixture(t) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	put(dir)
	return dir
}

// symlinkTo makes dir/name a link to target.
func symlinkTo(t *testing.T, dir, name, target string) {
	t.Helper()
	os.Remove(filepath.Join(dir, name))
	if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
		t.Skip("no symlinks here:", err)
	}
}

func requireProblem(t *testing.T, errs Errors, file, msg string) Error {
	t.Helper()
	for _, e := range errs {
		if e.File == file && strings.Contains(e.Msg, msg) {
			return e
		}
	}
	t.Fatalf("no problem in %s saying %q; got:\n%v", file, msg, errs)
	return Error{}
}

func TestLoadRefusesDevicesWithoutReadingThem(t *testing.T) {
	for _, dev := range []string{"/dev/zero", "/dev/urandom"} {
		if _, err := os.Stat(dev); err != nil {
			t.Skip(dev, "is missing")
		}
		dir := folderWith(t, func(dir string) { symlinkTo(t, dir, FileRelief, dev) })
		errs := loadErrs(t, Layer(fixture(t), Dir(dir)))
		requireProblem(t, errs, FileRelief, "is not a regular file")
	}
}

func TestLoadRefusesHugeFiles(t *testing.T) {
	big := "version: 1\n# " + strings.Repeat("x", MaxFileSize) + "\n"
	fsys := fixture(t)
	fsys[FileLearn] = &fstest.MapFile{Data: []byte(big)}
	requireProblem(t, loadErrs(t, fsys), FileLearn, "at most 1048576")
}

func TestLoadRefusesDeepNesting(t *testing.T) {
	cases := map[string]string{
		"flow":  "version: 1\nfirst: " + strings.Repeat("[", 200_000) + "\n",
		"map":   "version: 1\nfirst: " + strings.Repeat("{a: ", 1000) + "\n",
		"block": "version: 1\nsteps:\n  " + strings.Repeat("- ", 10_000) + "x\n",
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			fsys := fixture(t)
			fsys[FileRelief] = &fstest.MapFile{Data: []byte(data)}
			e := requireProblem(t, loadErrs(t, fsys), FileRelief, "nest more than")
			if e.Line == 0 || e.Column == 0 {
				t.Errorf("%v has no line and column", e)
			}
		})
	}
}

// A bracket in a text is not nesting: the fixture's own texts and quoted
// brackets load.
func TestCheckDepthIgnoresBracketsInText(t *testing.T) {
	text := "a: see [1\nb: \"[[[[\"\nc: 'it''s [here'\nd: don't [x\n# [[[[[\n"
	if line, _, err := checkDepth([]byte(strings.Repeat(text, 100))); err != nil {
		t.Errorf("line %d: %v", line, err)
	}
}

func TestLoadRefusesAliasBombs(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nx0: &a0 [1,1,1,1,1,1,1,1,1,1]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "x%d: &a%d [", i, i)
		for k := 0; k < 10; k++ {
			if k > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	fsys := fixture(t)
	fsys[FileLearn] = &fstest.MapFile{Data: []byte(b.String())}
	e := requireProblem(t, loadErrs(t, fsys), FileLearn, "more than 100000 values")
	if e.Line == 0 {
		t.Errorf("%v has no line", e)
	}
}

func TestLoadRefusesControlCharactersInText(t *testing.T) {
	for _, bad := range []string{`\e]0;PWNED\a`, `\x1b[2J`, `\u0085`, `\u202e`, `\x7f`} {
		fsys := fixture(t)
		edit(t, fsys, FileRelief, "title: Walk it off", `title: "Walk `+bad+` it off"`)
		e := requireProblem(t, loadErrs(t, fsys), FileRelief, "control character")
		if e.Line != 16 || e.Column == 0 {
			t.Errorf("%s: %v, want line 16 with a column", bad, e)
		}
		if s := e.Error(); strings.ContainsAny(s, "\x1b\a\u0085\u202e\x7f") {
			t.Errorf("the error %q passes the control character on", s)
		}
	}
}
