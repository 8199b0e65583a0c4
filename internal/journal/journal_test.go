package journal

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"

	"github.com/crampcoach/cramp/internal/testkit"
)

var hexID = regexp.MustCompile(`^[0-9a-f]{16}$`)

// sameRecord fails t unless got and want are the same record: the same
// instant at the same UTC offset, and every other field equal.
func sameRecord(t *testing.T, got, want Record) {
	t.Helper()
	_, gotOff := got.Time.Zone()
	_, wantOff := want.Time.Zone()
	if !got.Time.Equal(want.Time) || gotOff != wantOff {
		t.Errorf("time %s, want %s", got.Time.Format(time.RFC3339Nano), want.Time.Format(time.RFC3339Nano))
	}
	got.Time, want.Time = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("record\n got %+v\nwant %+v", got, want)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestAppendReadRoundTrip(t *testing.T) {
	berlin := testkit.Zone(t, "Europe/Berlin")
	stJohns := testkit.Zone(t, "America/St_Johns")
	episode := NewID()
	tests := []struct {
		name     string
		in       Record
		wantZone string
		wantTime string // as it appears in the file
	}{{
		name:     "start in Berlin, milliseconds",
		in:       Record{ID: episode, Type: TypeCrampStart, Time: time.Date(2026, 11, 23, 3, 12, 5, 123e6, berlin), Site: "calf", Side: "left"},
		wantZone: "Europe/Berlin",
		wantTime: `"time":"2026-11-23T03:12:05.123+01:00"`,
	}, {
		name: "update with severity 0, a note that needs escaping, half-hour offset",
		in: Record{Type: TypeCrampUpdate, Time: time.Date(2026, 11, 23, 3, 12, 40, 0, stJohns), Episode: episode,
			Severity: new(0), Note: "\"Wadenkrampf\" – links 🦵\nzweite Zeile <b>&</b>\t\\"},
		wantZone: "America/St_Johns",
		wantTime: `"time":"2026-11-23T03:12:40-03:30"`,
	}, {
		name:     "summer time in Berlin, nanoseconds",
		in:       Record{Type: TypeCrampUpdate, Time: time.Date(2026, 7, 1, 23, 59, 59, 123456789, berlin), Episode: episode, Site: "foot", Side: "right", Severity: new(10)},
		wantZone: "Europe/Berlin",
		wantTime: `"time":"2026-07-01T23:59:59.123456789+02:00"`,
	}, {
		name: "end in UTC keeps a numeric offset",
		in: Record{Type: TypeCrampEnd, Time: time.Date(2026, 11, 23, 2, 14, 0, 0, time.UTC), Episode: episode,
			Site: "thigh", Side: "left", Outcome: OutcomeEased, Seconds: 115, Tried: []string{"stretch", "stand", "massage"}, Escalated: true},
		wantZone: "UTC",
		wantTime: `"time":"2026-11-23T02:14:00+00:00"`,
	}, {
		name:     "a zone given by the caller is kept; a caller's v is not",
		in:       Record{V: 7, Type: TypeCrampEnd, Time: time.Date(2026, 1, 2, 4, 5, 6, 0, time.FixedZone("", 5*3600+45*60)), Zone: "Asia/Kathmandu", Outcome: OutcomeLeft, Seconds: 3},
		wantZone: "Asia/Kathmandu",
		wantTime: `"time":"2026-01-02T04:05:06+05:45"`,
	}}

	j := Open(t.TempDir())
	var written []Record
	for _, tt := range tests {
		got, err := j.Append(tt.in)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		want := tt.in
		want.V = FormatVersion
		if want.ID == "" {
			if !hexID.MatchString(got.ID) {
				t.Errorf("%s: id %q is not 16 lowercase hex chars", tt.name, got.ID)
			}
			want.ID = got.ID
		}
		want.Zone = tt.wantZone
		sameRecord(t, got, want)
		written = append(written, got)
	}

	res, err := j.Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Bad) != 0 {
		t.Errorf("bad lines in a journal only Append wrote: %+v", res.Bad)
	}
	if len(res.Records) != len(tests) {
		t.Fatalf("read %d records, appended %d", len(res.Records), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sameRecord(t, res.Records[i], written[i])
		})
	}

	// The file: exactly one JSON object and "\n" per record, times as written.
	raw := readFile(t, j.Path())
	if !bytes.HasSuffix(raw, []byte("\n")) {
		t.Errorf("file does not end in a newline")
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	if len(lines) != len(tests) {
		t.Fatalf("file has %d lines, want %d:\n%s", len(lines), len(tests), raw)
	}
	for i, line := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Errorf("line %d is not one JSON object: %v\n%s", i+1, err, line)
		}
		if !strings.Contains(line, tests[i].wantTime) {
			t.Errorf("line %d lacks %s:\n%s", i+1, tests[i].wantTime, line)
		}
		if !strings.HasPrefix(line, `{"v":1,"id":"`) {
			t.Errorf("line %d does not start with v and id:\n%s", i+1, line)
		}
	}
	if !strings.Contains(lines[1], `"severity":0`) {
		t.Errorf("severity 0 was dropped:\n%s", lines[1])
	}
	if !strings.Contains(lines[1], `<b>&</b>`) {
		t.Errorf("note is escaped more than JSON needs:\n%s", lines[1])
	}
}

