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

	// Everything that would stop the export is found before anything is
	// written, so a refusal never leaves half an export behind.
	var exists []string
	for _, f := range files {
		target := filepath.Join(dir, filepath.FromSlash(f.name))
		st, err := os.Lstat(target)
		switch {
		case err == nil && st.IsDir():
			return fmt.Errorf("%s is a folder where the file %s goes; nothing was written", target, f.name)
		case err == nil && !st.Mode().IsRegular() && st.Mode()&fs.ModeSymlink == 0:
			return fmt.Errorf("%s is not a plain file; nothing was written", target)
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
		write := createNew
		if force {
			write = replace
		}
		if err := write(target, f.data); err != nil {
			if errors.Is(err, fs.ErrExist) { // created since the check above
				return &ExistsError{Dir: dir, Files: []string{f.name}}
			}
			return err
		}
	}
	return nil
}

// createNew writes a file that must not exist yet. O_EXCL also refuses a
// symlink, dangling or not, so nothing is ever written outside the folder.
func createNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// replace writes path whatever is there: a new file is written beside it
// and renamed over it, which replaces a symlink itself, never what it
// points to.
func replace(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after a successful rename there is nothing to remove
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
