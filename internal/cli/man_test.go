package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func manText(t *testing.T) string {
	t.Helper()
	code, out, errs := run(t, nil, "man")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	return out
}

// The structure a man page needs, checked without any tool: the title line,
// the usual sections, every command, and no text line a formatter would
// read as a request.
func TestManPageIsWellFormed(t *testing.T) {
	page := manText(t)
	if !strings.HasPrefix(page, ".TH CRAMP 1 ") {
		t.Errorf("no .TH title line:\n%.80s", page)
	}
	for _, sh := range []string{"NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "GLOBAL FLAGS", "ENVIRONMENT", "EXIT STATUS", "FILES"} {
		if !strings.Contains(page, "\n.SH "+sh+"\n") {
			t.Errorf("no %s section", sh)
		}
	}
	for _, c := range allCommands() {
		if len(c.sub) == 0 && !strings.Contains(page, "\n.SS "+roff("cramp "+c.name)+"\n") {
			t.Errorf("no section for %q", c.name)
		}
	}
	for _, want := range []string{`\fB\-\-days\fR \fIN\fR`, "CRAMP_DATA_DIR", "\n.B 130\n"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	requests := map[string]bool{"TH": true, "SH": true, "SS": true, "B": true, "I": true, "PP": true, "TP": true, "br": true, "nf": true, "fi": true}
	for i, line := range strings.Split(page, "\n") {
		if strings.HasPrefix(line, ".") || strings.HasPrefix(line, "'") {
			name, _, _ := strings.Cut(line[1:], " ")
			if !requests[name] {
				t.Errorf("line %d reads as an unknown request: %q", i+1, line)
			}
		}
	}
}

// When groff or mandoc is here, it reads the page without a warning.
func TestManPageFormatsWithoutWarnings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cramp.1")
	if err := os.WriteFile(path, []byte(manText(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	checked := false
	if mandoc, err := exec.LookPath("mandoc"); err == nil {
		checked = true
		out, err := exec.Command(mandoc, "-T", "lint", "-W", "warning", path).CombinedOutput()
		if err != nil {
			t.Errorf("mandoc -T lint: %v\n%s", err, out)
		}
	}
	if groff, err := exec.LookPath("groff"); err == nil {
		checked = true
		out, err := exec.Command(groff, "-man", "-z", "-ww", path).CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("groff -man -z -ww: %v\n%s", err, out)
		}
	}
	if !checked {
		t.Skip("neither mandoc nor groff is installed; TestManPageIsWellFormed checks the structure")
	}
}

func TestRoffEscapesWhatWouldBeMarkup(t *testing.T) {
	for in, want := range map[string]string{
		`.hidden request`: `\&.hidden request`,
		`'quoted`:         `\&'quoted`,
		`a\b --flag`:      `a\eb \-\-flag`,
	} {
		if got := roff(in); got != want {
			t.Errorf("roff(%q) = %q, want %q", in, got, want)
		}
	}
}
