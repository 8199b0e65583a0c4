// Package e2e drives the real cramp binary as a person would: in a
// pseudo-terminal, through an in-process terminal emulator
// (github.com/charmbracelet/x/vt) that also answers the terminal queries the
// program sends, exactly as a real terminal would.
package e2e

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"image/color"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"

	// The binary under test is built from cmd/cramp, which is only a call
	// into cli. Importing cli makes go test's cache see every change to the
	// app, so a cached pass never hides a broken binary.
	_ "github.com/crampcoach/cramp/internal/cli"
	"github.com/crampcoach/cramp/internal/journal"
)

// Paths filled in by TestMain.
var (
	moduleRoot string // the folder holding go.mod
	binDir     string // where the binaries are built
	crampBin   string // the cramp binary under test
)

// Generous timeouts: the e2e tests wait for things to happen, they never
// assert on how fast.
const (
	waitTimeout = 10 * time.Second
	exitTimeout = 10 * time.Second
)

// Text the tests wait for, taken from content/relief.yaml and the screens.
const (
	firstInstruction = "Straighten your leg" // the first words of the first step (id stretch)
	firstTitle       = "Stretch the muscle"
	timerCaption     = "then check in" // under the hold timer, big or compact
	bigTimerCaption  = "hold · then check in"
	aftercareTitle   = "Once it has eased"
	homeItem         = "Cramp now: step-by-step relief"
	askEased         = "Has it eased?"
)

// Escape sequences for the alternate screen (DEC private mode 1049).
const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
)

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	if runtime.GOOS == "windows" {
		// creack/pty has no Windows ConPTY support; the unit tests cover
		// the rest there.
		fmt.Println("e2e: skipped on Windows: no pseudo-terminal to drive the binary in")
		return 0
	}
	waitTogether()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" || strings.TrimSpace(string(out)) == os.DevNull {
		fmt.Fprintf(os.Stderr, "e2e: cannot find the module root (go env GOMOD: %q, %v)\n", out, err)
		return 1
	}
	moduleRoot = filepath.Dir(strings.TrimSpace(string(out)))
	binDir, err = os.MkdirTemp("", "cramp-e2e-bin-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	defer os.RemoveAll(binDir)
	crampBin = filepath.Join(binDir, "cramp")
	if err := goBuild(crampBin, "./cmd/cramp"); err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		return 1
	}
	return m.Run()
}

// slowOnly skips a test that waits in real time for what a unit test
// checks on a fake clock, unless CRAMP_E2E_SLOW=1.
func slowOnly(t *testing.T) {
	t.Helper()
	if os.Getenv("CRAMP_E2E_SLOW") != "1" {
		t.Skip("waits in real time for what a unit test checks on a fake clock; set CRAMP_E2E_SLOW=1 to run it")
	}
}

// waitTogether lets every parallel test run at once unless -test.parallel
// is given. The tests spend their time waiting for a program to draw or
// for a hold to end, not computing; run two at a time (the default on two
// cores), the long real-time routine would wait for the others to finish
// before it could even start.
func waitTogether() {
	flag.Parse()
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.parallel" })
	if !given {
		_ = flag.Set("test.parallel", "16")
	}
}