// Every field of Record is written under the same name, in the same order.
func TestWireRecordMatchesRecord(t *testing.T) {
	rt, wt := reflect.TypeFor[Record](), reflect.TypeFor[wireRecord]()
	if rt.NumField() != wt.NumField() {
		t.Fatalf("Record has %d fields, wireRecord %d", rt.NumField(), wt.NumField())
	}
	for i := range rt.NumField() {
		rf, wf := rt.Field(i), wt.Field(i)
		if rf.Name != wf.Name || rf.Tag != wf.Tag {
			t.Errorf("field %d: Record.%s %s, wireRecord.%s %s", i, rf.Name, rf.Tag, wf.Name, wf.Tag)
		}
		if rf.Type != wf.Type && rf.Name != "Time" {
			t.Errorf("field %s: Record has %s, wireRecord %s", rf.Name, rf.Type, wf.Type)
		}
	}
}

func TestMarshalJSONIsTheFileFormat(t *testing.T) {
	r := Record{V: 1, ID: "0123456789abcdef", Type: TypeCrampStart, Time: time.Date(2026, 11, 23, 3, 12, 5, 0, time.UTC), Zone: "UTC"}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"v":1,"id":"0123456789abcdef","type":"cramp.start","time":"2026-11-23T03:12:05+00:00","zone":"UTC"}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
}

func TestAppendCreatesPrivateFolderAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "share", "cramp")
	j := Open(dir)
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("Open touched the disk: %v", err)
	}
	if _, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now()}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		mode os.FileMode
	}{{dir, 0o700 | os.ModeDir}, {filepath.Dir(dir), 0o700 | os.ModeDir}, {j.Path(), 0o600}} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode() & (os.ModePerm | os.ModeDir); got != c.mode {
			t.Errorf("%s: mode %v, want %v", c.path, got, c.mode)
		}
	}
	if j.Path() != filepath.Join(dir, "journal.jsonl") {
		t.Errorf("Path() = %s", j.Path())
	}
}

func TestAppendRefusesWhatReadWouldSkip(t *testing.T) {
	for _, tt := range []struct {
		name string
		r    Record
	}{
		{"no type", Record{Time: time.Now()}},
		{"no time", Record{Type: TypeCrampStart}},
		{"year past 9999", Record{Type: TypeCrampStart, Time: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			j := Open(t.TempDir())
			if _, err := j.Append(tt.r); err == nil {
				t.Error("no error")
			}
			if _, err := os.Stat(j.Path()); !os.IsNotExist(err) {
				t.Errorf("a file was written: %v", err)
			}
		})
	}
}

// A crash or full disk can leave a last line without its "\n". The next
// record must still land on a line of its own, and nothing before it change.
func TestAppendAfterCutShortLineStartsANewLine(t *testing.T) {
	j := Open(t.TempDir())
	first, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now(), Site: "calf"})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(j.Path(), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(`{"v":1,"id":"abc","type":"cramp.up`); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := readFile(t, j.Path())

	second, err := j.Append(Record{Type: TypeCrampEnd, Episode: first.ID, Time: time.Now(), Outcome: OutcomeEased})
	if err != nil {
		t.Fatal(err)
	}
	if after := readFile(t, j.Path()); !bytes.HasPrefix(after, before) {
		t.Errorf("existing bytes changed:\nbefore %q\nafter  %q", before, after)
	}
	res, err := j.Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 2 || res.Records[0].ID != first.ID || res.Records[1].ID != second.ID {
		t.Errorf("records %+v, want the two appended", res.Records)
	}
	if len(res.Bad) != 1 || res.Bad[0].Line != 2 {
		t.Errorf("bad lines %+v, want only line 2", res.Bad)
	}
}

