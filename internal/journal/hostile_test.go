package journal

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeJournal puts data in a journal file of a new data folder.
func writeJournal(t *testing.T, data string) *Journal {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	return Open(dir)
}

func TestReadIgnoresAByteOrderMark(t *testing.T) {
	j := writeJournal(t, "\ufeff"+goodLine(t, "a", "first")+goodLine(t, "b", "second"))
	res, err := j.Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Bad) != 0 || len(res.Records) != 2 || res.Records[0].ID != "a" {
		t.Fatalf("records %v, bad %v; want a and b, no bad lines", res.Records, res.Bad)
	}
}

func TestReadSkipsOutOfRangeValues(t *testing.T) {
	const head = `{"v":1,"type":"cramp.log","time":"2026-11-23T03:12:05+01:00","zone":"UTC",`
	data := goodLine(t, "ok", "") +
		head + `"id":"s1","severity":2147483648000}` + "\n" +
		head + `"id":"s2","severity":-1}` + "\n" +
		head + `"id":"d1","seconds":-60}` + "\n" +
		head + `"id":"d2","seconds":86401}` + "\n" +
		head + `"id":"o1","seconds":99999999999999999999999}` + "\n" +
		head + `"id":"fine","seconds":86400,"severity":10}` + "\n"
	res, err := writeJournal(t, data).Read()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range res.Records {
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "ok,fine" {
		t.Errorf("records %v, want ok,fine", ids)
	}
	if len(res.Bad) != 5 {
		t.Fatalf("bad lines %v, want 5 (lines 2-6)", res.Bad)
	}
	for i, b := range res.Bad {
		if b.Line != i+2 {
			t.Errorf("bad line %d is %v", i, b)
		}
	}
	if !strings.Contains(res.Bad[0].Reason, "severity") || !strings.Contains(res.Bad[2].Reason, "duration") {
		t.Errorf("reasons %v do not name the value", res.Bad)
	}
}

func TestReadShowsControlCharactersAsPlaceholders(t *testing.T) {
	notes := []string{"\x1b]0;PWNED\a", "\x1b]52;c;aGk=\a", "\x1b[2J", "c1 \u0085\u009b31m", "\u202eevil"}
	var data string
	for i, n := range notes {
		data += goodLine(t, string(rune('a'+i)), n)
	}
	res, err := writeJournal(t, data).Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != len(notes) {
		t.Fatalf("%d records, want %d (bad %v)", len(res.Records), len(notes), res.Bad)
	}
	for _, r := range res.Records {
		if strings.ContainsAny(r.Note, "\x1b\a\u0085\u009b\u202e") {
			t.Errorf("note %q reaches the app with a control character", r.Note)
		}
	}
	if got := res.Records[0].Note; got != `\x1b]0;PWNED\x07` {
		t.Errorf("note = %q, want the escape shown as text", got)
	}
}

func TestNoHomeIsAClearError(t *testing.T) {
	t.Setenv("HOME", "")
	t.Setenv("XDG_DATA_HOME", "")
	dir := Dir("", func(string) string { return "" })
	if dir != "" {
		t.Fatalf("Dir = %q, want none", dir)
	}
	j := Open(dir)
	_, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now()})
	if err == nil || !strings.Contains(err.Error(), "HOME and XDG_DATA_HOME") {
		t.Errorf("Append: %v, want an error naming HOME and XDG_DATA_HOME", err)
	}
	if _, err := j.Read(); err == nil || !strings.Contains(err.Error(), "HOME") {
		t.Errorf("Read: %v", err)
	}
}

func TestJournalMustBeARegularFile(t *testing.T) {
	for _, dev := range []string{"/dev/zero", "/dev/urandom"} {
		dir := t.TempDir()
		if err := os.Symlink(dev, filepath.Join(dir, FileName)); err != nil {
			t.Skip(err)
		}
		j := Open(dir)
		if _, err := j.Read(); err == nil || !strings.Contains(err.Error(), "not a regular file") || !strings.Contains(err.Error(), j.Path()) {
			t.Errorf("%s: Read: %v", dev, err)
		}
		if _, err := j.Append(Record{Type: TypeCrampStart, Time: time.Now()}); err == nil || !strings.Contains(err.Error(), j.Path()) {
			t.Errorf("%s: Append: %v", dev, err)
		}
	}
}
