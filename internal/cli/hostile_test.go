package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// stalledFS is a content folder on a disk that never answers.
type stalledFS struct{ release chan struct{} }

func (s stalledFS) Open(string) (fs.File, error) {
	<-s.release
	return nil, fs.ErrNotExist
}

func TestNowShowsBuiltInReliefWhenTheFolderStalls(t *testing.T) {
	stall := stalledFS{make(chan struct{})}
	oldOpen, oldBudget := openFolder, folderBudget
	openFolder = func(string) fs.FS { return stall }
	folderBudget = 10 * time.Millisecond
	t.Cleanup(func() { close(stall.release); openFolder, folderBudget = oldOpen, oldBudget })

	code, out, errs := run(t, nil, "--content", t.TempDir(), "now", "--site", "calf")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "Cramp now:") {
		t.Errorf("no relief on stdout:\n%s", out)
	}
	if !strings.Contains(errs, "took too long to read; using the built-in content") || strings.Count(errs, "\n") != 1 {
		t.Errorf("stderr %q, want the one-line notice", errs)
	}
}

// hostileFolder is a content folder whose relief.yaml is put there by put.
func hostileFolder(t *testing.T, put func(path string) error) string {
	t.Helper()
	dir := t.TempDir()
	if err := put(filepath.Join(dir, "relief.yaml")); err != nil {
		t.Skip("cannot make this file here:", err)
	}
	return dir
}

func hostileFolders(t *testing.T) map[string]string {
	return map[string]string{
		"/dev/zero":    hostileFolder(t, func(p string) error { return os.Symlink("/dev/zero", p) }),
		"/dev/urandom": hostileFolder(t, func(p string) error { return os.Symlink("/dev/urandom", p) }),
		"deep": hostileFolder(t, func(p string) error {
			return os.WriteFile(p, []byte("version: 1\nfirst: "+strings.Repeat("[", 200_000)), 0o644)
		}),
		"huge": hostileFolder(t, func(p string) error {
			if err := os.WriteFile(p, []byte("version: 1\n"), 0o644); err != nil {
				return err
			}
			return os.Truncate(p, 50<<20) // a valid-looking 50 MB file, sparse on disk
		}),
		"escape": hostileFolder(t, func(p string) error {
			return os.WriteFile(p, []byte("version: 1\nfooter: \"\\e]0;PWNED\\a\\e[2J\"\n"), 0o644)
		}),
	}
}

func TestHostileFoldersFallBackToBuiltInRelief(t *testing.T) {
	for name, dir := range hostileFolders(t) {
		t.Run(strings.Trim(name, "/"), func(t *testing.T) {
			code, out, errs := run(t, nil, "--content", dir, "now", "--site", "calf")
			if code != ExitOK || !strings.HasPrefix(out, "Cramp now:") {
				t.Fatalf("exit %d, stdout:\n%s", code, out)
			}
			if !strings.Contains(errs, "using the built-in content") {
				t.Errorf("stderr %q, want the notice", errs)
			}
			if strings.ContainsAny(out+errs, "\x1b\a") {
				t.Errorf("a control character reached the terminal: %q %q", out, errs)
			}
			code, _, errs = run(t, nil, "content", "validate", dir)
			if code != ExitUsage || !strings.Contains(errs, "relief.yaml") {
				t.Errorf("validate: exit %d, stderr %q", code, errs)
			}
		})
	}
}

// log, journal, report and check hung on a journal linked to /dev/zero
// (memory to 984 MB); each now names the path and exits 1 at once.
func TestADeviceJournalIsAClearError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "journal.jsonl")
	if err := os.Symlink("/dev/zero", path); err != nil {
		t.Skip(err)
	}
	for _, args := range [][]string{
		{"report"}, {"journal"}, {"log", "--site", "calf"}, {"check", "fluids"}, {"check", "--list"},
	} {
		code, _, errs := run(t, nil, append([]string{"--data", dir}, args...)...)
		if code != ExitFailure || !strings.Contains(errs, path+" is not a regular file") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errs)
		}
	}
}
