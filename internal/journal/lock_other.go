//go:build !(darwin || dragonfly || freebsd || illumos || linux || netbsd || openbsd || windows)

package journal

import "os"

// openForAppend is how Append opens the journal.
const openForAppend = os.O_APPEND | os.O_CREATE | os.O_WRONLY

// Without flock or LockFileEx (the rarer systems) appends are not locked: they
// rely on O_APPEND and a single write, which keep a short line whole on local
// disks but are not guaranteed to.

func lockExclusive(*os.File) error { return nil }
func lockShared(*os.File) error    { return nil }
func unlock(*os.File) error        { return nil }
func syncDir(string) error         { return nil }