func TestReadMissingFileIsEmptyJournal(t *testing.T) {
	res, err := Open(filepath.Join(t.TempDir(), "never", "made")).Read()
	if err != nil || len(res.Records) != 0 || len(res.Bad) != 0 {
		t.Errorf("Read() = %+v, %v; want empty, nil", res, err)
	}
}

// Root ignores permissions, so this one only runs as a normal user; the
// next test fails the same way for everyone.
func TestAppendToReadOnlyPlaceFails(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	for _, tt := range []struct {
		name  string
		setup func(t *testing.T, dir string)
	}{
		{"read-only folder", func(t *testing.T, dir string) {
			if err := os.Chmod(dir, 0o500); err != nil {
				t.Fatal(err)
			}
		}},
		{"read-only file", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, FileName), nil, 0o400); err != nil {
				t.Fatal(err)
			}
		}},
		{"read-only parent of a missing folder", func(t *testing.T, dir string) {
			if err := os.Remove(dir); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(filepath.Dir(dir), 0o500); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "cramp")
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(parent, 0o700); os.Chmod(dir, 0o700) }) // so TempDir can go
			tt.setup(t, dir)
			appendMustFail(t, Open(dir))
		})
	}
}

func TestAppendUnderAFileFails(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocker, []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	appendMustFail(t, Open(filepath.Join(blocker, "cramp")))
	if got := readFile(t, blocker); string(got) != "not a folder" {
		t.Errorf("the file in the way changed: %q", got)
	}
}

func appendMustFail(t *testing.T, j *Journal) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("Append panicked: %v", p)
		}
	}()
	r, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now()})
	if err == nil {
		t.Fatal("Append reported success")
	}
	if !strings.HasPrefix(err.Error(), "journal: ") {
		t.Errorf("error %q does not say it is about the journal", err)
	}
	if r.ID == "" {
		t.Error("the failed record was not returned filled in")
	}
}

func TestDir(t *testing.T) {
	t.Cleanup(xdg.Reload) // after the env below is restored
	xdgHome := t.TempDir()
	t.Setenv("XDG_DATA_HOME", xdgHome)
	xdg.Reload()

	env := func(m map[string]string) func(string) string {
		return func(k string) string { return m[k] }
	}
	for _, tt := range []struct {
		name string
		flag string
		env  map[string]string
		want string
	}{
		{"flag beats env", "/flag/dir", map[string]string{"CRAMP_DATA_DIR": "/env/dir"}, "/flag/dir"},
		{"env beats XDG", "", map[string]string{"CRAMP_DATA_DIR": "/env/dir"}, "/env/dir"},
		{"empty env is unset", "", map[string]string{"CRAMP_DATA_DIR": ""}, filepath.Join(xdgHome, "cramp")},
		{"XDG data home by default", "", nil, filepath.Join(xdgHome, "cramp")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Dir(tt.flag, env(tt.env)); got != tt.want {
				t.Errorf("Dir(%q, %v) = %q, want %q", tt.flag, tt.env, got, tt.want)
			}
		})
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for range 10000 {
		id := NewID()
		if !hexID.MatchString(id) {
			t.Fatalf("id %q is not 16 lowercase hex chars", id)
		}
		if seen[id] {
			t.Fatalf("id %q came up twice", id)
		}
		seen[id] = true
	}
}

func TestQueueThenFlushWritesInOrderAndKeepsWhatFailed(t *testing.T) {
	base := t.TempDir()
	blocker := filepath.Join(base, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 23, 3, 0, 0, 0, time.UTC)
	bad := Open(filepath.Join(blocker, "data"))
	bad.Queue(Record{Type: TypeCrampStart, Time: at, ID: "a"})
	if err := bad.Flush(); err == nil {
		t.Fatal("flush into an impossible folder should fail")
	}

	j := Open(base)
	for _, id := range []string{"a", "b", "c"} {
		j.Queue(Record{Type: TypeCrampStart, Time: at, ID: id})
	}
	if err := j.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := j.Flush(); err != nil { // nothing left: a no-op
		t.Fatal(err)
	}
	res, err := j.Read()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range res.Records {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, "") != "abc" {
		t.Fatalf("records %v, want a b c once each in order", ids)
	}
}
