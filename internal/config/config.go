// Package config reads the settings file, config.yaml, so that a person does
// not retype their theme, quiet, voice, routine and the rest every night.
//
// The file is read as strictly as the content files (the same loader:
// unknown keys and wrong types are file:line:col errors), and each value is
// checked for its meaning here. What wins over it (flags, the environment)
// is the command line's business; this package only says what the file
// says, and where.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/adrg/xdg"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/night"
)

// EnvFile names the variable that points at a settings file (--config wins).
const EnvFile = "CRAMP_CONFIG"

// File is the settings file as written. A nil field was not set.
type File struct {
	Theme       *string `yaml:"theme"`
	Quiet       *bool   `yaml:"quiet"`
	Voice       *bool   `yaml:"voice"`
	VoiceCmd    *string `yaml:"voice_cmd"`
	Accessible  *bool   `yaml:"accessible"`
	DayStartsAt *string `yaml:"day_starts_at"`
	Routine     *string `yaml:"routine"`
	Hold        *string `yaml:"hold"`
	Region      *string `yaml:"region"`
	Clock       *string `yaml:"clock"`
	WeekStarts  *string `yaml:"week_starts"`
}

// Settings is a read settings file: the values, checked, and the line each
// came from.
type Settings struct {
	Path string // the file read; "" when there was none
	File
	// DayStart and HoldFor are day_starts_at and hold, parsed.
	DayStart time.Duration
	HoldFor  time.Duration
	lines    map[string]int
}

// Line is the line of the file that sets key (a name from Keys), or 0.
func (s Settings) Line(key string) int { return s.lines[key] }

// Keys are the settings, in the order the file and `cramp config` list them.
var Keys = []string{"theme", "quiet", "voice", "voice_cmd", "accessible", "day_starts_at",
	"routine", "hold", "region", "clock", "week_starts"}

// The values some settings take. Themes must match the --theme values (the
// command line's tests hold them to it).
var (
	Themes     = []string{"auto", "night", "day", "contrast"}
	Clocks     = []string{"24h", "12h"}
	WeekStarts = []string{"mon", "sun"}
)

// The hold a settings file may ask for: what --hold and the content's own
// rule allow.
const (
	MinHold = 10 * time.Second
	MaxHold = 60 * time.Second
)

// Path is the settings file to read: flagPath (--config), else
// CRAMP_CONFIG, else config.yaml in the XDG config folder. explicit is true
// when the person named it, so its absence is worth saying.
func Path(flagPath string, getenv func(string) string) (path string, explicit bool) {
	if flagPath != "" {
		return flagPath, true
	}
	if getenv == nil {
		getenv = os.Getenv
	}
	if p := getenv(EnvFile); p != "" {
		return p, true
	}
	dir := getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		dir = xdg.ConfigHome
	}
	return filepath.Join(dir, "cramp", "config.yaml"), false
}

// maxSize is the largest settings file read: a few lines are expected.
const maxSize = 64 << 10

// ErrNotFound is Load's error for a file that does not exist.
var ErrNotFound = errors.New("no settings file")

// Load reads the settings file at path. A file that does not exist is
// ErrNotFound (wrapped); a file with problems is content.Errors, each with
// its file:line:col, and no settings at all (a half-read file would be
// harder to reason about than the defaults).
func Load(path string) (Settings, error) {
	if fi, err := os.Stat(path); err == nil && fi.Size() > maxSize {
		return Settings{}, content.Errors{{File: path, Msg: fmt.Sprintf("is %d bytes; a settings file is a few lines", fi.Size())}}
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Settings{}, fmt.Errorf("%s: %w", path, ErrNotFound)
	}
	if err != nil {
		return Settings{}, content.Errors{{File: path, Msg: "could not be read: " + errors.Unwrap(err).Error()}}
	}
	return Parse(path, data)
}

// Parse reads a settings file's bytes; name is what errors call it.
func Parse(name string, data []byte) (Settings, error) {
	s := Settings{Path: name, lines: map[string]int{}}
	f, err := parser.ParseBytes(data, 0)
	if err == nil && (len(f.Docs) == 0 || f.Docs[0].Body == nil) {
		return s, nil // empty, or comments only: every setting is the default
	}
	base := filepath.Base(name)
	if errs := content.Decode(oneFile{base, data}, base, &s.File); len(errs) > 0 {
		for i := range errs {
			errs[i].File = name
		}
		return Settings{}, errs
	}
	// Lines of the top-level keys, for `cramp config` and for the checks.
	vals := map[string]ast.Node{}
	if m, ok := f.Docs[0].Body.(*ast.MappingNode); ok {
		for _, kv := range m.Values {
			k := kv.Key.GetToken().Value
			vals[k] = kv.Value
			s.lines[k] = kv.Key.GetToken().Position.Line
		}
	}
	var errs content.Errors
	bad := func(key, msg string) {
		e := content.Error{File: name, Msg: key + ": " + msg}
		if n := vals[key]; n != nil && n.GetToken() != nil && n.GetToken().Position != nil {
			e.Line, e.Column = n.GetToken().Position.Line, n.GetToken().Position.Column
		}
		errs = append(errs, e)
	}
	oneOf := func(key string, v *string, allowed []string) {
		if v == nil {
			return
		}
		*v = strings.ToLower(strings.TrimSpace(*v))
		for _, a := range allowed {
			if *v == a {
				return
			}
		}
		bad(key, fmt.Sprintf("%q is not one of %s", *v, strings.Join(allowed, ", ")))
	}
	oneOf("theme", s.Theme, Themes)
	oneOf("clock", s.Clock, Clocks)
	oneOf("week_starts", s.WeekStarts, WeekStarts)
	if s.VoiceCmd != nil && strings.TrimSpace(*s.VoiceCmd) == "" {
		bad("voice_cmd", "is empty; leave it out to use the speech program the app finds")
	}
	if s.DayStartsAt != nil {
		d, err := night.ParseClock(*s.DayStartsAt)
		if err != nil {
			bad("day_starts_at", err.Error())
		}
		s.DayStart = d
	}
	if s.Routine != nil && !routineID.MatchString(*s.Routine) {
		bad("routine", fmt.Sprintf("%q is not a routine id like nightly, short or seated", *s.Routine))
	}
	if s.Hold != nil {
		d, err := ParseHold(*s.Hold, MinHold, MaxHold)
		if err != nil {
			bad("hold", err.Error())
		}
		s.HoldFor = d
	}
	if s.Region != nil {
		r := strings.ToUpper(strings.TrimSpace(*s.Region))
		if !regionCode.MatchString(r) {
			bad("region", fmt.Sprintf("%q is not a country code like GB, US or AU (or EU)", *s.Region))
		}
		s.Region = &r
	}
	if len(errs) > 0 {
		return Settings{}, errs
	}
	return s, nil
}

