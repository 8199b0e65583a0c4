// Package cli turns a command line into a run of the app: it parses flags
// (one FlagSet per subcommand), loads the content and opens the journal, and
// maps every outcome to an exit code. main only calls Run.
//
// It holds no domain rules (those live in history and the other domain
// packages) and reaches the screens only through internal/tui/app.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/clock"
	"github.com/crampcoach/cramp/internal/config"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// Exit codes.
const (
	ExitOK          = 0
	ExitFailure     = 1
	ExitUsage       = 2 // bad usage or invalid content
	ExitInterrupted = 130
)

// IO is what a run reads and writes. Tests pass buffers; main passes the
// process's own streams and environment.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// globals are the flags every command takes.
type globals struct {
	notices []string // things to tell the person once the screen is up
	plain   bool
	noColor bool
	theme   string
	content string
	data    string
	quiet   bool
	voice   bool
	// accessible plays relief and the routine as appended lines (the
	// accessible player); CRAMP_ACCESSIBLE=1 and --plain on a terminal
	// turn it on too. A setting read before the flags may set it: the
	// flag's default is its value.
	accessible bool
	// dayStarts is --day-starts-at as given (HH:MM); empty means
	// CRAMP_DAY_STARTS_AT, else the settings file, else night.DayStart.
	dayStarts string
	// config is --config (read before the flags are parsed: see
	// loadSettings); settings is that file as read, and flagged the
	// global flags given on the command line, for `cramp config`.
	config   string
	settings config.Settings
	flagged  map[string]bool
}

// register adds the global flags to fs. Each flag's default is its current
// value, so flags given before a command ("cramp --data D now") survive the
// command's own parse.
func (g *globals) register(fs *flag.FlagSet) {
	fs.BoolVar(&g.plain, "plain", g.plain, "print line by line, no full-screen view (automatic when output is not a terminal)")
	fs.BoolVar(&g.accessible, "accessible", g.accessible, "relief and the routine play in time as lines, for a screen reader (also CRAMP_ACCESSIBLE=1, or --plain on a terminal)")
	fs.BoolVar(&g.noColor, "no-color", g.noColor, "no colour (also when NO_COLOR is set)")
	fs.Func("theme", "auto, night, day or contrast (auto: night from 20:00 to 08:00, dimmed on a light terminal)", func(v string) error {
		if _, err := app.ResolveTheme(v, time.Time{}); err != nil {
			return errors.New("unknown theme; use auto, night, day or contrast")
		}
		g.theme = v
		return nil
	})
	fs.StringVar(&g.content, "content", g.content, "a folder of content files that replace the built-in ones")
	fs.StringVar(&g.data, "data", g.data, "the folder for your journal (default: CRAMP_DATA_DIR, else the XDG data folder)")
	fs.BoolVar(&g.quiet, "quiet", g.quiet, "no terminal bell")
	fs.BoolVar(&g.voice, "voice", g.voice, "speak the routine's milestones (say on macOS, System.Speech on Windows, spd-say or espeak elsewhere; or CRAMP_VOICE_CMD)")
	fs.StringVar(&g.dayStarts, "day-starts-at", g.dayStarts, "when a new checklist day begins, HH:MM (default 04:00, or CRAMP_DAY_STARTS_AT)")
	fs.StringVar(&g.config, "config", g.config, "the settings file (default: CRAMP_CONFIG, else config.yaml in the XDG config folder)")
}

// dayStart is when a new checklist day begins: --day-starts-at, else
// CRAMP_DAY_STARTS_AT, else the settings file, else night.DayStart.
func (g *globals) dayStart(getenv func(string) string) (time.Duration, error) {
	v, from := g.dayStarts, "--day-starts-at"
	if v == "" {
		v, from = getenv("CRAMP_DAY_STARTS_AT"), "CRAMP_DAY_STARTS_AT"
	}
	if v == "" && g.settings.DayStartsAt != nil {
		return g.settings.DayStart, nil // checked when the file was read
	}
	if v == "" {
		return night.DayStart, nil
	}
	d, err := night.ParseClock(v)
	if err != nil {
		return night.DayStart, fmt.Errorf("%s: %w", from, err)
	}
	return d, nil
}

