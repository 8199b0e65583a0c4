//go:build unix

package journal

import (
	"os"
	"syscall"
)

// openNoWait opens path with O_NONBLOCK added, so that opening a FIFO never
// waits for the other end; openFile then refuses it. For a regular file the
// flag changes nothing.
func openNoWait(path string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(path, flag|syscall.O_NONBLOCK, perm)
}
