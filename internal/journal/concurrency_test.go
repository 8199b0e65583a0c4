package journal

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
)

// pad makes records longer than a pipe buffer (4 KiB), so a write that was
// not atomic, or not at the end, would show up as torn or lost lines.
var pad = strings.Repeat("~", 4200)

// checkAllOnce reads the journal and fails t unless it holds exactly the
// notes want, once each, whole, with no bad line.
func checkAllOnce(t *testing.T, j *Journal, want []string) {
	t.Helper()
	res, err := j.Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Bad) != 0 {
		t.Errorf("%d bad lines, first %+v", len(res.Bad), res.Bad[0])
	}
	seen := make(map[string]int, len(res.Records))
	ids := make(map[string]bool, len(res.Records))
	for _, r := range res.Records {
		note, ok := strings.CutSuffix(r.Note, " "+pad)
		if !ok {
			t.Fatalf("record %s has a damaged note (%d bytes)", r.ID, len(r.Note))
		}
		seen[note]++
		if ids[r.ID] {
			t.Errorf("id %s twice", r.ID)
		}
		ids[r.ID] = true
	}
	for _, n := range want {
		if seen[n] != 1 {
			t.Errorf("record %q found %d times", n, seen[n])
		}
	}
	if len(res.Records) != len(want) {
		t.Errorf("%d records, want %d", len(res.Records), len(want))
	}
}

func TestConcurrentAppendsFromManyHandles(t *testing.T) {
	const writers, each = 8, 200
	dir := t.TempDir()
	start := make(chan struct{})
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	var want []string
	for w := range writers {
		for i := range each {
			want = append(want, fmt.Sprintf("g%d/%d", w, i))
		}
		wg.Go(func() {
			j := Open(dir) // a handle of its own, like a second process
			<-start
			for i := range each {
				if _, err := j.Append(Record{Type: TypeCrampUpdate, Time: time.Now(), Note: fmt.Sprintf("g%d/%d %s", w, i, pad)}); err != nil {
					errs <- err
				}
			}
		})
	}

	// A reader running alongside never sees half a line, nor loses records.
	stop := make(chan struct{})
	readerDone := make(chan struct{})
	go func() {
		defer close(readerDone)
		j, last := Open(dir), 0
		for range 25 { // enough to land in the middle of appends; each read is of megabytes

			select {
			case <-stop:
				return
			default:
			}
			res, err := j.Read()
			if err != nil || len(res.Bad) != 0 || len(res.Records) < last {
				errs <- fmt.Errorf("read during appends: %d records (had %d), bad %+v, %v", len(res.Records), last, res.Bad, err)
				return
			}
			last = len(res.Records)
			time.Sleep(20 * time.Millisecond)
		}
	}()

	close(start)
	wg.Wait()
	close(stop)
	<-readerDone
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	checkAllOnce(t, Open(dir), want)
}

const (
	helperEnv    = "CRAMP_JOURNAL_TEST_HELPER" // what the child does
	helperDirEnv = "CRAMP_JOURNAL_TEST_DIR"
	helperWhoEnv = "CRAMP_JOURNAL_TEST_WHO"
	helperNEnv   = "CRAMP_JOURNAL_TEST_N"
)

// TestHelperProcess is not a test: the tests below run the test binary again
// with helperEnv set to get a second process that appends to the journal.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		return
	}
	j := Open(os.Getenv(helperDirEnv))
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	switch mode {
	case "append":
		n, err := strconv.Atoi(os.Getenv(helperNEnv))
		if err != nil {
			fail(err)
		}
		who := os.Getenv(helperWhoEnv)
		fmt.Println("ready")
		if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
			fail(err)
		}
		for i := range n {
			if _, err := j.Append(Record{Type: TypeCrampUpdate, Time: time.Now(), Note: fmt.Sprintf("%s/%d %s", who, i, pad)}); err != nil {
				fail(err)
			}
		}
	case "zone":
		if _, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now()}); err != nil {
			fail(err)
		}
	default:
		fail(fmt.Errorf("unknown helper mode %q", mode))
	}
	os.Exit(0)
}

// helper returns a command running TestHelperProcess in mode. env replaces
// or, with an empty value after "-", removes variables ("TZ=-").
func helper(mode, dir string, env ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$", "-test.count=1")
	drop := map[string]bool{helperEnv: true, helperDirEnv: true}
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		drop[k] = true
	}
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); !drop[k] {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, helperEnv+"="+mode, helperDirEnv+"="+dir)
	for _, kv := range env {
		if !strings.HasSuffix(kv, "=-") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	return cmd
}

