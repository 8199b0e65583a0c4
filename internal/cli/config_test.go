package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/adrg/xdg"

	"github.com/crampcoach/cramp/internal/config"
)

// TestMain keeps the developer's own settings file out of every test: the
// default settings file is in a fresh, empty folder. It also gives content
// folders and settings files a budget no test reaches by being slow (under
// -race a load takes ten times as long): the tests of the stall fallback
// set a short one themselves.
func TestMain(m *testing.M) {
	folderBudget = time.Minute
	dir, err := os.MkdirTemp("", "cramp-cli-config")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CONFIG_HOME", dir)
	xdg.Reload()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func settingsFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// row is the line of `cramp config` for key.
func row(t *testing.T, out, key string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 0 && f[0] == key {
			return l
		}
	}
	t.Fatalf("no %s line in:\n%s", key, out)
	return ""
}

func TestConfigShowsEverySettingWithWhereItCameFrom(t *testing.T) {
	p := settingsFile(t, "theme: night\nquiet: true\nday_starts_at: \"05:00\"\nhold: 45s\nregion: au\nweek_starts: sun\n")
	env := map[string]string{"CRAMP_CONFIG": p, "CRAMP_DAY_STARTS_AT": "03:00"}
	code, out, errs := run(t, env, "--theme", "day", "config")
	if code != ExitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, k := range config.Keys {
		row(t, out, k)
	}
	checks := map[string][]string{
		"theme":         {"day", "flag --theme"},                      // flag beats file
		"quiet":         {"true", p + ":2"},                           // file beats default
		"day_starts_at": {"03:00", "environment CRAMP_DAY_STARTS_AT"}, // env beats file
		"hold":          {"45s", p + ":4"},
		"region":        {"AU (Australia: 000)", p + ":5"},
		"week_starts":   {"sun", p + ":6"},
		"clock":         {"24h", "default"},
		"voice":         {"false", "default"},
	}
	for k, want := range checks {
		l := row(t, out, k)
		for _, w := range want {
			if !strings.Contains(l, w) {
				t.Errorf("%s: %q lacks %q", k, l, w)
			}
		}
	}
}

func TestSettingsFileFillsInWhatTheFlagsLeaveOut(t *testing.T) {
	p := settingsFile(t, "routine: short\nhold: 45s\nday_starts_at: \"06:00\"\n")
	code, out, errs := run(t, map[string]string{"CRAMP_CONFIG": p}, "stretch")
	if code != ExitOK || !strings.Contains(out, "Short stretch") || !strings.Contains(out, "hold 45 s") {
		t.Errorf("stretch with routine and hold from the file: exit %d\n%s%s", code, out, errs)
	}
	// A flag wins, wherever it is given; --config names the file too.
	code, out, _ = run(t, nil, "stretch", "--config", p, "--hold", "20s", "--routine", "nightly")
	if code != ExitOK || strings.Contains(out, "Short stretch") || !strings.Contains(out, "hold 20 s") {
		t.Errorf("flags over the file: exit %d\n%s", code, out)
	}
	// --rest takes no routine, but one from the file is not a mistake.
	env := map[string]string{"CRAMP_CONFIG": p, "CRAMP_DATA_DIR": t.TempDir()}
	if code, _, errs := run(t, env, "stretch", "--rest"); code != ExitOK {
		t.Errorf("stretch --rest with a routine in the file: exit %d, %s", code, errs)
	}
}

