package journal

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/sanitize"
)

// FuzzRead reads a journal file holding the fuzzer's bytes: Read must
// return, in bounded time and memory, only records whose numbers are in
// range and whose text is safe for a terminal. Its seed corpus is in
// testdata/fuzz/FuzzRead; plain `go test` runs only the seeds.
func FuzzRead(f *testing.F) {
	f.Add([]byte("\ufeff" + `{"v":1,"id":"a","type":"cramp.start","time":"2026-11-23T03:12:05+01:00","zone":"UTC","note":"\u001b]0;x\u0007"}` + "\n"))
	f.Add([]byte(`{"v":1,"id":"a","type":"cramp.log","time":"2026-11-23T03:12:05+01:00","severity":2147483648000,"seconds":-5}`))
	f.Add([]byte(`{"v":1,"id":"a","type":"cramp.log","time":"2026-11-23T03:12:05+01:00","seconds":99999999999999999999999}`))
	f.Add([]byte("{\"v\":1,\"id\":\"\xc2\x9b\",\"type\":\"check\",\"time\":\"2026-11-23T03:12:05Z\",\"note\":\"\xe2\x80\xae\"}\r\n\n{}\n[1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, FileName), data, 0o600); err != nil {
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		res, err := Open(dir).Read()
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		if took > 5*time.Second {
			t.Errorf("Read took %s", took)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(64*len(data))+64<<20 {
			t.Errorf("Read allocated %d bytes for %d", alloc, len(data))
		}
		for _, r := range res.Records {
			if why := outOfRange(&r); why != "" {
				t.Errorf("record %q passed: %s", r.ID, why)
			}
			for _, s := range []string{r.ID, r.Type, r.Zone, r.Episode, r.Site, r.Side, r.Outcome, r.Note, r.Day, r.Item, r.Routine} {
				if !sanitize.Clean(s) {
					t.Errorf("record %q holds %q", r.ID, s)
				}
			}
		}
	})
}
