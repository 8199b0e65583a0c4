package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crampcoach/cramp/internal/content"
)

// run runs the CLI with buffers for stdout and stderr (so output is never a
// terminal and every screen prints as plain text).
func run(t *testing.T, env map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, IO{
		Stdin:  strings.NewReader(""),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	})
	return code, out.String(), errb.String()
}

func brokenContent(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "relief.yaml"), []byte("version: 1\nbogus: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestNowPrintsReliefAsPlainTextWhenNotATerminal(t *testing.T) {
	code, out, _ := run(t, nil, "now", "--site", "foot", "--side", "left")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.HasPrefix(out, "Cramp now: left foot") || !strings.Contains(out, "toes") {
		t.Errorf("plain relief:\n%s", out)
	}
	if strings.ContainsRune(out, '\x1b') {
		t.Error("plain output has escape sequences")
	}
}

func TestGlobalFlagsWorkBeforeAndAfterTheCommand(t *testing.T) {
	dir := brokenContent(t)
	for _, args := range [][]string{
		{"--content", dir, "now"},
		{"now", "--content", dir},
	} {
		code, out, errs := run(t, nil, args...)
		if code != ExitOK {
			t.Errorf("%v: exit %d", args, code)
		}
		if !strings.Contains(errs, "has problems") || !strings.Contains(errs, "relief.yaml:") {
			t.Errorf("%v: no notice about the broken folder on stderr: %q", args, errs)
		}
		if !strings.Contains(out, "Straighten") {
			t.Errorf("%v: relief must still show with the built-in content", args)
		}
	}
}

func TestBadUsageExitsTwoWithAMessage(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--bogus"}, "flag provided but not defined"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"now", "extra"}, `unexpected argument "extra"`},
		{[]string{"--theme", "neon", "now"}, "unknown theme"},
		{[]string{"content"}, "say validate or export"},
		{[]string{"content", "export"}, "exactly one folder"},
	}
	for _, c := range cases {
		code, _, errs := run(t, nil, c.args...)
		if code != ExitUsage || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, code, errs, c.want)
		}
	}
}

func TestHelpGoesToStdoutAndExitsZero(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"now", "--help"}, {"help"}, {"content", "--help"}, {"content", "export", "--help"}} {
		code, out, _ := run(t, nil, args...)
		if code != ExitOK || !strings.Contains(out, "Usage") {
			t.Errorf("%v: exit %d, stdout %q", args, code, out)
		}
	}
}

func TestAnUnknownSiteNeverBlocksRelief(t *testing.T) {
	code, out, errs := run(t, nil, "now", "--site", "knee", "--side", "LEFT")
	if code != ExitOK || !strings.Contains(out, "Straighten") {
		t.Fatalf("exit %d; relief must still show:\n%s", code, out)
	}
	if !strings.Contains(errs, `--site "knee" is not one of calf, foot, thigh`) {
		t.Errorf("no notice about the site: %q", errs)
	}
	if !strings.HasPrefix(out, "Cramp now: left\n") {
		t.Errorf("--side LEFT should be taken as left:\n%s", out)
	}
}