// Run runs the command line args (without the program name) and returns the
// exit code.
func Run(args []string, io IO) int {
	g := globals{theme: app.ThemeAuto}
	// The settings file fills in the globals before any flag is parsed, so
	// a flag, wherever it is given, wins over it.
	g.loadSettings(args, io.Getenv)
	root := newFlagSet("cramp", io.Stderr, "")
	g.register(root)
	version := root.Bool("version", false, "print the version")
	// Flags before the command belong to the root; the command parses the rest.
	if len(args) > 0 && wantsHelp(args[:1]) {
		fmt.Fprint(io.Stdout, topUsage())
		return ExitOK
	}
	if err := root.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitOK
		}
		return ExitUsage
	}
	root.Visit(func(f *flag.Flag) { g.flagged[f.Name] = true })
	if *version {
		return runVersion(&g, nil, io)
	}
	rest := root.Args()
	if len(rest) == 0 {
		return runApp(&g, app.Options{Start: app.Home}, io)
	}
	c, ok := lookup(rest[0])
	if !ok {
		fmt.Fprintf(io.Stderr, "cramp: unknown command %q; the commands are: %s\nRun \"cramp help\" for usage.\n",
			rest[0], strings.Join(words("command", nil), ", "))
		return ExitUsage
	}
	return c.run(&g, rest[1:], io)
}

func runNow(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp now", io.Stderr, "Usage: cramp now [--site calf|foot|thigh] [--side left|right] [flags]\n\nStraight into relief: the first stretch and its timer at once.\n\nFlags:\n")
	g.register(fs)
	launch := app.Options{Start: app.Now}
	opts := &launch.Now
	fs.StringVar(&opts.Site, "site", "", "where it cramps: calf, foot or thigh (optional)")
	fs.StringVar(&opts.Side, "side", "", "which leg: left or right (optional)")
	if code, done := parseNoArgs(fs, args, io); done {
		return code
	}
	// Site and side only refine the text. A value we don't know never keeps
	// relief from showing: it is dropped and the notice says so.
	var notes []string
	opts.Site, notes = refinement("--site", opts.Site, journal.Sites, notes)
	opts.Side, notes = refinement("--side", opts.Side, journal.Sides, notes)
	g.notices = append(g.notices, notes...)
	return runApp(g, launch, io)
}

func runLearn(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp learn", io.Stderr, "Usage: cramp learn [TOPIC] [flags]\n\nCauses, when to see a doctor, cramp vs clot vs restless legs, the evidence,\nspecial situations, sources. Without TOPIC, the list of topics.\n\nFlags:\n")
	g.register(fs)
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	if len(pos) > 1 {
		return usageError(io, fs, "learn takes at most one topic")
	}
	return runApp(g, app.Options{Start: app.Learn, Topic: strings.Join(pos, "")}, io)
}

// runApp starts a screen: full-screen on a terminal, plain text otherwise.
func runApp(g *globals, launch app.Options, io IO) int {
	// The built-in content is whole from the start (content.Builtin). A
	// person's folder is parsed: relief and home never wait for its files
	// only other screens need; those load after the first frame. Other
	// screens and plain output load everything first.
	deferRest := g.content != "" && (!g.plainOutput(io) || g.linePlayer(io, launch.Start)) && (launch.Start == app.Home || launch.Start == app.Now)
	set, notice, err := loadContent(g.content, deferRest)
	if err != nil {
		// Only the built-in content failing can get here; that is a bug in
		// the build, not something the person can fix.
		fmt.Fprintf(io.Stderr, "cramp: the built-in content is invalid:\n%v\n", err)
		return ExitFailure
	}
	if notice != "" {
		deferRest = false // the folder was not used: the built-in set came whole
	}
	if g.content != "" && notice == slowFolder(g.content) {
		g.content = "" // the regions come from the built-in content too
	}
	return showApp(g, launch, set, notice, deferRest, io)
}

