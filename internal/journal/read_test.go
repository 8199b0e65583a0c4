package journal

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func goodLine(t *testing.T, id string, note string) string {
	t.Helper()
	b, err := encodeLine(Record{V: 1, ID: id, Type: TypeCrampUpdate, Time: time.Date(2026, 11, 23, 3, 12, 5, 0, time.UTC), Zone: "UTC", Note: note})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReadSkipsAndCountsBadLinesWithoutTouchingTheFile(t *testing.T) {
	const ts = `"time":"2026-11-23T03:12:05+01:00"`
	lines := []struct {
		text string // the line, without its "\n"
		good string // id of the record it holds, if good
		bad  string // start of the reason, if bad
	}{
		{text: strings.TrimSuffix(goodLine(t, "a", ""), "\n"), good: "a"},
		{text: `this is not json`, bad: "not a JSON object"},
		{text: ``, bad: "empty line"},
		{text: `{"v":1,"id":"b","type":"cramp.start",` + ts + `,"zone":"Europe/Berlin"}` + "\r", good: "b"}, // edited on Windows
		{text: `{"v":2,"id":"f1","type":"cramp.start",` + ts + `,"zone":"UTC"}`, bad: "format version 2 is newer"},
		{text: `{"v":2,"id":"f2","type":"cramp.start",` + ts + `,"site":{"new":"shape"}}`, bad: "format version 2 is newer"},
		{text: `{"id":"m1","type":"cramp.start",` + ts + `}`, bad: "missing v"},
		{text: `{"v":1,"type":"cramp.end"}`, bad: "missing id, time"},
		{text: `{"v":1,"id":"m3",` + ts + `}`, bad: "missing type"},
		{text: `{}`, bad: "missing v, id, type, time"},
		{text: `[1,2,3]`, bad: "not a JSON object"},
		{text: `null`, bad: "not a JSON object"},
		{text: `{"v":"1","id":"w1","type":"cramp.start",` + ts + `}`, bad: "bad value"},
		{text: `{"v":1,"id":"w2","type":"cramp.start","time":"2026-11-23 03:12"}`, bad: "bad value"},
		{text: `{"v":-1,"id":"w3","type":"cramp.start",` + ts + `}`, bad: "bad format version -1"},
		{text: `{"v":1,"id":"j1","type":"cramp.start",` + ts + `} {"v":1}`, bad: "not valid JSON"},
		{text: `{"v":1,"id":"j2","type":"cramp.start",` + ts + `,}`, bad: "not valid JSON"},
		{text: strings.TrimSuffix(goodLine(t, "long", strings.Repeat("x", MaxLine+10)), "\n"), bad: "line longer than"},
		{text: "  \t ", bad: "empty line"},
		{text: strings.TrimSuffix(goodLine(t, "c", "after the long line"), "\n"), good: "c"},
		{text: `{"v":1,"id":"cut","type":"cramp.up`, bad: "not valid JSON"}, // no "\n": cut short
	}
	var content strings.Builder
	for i, l := range lines {
		content.WriteString(l.text)
		if i < len(lines)-1 {
			content.WriteString("\n")
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	if err := os.WriteFile(path, []byte(content.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}

	res, err := Open(dir).Read()
	if err != nil {
		t.Fatal(err)
	}

	var wantIDs []string
	var wantBad []BadLine
	for i, l := range lines {
		if l.good != "" {
			wantIDs = append(wantIDs, l.good)
		} else {
			wantBad = append(wantBad, BadLine{Line: i + 1, Reason: l.bad})
		}
	}
	var gotIDs []string
	for _, r := range res.Records {
		gotIDs = append(gotIDs, r.ID)
	}
	if strings.Join(gotIDs, ",") != strings.Join(wantIDs, ",") {
		t.Errorf("good records %v, want %v", gotIDs, wantIDs)
	}
	if len(res.Bad) != len(wantBad) {
		t.Errorf("%d bad lines, want %d: %+v", len(res.Bad), len(wantBad), res.Bad)
	}
	for i := range min(len(res.Bad), len(wantBad)) {
		got, want := res.Bad[i], wantBad[i]
		if got.Line != want.Line || !strings.HasPrefix(got.Reason, want.Reason) {
			t.Errorf("bad line %d: got line %d %q, want line %d %q…", i, got.Line, got.Reason, want.Line, want.Reason)
		}
	}
	if b := res.Records[1]; b.Zone != "Europe/Berlin" || b.Time.Hour() != 3 {
		t.Errorf("record b: %+v", b)
	}

	// Reading never writes.
	if after := readFile(t, path); !bytes.Equal(after, []byte(content.String())) {
		t.Error("the file's bytes changed")
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !fi.ModTime().Equal(old) || fi.Mode().Perm() != 0o600 {
		t.Errorf("file touched: mtime %v (want %v), mode %v", fi.ModTime(), old, fi.Mode())
	}
}

// Lines up to MaxLine bytes are records; one byte more is a bad line, and the
// lines after it still read, wherever the long line falls.
func TestReadLineLengthLimit(t *testing.T) {
	exactly := func(n int) string {
		base := goodLine(t, "len", "x") // one byte of note
		return goodLine(t, "len", strings.Repeat("x", 1+n-(len(base)-1)))
	}
	if l := len(exactly(MaxLine)); l != MaxLine+1 {
		t.Fatalf("test line is %d bytes", l)
	}
	short := goodLine(t, "short", "")
	for _, tt := range []struct {
		name     string
		content  string
		wantRecs int
		wantBad  []int
	}{
		{"exactly MaxLine", short + exactly(MaxLine) + short, 3, nil},
		{"one byte over", short + exactly(MaxLine+1) + short, 2, []int{2}},
		{"over, no newline at the end", short + strings.TrimSuffix(exactly(MaxLine+1), "\n"), 1, []int{2}},
		{"many times over", exactly(5*MaxLine) + short + exactly(3*MaxLine) + short, 2, []int{1, 3}},
		{"over by exactly the buffer", strings.Repeat("y", MaxLine+1) + "\n" + short, 1, []int{1}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, FileName), []byte(tt.content), 0o600); err != nil {
				t.Fatal(err)
			}
			res, err := Open(dir).Read()
			if err != nil {
				t.Fatal(err)
			}
			var bad []int
			for _, b := range res.Bad {
				bad = append(bad, b.Line)
				if !strings.HasPrefix(b.Reason, "line longer than") {
					t.Errorf("line %d: reason %q", b.Line, b.Reason)
				}
			}
			if len(res.Records) != tt.wantRecs || !slices.Equal(bad, tt.wantBad) {
				t.Errorf("%d records, bad lines %v; want %d, %v", len(res.Records), bad, tt.wantRecs, tt.wantBad)
			}
		})
	}
}

func TestReadOfAFolderIsAnError(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, FileName), 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir).Read(); err == nil {
		t.Error("no error reading a folder as the journal")
	}
}
