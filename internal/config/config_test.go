package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAFullFileIsReadWithTheLineOfEachSetting(t *testing.T) {
	src := "theme: night\nquiet: true\nvoice: true\nvoice_cmd: espeak -s 140\naccessible: true\n" +
		"day_starts_at: \"05:30\"\nroutine: short\nhold: 45s\nregion: gb\nclock: 12h\nweek_starts: sun\n"
	s, err := Parse("c.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if *s.Theme != "night" || !*s.Quiet || !*s.Voice || *s.VoiceCmd != "espeak -s 140" || !*s.Accessible ||
		s.DayStart != 5*time.Hour+30*time.Minute || *s.Routine != "short" || s.HoldFor != 45*time.Second ||
		*s.Region != "GB" || *s.Clock != "12h" || *s.WeekStarts != "sun" {
		t.Errorf("read %+v", s.File)
	}
	if s.Line("hold") != 8 || s.Line("theme") != 1 || s.Line("week_starts") != 11 {
		t.Errorf("lines: hold %d theme %d week_starts %d", s.Line("hold"), s.Line("theme"), s.Line("week_starts"))
	}
	for _, k := range Keys {
		if _, ok := s.Value(k); !ok {
			t.Errorf("%s not reported as set", k)
		}
	}
}

func TestTheTemplateIsAValidFileOfDefaults(t *testing.T) {
	s, err := Parse("t.yaml", []byte(Template))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range Keys {
		if v, ok := s.Value(k); ok {
			t.Errorf("the template sets %s to %q; it should only show it", k, v)
		}
		if !strings.Contains(Template, "# "+k+":") {
			t.Errorf("the template does not mention %s", k)
		}
	}
	// Uncommented, every line is valid too.
	var b strings.Builder
	for _, l := range strings.Split(Template, "\n") {
		for _, k := range Keys {
			if strings.HasPrefix(l, "# "+k+":") {
				b.WriteString(strings.TrimPrefix(l, "# ") + "\n")
			}
		}
	}
	if _, err := Parse("t.yaml", []byte(b.String())); err != nil {
		t.Errorf("the template's values, uncommented, are invalid: %v\n%s", err, b.String())
	}
}

func TestMistakesAreFileLineColumnErrors(t *testing.T) {
	cases := map[string]struct{ src, want string }{
		"unknown key":  {"theme: day\ncolour: blue\n", "c.yaml:2:1: "},
		"wrong type":   {"quiet: yes please\n", "c.yaml:1:8: "},
		"bad theme":    {"theme: neon\n", "c.yaml:1:8: theme: \"neon\" is not one of auto, night, day"},
		"bad clock":    {"\nclock: 13h\n", "c.yaml:2:8: clock:"},
		"bad week":     {"week_starts: wed\n", "c.yaml:1:14: week_starts:"},
		"bad day":      {"day_starts_at: \"25:00\"\n", "c.yaml:1:16: day_starts_at:"},
		"bad hold":     {"hold: 5m\n", "c.yaml:1:7: hold:"},
		"bad region":   {"region: Britain\n", "c.yaml:1:9: region:"},
		"bad routine":  {"routine: \"../x\"\n", "c.yaml:1:10: routine:"},
		"empty voice":  {"voice_cmd: \"\"\n", "c.yaml:1:12: voice_cmd:"},
		"syntax":       {"theme: [night\n", "c.yaml:1:"},
		"list for str": {"theme:\n  - night\n", "c.yaml:2:"},
	}
	for name, c := range cases {
		_, err := Parse("c.yaml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v; want it to contain %q", name, err, c.want)
		}
	}
}

func TestAnEmptyOrCommentOnlyFileIsAllDefaults(t *testing.T) {
	for _, src := range []string{"", "\n\n", "# nothing yet\n"} {
		s, err := Parse("c.yaml", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
		}
		if _, ok := s.Value("theme"); ok {
			t.Errorf("%q set a theme", src)
		}
	}
}

func TestPathPrecedenceFlagThenEnvThenXDG(t *testing.T) {
	env := map[string]string{"CRAMP_CONFIG": "/env/c.yaml", "XDG_CONFIG_HOME": "/xdg"}
	get := func(k string) string { return env[k] }
	if p, ex := Path("/flag.yaml", get); p != "/flag.yaml" || !ex {
		t.Errorf("flag: %s %v", p, ex)
	}
	if p, ex := Path("", get); p != "/env/c.yaml" || !ex {
		t.Errorf("env: %s %v", p, ex)
	}
	delete(env, "CRAMP_CONFIG")
	if p, ex := Path("", get); p != filepath.Join("/xdg", "cramp", "config.yaml") || ex {
		t.Errorf("xdg: %s %v", p, ex)
	}
}

func TestLoadSaysWhenThereIsNoFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yaml"))
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("missing file: %v", err)
	}
	big := filepath.Join(t.TempDir(), "big.yaml")
	os.WriteFile(big, []byte(strings.Repeat("# x\n", 40000)), 0o600)
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "a few lines") {
		t.Errorf("huge file: %v", err)
	}
}