// showApp is runApp once the content is loaded (by runApp, or by a command
// that had to look into it first). With deferRest, set holds only what
// relief needs and the rest loads after the first frame.
func showApp(g *globals, launch app.Options, set *content.Set, notice string, deferRest bool, io IO) int {
	themeName, err := app.ResolveTheme(g.theme, clock.Real{}.Now())
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp: --theme: %v\n", err)
		return ExitUsage
	}
	notice = strings.TrimSpace(strings.Join(append(g.notices, notice), " "))
	g.localize(set, io.Getenv)
	if launch.Topic != "" {
		if _, ok := set.Learn.Topic(launch.Topic); !ok {
			fmt.Fprintf(io.Stderr, "cramp learn: unknown topic %q; the topics are: %s\n", launch.Topic, strings.Join(app.TopicIDs(set), ", "))
			return ExitUsage
		}
	}
	launch.Lines = g.linePlayer(io, launch.Start)
	if g.plainOutput(io) && !launch.Lines {
		if notice != "" {
			fmt.Fprintln(io.Stderr, "cramp:", notice)
		}
		return printPlain(launch, set, io.Stdout)
	}
	s := g.session(themeName, set, notice, io.Getenv)
	var later func() (*content.Set, string)
	if deferRest {
		later = func() (*content.Set, string) {
			rest, notice := loadRest(g.content, set)
			g.localize(rest, io.Getenv) // set was; the rest's copy of it is again
			return rest, notice
		}
	}
	useStallWaits(io.Getenv)
	return runProgram(s, launch, later, g.noColor || io.Getenv("NO_COLOR") != "" || io.Getenv("CLICOLOR") == "0", io)
}

// plainOutput reports whether output is text only: --plain,
// --accessible, not a terminal, or TERM=dumb. The accessible player
// (linePlayer) is the exception for relief and the routine.
func (g *globals) plainOutput(io IO) bool {
	return g.plain || g.accessibleOn(io) || !isTerminal(io.Stdout) || io.Getenv("TERM") == "dumb"
}

// accessibleOn reports whether the accessible player is asked for:
// --accessible, CRAMP_ACCESSIBLE=1, or --plain on a terminal.
func (g *globals) accessibleOn(io IO) bool {
	return g.accessible || io.Getenv("CRAMP_ACCESSIBLE") == "1" || (g.plain && isTerminal(io.Stdout))
}

// linePlayer reports whether start plays as lines in time: the accessible
// player is asked for, start is relief or the routine, and the output is a
// terminal that is not dumb (a pipe gets the one-shot printout).
func (g *globals) linePlayer(io IO, start app.ScreenID) bool {
	return (start == app.Now || start == app.Stretch) && g.accessibleOn(io) &&
		isTerminal(io.Stdout) && io.Getenv("TERM") != "dumb"
}

// session is what the app's session is made of, from the flags.
func (g *globals) session(themeName string, set *content.Set, notice string, getenv func(string) string) app.SessionOptions {
	// A bad day start never keeps relief from showing: the commands that
	// count days check it first and stop with a usage error; here the
	// default is used.
	dayStart, _ := g.dayStart(getenv)
	return app.SessionOptions{
		Content:  set,
		Journal:  journal.Open(journal.Dir(g.data, getenv)),
		Theme:    themeName,
		Notice:   notice,
		DayStart: dayStart,
		Cues:     cue.Find(g.quiet, g.voice, g.withVoiceCmd(getenv), nil),
	}
}

