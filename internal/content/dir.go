package content

import (
	"errors"
	"io/fs"
	"path/filepath"
)

// Dir is os.DirFS(dir) for a person's content folder, except that opening a
// file never waits: a FIFO named relief.yaml would otherwise hold Open until
// something writes to it, and relief would never show. Load then refuses
// anything that is not a regular file.
func Dir(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := openNoWait(filepath.Join(string(d), filepath.FromSlash(name)))
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			pe.Path = name // the folder is named by the caller
		}
		return nil, err
	}
	return f, nil
}
