//go:build unix

package cli

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A FIFO blanked relief for 12 s and hung content validate.
func TestAFIFOInTheFolderNeverHangs(t *testing.T) {
	dir := hostileFolder(t, func(p string) error { return syscall.Mkfifo(p, 0o644) })
	code, out, errs := run(t, nil, "--content", dir, "now", "--site", "calf")
	if code != ExitOK || !strings.HasPrefix(out, "Cramp now:") || !strings.Contains(errs, "not a regular file") {
		t.Errorf("now: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, _, errs = run(t, nil, "content", "validate", dir)
	if code != ExitUsage || !strings.Contains(errs, filepath.Base("relief.yaml")+": is not a regular file") {
		t.Errorf("validate: exit %d, stderr %q", code, errs)
	}
}