// loadContent gives the built-in content (content.Builtin: made at build
// time, nothing parsed), or dir's files layered over the built-in files
// when dir is given. A broken folder never stops the app: the built-in
// content is used and the notice says why.
//
// With core, only what relief needs is read from dir (see content.LoadCore)
// and loadRest adds the rest after the first frame. The built-in content
// always comes whole.
func loadContent(dir string, core bool) (set *content.Set, notice string, err error) {
	if dir != "" {
		// A folder on a stalled disk or share must not hold relief back:
		// after folderBudget the built-in content is used; the read goes
		// on in the background and is dropped.
		type result struct {
			set *content.Set
			err error
		}
		done := make(chan result, 1)
		folder := openFolder(dir)
		go func() {
			fsys := content.Layer(embedded.FS, folder)
			set, err := content.LoadCore(fsys)
			if err == nil && !core {
				set, err = content.LoadRest(fsys, set)
			}
			done <- result{set, err}
		}()
		timer := time.NewTimer(folderBudget)
		defer timer.Stop()
		select {
		case r := <-done:
			if r.err == nil {
				return r.set, "", nil
			}
			notice = brokenFolder(dir, r.err)
		case <-timer.C:
			notice = slowFolder(dir)
		}
	}
	set, err = content.Builtin()
	return set, notice, err
}

// folderBudget is how long relief waits for a person's content folder
// before it shows the built-in content instead. Loading a good folder takes
// a few milliseconds; the budget only matters for a stalled disk.
var folderBudget = 300 * time.Millisecond

// openFolder is content.Dir; tests replace it with a folder that stalls.
var openFolder = content.Dir

func slowFolder(dir string) string {
	return fmt.Sprintf("Your content folder %s took too long to read; using the built-in content. Run: cramp content validate %s", dir, dir)
}

// loadRest completes a set from loadContent(dir, true), dir's core: from
// dir when its files are good, else the built-in files with a notice (read
// against the folder's sources, which the rest must cite).
func loadRest(dir string, core *content.Set) (*content.Set, string) {
	var notice string
	if dir != "" {
		set, err := content.LoadRest(content.Layer(embedded.FS, openFolder(dir)), core)
		if err == nil {
			return set, ""
		}
		notice = brokenFolder(dir, err)
	}
	set, err := content.LoadRest(embedded.FS, core)
	if err != nil {
		// Only a bug in the build gets here; the tests load the built-in set.
		return nil, "Some content could not be loaded: " + summarize(err)
	}
	return set, notice
}

func brokenFolder(dir string, err error) string {
	return fmt.Sprintf("Your content folder %s has problems (%s); using the built-in content. Run: cramp content validate %s",
		dir, summarize(err), dir)
}

// summarize says how many problems a content error holds, and the first.
func summarize(err error) string {
	var errs content.Errors
	if errors.As(err, &errs) && len(errs) > 0 {
		if len(errs) == 1 {
			return errs[0].Error()
		}
		return fmt.Sprintf("%d problems, first: %s", len(errs), errs[0].Error())
	}
	return err.Error()
}

func runContent(g *globals, args []string, io IO) int {
	if len(args) == 0 || (args[0] != "validate" && args[0] != "export") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprint(io.Stdout, contentUsage())
			return ExitOK
		}
		fmt.Fprint(io.Stderr, "cramp content: say validate or export\n\n"+contentUsage())
		return ExitUsage
	}
	switch args[0] {
	case "validate":
		fs := newFlagSet("cramp content validate", io.Stderr, "Usage: cramp content validate [DIR]\n\nChecks the built-in content, or DIR layered over it. Exit 0 valid, 2 invalid.\n")
		g.register(fs)
		pos, code, done := parse(fs, args[1:], io.Stdout)
		if done {
			return code
		}
		if len(pos) > 1 {
			return usageError(io, fs, "validate takes at most one folder")
		}
		return validate(strings.Join(pos, ""), io)
	default:
		fs := newFlagSet("cramp content export", io.Stderr, "Usage: cramp content export DIR [--force]\n\nWrites the built-in content files to DIR to start a custom set.\n\nFlags:\n")
		g.register(fs)
		force := fs.Bool("force", false, "overwrite files that already exist")
		pos, code, done := parse(fs, args[1:], io.Stdout)
		if done {
			return code
		}
		if len(pos) != 1 {
			return usageError(io, fs, "export takes exactly one folder")
		}
		dir := pos[0]
		if err := content.Export(embedded.FS, dir, *force); err != nil {
			fmt.Fprintf(io.Stderr, "cramp content export: %v\n", err)
			return ExitFailure
		}
		fmt.Fprintf(io.Stdout, "Wrote the built-in content to %s. Edit it, then run: cramp content validate %s\n", dir, dir)
		return ExitOK
	}
}

