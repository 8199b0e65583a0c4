//go:build windows

package journal

import (
	"os"

	"golang.org/x/sys/windows"
)

// openForAppend is how Append opens the journal: with read access too,
// because Go opens an O_APPEND file with FILE_APPEND_DATA alone, and
// LockFileEx needs a handle that can read or write data.
const openForAppend = os.O_APPEND | os.O_CREATE | os.O_RDWR

// Windows byte-range locks are mandatory: a lock over the journal's bytes
// would make reading them fail (endsWithNewline, another reader) instead of
// wait. So, as SQLite does, the lock is on one byte far past any real end
// of file: taking it excludes other lockers exactly as flock does on Unix,
// and reads and writes of the data are never refused.
const (
	lockOffsetLow  = 0xFFFFFFFE
	lockOffsetHigh = 0x7FFFFFFF
)

// lockExclusive blocks until this open file holds the exclusive lock; like
// flock, locks are per handle, so two handles in one process exclude each
// other too.
func lockExclusive(f *os.File) error { return lockFile(f, windows.LOCKFILE_EXCLUSIVE_LOCK) }

// lockShared blocks until no exclusive lock is held on the file.
func lockShared(f *os.File) error { return lockFile(f, 0) }

func lockFile(f *os.File, flags uint32) error {
	ol := &windows.Overlapped{Offset: lockOffsetLow, OffsetHigh: lockOffsetHigh}
	return windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, ol)
}

func unlock(f *os.File) error {
	ol := &windows.Overlapped{Offset: lockOffsetLow, OffsetHigh: lockOffsetHigh}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, ol)
}

// syncDir does nothing: Windows cannot open a folder to flush it, and NTFS
// journals the new file's entry itself.
func syncDir(string) error { return nil }
