package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ExistsError is Export's refusal: these files are already in the folder and
// force was not given. Nothing was written. errors.Is(err, fs.ErrExist)
// holds.
type ExistsError struct {
	Dir   string
	Files []string
}

func (e *ExistsError) Error() string {
	return fmt.Sprintf("%s already has %s; nothing was written (use --force to overwrite)", e.Dir, strings.Join(e.Files, ", "))
}

func (e *ExistsError) Is(target error) bool { return target == fs.ErrExist }

// Export writes every file of fsys (the embedded set) into dir, creating
// dir. It refuses, writing nothing, when any target file already exists,
// unless force.
func Export(fsys fs.FS, dir string, force bool) error {
	if dir == "" {
		return errors.New("no folder given to export to")
	}
	type file struct {
		name string // slash-separated, as in fsys
		data []byte
	}
	var files []file
	err := fs.WalkDir(fsys, ".", func(name string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.Type().IsRegular() {
			return nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		files = append(files, file{name, data})
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading the built-in content: %w", err)
	}
	if len(files) == 0 {
		return errors.New("there is no content to export")
	}

	var exists []string
	for _, f := range files {
		_, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(f.name)))
		switch {
		case err == nil:
			exists = append(exists, f.name)
		case !errors.Is(err, fs.ErrNotExist):
			return err
		}
	}
	if len(exists) > 0 && !force {
		return &ExistsError{Dir: dir, Files: exists}
	}

	for _, f := range files {
		target := filepath.Join(dir, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(target, f.data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