func validate(dir string, io IO) int {
	var fsys fs.FS = embedded.FS
	what := "the built-in content"
	if dir != "" {
		what = dir
		if err := content.CheckDir(dir); err != nil {
			fmt.Fprintf(io.Stderr, "cramp content validate: %v\n", err)
			return ExitUsage
		}
		fsys = content.Layer(embedded.FS, content.Dir(dir))
	}
	set, err := content.Load(fsys)
	if err == nil {
		_, err = content.LoadRegions(fsys, set)
	}
	if err != nil {
		var errs content.Errors
		if errors.As(err, &errs) {
			for _, e := range errs {
				fmt.Fprintln(io.Stderr, e.Error())
			}
			fmt.Fprintf(io.Stderr, "%s: %s\n", what, history.Count(len(errs), "problem"))
		} else {
			fmt.Fprintln(io.Stderr, err)
		}
		return ExitUsage
	}
	fmt.Fprintf(io.Stdout, "%s: valid\n", what)
	return ExitOK
}

// newFlagSet makes a command's flag set. After a bad flag, stderr gets the
// error and a one-line pointer to --help; the full usage goes to stdout when
// asked for with --help (so it pipes to less).
func newFlagSet(name string, stderr io.Writer, head string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		if fs.Output() == stderr {
			// After a mistake: one line, so the error itself stays in view.
			fmt.Fprintf(stderr, "Run \"%s --help\" for usage.\n", name)
			return
		}
		writeHelp(fs.Output(), head, fs)
	}
	return fs
}

// wantsHelp reports whether args ask for help before any "--".
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// parseNoArgs is parse for a command that takes flags only: an argument is
// a usage error.
func parseNoArgs(fs *flag.FlagSet, args []string, io IO) (code int, done bool) {
	pos, code, done := parse(fs, args, io.Stdout)
	if !done && len(pos) > 0 {
		return usageError(io, fs, "unexpected argument %q", pos[0]), true
	}
	return code, done
}

// parse parses args, allowing flags before, between and after the
// positional arguments ("export DIR --force"), and returns the positional
// ones. done is true when the run should stop with code (help asked for, or
// a bad flag). Everything after "--" is positional.
func parse(fs *flag.FlagSet, args []string, stdout io.Writer) (pos []string, code int, done bool) {
	if wantsHelp(args) {
		fs.SetOutput(stdout)
		fs.Usage()
		return nil, ExitOK, true
	}
	for {
		err := fs.Parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			return nil, ExitOK, true
		case err != nil:
			return nil, ExitUsage, true // flag has already printed the error and usage
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, 0, false
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(pos, rest...), 0, false
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

func usageError(io IO, fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(io.Stderr, "%s: %s\n", fs.Name(), fmt.Sprintf(format, a...))
	fs.Usage()
	return ExitUsage
}

// refinement checks an optional --site or --side value, case-insensitively.
// An unknown value becomes "" with a note.
func refinement(flagName, value string, valid []string, notes []string) (string, []string) {
	v := strings.ToLower(strings.TrimSpace(value))
	if v == "" || slices.Contains(valid, v) {
		return v, notes
	}
	return "", append(notes, fmt.Sprintf("%s %q is not one of %s; showing the general stretch.", flagName, value, strings.Join(valid, ", ")))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