var (
	routineID  = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	regionCode = regexp.MustCompile(`^[A-Z]{2}$`)
)

// ParseHold reads a hold: a Go duration ("30s", "1m") or whole seconds
// ("45"), from lo to hi.
func ParseHold(s string, lo, hi time.Duration) (time.Duration, error) {
	bad := fmt.Errorf("%q: want a length like 30s, 45s or 1m (or plain seconds, like 45), from %s to %s", s, shortDur(lo), shortDur(hi))
	s = strings.TrimSpace(s)
	d, err := time.ParseDuration(s)
	if err != nil {
		n, aerr := strconv.Atoi(s)
		if aerr != nil {
			return 0, bad
		}
		d = time.Duration(n) * time.Second
	}
	if d < lo || d > hi {
		return 0, bad
	}
	return d, nil
}

// shortDur writes 10s, 1m or 5m, as a person types them.
func shortDur(d time.Duration) string {
	if d >= time.Minute && d%time.Minute == 0 {
		return fmt.Sprintf("%dm", int(d/time.Minute))
	}
	return fmt.Sprintf("%ds", int(d/time.Second))
}

// Value is key's value as the file set it ("" when it did not).
func (s Settings) Value(key string) (string, bool) {
	str := func(p *string) (string, bool) {
		if p == nil {
			return "", false
		}
		return *p, true
	}
	boolean := func(p *bool) (string, bool) {
		if p == nil {
			return "", false
		}
		return strconv.FormatBool(*p), true
	}
	switch key {
	case "theme":
		return str(s.Theme)
	case "quiet":
		return boolean(s.Quiet)
	case "voice":
		return boolean(s.Voice)
	case "voice_cmd":
		return str(s.VoiceCmd)
	case "accessible":
		return boolean(s.Accessible)
	case "day_starts_at":
		return str(s.DayStartsAt)
	case "routine":
		return str(s.Routine)
	case "hold":
		return str(s.Hold)
	case "region":
		return str(s.Region)
	case "clock":
		return str(s.Clock)
	case "week_starts":
		return str(s.WeekStarts)
	}
	return "", false
}

// oneFile is a file system of one file, for content.Decode.
type oneFile struct {
	name string
	data []byte
}

func (o oneFile) Open(name string) (fs.File, error) {
	if name != o.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return &memFile{o: o, r: strings.NewReader(string(o.data))}, nil
}

type memFile struct {
	o oneFile
	r *strings.Reader
}

func (f *memFile) Stat() (fs.FileInfo, error) { return memInfo{f.o}, nil }
func (f *memFile) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *memFile) Close() error               { return nil }

type memInfo struct{ o oneFile }

func (i memInfo) Name() string       { return i.o.name }
func (i memInfo) Size() int64        { return int64(len(i.o.data)) }
func (i memInfo) Mode() fs.FileMode  { return 0o444 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

// Template is what `cramp config init` writes: every setting, commented out
// at its default, with what it does.
const Template = `# Cramp Coach settings. Uncomment a line to change it.
# A flag on the command line wins over the environment, which wins over
# this file. Run "cramp config" to see every setting and where it came from.

# theme: auto        # auto, night, day or contrast (auto: night from 20:00 to 08:00)
# quiet: false       # true: no terminal bell
# voice: false       # true: speak the routine's milestones
# voice_cmd: espeak -s 140   # the speech command for voice; the text is added last
# accessible: false  # true: relief and the routine play as lines, for screen readers
# day_starts_at: "04:00"     # when a new checklist day begins, HH:MM
# routine: nightly   # the routine cramp stretch plays without --routine
# hold: 30s          # every hold this long, 10s to 60s
# region: GB         # your country, for the emergency and urgent-care numbers
# clock: 24h         # 24h or 12h
# week_starts: mon   # mon or sun
`

// LocaleRegion is the country part of LC_ALL, else LANG ("en_GB.UTF-8" is
// GB), and the variable it came from; "" when neither names one.
func LocaleRegion(getenv func(string) string) (region, from string) {
	if getenv == nil {
		getenv = os.Getenv
	}
	for _, env := range []string{"LC_ALL", "LANG"} {
		v := getenv(env)
		if v == "" {
			continue
		}
		v, _, _ = strings.Cut(v, ".")
		v, _, _ = strings.Cut(v, "@")
		_, country, ok := strings.Cut(v, "_")
		country = strings.ToUpper(country)
		if ok && regionCode.MatchString(country) {
			return country, env
		}
		return "", "" // LC_ALL set wins over LANG even without a country
	}
	return "", ""
}
