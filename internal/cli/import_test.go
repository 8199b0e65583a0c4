package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// export writes `cramp report --days 3650 --format json` of the journal in
// dir to a file and returns its path.
func export(t *testing.T, dir string) string {
	t.Helper()
	code, out, errs := run(t, nil, "report", "--data", dir, "--days", "3650", "--format", "json")
	if code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	path := filepath.Join(t.TempDir(), "export.json")
	if err := os.WriteFile(path, []byte(out), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// lines is every record as the journal writes it, by id.
func lines(t *testing.T, recs []journal.Record) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		out[r.ID] = string(b)
	}
	return out
}

// An export of years of records imported into an empty journal brings
// every record across as it was, none twice; a second import adds nothing.
func TestImportRoundTrip(t *testing.T) {
	now := atBerlin(t, 2026, 4, 2, 9, 0)
	there := t.TempDir()
	recs := reportgen.Records(5000, now)
	if err := reportgen.Write(there, recs); err != nil {
		t.Fatal(err)
	}
	file := export(t, there)
	var exp struct{ Records []json.RawMessage }
	data, _ := os.ReadFile(file)
	if err := json.Unmarshal(data, &exp); err != nil || len(exp.Records) == 0 {
		t.Fatalf("the export: %d records, %v", len(exp.Records), err)
	}

	here := t.TempDir()
	code, out, errs := run(t, nil, "import", "--data", here, file)
	if code != ExitOK {
		t.Fatalf("import: exit %d: %s", code, errs)
	}
	got := journalIn(t, here)
	if len(got) != len(exp.Records) {
		t.Errorf("imported %d records, the export holds %d", len(got), len(exp.Records))
	}
	want := lines(t, journalIn(t, there))
	have := lines(t, got)
	if len(have) != len(got) {
		t.Errorf("%d records imported under %d ids: duplicates", len(got), len(have))
	}
	lost := 0
	for id, line := range have {
		if want[id] != line {
			t.Errorf("record %s changed on the way:\n%s\n%s", id, want[id], line)
		}
	}
	for id := range want {
		if _, ok := have[id]; !ok {
			lost++
		}
	}
	// The export holds the last 3650 nights; reportgen's records all fall in them.
	if lost != 0 {
		t.Errorf("%d records lost", lost)
	}
	if want := "Added " + itoa(len(got)) + " records, skipped 0 records"; !strings.HasPrefix(out, want) {
		t.Errorf("stdout %q, want it to start %q", out, want)
	}
	// The same reports, there and here.
	for _, f := range []string{"md", "csv", "json"} {
		_, a, _ := run(t, nil, "report", "--data", there, "--days", "90", "--format", f)
		_, b, _ := run(t, nil, "report", "--data", here, "--days", "90", "--format", f)
		if a != b {
			t.Errorf("the %s report differs after the import", f)
		}
	}

	before, _ := os.ReadFile(filepath.Join(here, journal.FileName))
	code, out, _ = run(t, nil, "import", "--data", here, file)
	after, _ := os.ReadFile(filepath.Join(here, journal.FileName))
	if code != ExitOK || !bytes.Equal(before, after) || !strings.HasPrefix(out, "Added 0 records, skipped "+itoa(len(got))+" records") {
		t.Errorf("second import: exit %d, %q, journal grew by %d bytes", code, out, len(after)-len(before))
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// Only records whose ids are new are added: a journal holding part of the
// export gets the rest, once.
func TestImportAddsOnlyNewIDs(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	there := t.TempDir()
	for _, at := range []string{"2026-03-30 03:10", "2026-03-31 02:00", "2026-04-01 01:00"} {
		if code, _, errs := run(t, nil, "log", "--data", there, "--site", "calf", "--at", at); code != ExitOK {
			t.Fatal(errs)
		}
	}
	all := journalIn(t, there)
	here := t.TempDir()
	if err := reportgen.Write(here, all[:1]); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, nil, "import", "--data", here, export(t, there))
	if code != ExitOK || !strings.HasPrefix(out, "Added 2 records, skipped 1 record already") {
		t.Fatalf("exit %d, %q %s", code, out, errs)
	}
	if got := journalIn(t, here); len(got) != 3 || len(lines(t, got)) != 3 {
		t.Errorf("the journal holds %d records, want the 3 once each", len(got))
	}
}

// A file that is not a whole export adds nothing, says why and exits 2;
// the journal is left byte for byte as it was.
func TestImportMalformedAddsNothing(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	there := t.TempDir()
	for _, at := range []string{"2026-03-30 03:10", "2026-03-31 02:00"} {
		if code, _, errs := run(t, nil, "log", "--data", there, "--site", "foot", "--at", at); code != ExitOK {
			t.Fatal(errs)
		}
	}
	data, _ := os.ReadFile(export(t, there))
	good := string(data)
	second := strings.Index(good, "},\n    {") + 3
	cases := map[string]string{
		"truncated":              good[:len(good)-10],
		"a record without time":  good[:second] + strings.Replace(good[second:], `"time":`, `"when":`, 1),
		"a record not an object": strings.Replace(good, "\n    {", "\n    7, {", 1),
		"a future version":       good[:second] + strings.Replace(good[second:], `"v":1`, `"v":99`, 1),
		"trailing text":          good + "{}",
		"no records":             `{"first_night": "2026-03-19", "last_night": "2026-04-01"}`,
		"not json":               "night,start\n",
		"an unknown field":       strings.Replace(good, `"first_night"`, `"comment": "x", "first_night"`, 1),
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			here := t.TempDir()
			if err := reportgen.Write(here, journalIn(t, there)[:1]); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "bad.json")
			os.WriteFile(path, []byte(text), 0o600)
			before, _ := os.ReadFile(filepath.Join(here, journal.FileName))
			code, out, errs := run(t, nil, "import", "--data", here, path)
			after, _ := os.ReadFile(filepath.Join(here, journal.FileName))
			if code != ExitUsage || out != "" || !strings.Contains(errs, "nothing was added") {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
			}
			if !bytes.Equal(before, after) {
				t.Errorf("the journal changed")
			}
		})
	}
	if code, _, errs := run(t, nil, "import", "--data", t.TempDir(), filepath.Join(t.TempDir(), "missing.json")); code != ExitUsage || !strings.Contains(errs, "nothing was added") {
		t.Errorf("a missing file: exit %d, %q", code, errs)
	}
}
