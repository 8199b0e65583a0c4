package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// victim is a file outside the export folder that a link inside points to.
func victim(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "victim")
	if err := os.WriteFile(p, []byte("precious"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExportForceReplacesASymlinkNotItsTarget(t *testing.T) {
	dir, v := t.TempDir(), victim(t)
	if err := os.Symlink(v, filepath.Join(dir, FileRelief)); err != nil {
		t.Skip(err)
	}
	if err := Export(fixture(t), dir, true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(v); string(b) != "precious" {
		t.Errorf("the link's target was overwritten: %q", b)
	}
	st, err := os.Lstat(filepath.Join(dir, FileRelief))
	if err != nil || !st.Mode().IsRegular() {
		t.Errorf("relief.yaml is not a plain file now: %v %v", st, err)
	}
}

func TestExportNeverFollowsALink(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "created-outside")
	if err := os.Symlink(outside, filepath.Join(dir, FileRelief)); err != nil { // dangling
		t.Skip(err)
	}
	err := Export(fixture(t), dir, false)
	if !errors.Is(err, fs.ErrExist) {
		t.Errorf("Export = %v, want a refusal", err)
	}
	if _, err := os.Lstat(outside); err == nil {
		t.Error("a file was created outside the folder through a dangling link")
	}
	// The same through the write itself (a link made after the check).
	if err := createNew(filepath.Join(dir, FileRelief), []byte("x")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("createNew through a link = %v, want it to exist", err)
	}
	if _, err := os.Lstat(outside); err == nil {
		t.Error("createNew followed the link")
	}
}

func TestExportRefusesAFolderBeforeWritingAnything(t *testing.T) {
	for _, force := range []bool{false, true} {
		dir := t.TempDir()
		if err := os.Mkdir(filepath.Join(dir, FileSources), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := Export(fixture(t), dir, force); err == nil {
			t.Fatalf("force %v: Export wrote over a folder", force)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("force %v: %d entries after a refusal, want only the folder: half an export", force, len(entries))
		}
	}
}
