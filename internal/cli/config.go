package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/config"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/sanitize"
)

// loadSettings reads the settings file (--config, else CRAMP_CONFIG, else
// the XDG one) into g before the flags are parsed: the flags' defaults are
// g's values, so any flag given wins. A broken file never blocks relief:
// nothing of it is used, and one notice says so.
func (g *globals) loadSettings(args []string, getenv func(string) string) {
	g.flagged = map[string]bool{}
	path, explicit := config.Path(configFlag(args), getenv)
	s, ok, err := readSettings(path)
	if !ok {
		g.notices = append(g.notices, fmt.Sprintf("The settings file %s took too long to read; using the defaults.", sanitize.Text(path)))
		return
	}
	switch {
	case errors.Is(err, config.ErrNotFound):
		if explicit {
			g.notices = append(g.notices, fmt.Sprintf("The settings file %s does not exist; using the defaults. Run: cramp config init", sanitize.Text(path)))
		}
		g.settings = config.Settings{}
		return
	case err != nil:
		// summarize names the file, line and column.
		g.notices = append(g.notices, fmt.Sprintf("Settings not used, defaults instead: %s. Run: cramp config", summarize(err)))
		return
	}
	g.settings = s
	if s.Theme != nil {
		g.theme = *s.Theme
	}
	if s.Quiet != nil {
		g.quiet = *s.Quiet
	}
	if s.Voice != nil {
		g.voice = *s.Voice
	}
	if s.Accessible != nil {
		g.accessible = *s.Accessible
	}
}

// readSettings is config.Load(path) within folderBudget: a settings file on
// a stalled disk or share must not hold relief back (as a content folder
// must not). ok is false when the budget ran out; the read goes on in the
// background and is dropped.
func readSettings(path string) (s config.Settings, ok bool, err error) {
	type result struct {
		s   config.Settings
		err error
	}
	done := make(chan result, 1)
	load, budget := loadSettingsFile, folderBudget
	go func() {
		s, err := load(path)
		done <- result{s, err}
	}()
	timer := time.NewTimer(budget)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.s, true, r.err
	case <-timer.C:
		return config.Settings{}, false, nil
	}
}

// loadSettingsFile is config.Load; tests replace it with a read that stalls.
var loadSettingsFile = config.Load

// configFlag finds --config among args as the flag package would read it
// (-config F, --config=F), before "--". It is read first because the file
// it names fills in every other flag's default.
func configFlag(args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "config" {
			continue
		}
		if hasVal {
			return val
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// withVoiceCmd is getenv with the settings file's voice_cmd as
// CRAMP_VOICE_CMD when the environment has none.
func (g *globals) withVoiceCmd(getenv func(string) string) func(string) string {
	return func(k string) string {
		v := ""
		if getenv != nil {
			v = getenv(k)
		}
		if v == "" && k == cue.EnvCommand && g.settings.VoiceCmd != nil {
			return *g.settings.VoiceCmd
		}
		return v
	}
}

const configUsage = `Usage: cramp config [path | init] [flags]

Your settings: theme, quiet, voice and the rest, kept in a file so you do
not retype them. Without a word, every setting, its value and where it came
from (a flag, the environment, the file, or the built-in default).

  cramp config path   the settings file's path
  cramp config init   write a commented settings file (never over one)

The file is --config, else CRAMP_CONFIG, else config.yaml in the XDG config
folder. A flag wins over the environment, which wins over the file.

Flags:
`

var configWordUsage = map[string]string{
	"path": "Usage: cramp config path [--config FILE]\n\nPrints the settings file's path: --config, else CRAMP_CONFIG, else\nconfig.yaml in the XDG config folder. The file need not exist.\n\nFlags:\n",
	"init": "Usage: cramp config init [--config FILE]\n\nWrites a settings file with every setting commented out at its default.\nAn existing file is never overwritten.\n\nFlags:\n",
}

// runConfig is `cramp config`, `cramp config path` and `cramp config init`.
func runConfig(g *globals, args []string, io IO) int {
	name, head, word := "cramp config", configUsage, ""
	if len(args) > 0 && (args[0] == "path" || args[0] == "init") {
		word, args = args[0], args[1:]
		name, head = "cramp config "+word, configWordUsage[word]
	}
	fs := newFlagSet(name, io.Stderr, head)
	g.register(fs)
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	if g.flagged == nil {
		g.flagged = map[string]bool{}
	}
	fs.Visit(func(f *flag.Flag) { g.flagged[f.Name] = true })
	if word == "" && len(pos) > 0 {
		word, pos = pos[0], pos[1:]
	}
	if len(pos) > 0 {
		return usageError(io, fs, "unexpected argument %q", pos[0])
	}
	path, _ := config.Path(g.config, io.Getenv)
	switch word {
	case "":
		return showSettings(g, path, io)
	case "path":
		fmt.Fprintln(io.Stdout, path)
		return ExitOK
	case "init":
		return initSettings(path, io)
	default:
		return usageError(io, fs, "unknown word %q; say path or init", word)
	}
}

func initSettings(path string, io IO) int {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		fmt.Fprintf(io.Stderr, "cramp config init: %v\n", err)
		return ExitFailure
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, os.ErrExist) {
		fmt.Fprintf(io.Stderr, "cramp config init: %s already exists; it was left as it is. Edit it, or move it away first.\n", sanitize.Text(path))
		return ExitFailure
	}
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp config init: %v\n", err)
		return ExitFailure
	}
	_, werr := f.WriteString(config.Template)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		fmt.Fprintf(io.Stderr, "cramp config init: %v\n", werr)
		return ExitFailure
	}
	fmt.Fprintf(io.Stdout, "Wrote %s. Uncomment a line to change a setting; run \"cramp config\" to check it.\n", sanitize.Text(path))
	return ExitOK
}

