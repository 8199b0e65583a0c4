package report_test

import (
	"bytes"
	"encoding/csv"
	"github.com/crampcoach/cramp/internal/night"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/report"
	"github.com/crampcoach/cramp/internal/testkit"
)

// hostileNotes are notes another program (or a hand edit) could put in the
// journal: each would act on a terminal or a spreadsheet if passed through.
var hostileNotes = []string{
	"\x1b]0;PWNED\a",          // sets the window title
	"\x1b]52;c;cHduZWQ=\a",    // writes the clipboard
	"\x1b[2J",                 // clears the screen
	"c1 \u009b31m and \u0085", // C1 CSI and NEL
	"\u202eevil",              // right-to-left override
	"=HYPERLINK(\"http://x\")",
	"+1+2",
	"-3",
	"@SUM(A1)",
	"\tTab",
}

// hostileReport writes a journal holding hostileNotes, one logged cramp
// each, reads it back as the app does and builds the report of its nights.
func hostileReport(t *testing.T) *report.Report {
	t.Helper()
	dir := t.TempDir()
	var data bytes.Buffer
	for i, note := range hostileNotes {
		sev := 3
		rec := journal.Record{V: 1, ID: "h" + string(rune('a'+i)), Type: journal.TypeCrampLog,
			Time: time.Date(2026, 3, 30, 3, i, 0, 0, testkit.Berlin), Zone: "Europe/Berlin",
			Site: "calf", Seconds: 60, Severity: &sev, Note: note}
		line, err := rec.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		data.Write(line)
		data.WriteByte('\n')
	}
	if err := os.WriteFile(filepath.Join(dir, journal.FileName), data.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	res, err := journal.Open(dir).Read()
	if err != nil || len(res.Records) != len(hostileNotes) {
		t.Fatalf("read %d records (bad %v), err %v", len(res.Records), res.Bad, err)
	}
	return report.New(res.Records, report.LastNights(14, fixtureNow(t), night.Rule{DayStart: night.DayStart}))
}

// controlIn returns the first control character in b a terminal acts on.
func controlIn(b []byte) (rune, bool) {
	for _, r := range string(b) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e {
			return r, true
		}
	}
	return 0, false
}

func TestNoReportFormatPassesAControlSequence(t *testing.T) {
	r := hostileReport(t)
	md := r.Markdown(builtin(t))
	csvOut, err := r.CSV()
	if err != nil {
		t.Fatal(err)
	}
	jsonOut, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string][]byte{"md": md, "csv": csvOut, "json": jsonOut} {
		if c, ok := controlIn(out); ok {
			t.Errorf("%s report holds the control character %U:\n%q", name, c, out)
		}
	}
	if !strings.Contains(string(md), `\x1b]0;PWNED\x07`) {
		t.Errorf("the markdown does not show the title escape as text:\n%s", md)
	}
}

func TestCSVPrefixesCellsASpreadsheetWouldRun(t *testing.T) {
	out, err := hostileReport(t).CSV()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v\n%s", err, out)
	}
	notes := map[string]bool{}
	for _, row := range rows[1:] {
		notes[row[8]] = true
		if c := row[8]; c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			t.Errorf("note cell %q would run as a formula", c)
		}
	}
	for _, want := range []string{`'=HYPERLINK("http://x")`, "'+1+2", "'-3", "'@SUM(A1)", "'\tTab"} {
		if !notes[want] {
			t.Errorf("no note cell %q in %v", want, notes)
		}
	}
}

func TestJSONEscapesC1Controls(t *testing.T) {
	// Records handed straight to the report (as a test or a future caller
	// might) still leave as escapes, never raw C1 bytes.
	sev := 1
	recs := []journal.Record{{V: 1, ID: "x", Type: journal.TypeCrampLog, Zone: "Europe/Berlin",
		Time: time.Date(2026, 3, 30, 3, 0, 0, 0, testkit.Berlin), Site: "calf", Severity: &sev, Note: "nel \u0085 csi \u009b rlo \u202e"}}
	out, err := report.New(recs, report.LastNights(14, fixtureNow(t), night.Rule{DayStart: night.DayStart})).JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte(`nel \u0085 csi \u009b rlo \u202e`)) {
		t.Errorf("JSON does not escape C1 and bidi controls:\n%s", out)
	}
	if c, ok := controlIn(out); ok {
		t.Errorf("JSON holds %U", c)
	}
}
