package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestExportWritesEveryFile(t *testing.T) {
	src := fixture(t)
	dir := filepath.Join(t.TempDir(), "new", "cramp")
	if err := Export(src, dir, false); err != nil {
		t.Fatal(err)
	}
	for name, f := range src {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(f.Data) {
			t.Errorf("%s differs from the source", name)
		}
	}
	// What was exported loads back, layered or on its own.
	if _, err := Load(os.DirFS(dir)); err != nil {
		t.Errorf("Load(exported) = %v", err)
	}
}

func TestExportRefusesToOverwrite(t *testing.T) {
	src := fixture(t)
	dir := t.TempDir()
	if err := Export(src, dir, false); err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(dir, FileAbout)
	if err := os.WriteFile(edited, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	removed := filepath.Join(dir, FileRelief)
	if err := os.Remove(removed); err != nil {
		t.Fatal(err)
	}

	err := Export(src, dir, false)
	var ee *ExistsError
	if !errors.As(err, &ee) || !errors.Is(err, fs.ErrExist) {
		t.Fatalf("Export = %v, want an ExistsError", err)
	}
	if len(ee.Files) != len(Files)-1 {
		t.Errorf("existing files = %v, want all but %s", ee.Files, FileRelief)
	}
	if b, _ := os.ReadFile(edited); string(b) != "mine" {
		t.Errorf("about.yaml was overwritten: %q", b)
	}
	if _, err := os.Stat(removed); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("relief.yaml was written although Export refused: %v", err)
	}

	if err := Export(src, dir, true); err != nil {
		t.Fatalf("Export(force) = %v", err)
	}
	if b, _ := os.ReadFile(edited); string(b) != string(src[FileAbout].Data) {
		t.Errorf("force did not overwrite about.yaml: %q", b)
	}
	if _, err := os.Stat(removed); err != nil {
		t.Errorf("force did not write relief.yaml: %v", err)
	}
}
