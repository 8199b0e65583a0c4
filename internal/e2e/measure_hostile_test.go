//go:build unix

package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// hostileContent makes the content folders that once kept relief from
// showing, for BenchmarkFirstFrameHostile.
func hostileContent(b *testing.B) map[string]string {
	b.Helper()
	mk := func(put func(p string) error) string {
		dir := b.TempDir()
		if err := put(filepath.Join(dir, "relief.yaml")); err != nil {
			b.Skip(err)
		}
		return dir
	}
	bomb := "version: 1\nx0: &a0 [1,1,1,1,1,1,1,1,1,1]\n"
	for i := 1; i < 10; i++ {
		prev := "*a" + string(rune('0'+i-1))
		bomb += "x" + string(rune('0'+i)) + ": &a" + string(rune('0'+i)) + " [" + strings.Repeat(prev+",", 9) + prev + "]\n"
	}
	return map[string]string{
		"dev-zero":    mk(func(p string) error { return os.Symlink("/dev/zero", p) }),
		"dev-urandom": mk(func(p string) error { return os.Symlink("/dev/urandom", p) }),
		"fifo":        mk(func(p string) error { return syscall.Mkfifo(p, 0o644) }),
		"deep": mk(func(p string) error {
			return os.WriteFile(p, []byte("version: 1\nfirst: "+strings.Repeat("[", 200_000)), 0o644)
		}),
		"huge-50MB": mk(func(p string) error {
			if err := os.WriteFile(p, []byte("version: 1\n"), 0o644); err != nil {
				return err
			}
			return os.Truncate(p, 50<<20)
		}),
		"near-cap-1MB": mk(func(p string) error {
			return os.WriteFile(p, []byte("version: 1\n# "+strings.Repeat("x", 1<<20-20)+"\n"), 0o644)
		}),
		"alias-bomb": mk(func(p string) error { return os.WriteFile(p, []byte(bomb), 0o644) }),
	}
}

// BenchmarkFirstFrameHostile: "cramp --content DIR now" to the first
// instruction, for each hostile folder (the built-in relief shows, with
// the notice), and the peak RSS.
func BenchmarkFirstFrameHostile(b *testing.B) {
	folders := hostileContent(b)
	names := make([]string, 0, len(folders))
	for n := range folders {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, name := range names {
		b.Run(name, func(b *testing.B) {
			benchFirstFrame(b, crampBin, firstInstruction, "--content", folders[name], "now")
		})
	}
}

// BenchmarkKeyWithLockHeld: with another process holding the journal's
// lock, the time from pressing e during relief to the aftercare screen.
func BenchmarkKeyWithLockHeld(b *testing.B) {
	for _, held := range []bool{false, true} {
		name := "free"
		if held {
			name = "held"
		}
		b.Run(name, func(b *testing.B) {
			var times []time.Duration
			for b.Loop() { // the figure is the key's time alone, taken below
				env := newEnv(b)
				if err := os.MkdirAll(env.DataDir, 0o700); err != nil {
					b.Fatal(err)
				}
				f, err := os.OpenFile(filepath.Join(env.DataDir, "journal.jsonl"), os.O_CREATE|os.O_RDWR, 0o600)
				if err != nil {
					b.Fatal(err)
				}
				if held {
					_ = unix.Flock(int(f.Fd()), unix.LOCK_EX)
				}
				term := startCramp(b, env, "now")
				term.WaitFor(firstInstruction, waitTimeout)
				w := newWatch(aftercareTitle)
				term.Watch(w)
				t0 := time.Now()
				term.Press("e")
				if !term.waitWatch(w, waitTimeout) {
					b.Fatalf("e did nothing:\n%s", term.Screen())
				}
				times = append(times, w.Seen.Sub(t0))
				term.close()
				f.Close()
			}
			b.ReportMetric(float64(median(times))/float64(time.Millisecond), "median-ms")
			b.ReportMetric(float64(slices.Max(times))/float64(time.Millisecond), "max-ms")
		})
	}
}