// setting is one line of `cramp config`.
type setting struct{ key, value, from string }

// showSettings prints every setting, its value and where it came from, and
// the file's problems in full when it has any (exit 2).
func showSettings(g *globals, path string, io IO) int {
	_, err := config.Load(path)
	code := ExitOK
	shown := sanitize.Text(path) // a path from the environment is text, never a command
	var b strings.Builder
	switch {
	case errors.Is(err, config.ErrNotFound):
		fmt.Fprintf(&b, "Settings file: %s (none; \"cramp config init\" writes one)\n\n", shown)
	case err != nil:
		fmt.Fprintf(&b, "Settings file: %s (not used: it has problems, below)\n\n", shown)
		code = ExitUsage
	default:
		fmt.Fprintf(&b, "Settings file: %s\n\n", shown)
	}
	rows := g.settingRows(shown, io.Getenv)
	width := 0
	vwidth := 0
	for _, r := range rows {
		width = max(width, len(r.key))
		vwidth = max(vwidth, len(r.value))
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s  %-*s  %s\n", width, r.key, vwidth, r.value, r.from)
	}
	fmt.Fprint(io.Stdout, b.String())
	if code != ExitOK {
		fmt.Fprintln(io.Stderr, err)
	}
	return code
}

// settingRows resolves each setting as the app would: flag, environment,
// file, built-in.
func (g *globals) settingRows(path string, getenv func(string) string) []setting {
	s := g.settings
	file := func(key string) string { return fmt.Sprintf("%s:%d", path, s.Line(key)) }
	pick := func(key, flagName, env, builtin string) setting {
		if flagName != "" && g.flagged[flagName] {
			return setting{key, flagValue(g, flagName), "flag --" + flagName}
		}
		if env != "" && getenv(env) != "" {
			return setting{key, getenv(env), "environment " + env}
		}
		if v, ok := s.Value(key); ok {
			return setting{key, v, file(key)}
		}
		return setting{key, builtin, "default"}
	}
	rows := []setting{
		pick("theme", "theme", "", "auto"),
		pick("quiet", "quiet", "", "false"),
		pick("voice", "voice", "", "false"),
		pick("voice_cmd", "", cue.EnvCommand, "(the first speech program found)"),
		pick("accessible", "accessible", "CRAMP_ACCESSIBLE", "false"),
		pick("day_starts_at", "day-starts-at", "CRAMP_DAY_STARTS_AT", clockText(night.DayStart)),
		g.routineRow(pick("routine", "", "", "(the content's default)")),
		pick("hold", "", "", "(each stretch's own)"),
		g.regionRow(getenv, file),
		pick("clock", "", "", "24h"),
		pick("week_starts", "", "", "mon"),
	}
	return rows
}

// routineRow says when the file's routine is not one the content has
// (cramp stretch then opens the list).
func (g *globals) routineRow(row setting) setting {
	if row.from == "default" {
		return row
	}
	if set, _, err := loadContent(g.content, false); err == nil {
		if _, ok := set.Routines.Routine(row.value); !ok {
			row.value += " (unknown: the list opens)"
		}
	}
	return row
}

// regionRow is region: the file, else the country of LC_ALL or LANG.
func (g *globals) regionRow(getenv func(string) string, file func(string) string) setting {
	row := setting{"region", "", "default"}
	if v, ok := g.settings.Value("region"); ok {
		row.value, row.from = v, file("region")
	} else if r, env := config.LocaleRegion(getenv); r != "" {
		row.value, row.from = r, "environment "+env
	} else {
		return setting{"region", "(none: every emergency number)", "default"}
	}
	// Say what it selects, so a mistyped or unknown country shows.
	if set, _, err := loadContent(g.content, true); err == nil {
		if reg, ok := g.regions(set).Find(row.value); ok {
			row.value += fmt.Sprintf(" (%s: %s)", reg.Name, reg.Emergency)
		} else {
			row.value += " (unknown: every emergency number)"
		}
	}
	return row
}

func flagValue(g *globals, name string) string {
	switch name {
	case "theme":
		return g.theme
	case "quiet":
		return strconv.FormatBool(g.quiet)
	case "voice":
		return strconv.FormatBool(g.voice)
	case "accessible":
		return strconv.FormatBool(g.accessible)
	case "day-starts-at":
		return g.dayStarts
	}
	return ""
}

func clockText(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// localize puts the region's emergency and urgent-care lines into set's
// red-flag and relief texts: the settings file's region, else the country
// of LC_ALL or LANG. An unknown region, or none, keeps the neutral wording
// that names every number. A broken regions.yaml in a content folder falls
// back to the built-in one.
func (g *globals) localize(set *content.Set, getenv func(string) string) {
	if set == nil {
		return
	}
	code := ""
	if g.settings.Region != nil {
		code = *g.settings.Region
	} else if getenv != nil {
		code, _ = config.LocaleRegion(getenv)
	}
	if code == "" {
		return
	}
	regions := g.regions(set)
	if reg, ok := regions.Find(code); ok {
		regions.Localize(set, reg)
	}
}

// regions is regions.yaml from the content folder, else the built-in one
// (nil only for a bug in the build; the tests load the built-in file).
// Without a folder, set is the built-in set and the built-in regions were
// checked against it when they were generated.
func (g *globals) regions(set *content.Set) *content.Regions {
	if g.content == "" {
		r, _ := content.BuiltinRegions()
		return r
	}
	if r, err := content.LoadRegions(content.Layer(embedded.FS, openFolder(g.content)), set); err == nil {
		return r
	}
	r, _ := content.LoadRegions(embedded.FS, set) // checked against the folder's sources
	return r
}