func TestARoutineTheContentLacksIsANoticeNotAnError(t *testing.T) {
	p := settingsFile(t, "routine: gone\n")
	code, out, errs := run(t, map[string]string{"CRAMP_CONFIG": p}, "stretch")
	if code != ExitOK || !strings.Contains(errs, `"gone"`) || out == "" {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestABrokenSettingsFileNeverBlocksRelief(t *testing.T) {
	p := settingsFile(t, "theme: night\nhold: forever\n")
	code, out, errs := run(t, map[string]string{"CRAMP_CONFIG": p}, "now")
	if code != ExitOK || !strings.Contains(out, "Straighten") {
		t.Fatalf("relief did not show: exit %d\n%s", code, out)
	}
	if n := strings.Count(strings.TrimSpace(errs), "\n"); n != 0 || !strings.Contains(errs, p+":2:7") || !strings.Contains(errs, "defaults instead") {
		t.Errorf("want one notice line with file:line:col, got %q", errs)
	}
	// `cramp config` shows the problem in full and says the file is not used.
	code, out, errs = run(t, map[string]string{"CRAMP_CONFIG": p}, "config")
	if code != ExitUsage || !strings.Contains(out, "not used") || !strings.Contains(errs, p+":2:7: hold:") {
		t.Errorf("config on a broken file: exit %d\n%s%s", code, out, errs)
	}
	if l := row(t, out, "theme"); !strings.Contains(l, "default") {
		t.Errorf("a broken file's theme was used: %q", l)
	}
}

func TestConfigInitWritesACommentedFileOnceAndPathSaysWhere(t *testing.T) {
	p := filepath.Join(t.TempDir(), "sub", "config.yaml")
	env := map[string]string{"CRAMP_CONFIG": p}
	if code, out, _ := run(t, env, "config", "path"); code != ExitOK || strings.TrimSpace(out) != p {
		t.Errorf("config path: exit %d, %q", code, out)
	}
	if code, _, errs := run(t, env, "config", "init"); code != ExitOK {
		t.Fatalf("init: exit %d %s", code, errs)
	}
	b, err := os.ReadFile(p)
	if err != nil || string(b) != config.Template {
		t.Fatalf("init wrote %q, %v", b, err)
	}
	os.WriteFile(p, []byte("theme: day\n"), 0o600)
	code, _, errs := run(t, env, "config", "init")
	if code != ExitFailure || !strings.Contains(errs, "already exists") {
		t.Errorf("second init: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(p); string(b) != "theme: day\n" {
		t.Errorf("init overwrote the file: %q", b)
	}
	// An explicit file that is missing is said; the default one is not.
	_, _, errs = run(t, map[string]string{"CRAMP_CONFIG": p + ".none"}, "now")
	if !strings.Contains(errs, "does not exist") {
		t.Errorf("missing --config file not said: %q", errs)
	}
	if _, _, errs = run(t, nil, "now"); errs != "" {
		t.Errorf("no settings file at all should be silent: %q", errs)
	}
}

func TestConfigFlagIsFoundWhereverItIsGiven(t *testing.T) {
	cases := map[string][]string{
		"f1": {"--config", "f1", "now"},
		"f2": {"now", "-config=f2"},
		"f3": {"now", "--config=f3", "--", "--config", "x"},
		"":   {"now", "--", "--config", "x"},
	}
	for want, args := range cases {
		if got := configFlag(args); got != want {
			t.Errorf("%v: %q, want %q", args, got, want)
		}
	}
}

func TestConfigThemesAreTheThemeFlagsValues(t *testing.T) {
	if strings.Join(config.Themes, ",") != strings.Join(words("theme", nil), ",") {
		t.Errorf("settings file themes %v, --theme takes %v", config.Themes, words("theme", nil))
	}
}

func TestVoiceCmdFromTheFileGivesWayToTheEnvironment(t *testing.T) {
	p := settingsFile(t, "voice_cmd: espeak -s 140\n")
	g := globals{}
	g.loadSettings([]string{"--config", p}, func(string) string { return "" })
	if got := g.withVoiceCmd(func(string) string { return "" })("CRAMP_VOICE_CMD"); got != "espeak -s 140" {
		t.Errorf("from the file: %q", got)
	}
	if got := g.withVoiceCmd(func(string) string { return "say" })("CRAMP_VOICE_CMD"); got != "say" {
		t.Errorf("the environment should win: %q", got)
	}
}

// The region (the settings file's, else LANG's country) puts its own
// emergency and urgent-care lines in relief, the ! panel and Learn; an
// unknown or missing one keeps every number.
func TestRegionChangesTheEmergencyLines(t *testing.T) {
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	_, out, _ := run(t, map[string]string{"LANG": "en_GB.UTF-8"}, "now")
	if o := flat(out); !strings.Contains(o, "Call emergency services (999) now") || !strings.Contains(o, "(NHS 111)") {
		t.Errorf("LANG en_GB:\n%s", out)
	}
	p := settingsFile(t, "region: au\n")
	_, out, _ = run(t, map[string]string{"LANG": "en_GB.UTF-8", "CRAMP_CONFIG": p}, "learn", "doctor")
	if o := flat(out); !strings.Contains(o, "(000) now") || strings.Contains(o, "NHS 111") {
		t.Errorf("region au in the file should win over LANG:\n%s", out)
	}
	for _, env := range []map[string]string{nil, {"LANG": "C.UTF-8"}, {"LANG": "xx_ZZ.UTF-8"}} {
		_, out, _ = run(t, env, "now")
		if o := flat(out); !strings.Contains(o, "(999, 911, 112 or 000)") || !strings.Contains(o, "(NHS 111 in the UK)") {
			t.Errorf("%v: the neutral wording is gone:\n%s", env, out)
		}
	}
}

// A settings path from the environment is shown as text, never as a
// terminal command.
func TestASettingsPathWithEscapesIsShownAsText(t *testing.T) {
	p := filepath.Join(t.TempDir(), "evil\x1b]0;owned\a.yaml")
	_, out, _ := run(t, map[string]string{"CRAMP_CONFIG": p}, "config")
	_, _, errs := run(t, map[string]string{"CRAMP_CONFIG": p}, "now")
	if strings.ContainsAny(out+errs, "\x1b\a") {
		t.Errorf("escape sequences reached the terminal: %q %q", out, errs)
	}
}

// A settings file on a stalled disk never holds relief back: after the
// same budget a content folder gets, the defaults, and a notice.
func TestAStalledSettingsFileNeverBlocksRelief(t *testing.T) {
	stall := make(chan struct{})
	defer close(stall)
	old, oldBudget := loadSettingsFile, folderBudget
	loadSettingsFile = func(string) (config.Settings, error) { <-stall; return config.Settings{}, nil }
	folderBudget = 20 * time.Millisecond
	defer func() { loadSettingsFile, folderBudget = old, oldBudget }()
	code, out, errs := run(t, nil, "now")
	if code != ExitOK || !strings.Contains(out, "Straighten") || !strings.Contains(errs, "took too long") {
		t.Errorf("exit %d, stderr %q\n%s", code, errs, out)
	}
}

func TestConfigSaysWhenTheRoutineIsUnknown(t *testing.T) {
	p := settingsFile(t, "routine: gone\n")
	_, out, _ := run(t, map[string]string{"CRAMP_CONFIG": p}, "config")
	if l := row(t, out, "routine"); !strings.Contains(l, "unknown") {
		t.Errorf("%q", l)
	}
	p = settingsFile(t, "routine: short\n")
	_, out, _ = run(t, map[string]string{"CRAMP_CONFIG": p}, "config")
	if l := row(t, out, "routine"); strings.Contains(l, "unknown") {
		t.Errorf("%q", l)
	}
}
