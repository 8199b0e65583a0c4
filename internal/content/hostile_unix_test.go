//go:build unix

package content

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A FIFO with no writer held Open (and so relief, and content validate)
// for good.
func TestLoadRefusesAFIFOAtOnce(t *testing.T) {
	dir := folderWith(t, func(dir string) {
		if err := syscall.Mkfifo(filepath.Join(dir, "relief.fifo"), 0o644); err != nil {
			t.Skip("no FIFOs here:", err)
		}
		symlinkTo(t, dir, FileRelief, filepath.Join(dir, "relief.fifo"))
	})
	done := make(chan Errors, 1)
	go func() {
		_, err := Load(Layer(fixture(t), Dir(dir)))
		errs, _ := err.(Errors)
		done <- errs
	}()
	select {
	case errs := <-done:
		requireProblem(t, errs, FileRelief, "is not a regular file")
	case <-time.After(5 * time.Second): // a generous bound: it either returns or hangs for good
		t.Fatal("Load is still waiting on a FIFO")
	}
}