// goBuild builds pkg (relative to the module root) to out, without cgo
// as the release is built. For the measurements (CRAMP_MEASURE=1) it also
// takes the release's other build flags (.goreleaser.yaml: -trimpath, and
// -s -w, which leave out the symbol table and DWARF), so the figures are
// the released binary's.
func goBuild(out, pkg string) error {
	args := []string{"build", "-o", out}
	if measuring() {
		args = append(args, "-trimpath", "-ldflags=-s -w")
	}
	cmd := exec.Command("go", append(args, pkg)...)
	cmd.Dir = moduleRoot
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

// Env is a controlled environment for one run of the binary. Nothing is
// inherited from the developer's environment: HOME, every XDG folder and the
// data folder are temporary.
type Env struct {
	Home    string // HOME, with the XDG folders under it
	DataDir string // CRAMP_DATA_DIR (not created: the app creates it)
	vars    map[string]string
	// Background, when set, is the terminal's own background colour (the
	// emulator's default is black), as it answers a query for it.
	Background color.Color
}

// newEnv returns a fresh environment in temporary folders, with
// TERM=xterm-256color.
func newEnv(tb testing.TB) *Env {
	tb.Helper()
	root := tb.TempDir()
	e := &Env{
		Home:    filepath.Join(root, "home"),
		DataDir: filepath.Join(root, "data"),
	}
	if err := os.MkdirAll(e.Home, 0o700); err != nil {
		tb.Fatal(err)
	}
	e.vars = map[string]string{
		"HOME":           e.Home,
		"CRAMP_DATA_DIR": e.DataDir,
		// Test-only: --hold may be 1s to 5m (people get 10s to 60s).
		"CRAMP_TEST_ANY_HOLD": "1",
		"TERM":                "xterm-256color",
		"PATH":                "/usr/local/bin:/usr/bin:/bin",
		"LANG":                "C.UTF-8",
		"XDG_DATA_HOME":       filepath.Join(e.Home, ".local", "share"),
		"XDG_CONFIG_HOME":     filepath.Join(e.Home, ".config"),
		"XDG_STATE_HOME":      filepath.Join(e.Home, ".local", "state"),
		"XDG_CACHE_HOME":      filepath.Join(e.Home, ".cache"),
		"XDG_RUNTIME_DIR":     filepath.Join(e.Home, ".run"),
		"XDG_DATA_DIRS":       filepath.Join(e.Home, ".xdg-data-dirs"),
		"XDG_CONFIG_DIRS":     filepath.Join(e.Home, ".xdg-config-dirs"),
	}
	return e
}

// Set sets (or, with value "", removes) a variable.
func (e *Env) Set(name, value string) *Env {
	if value == "" {
		delete(e.vars, name)
	} else {
		e.vars[name] = value
	}
	if name == "CRAMP_DATA_DIR" {
		e.DataDir = value
	}
	return e
}

// List is the environment as exec.Cmd wants it.
func (e *Env) List() []string {
	out := make([]string, 0, len(e.vars))
	for k, v := range e.vars {
		out = append(out, k+"="+v)
	}
	return out
}

// Journal reads the journal in the data folder.
func (e *Env) Journal(tb testing.TB) journal.ReadResult {
	tb.Helper()
	res, err := journal.Open(e.DataDir).Read()
	if err != nil {
		tb.Fatalf("reading the journal in %s: %v", e.DataDir, err)
	}
	return res
}

// waitJournal polls the journal until ok accepts it.
func (e *Env) waitJournal(tb testing.TB, what string, ok func([]journal.Record) bool) []journal.Record {
	tb.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		res, err := journal.Open(e.DataDir).Read()
		if err == nil && ok(res.Records) {
			return res.Records
		}
		if time.Now().After(deadline) {
			tb.Fatalf("timed out waiting for the journal to hold %s; it holds %+v (err %v)", what, res.Records, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Term is one run of a binary in a pseudo-terminal, its output fed to a
// terminal emulator.
type Term struct {
	tb  testing.TB
	cmd *exec.Cmd
	pty *os.File // the master side

	mu      sync.Mutex
	emu     *vt.Emulator
	raw     bytes.Buffer // every byte the program wrote to the terminal
	changed chan struct{}

	repMu   sync.Mutex   // not mu: the emulator answers while mu is held
	replies bytes.Buffer // every byte the emulator answered with

	nread    atomic.Int64 // bytes read from the pty master so far
	started  time.Time    // just before the process was started
	watches  []*watch     // under mu: texts the pump looks for after every read
	pumpDone chan struct{}
	ansDone  chan struct{}

	exited   chan struct{}
	waitErr  error
	state    *os.ProcessState
	closeOne sync.Once
}

// start runs bin with args in a cols×rows pseudo-terminal.
func start(tb testing.TB, env *Env, cols, rows int, bin string, args ...string) *Term {
	tb.Helper()
	return launch(tb, env, cols, rows, nil, bin, args...)
}

// startWatched is start with w registered before the program can write a
// byte, so w's moment is exact even for the first frame.
func startWatched(tb testing.TB, env *Env, cols, rows int, w *watch, bin string, args ...string) *Term {
	tb.Helper()
	return launch(tb, env, cols, rows, w, bin, args...)
}

func launch(tb testing.TB, env *Env, cols, rows int, w *watch, bin string, args ...string) *Term {
	tb.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env.List()
	cmd.Dir = env.Home
	t := &Term{
		tb:       tb,
		cmd:      cmd,
		emu:      vt.NewEmulator(cols, rows),
		changed:  make(chan struct{}, 1),
		pumpDone: make(chan struct{}),
		ansDone:  make(chan struct{}),
		exited:   make(chan struct{}),
	}
	if w != nil {
		t.watches = append(t.watches, w)
	}
	t.started = time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		tb.Fatalf("starting %s in a pty: %v", bin, err)
	}
	t.pty = f
	if env.Background != nil {
		t.emu.SetDefaultBackgroundColor(env.Background)
	}
	go t.pump()
	go t.answer()
	go func() {
		t.waitErr = cmd.Wait()
		t.state = cmd.ProcessState
		close(t.exited)
	}()
	tb.Cleanup(t.close)
	return t
}

// startCramp runs the cramp binary at 80×24 unless told otherwise.
func startCramp(tb testing.TB, env *Env, args ...string) *Term {
	tb.Helper()
	return start(tb, env, 80, 24, crampBin, args...)
}

// pump copies the program's output into the emulator until the pty closes
// (the program and every holder of the slave side have gone).
func (t *Term) pump() {
	defer close(t.pumpDone)
	buf := make([]byte, 32<<10)
	for {
		n, err := t.pty.Read(buf)
		if n > 0 {
			read := time.Now()
			t.nread.Add(int64(n))
			t.mu.Lock()
			t.raw.Write(buf[:n])
			// The emulator writes its answers to queries into a pipe that
			// answer drains, so this never blocks for long.
			_, _ = t.emu.Write(buf[:n])
			if len(t.watches) > 0 {
				t.checkWatches(read, time.Now())
			}
			t.mu.Unlock()
			select {
			case t.changed <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// A watch is a set of texts the pump looks for on the screen after every
// read from the pty, in the pump itself: so the moment it records is when
// the bytes that completed the texts had been read and drawn by the
// emulator, with no waiting goroutine's wake-up or poll in between.
type watch struct {
	texts []string
	done  chan struct{} // closed when every text is on screen
	// Read is when the pump's read of those bytes returned; Seen is after
	// the emulator drew them and the screen was searched (the moment a
	// person would see them).
	Read, Seen time.Time
}

func newWatch(texts ...string) *watch {
	return &watch{texts: texts, done: make(chan struct{})}
}

// checkWatches ends, with mu held, every watch whose texts are all on the
// screen now.
func (t *Term) checkWatches(read, drawn time.Time) {
	scr := t.emu.String()
	kept := t.watches[:0]
	for _, w := range t.watches {
		if containsAll(scr, w.texts) {
			w.Read, w.Seen = read, drawn
			close(w.done)
			continue
		}
		kept = append(kept, w)
	}
	clear(t.watches[len(kept):])
	t.watches = kept
}

func containsAll(s string, texts []string) bool {
	for _, x := range texts {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}

// Watch registers w on a running program. Its texts must not be on the
// screen yet (that is checked): a moment before registering is unknown.
func (t *Term) Watch(w *watch) {
	t.tb.Helper()
	t.mu.Lock()
	defer t.mu.Unlock()
	if containsAll(t.emu.String(), w.texts) {
		t.tb.Fatalf("already on screen before the watch began: %q\n%s", w.texts, t.emu.String())
	}
	t.watches = append(t.watches, w)
}

// waitWatch waits for w and reports whether it came within timeout.
func (t *Term) waitWatch(w *watch, timeout time.Duration) bool {
	select {
	case <-w.done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// Started is the moment just before the program was started.
func (t *Term) Started() time.Time { return t.started }

// answer is the terminal's side of the conversation: whatever the emulator
// replies to a query (device attributes, cursor position, mode reports,
// colours) goes back to the program as input, as a real terminal's would.
// It keeps draining even when writing to the pty fails, so the emulator
// never blocks on its reply pipe.
func (t *Term) answer() {
	defer close(t.ansDone)
	buf := make([]byte, 4096)
	for {
		n, err := t.emu.Read(buf)
		if n > 0 {
			t.repMu.Lock()
			t.replies.Write(buf[:n])
			t.repMu.Unlock()
			_, _ = t.pty.Write(buf[:n])
		}
		if err != nil {
			return
		}
	}
}

// close kills the program if it still runs and releases everything.
func (t *Term) close() {
	t.closeOne.Do(func() {
		select {
		case <-t.exited:
		default:
			_ = t.cmd.Process.Kill()
			select {
			case <-t.exited:
			case <-time.After(exitTimeout):
				t.tb.Errorf("pid %d did not go after SIGKILL", t.cmd.Process.Pid)
			}
		}
		select {
		case <-t.pumpDone:
		case <-time.After(2 * time.Second):
		}
		// Close only the emulator's reply pipe, which is safe to do while
		// answer reads it (Emulator.Close is not).
		if c, ok := t.emu.InputPipe().(io.Closer); ok {
			_ = c.Close()
		}
		<-t.ansDone
		_ = t.pty.Close()
	})
}

// Pid is the program's process id.
func (t *Term) Pid() int { return t.cmd.Process.Pid }

// Screen is the text on the emulated screen, trailing spaces trimmed.
func (t *Term) Screen() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.emu.String()
}

// Background is the terminal's background colour now: its own, or what the
// program set.
func (t *Term) Background() color.Color {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.emu.BackgroundColor()
}

// Raw is every byte the program has written to the terminal.
func (t *Term) Raw() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.raw.String()
}

// Replies is every byte the emulator answered with.
func (t *Term) Replies() string {
	t.repMu.Lock()
	defer t.repMu.Unlock()
	return t.replies.String()
}

// BytesRead is how many bytes have been read from the terminal so far.
func (t *Term) BytesRead() int64 { return t.nread.Load() }

// tryWaitFor waits until text is on the screen and reports whether it came.
func (t *Term) tryWaitFor(text string, timeout time.Duration) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if strings.Contains(t.Screen(), text) {
			return true
		}
		select {
		case <-t.changed:
		case <-tick.C:
		case <-deadline.C:
			return strings.Contains(t.Screen(), text)
		}
	}
}

// WaitFor waits until text is on the emulated screen, failing the test
// (with the screen) after timeout.
func (t *Term) WaitFor(text string, timeout time.Duration) {
	t.tb.Helper()
	if !t.tryWaitFor(text, timeout) {
		t.tb.Fatalf("timed out after %v waiting for %q on screen; the screen:\n%s\n%s", timeout, text, t.Screen(), t.exitNote())
	}
}

func (t *Term) exitNote() string {
	select {
	case <-t.exited:
		return fmt.Sprintf("(the program has exited: %v)", t.waitErr)
	default:
		return "(the program is still running)"
	}
}

// Press types keys, as bytes a terminal sends: "e", " ", "\r", "\x1b" for
// esc, "\x03" for Ctrl+C.
func (t *Term) Press(keys string) {
	t.tb.Helper()
	if _, err := t.pty.Write([]byte(keys)); err != nil {
		t.tb.Fatalf("typing %q: %v", keys, err)
	}
}

// Signal sends sig to the program.
func (t *Term) Signal(sig syscall.Signal) {
	t.tb.Helper()
	if err := t.cmd.Process.Signal(sig); err != nil {
		t.tb.Fatalf("sending %v: %v", sig, err)
	}
}

// Resize changes the terminal's size, as a person dragging the window would:
// the emulator first, then the pty (the kernel sends SIGWINCH).
func (t *Term) Resize(cols, rows int) {
	t.tb.Helper()
	t.mu.Lock()
	t.emu.Resize(cols, rows)
	t.mu.Unlock()
	if err := pty.Setsize(t.pty, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		t.tb.Fatalf("resizing the pty: %v", err)
	}
}

// Running reports whether the program is still running.
func (t *Term) Running() bool {
	select {
	case <-t.exited:
		return false
	default:
		return true
	}
}

// WaitExit waits for the program to end and returns its exit code (-1 when
// a signal killed it). It also waits until all its output has been read.
func (t *Term) WaitExit(timeout time.Duration) int {
	t.tb.Helper()
	select {
	case <-t.exited:
	case <-time.After(timeout):
		t.tb.Fatalf("the program did not exit within %v; the screen:\n%s", timeout, t.Screen())
	}
	select {
	case <-t.pumpDone:
	case <-time.After(2 * time.Second):
		t.tb.Errorf("the terminal output did not end after the program exited")
	}
	var ee *exec.ExitError
	if t.waitErr != nil && !errors.As(t.waitErr, &ee) {
		t.tb.Fatalf("waiting for the program: %v", t.waitErr)
	}
	return t.state.ExitCode()
}

// State is the finished process's state (nil while it runs).
func (t *Term) State() *os.ProcessState {
	select {
	case <-t.exited:
		return t.state
	default:
		return nil
	}
}

// checkRestored fails unless the output ends having left the alternate
// screen: the last "leave" comes after the last "enter".
func checkRestored(tb testing.TB, raw string) {
	tb.Helper()
	on, off := strings.LastIndex(raw, altScreenOn), strings.LastIndex(raw, altScreenOff)
	switch {
	case on < 0:
		tb.Errorf("the program never entered the alternate screen (%q)", altScreenOn)
	case off < on:
		tb.Errorf("the terminal is left on the alternate screen: last %q at byte %d, last %q at %d; output tail: %q",
			altScreenOn, on, altScreenOff, off, tail(raw, 200))
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// run runs bin without a terminal: stdin empty, stdout and stderr captured.
func run(tb testing.TB, env *Env, args ...string) (stdout, stderr string, code int) {
	tb.Helper()
	cmd := exec.Command(crampBin, args...)
	cmd.Env = env.List()
	cmd.Dir = env.Home
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			tb.Fatalf("running cramp %v: %v", args, err)
		}
	case <-time.After(exitTimeout):
		_ = cmd.Process.Kill()
		<-done
		tb.Fatalf("cramp %v did not exit within %v; stdout so far:\n%s", args, exitTimeout, out.String())
	}
	return out.String(), errb.String(), cmd.ProcessState.ExitCode()
}

// checkEpisode checks that records are exactly one cramp.start and one cramp.end
// of the same episode, the end with outcome.
func checkEpisode(tb testing.TB, recs []journal.Record, outcome string) {
	tb.Helper()
	if len(recs) != 2 {
		tb.Fatalf("the journal holds %d records, want a cramp.start and a cramp.end: %+v", len(recs), recs)
	}
	st, end := recs[0], recs[1]
	if st.Type != journal.TypeCrampStart {
		tb.Errorf("first record is %q, want %q: %+v", st.Type, journal.TypeCrampStart, st)
	}
	if end.Type != journal.TypeCrampEnd {
		tb.Errorf("second record is %q, want %q: %+v", end.Type, journal.TypeCrampEnd, end)
	}
	if end.Episode == "" || end.Episode != st.ID {
		tb.Errorf("the end record's episode %q is not the start record's id %q", end.Episode, st.ID)
	}
	if end.Outcome != outcome {
		tb.Errorf("the end record's outcome is %q, want %q", end.Outcome, outcome)
	}
	if end.Time.Before(st.Time) {
		tb.Errorf("the end record (%v) is before the start (%v)", end.Time, st.Time)
	}
}
