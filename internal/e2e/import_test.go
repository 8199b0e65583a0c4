package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// A journal moves to another computer: the real binary exports it, the
// other imports it (every record once), the reports agree, and a second
// import adds nothing. Then the HTML report of the imported journal is one
// page with a bar a night.
func TestExportImportBetweenComputers(t *testing.T) {
	there, here := newEnv(t), newEnv(t)
	if err := reportgen.Write(there.DataDir, reportgen.Records(2000, time.Now().In(testkit.Berlin))); err != nil {
		t.Fatal(err)
	}
	export, errs, code := run(t, there, "report", "--days", "3650", "--format", "json")
	if code != 0 || errs != "" {
		t.Fatalf("export: exit %d, %q", code, errs)
	}
	file := filepath.Join(here.Home, "from-there.json")
	if err := os.WriteFile(file, []byte(export), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errs, code := run(t, here, "import", file)
	n := len(there.Journal(t).Records)
	if code != 0 || !strings.HasPrefix(out, "Added ") || len(here.Journal(t).Records) != n {
		t.Fatalf("import: exit %d, %q %q; %d records here, %d there", code, out, errs, len(here.Journal(t).Records), n)
	}
	for _, f := range []string{"md", "csv"} {
		a, _, _ := run(t, there, "report", "--days", "90", "--format", f)
		b, _, _ := run(t, here, "report", "--days", "90", "--format", f)
		if a != b {
			t.Errorf("the %s reports differ after the import", f)
		}
	}
	out, _, code = run(t, here, "import", file)
	if code != 0 || !strings.HasPrefix(out, "Added 0 records") || len(here.Journal(t).Records) != n {
		t.Errorf("second import: exit %d, %q", code, out)
	}

	page, errs, code := run(t, here, "report", "--days", "90", "--format", "html", "--name", "Ada")
	if code != 0 || errs != "" || !strings.HasPrefix(page, "<!DOCTYPE html>") || strings.Count(page, `<rect class="bar"`) != 90 {
		t.Errorf("html: exit %d, %q, %d bars", code, errs, strings.Count(page, `<rect class="bar"`))
	}

	if err := os.WriteFile(file, []byte(export[:len(export)/2]), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errs, code = run(t, here, "import", file)
	if code != 2 || !strings.Contains(errs, "nothing was added") || len(here.Journal(t).Records) != n {
		t.Errorf("half a file: exit %d, %q", code, errs)
	}
}
