//go:build !linux

package e2e

import "os"

// maxRSSKiB is 0 off Linux: the figure is read in KiB there only (macOS
// gives bytes, Windows no rusage), like the /proc figures beside it.
func maxRSSKiB(*os.ProcessState) int64 { return 0 }
