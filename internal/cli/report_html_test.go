package cli

import (
	"strings"
	"testing"
)

// `cramp report --format html` is the page, with the name and notes in its
// header, escaped; --name without html is a usage error that writes nothing.
func TestReportHTML(t *testing.T) {
	atBerlin(t, 2026, 4, 2, 9, 0)
	dir := t.TempDir()
	if code, _, errs := run(t, nil, "log", "--data", dir, "--site", "calf", "--minutes", "3", "--at", "03:10", "--note", "<b>sore</b>"); code != ExitOK {
		t.Fatalf("log: exit %d: %s", code, errs)
	}
	code, out, errs := run(t, nil, "report", "--data", dir, "--format", "html", "--days", "30", "--name", "Ada <A>", "--notes", "medicines: none")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"<!DOCTYPE html>", "For: <strong>Ada &lt;A&gt;</strong>", "medicines: none", "&lt;b&gt;sore&lt;/b&gt;", "30 nights"} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if n := strings.Count(out, `<rect class="bar"`); n != 30 {
		t.Errorf("%d bars for 30 nights", n)
	}

	code, out, errs = run(t, nil, "report", "--data", dir, "--name", "Ada")
	if code != ExitUsage || out != "" || !strings.Contains(errs, "--name and --notes are for --format html") {
		t.Errorf("--name with md: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
