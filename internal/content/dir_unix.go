//go:build unix

package content

import (
	"os"
	"syscall"
)

// openNoWait opens path for reading with O_NONBLOCK, which makes opening a
// FIFO return at once; reads of a regular file are not affected.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