func TestContentValidate(t *testing.T) {
	if code, out, _ := run(t, nil, "content", "validate"); code != ExitOK || !strings.Contains(out, "valid") {
		t.Errorf("built-in content: exit %d, %q", code, out)
	}
	code, _, errs := run(t, nil, "content", "validate", brokenContent(t))
	if code != ExitUsage || !strings.Contains(errs, "relief.yaml:2:1: unknown field") {
		t.Errorf("broken folder: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := run(t, nil, "content", "validate", filepath.Join(t.TempDir(), "missing")); code != ExitUsage {
		t.Errorf("missing folder: exit %d", code)
	}
}

func TestContentExportRefusesToOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "mine")
	if code, _, errs := run(t, nil, "content", "export", dir); code != ExitOK {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	relief := filepath.Join(dir, "relief.yaml")
	if err := os.WriteFile(relief, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, nil, "content", "export", dir); code == ExitOK || !strings.Contains(errs, "--force") {
		t.Errorf("second export: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(relief); string(b) != "mine" {
		t.Error("export without --force overwrote a file")
	}
	if code, _, _ := run(t, nil, "content", "export", dir, "--force"); code != ExitOK {
		t.Errorf("export --force: exit %d", code)
	}
	if code, _, _ := run(t, nil, "content", "validate", dir); code != ExitOK {
		t.Error("an exported folder should validate")
	}
}

func TestHomePlainShowsDisclaimerAndCommands(t *testing.T) {
	code, out, _ := run(t, nil)
	if code != ExitOK || !strings.Contains(out, "not medical advice") || !strings.Contains(out, "cramp now") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestLearnTopicPrintsPlainText(t *testing.T) {
	code, out, _ := run(t, nil, "learn", "doctor")
	if code != ExitOK || !strings.Contains(out, "Call emergency services") || strings.ContainsRune(out, '\x1b') {
		t.Errorf("exit %d:\n%s", code, out)
	}
	code, out, _ = run(t, nil, "learn")
	if code != ExitOK || !strings.Contains(out, "doctor") || !strings.Contains(out, "compare") {
		t.Errorf("topic list: exit %d:\n%s", code, out)
	}
}

func TestLearnUnknownTopicListsTheValidOnes(t *testing.T) {
	code, _, errs := run(t, nil, "learn", "knees")
	if code != ExitUsage || !strings.Contains(errs, `unknown topic "knees"`) || !strings.Contains(errs, "doctor") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// A sudden cold, pale or blue leg (a blocked artery) is an emergency: in
// every plain output that prints the tiers it sits under "Call emergency
// services now", before the same-day tier starts.
func TestColdPaleLegIsUnderTheEmergencyTier(t *testing.T) {
	for _, args := range [][]string{{"learn", "doctor"}, {"now"}} {
		code, out, _ := run(t, nil, args...)
		emergency := strings.Index(out, "Call emergency services now")
		today := strings.Index(out, "Get medical help today")
		leg := strings.Index(out, "cold, pale or blue")
		if code != ExitOK || emergency < 0 || today < 0 || leg < emergency || leg > today {
			t.Errorf("%v: exit %d; the cold, pale or blue leg must be between the emergency heading (%d) and the same-day heading (%d), found at %d:\n%s", args, code, emergency, today, leg, out)
		}
	}
}

// The painkiller aftercare line says who should ask a pharmacist first.
func TestPainkillerLineCarriesThePharmacistCaution(t *testing.T) {
	_, out, _ := run(t, nil, "now")
	flat := strings.Join(strings.Fields(out), " ")
	if !strings.Contains(flat, "Check with a pharmacist first if you are pregnant, take a blood thinner (anticoagulant), or have kidney, heart or stomach problems.") {
		t.Errorf("painkiller caution missing:\n%s", out)
	}
}

// The stretch a person sees first says not to stretch a swollen, warm or red
// leg, for every site; the thigh gets thigh stretches and no towel-around-
// the-foot tip; getting into a warm shower at night carries the balance cue.
func TestReliefTextPerSite(t *testing.T) {
	for _, site := range []string{"", "calf", "foot", "thigh"} {
		args := []string{"now"}
		if site != "" {
			args = append(args, "--site", site)
		}
		_, out, _ := run(t, nil, args...)
		flat := strings.Join(strings.Fields(out), " ")
		first := flat[strings.Index(flat, "1. Stretch the muscle"):strings.Index(flat, "2. ")]
		if !strings.Contains(first, "Swollen, warm or red leg? Don't stretch or rub it. Get it checked today.") {
			t.Errorf("site %q: the stretch step lacks the clot caution:\n%s", site, first)
		}
		if site == "thigh" {
			if strings.Contains(first, "ball of your foot") || !strings.Contains(first, "Back of the thigh") || !strings.Contains(first, "Front of the thigh") {
				t.Errorf("thigh stretch should name the back and front of the thigh and no foot towel tip:\n%s", first)
			}
		}
		if !strings.Contains(flat, "For a shower or bath at night, turn on a light and hold on to something stable.") {
			t.Errorf("site %q: the warm shower lacks the balance cue", site)
		}
	}
}

// Plain outputs lose nothing the screens show: the checklist's caveats (as
// "#" lines scripts skip), the routine's "why stretch" intro, and the doctor
// page's lead-in before the signs.
func TestPlainOutputsKeepTheirCaveatsAndIntros(t *testing.T) {
	env, _ := checkEnv(t)
	_, out, _ := run(t, env, "check")
	if !strings.Contains(out, "[ ] fluids            Enough fluids\n#   If a doctor has told you to limit fluids (for example for heart or kidney problems), follow their advice.\n") {
		t.Errorf("cramp check | cat lacks the fluids caveat under its item:\n%s", out)
	}
	_, out, _ = run(t, env, "stretch")
	if !strings.Contains(out, "Why stretch at bedtime\nIn one study of adults over 55") {
		t.Errorf("cramp stretch | cat lacks the why-stretch intro:\n%s", out)
	}
	_, out, _ = run(t, env, "learn", "doctor")
	lead, tier := strings.Index(out, "sorted into three levels"), strings.Index(out, "Call emergency services now")
	if lead < 0 || tier < 0 || lead > tier {
		t.Errorf("cramp learn doctor should lead in (at %d) before the signs (at %d):\n%s", lead, tier, out)
	}
}

// Without a folder, and when a folder is not used, every screen gets the
// whole generated built-in set at once: nothing is parsed or deferred.
func TestTheBuiltInSetComesWhole(t *testing.T) {
	want, err := content.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for name, dir := range map[string]string{"no folder": "", "broken folder": brokenContent(t)} {
		set, notice, err := loadContent(dir, true)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if (dir != "") != strings.Contains(notice, "using the built-in content") {
			t.Errorf("%s: notice %q", name, notice)
		}
		if len(set.Learn.Topics) == 0 || !reflect.DeepEqual(set, want) {
			t.Errorf("%s: not the whole built-in set", name)
		}
	}
}
