package cli

import (
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

func TestVersionFlagAndCommandAgree(t *testing.T) {
	code1, out1, _ := run(t, nil, "--version")
	code2, out2, _ := run(t, nil, "version")
	if code1 != ExitOK || code2 != ExitOK {
		t.Fatalf("exit %d and %d", code1, code2)
	}
	if out1 != out2 || !strings.HasPrefix(out1, "cramp ") {
		t.Errorf("--version %q, version %q", out1, out2)
	}
}

func TestVersionReadsWhatGoStampedAndLdflagsWin(t *testing.T) {
	bi := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.1.0"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "ea2eda10e349"},
		{Key: "vcs.time", Value: "2026-12-03T08:40:00Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	out := readBuildInfo(bi, true).String()
	for _, want := range []string{"cramp v0.1.0\n", "revision: ea2eda10e349 (with uncommitted changes)", "committed: 2026-12-03T08:40:00Z", "go: go1.26.8"} {
		if !strings.Contains(out, want) {
			t.Errorf("version lacks %q:\n%s", want, out)
		}
	}
	// A build in a checkout without a tag says dev.
	if out := readBuildInfo(&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true).String(); !strings.HasPrefix(out, "cramp dev\n") {
		t.Errorf("devel build: %q", out)
	}

	Version, Commit, Date = "v9.9.9", "abc1234", "2026-12-24T00:00:00Z"
	t.Cleanup(func() { Version, Commit, Date = "", "", "" })
	out = readBuildInfo(bi, true).String()
	for _, want := range []string{"cramp v9.9.9\n", "revision: abc1234\n", "built: 2026-12-24T00:00:00Z"} {
		if !strings.Contains(out, want) {
			t.Errorf("with -ldflags -X, version lacks %q:\n%s", want, out)
		}
	}
}

func TestHelpForEachCommandThreeWays(t *testing.T) {
	for _, c := range allCommands() {
		if len(c.sub) > 0 {
			continue
		}
		words := strings.Fields(c.name)
		_, viaHelp, _ := run(t, nil, append([]string{"help"}, words...)...)
		code, viaFlag, _ := run(t, nil, append(words, "--help")...)
		if code != ExitOK {
			t.Errorf("%s --help: exit %d", c.name, code)
		}
		if viaHelp != viaFlag {
			t.Errorf("help %s and %s --help differ:\n%s\n---\n%s", c.name, c.name, viaHelp, viaFlag)
		}
		if !strings.HasPrefix(viaFlag, "Usage: cramp "+c.name) {
			t.Errorf("help %s does not start with its usage:\n%s", c.name, viaFlag)
		}
		if strings.Contains(viaFlag, "Environment:") {
			t.Errorf("help %s printed the top-level help", c.name)
		}
	}
}

func TestCommandHelpListsItsFlagsThenOnlyTheGlobalsThatApply(t *testing.T) {
	_, out, _ := run(t, nil, "help", "report")
	flags, globals, ok := strings.Cut(out, "Global flags:")
	if !ok {
		t.Fatalf("no global flags section:\n%s", out)
	}
	for _, want := range []string{"--days N", "(default 14)", "--format FORMAT", "(default md)"} {
		if !strings.Contains(flags, want) {
			t.Errorf("report's flags lack %q:\n%s", want, flags)
		}
	}
	if !strings.Contains(globals, "--data DIR") {
		t.Errorf("report's globals lack --data:\n%s", globals)
	}
	for _, never := range []string{"--voice", "--quiet", "--theme", "-days string"} {
		if strings.Contains(out, never) {
			t.Errorf("report's help shows %q:\n%s", never, out)
		}
	}
	_, out, _ = run(t, nil, "log", "--help")
	if !strings.Contains(out, "--site SITE") || !strings.Contains(out, "--severity 0-10") {
		t.Errorf("log's help:\n%s", out)
	}
}

func TestTopHelpListsCommandsEnvironmentAndExitCodes(t *testing.T) {
	code, out, _ := run(t, nil, "--help")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"CRAMP_DATA_DIR", "CRAMP_DAY_STARTS_AT", "CRAMP_VOICE_CMD", "NO_COLOR", "CLICOLOR", "Exit codes:", "130", "--version"} {
		if !strings.Contains(out, want) {
			t.Errorf("--help lacks %q", want)
		}
	}
	for _, c := range allCommands() {
		if len(c.sub) == 0 && !strings.Contains(out, "  "+c.name+" ") {
			t.Errorf("--help does not list %q", c.name)
		}
	}
	if _, help, _ := run(t, nil, "help"); help != out {
		t.Error(`"cramp help" and "cramp --help" differ`)
	}
}

func TestHelpForAnUnknownCommandIsBadUsage(t *testing.T) {
	code, _, errs := run(t, nil, "help", "frobnicate")
	if code != ExitUsage || !strings.Contains(errs, `unknown command "frobnicate"`) || !strings.Contains(errs, "now, stretch") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// The table's globals must be real global flags, or help would silently
// drop them.
func TestTheCommandTableNamesOnlyRealGlobals(t *testing.T) {
	for _, c := range allCommands() {
		for _, n := range c.globals {
			if !slices.Contains(allGlobals, n) {
				t.Errorf("%s lists %q, which is not a global flag", c.name, n)
			}
		}
	}
}

func TestContentHelpGivesEachSubcommandsUsage(t *testing.T) {
	code, out, _ := run(t, nil, "content", "--help")
	if code != ExitOK || !strings.Contains(out, "cramp content validate [DIR]") || !strings.Contains(out, "cramp content export DIR [--force]") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// Help, completions and the man page read a command's flags from the
// FlagSet it parses with: a command must build it with newFlagSet and call
// parse before it does anything else, or they would show it without flags.
func TestEveryCommandDeclaresItsFlagsWhereHelpCanReadThem(t *testing.T) {
	for _, c := range allCommands() {
		if len(c.sub) > 0 {
			continue
		}
		d := describe(c)
		if d.fs == nil || !strings.HasPrefix(d.head, "Usage: cramp "+c.name) {
			t.Errorf("%s: describe found no FlagSet or usage (fs %v, head %q)", c.name, d.fs != nil, d.head)
		}
	}
}
