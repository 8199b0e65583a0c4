package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// script writes `cramp completion SHELL` to a file and returns its path.
func script(t *testing.T, shell string, args ...string) string {
	t.Helper()
	code, out, errs := run(t, nil, append([]string{"completion", shell}, args...)...)
	if code != ExitOK {
		t.Fatalf("completion %s: exit %d: %s", shell, code, errs)
	}
	path := filepath.Join(t.TempDir(), "cramp."+shell)
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func need(t *testing.T, shell string) string {
	t.Helper()
	path, err := exec.LookPath(shell)
	if err != nil {
		t.Skipf("%s is not installed here; its completion script is not checked", shell)
	}
	return path
}

func TestBashCompletionParses(t *testing.T) {
	bash := need(t, "bash")
	if out, err := exec.Command(bash, "-n", script(t, "bash")).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, out)
	}
}

// complete runs the bash completion for the words typed so far (the last
// one being completed) and returns what it offers.
func complete(t *testing.T, bash, path string, typed ...string) []string {
	t.Helper()
	words := append([]string{"cramp"}, typed...)
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = "'" + w + "'"
	}
	prog := "source " + path + "\nCOMP_WORDS=(" + strings.Join(quoted, " ") + ")\nCOMP_CWORD=" +
		string(rune('0'+len(words)-1)) + "\n_cramp\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n"
	out, err := exec.Command(bash, "--norc", "-c", prog).CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %v\n%s", typed, err, out)
	}
	return strings.Fields(string(out))
}

func TestBashCompletionOffersWhatFits(t *testing.T) {
	bash := need(t, "bash")
	path := script(t, "bash")
	for _, c := range []struct {
		typed []string
		want  []string
		not   []string
	}{
		{[]string{"st"}, []string{"stretch"}, []string{"now"}},
		{[]string{"log", "--site", ""}, []string{"calf", "foot", "thigh"}, nil},
		{[]string{"--data", "/tmp", "now", "--sit"}, []string{"--site"}, []string{"--side", "--now"}},
		{[]string{"report", "--format", ""}, []string{"md", "csv", "json"}, nil},
		{[]string{"--theme", ""}, []string{"auto", "night", "day"}, nil},
		{[]string{"stretch", "--routine", ""}, []string{"nightly", "short", "seated"}, nil},
		{[]string{"check", ""}, []string{"fluids", "shoes"}, []string{"evening-stretch"}}, // auto items are not ticked by hand
		{[]string{"learn", ""}, []string{"doctor", "causes"}, nil},
		{[]string{"content", ""}, []string{"validate", "export"}, nil},
		{[]string{"content", "export", "--"}, []string{"--force"}, nil},
		{[]string{"report", "--"}, []string{"--days", "--data"}, []string{"--voice", "--quiet"}},
		{[]string{"completion", ""}, []string{"bash", "zsh", "fish"}, nil},
	} {
		got := complete(t, bash, path, c.typed...)
		for _, w := range c.want {
			if !contains(got, w) {
				t.Errorf("%q: offers %v, want %q among them", c.typed, got, w)
			}
		}
		for _, w := range c.not {
			if contains(got, w) {
				t.Errorf("%q: offers %q: %v", c.typed, w, got)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Ids come from the content: a routine in a --content folder is offered,
// and an id that is not a plain word never reaches the script.
func TestCompletionTakesIdsFromTheContent(t *testing.T) {
	dir := t.TempDir()
	if code, _, errs := run(t, nil, "content", "export", dir); code != ExitOK {
		t.Fatal(errs)
	}
	b, err := os.ReadFile(filepath.Join(dir, "routines.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "routines.yaml"), []byte(strings.Replace(string(b), "id: short", "id: my-own", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, _ := run(t, nil, "completion", "bash", "--content", dir)
	if !strings.Contains(out, "my-own") {
		t.Error("the routine from the --content folder is not offered")
	}
	if words := words("routine", nil); words != nil {
		t.Errorf("no content, no routines: %v", words)
	}
}

func TestZshCompletionParses(t *testing.T) {
	zsh := need(t, "zsh")
	if out, err := exec.Command(zsh, "-n", script(t, "zsh")).CombinedOutput(); err != nil {
		t.Fatalf("zsh -n: %v\n%s", err, out)
	}
}

func TestFishCompletionParses(t *testing.T) {
	fish := need(t, "fish")
	path := script(t, "fish")
	if out, err := exec.Command(fish, "--no-execute", path).CombinedOutput(); err != nil {
		t.Fatalf("fish --no-execute: %v\n%s", err, out)
	}
	out, err := exec.Command(fish, "--no-config", "-c", "source "+path+`; complete -C "cramp --data /tmp log --site "; complete -C "cramp content "`).CombinedOutput()
	if err != nil {
		t.Fatalf("fish: %v\n%s", err, out)
	}
	for _, want := range []string{"calf\t", "thigh\t", "export\t", "validate\t"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("fish offers no %q:\n%s", want, out)
		}
	}
}

func TestCompletionNeedsAShell(t *testing.T) {
	code, _, errs := run(t, nil, "completion", "tcsh")
	if code != ExitUsage || !strings.Contains(errs, "bash, zsh or fish") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