func TestTwoProcessesAppendingAtOnce(t *testing.T) {
	const procs, each = 2, 500
	dir := t.TempDir()
	type child struct {
		cmd    *exec.Cmd
		stdin  *os.File
		ready  *bufio.Reader
		stderr bytes.Buffer
	}
	var children []*child
	var want []string
	for p := range procs {
		who := fmt.Sprintf("p%d", p)
		for i := range each {
			want = append(want, fmt.Sprintf("%s/%d", who, i))
		}
		c := &child{cmd: helper("append", dir, helperWhoEnv+"="+who, helperNEnv+"="+strconv.Itoa(each))}
		inR, inW, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		out, err := c.cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		c.cmd.Stdin, c.stdin, c.ready = inR, inW, bufio.NewReader(out)
		c.cmd.Stderr = &c.stderr
		if err := c.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		inR.Close()
		t.Cleanup(func() { inW.Close(); c.cmd.Process.Kill(); c.cmd.Wait() })
		children = append(children, c)
	}
	// Both are started and waiting; let them go at the same moment.
	for _, c := range children {
		if line, err := c.ready.ReadString('\n'); line != "ready\n" {
			t.Fatalf("child not ready: %q %v\n%s", line, err, &c.stderr)
		}
	}
	for _, c := range children {
		c.stdin.WriteString("go\n")
	}
	for _, c := range children {
		if err := c.cmd.Wait(); err != nil {
			t.Fatalf("child: %v\n%s", err, &c.stderr)
		}
	}
	checkAllOnce(t, Open(dir), want)
}

// A record taken in time.Local gets the IANA name of the zone the process
// really used, and that zone agrees with the offset written.
func TestLocalTimeGetsARealZoneName(t *testing.T) {
	localtime := "Local"
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if _, z, ok := strings.Cut(target, "zoneinfo/"); ok {
			localtime = z
		}
	}
	tests := []struct {
		tz   string
		want string
	}{
		{"TZ=-", localtime},
		{"TZ=America/New_York", "America/New_York"},
		{"TZ=:Asia/Tokyo", "Asia/Tokyo"},
		{"TZ=", "UTC"},                // Go: empty TZ is UTC
		{"TZ=Nowhere/Special", "UTC"}, // Go: an unknown TZ falls back to UTC
		{"TZ=/usr/share/zoneinfo/Europe/Paris", "Europe/Paris"},
	}
	for _, tt := range tests {
		t.Run(tt.tz, func(t *testing.T) {
			if p, ok := strings.CutPrefix(tt.tz, "TZ=/"); ok {
				if _, err := os.Stat("/" + p); err != nil {
					t.Skip(err)
				}
			}
			dir := t.TempDir()
			if out, err := helper("zone", dir, tt.tz).CombinedOutput(); err != nil {
				t.Fatalf("child: %v\n%s", err, out)
			}
			res, err := Open(dir).Read()
			if err != nil || len(res.Records) != 1 {
				t.Fatalf("read %+v, %v", res, err)
			}
			r := res.Records[0]
			if r.Zone != tt.want {
				t.Errorf("zone %q, want %q", r.Zone, tt.want)
			}
			if r.Zone == "Local" {
				return
			}
			_, off := r.Time.Zone()
			if _, zoneOff := r.Time.In(testkit.Zone(t, r.Zone)).Zone(); off != zoneOff {
				t.Errorf("offset %ds written, but %s is at %ds", off, r.Zone, zoneOff)
			}
		})
	}
}

func TestLocalZoneName(t *testing.T) {
	links := map[string]string{
		"/etc/localtime": "../usr/share/zoneinfo/Europe/Berlin",
		"/etc/mytz":      "/usr/share/zoneinfo/posix/Asia/Tokyo",
	}
	readlink := func(m map[string]string) func(string) (string, error) {
		return func(p string) (string, error) {
			if t, ok := m[p]; ok {
				return t, nil
			}
			return "", os.ErrNotExist
		}
	}
	for _, tt := range []struct {
		name  string // time.Local.String()
		links map[string]string
		want  string
	}{
		{"Local", links, "Europe/Berlin"},
		{"Local", map[string]string{"/etc/localtime": "/var/db/timezone/zoneinfo/America/New_York"}, "America/New_York"}, // macOS
		{"Local", map[string]string{"/etc/localtime": "/usr/share/zoneinfo/right/Europe/London"}, "Europe/London"},
		{"Local", map[string]string{"/etc/localtime": "/etc/some/file"}, "Local"},
		{"Local", nil, "Local"}, // a copied file, or Windows
		{"Europe/Lisbon", links, "Europe/Lisbon"},
		{"UTC", links, "UTC"},
		{"/usr/share/zoneinfo/Pacific/Auckland", nil, "Pacific/Auckland"},
		{"/etc/mytz", links, "Asia/Tokyo"},
		{"/etc/othertz", links, "Local"},
	} {
		if got := localZone(tt.name, readlink(tt.links)); got != tt.want {
			t.Errorf("localZone(%q, %v) = %q, want %q", tt.name, tt.links, got, tt.want)
		}
	}
	if got := zoneName(testkit.Zone(t, "Australia/Adelaide")); got != "Australia/Adelaide" {
		t.Errorf("zoneName(Australia/Adelaide) = %q", got)
	}
	if got := zoneName(time.UTC); got != "UTC" {
		t.Errorf("zoneName(UTC) = %q", got)
	}
}
