//go:build darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd

package journal

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// openForAppend is how Append opens the journal.
const openForAppend = os.O_APPEND | os.O_CREATE | os.O_WRONLY

// lockExclusive blocks until this open file holds the exclusive lock. Locks
// are per open file, so two handles in one process exclude each other too.
// Where the file system has no locks at all, it goes on unlocked: O_APPEND
// and a single write still keep lines whole in practice.
func lockExclusive(f *os.File) error { return flock(f, unix.LOCK_EX) }

// lockShared blocks until no exclusive lock is held on the file.
func lockShared(f *os.File) error { return flock(f, unix.LOCK_SH) }

func unlock(f *os.File) error { return flock(f, unix.LOCK_UN) }

func flock(f *os.File, how int) error {
	for {
		err := unix.Flock(int(f.Fd()), how)
		switch {
		case errors.Is(err, unix.EINTR):
			continue
		case errors.Is(err, unix.ENOLCK), errors.Is(err, unix.EOPNOTSUPP), errors.Is(err, unix.ENOSYS):
			return nil
		}
		return err
	}
}

// syncDir fsyncs the folder, so a newly created file's entry survives a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
