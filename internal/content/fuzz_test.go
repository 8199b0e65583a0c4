package content

import (
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// FuzzLoadRelief loads a content set whose relief.yaml is the fuzzer's: it
// must come back with a set or errors, never panic, hang or balloon. Its
// seed corpus (testdata/fuzz/FuzzLoadRelief) holds the hostile files that
// once stopped relief; plain `go test` runs only the seeds.
func FuzzLoadRelief(f *testing.F) {
	valid := fixture(f)[FileRelief].Data
	f.Add(valid)
	f.Add([]byte("version: 1\nfirst: " + strings.Repeat("[", 5000)))
	f.Add([]byte("version: 1\nsteps:\n  " + strings.Repeat("- ", 500) + "x\n"))
	f.Add([]byte("version: 1\na: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n"))
	f.Add([]byte("version: 1\nfooter: \"\\e]0;PWNED\\a\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fixture(t)
		fsys[FileRelief] = &fstest.MapFile{Data: data}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		var set *Set
		var err error
		done := make(chan struct{})
		go func() { set, err = Load(fsys); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Load is still running after 5 s")
		}
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		if (set == nil) == (err == nil) {
			t.Fatalf("Load gave set %v and error %v", set != nil, err)
		}
		// Bounds far above what any input within the limits needs, so
		// they only catch a runaway (a hang, gigabytes), not a slow machine.
		if took > 5*time.Second {
			t.Errorf("Load took %s", took)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 512<<20 {
			t.Errorf("Load allocated %d MB", alloc>>20)
		}
		if err != nil && strings.ContainsAny(err.Error(), "\x1b\a\u009b") {
			t.Errorf("an error passes a control character: %q", err)
		}
	})
}
