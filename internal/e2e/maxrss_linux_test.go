package e2e

import (
	"os"
	"syscall"
)

// maxRSSKiB is the exited process's peak resident set, from rusage.
func maxRSSKiB(st *os.ProcessState) int64 {
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss // KiB on Linux
	}
	return 0
}
