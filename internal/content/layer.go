package content

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// Layer returns an fs.FS in which files from overlay replace same-named files
// in base, and files only in overlay are added (Load then reports an unknown
// name as an error naming that file). Load reads routines.yaml and
// checklist.yaml of a Layer from both layers and merges them by id instead
// (merge.go). Used for `--content DIR` as
// Layer(embedded, Dir(dir)). When overlay's top folder cannot be listed
// (missing, not a folder, no permission), listing the layered top folder
// fails with a FolderError, so Load reports it instead of silently using the
// base alone.
func Layer(base, overlay fs.FS) fs.FS { return layered{base: base, overlay: overlay} }

// FolderError says that the overlay folder itself cannot be used.
type FolderError struct{ Err error }

func (e *FolderError) Error() string {
	switch {
	case errors.Is(e.Err, fs.ErrNotExist):
		return "the content folder does not exist"
	case errors.Is(e.Err, fs.ErrPermission):
		return "the content folder cannot be read: permission denied"
	}
	err := e.Err
	var pe *fs.PathError
	if errors.As(err, &pe) { // "open .: …" names no path a person knows
		err = pe.Err
	}
	return "the content folder cannot be read: " + err.Error()
}

func (e *FolderError) Unwrap() error { return e.Err }

// CheckDir says, in words a person can act on, why dir cannot be used as a
// content folder, or returns nil.
func CheckDir(dir string) error {
	if dir == "" {
		return errors.New("no content folder given")
	}
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("content folder %s does not exist", dir)
	case err != nil:
		return fmt.Errorf("content folder %s cannot be used: %w", dir, err)
	case !st.IsDir():
		return fmt.Errorf("content folder %s is a file, not a folder", dir)
	}
	f, err := os.Open(dir)
	if err == nil {
		_, err = f.ReadDir(1)
		f.Close()
		if err == io.EOF {
			err = nil
		}
	}
	if err != nil {
		return fmt.Errorf("content folder %s cannot be read: %w", dir, err)
	}
	return nil
}

type layered struct{ base, overlay fs.FS }

var (
	_ fs.ReadDirFS  = layered{}
	_ fs.ReadFileFS = layered{}
	_ fs.StatFS     = layered{}
)

func (l layered) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := l.overlay.Open(name)
	if err != nil {
		if name == "." {
			return nil, &FolderError{Err: err}
		}
		if errors.Is(err, fs.ErrNotExist) {
			return l.base.Open(name)
		}
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.IsDir() {
		return f, nil
	}
	entries, err := l.ReadDir(name)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &mergedDir{File: f, entries: entries}, nil
}

func (l layered) ReadFile(name string) ([]byte, error) {
	b, err := fs.ReadFile(l.overlay, name)
	if errors.Is(err, fs.ErrNotExist) {
		return fs.ReadFile(l.base, name)
	}
	return b, err
}

func (l layered) Stat(name string) (fs.FileInfo, error) {
	st, err := fs.Stat(l.overlay, name)
	if err != nil && name == "." {
		return nil, &FolderError{Err: err}
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fs.Stat(l.base, name)
	}
	return st, err
}

// ReadDir lists a folder of both layers, overlay entries replacing base
// entries of the same name, sorted by name.
func (l layered) ReadDir(name string) ([]fs.DirEntry, error) {
	over, oerr := fs.ReadDir(l.overlay, name)
	if oerr != nil {
		if name == "." {
			return nil, &FolderError{Err: oerr}
		}
		if !errors.Is(oerr, fs.ErrNotExist) {
			return nil, oerr
		}
	}
	base, berr := fs.ReadDir(l.base, name)
	switch {
	case berr != nil && oerr != nil:
		return nil, berr
	case berr != nil:
		if !errors.Is(berr, fs.ErrNotExist) {
			return nil, berr
		}
		return over, nil
	case oerr != nil:
		return base, nil
	}
	merged := make([]fs.DirEntry, 0, len(base)+len(over))
	merged = append(merged, over...)
	for _, e := range base {
		if !slices.ContainsFunc(over, func(o fs.DirEntry) bool { return o.Name() == e.Name() }) {
			merged = append(merged, e)
		}
	}
	slices.SortFunc(merged, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return merged, nil
}

// mergedDir is an open folder of the layered FS: the overlay's folder for
// Stat and Close, the merged listing for ReadDir.
type mergedDir struct {
	fs.File
	entries []fs.DirEntry
	off     int
}

func (d *mergedDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: ".", Err: errors.New("is a directory")}
}

func (d *mergedDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.off += n
	return rest[:n], nil
}
