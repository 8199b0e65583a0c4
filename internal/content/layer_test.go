package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLayerOverlayReplacesBaseFile(t *testing.T) {
	base := fixture(t)
	const mine = "My own words, not medical advice. Chest pain? Call emergency services."
	overlay := fstest.MapFS{FileAbout: {Data: []byte("version: 1\ndisclaimer: " + mine + "\n")}}
	set, err := Load(Layer(base, overlay))
	if err != nil {
		t.Fatal(err)
	}
	if set.About.Disclaimer != mine {
		t.Errorf("disclaimer = %q, want the overlay's", set.About.Disclaimer)
	}
	if len(set.Relief.Steps) != 3 {
		t.Errorf("relief not taken from base: %d steps", len(set.Relief.Steps))
	}
}

func TestLayerReportsOverlayProblems(t *testing.T) {
	base := fixture(t)
	overlay := fstest.MapFS{
		"notes.yaml":   {Data: []byte("anything: 1\n")},
		"README.md":    {Data: []byte("ignored\n")},
		FileAbout:      {Data: []byte("version: 1\ndisclamer: typo\n")},
		"sub/x.yaml":   {Data: []byte("ignored: true\n")},
		"sub/readme":   {Data: []byte("ignored\n")},
		"other/a.yaml": {Data: []byte("ignored: true\n")},
	}
	errs := loadErrs(t, Layer(base, overlay))
	want := "about.yaml:1:1: disclaimer is missing\n" +
		`about.yaml:2:1: unknown field "disclamer"; did you mean "disclaimer"?` + "\n" +
		"notes.yaml: unknown content file; the known files are sources.yaml, relief.yaml, redflags.yaml, about.yaml, routines.yaml, checklist.yaml and learn.yaml"
	if errs.Error() != want {
		t.Errorf("got:\n%s\nwant:\n%s", errs.Error(), want)
	}
}

func TestLayerIsAValidFS(t *testing.T) {
	base := fixture(t)
	base["sub/base.txt"] = &fstest.MapFile{Data: []byte("b")}
	overlay := fstest.MapFS{
		FileAbout:       {Data: []byte("version: 1\ndisclaimer: Mine.\n")},
		"notes.md":      {Data: []byte("n")},
		"sub/over.txt":  {Data: []byte("o")},
		"only/over.txt": {Data: []byte("o")},
	}
	l := Layer(base, overlay)
	if err := fstest.TestFS(l, FileSources, FileRelief, FileRedFlags, FileAbout, FileLearn, "notes.md", "sub/base.txt", "sub/over.txt", "only/over.txt"); err != nil {
		t.Fatal(err)
	}
	b, err := fs.ReadFile(l, FileAbout)
	if err != nil || !strings.Contains(string(b), "Mine.") {
		t.Errorf("ReadFile(about.yaml) = %q, %v; want the overlay's", b, err)
	}
}

func TestLayerMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nope")
	_, err := Load(Layer(fixture(t), os.DirFS(dir)))
	var errs Errors
	if !errors.As(err, &errs) || len(errs) != 1 {
		t.Fatalf("Load = %v, want one problem", err)
	}
	if got, want := errs.Error(), "the content folder does not exist"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLayerFolderIsAFile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file.yaml")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(Layer(fixture(t), os.DirFS(file)))
	// The reason is the system's ("not a directory" on Unix), without "open .".
	if err == nil || !strings.HasPrefix(err.Error(), "the content folder cannot be read: ") || strings.Contains(err.Error(), "open .") {
		t.Errorf("Load = %v", err)
	}
}

func TestLayerOverDirFS(t *testing.T) {
	dir := t.TempDir()
	const disk = "From disk, not medical advice. Chest pain? Call emergency services."
	if err := os.WriteFile(filepath.Join(dir, FileAbout), []byte("version: 1\ndisclaimer: "+disk+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Load(Layer(fixture(t), os.DirFS(dir)))
	if err != nil {
		t.Fatal(err)
	}
	if set.About.Disclaimer != disk {
		t.Errorf("disclaimer = %q", set.About.Disclaimer)
	}
}

func TestCheckDir(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := CheckDir(dir); err != nil {
		t.Errorf("CheckDir(existing) = %v", err)
	}
	for _, tt := range []struct{ dir, want string }{
		{"", "no content folder given"},
		{filepath.Join(dir, "nope"), "content folder " + filepath.Join(dir, "nope") + " does not exist"},
		{file, "content folder " + file + " is a file, not a folder"},
	} {
		if err := CheckDir(tt.dir); err == nil || err.Error() != tt.want {
			t.Errorf("CheckDir(%q) = %v, want %q", tt.dir, err, tt.want)
		}
	}
}
