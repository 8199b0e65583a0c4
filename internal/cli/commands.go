package cli

import (
	"flag"
	"io"
	"regexp"
	"strings"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/report"
	"github.com/crampcoach/cramp/internal/tui/app"
)

// command is one entry of the command table, the one source that dispatch,
// help, completions and the man page all read. A command's flags are not
// listed here: they are read from the FlagSet its run function builds (see
// describe), so a flag is declared once, where it is parsed.
//
// Adding a command is one entry here and its run function.
type command struct {
	name    string // as typed: "now", or "content export" for a subcommand
	summary string // one line, for the command list and the man page
	run     func(g *globals, args []string, io IO) int
	// globals are the global flags that matter to this command, in the
	// order its help lists them. Every command accepts all of them.
	globals []string
	// args is what its positional arguments complete to: one of the value
	// kinds (see words), or "" for nothing.
	args string
	sub  []command // a group's commands ("content validate", "content export")
}

// The global flags, grouped by what they matter to.
var (
	screenGlobals = []string{"plain", "no-color", "theme", "content", "data", "config"}
	allGlobals    = []string{"plain", "no-color", "theme", "content", "data", "quiet", "voice", "day-starts-at", "accessible", "config"}
)

// commands is the command table, in the order help lists it. It is a
// function, not a variable, because help and completion refer back to it.
func commands() []command {
	return []command{
		{name: "now", summary: "straight into relief: the first stretch and its timer at once", run: runNow,
			globals: append(screenGlobals, "accessible", "quiet", "voice")},
		{name: "stretch", summary: "the bedtime stretch routine (--rest: tonight is a rest night)", run: runStretch,
			globals: allGlobals},
		{name: "check", summary: "today's checklist of habits that may help; tick an item from the command line", run: runCheck,
			globals: append(screenGlobals, "day-starts-at"), args: "item"},
		{name: "journal", summary: "your nights, episodes and patterns", run: runJournal,
			globals: append(screenGlobals, "day-starts-at")},
		{name: "log", summary: "add a cramp you had earlier", run: runLog,
			globals: []string{"data"}},
		{name: "report", summary: "a report for your doctor, to stdout", run: runReport,
			globals: []string{"data", "content"}},
		{name: "import", summary: "add the records of an export (report --format json) that are new to this journal", run: runImport,
			globals: []string{"data"}},
		{name: "remind", summary: "a bedtime reminder: a calendar file or a desktop notification", run: runRemind,
			globals: []string{"content"}},
		{name: "learn", summary: "causes, when to see a doctor, cramp vs clot vs restless legs", run: runLearn,
			globals: []string{"plain", "no-color", "theme", "content"}, args: "topic"},
		{name: "content", summary: "check or export the content files", run: runContent, sub: []command{
			{name: "content validate", summary: "check the built-in content, or DIR layered over it", args: "dir",
				run: func(g *globals, args []string, io IO) int {
					return runContent(g, append([]string{"validate"}, args...), io)
				}},
			{name: "content export", summary: "write the built-in content to DIR, to customise", args: "dir",
				run: func(g *globals, args []string, io IO) int {
					return runContent(g, append([]string{"export"}, args...), io)
				}},
		}},
		{name: "config", summary: "your settings and where each came from; config path: the file; config init: write one", run: runConfig,
			globals: allGlobals, args: "config"},
		{name: "version", summary: "the version, revision and build of this binary", run: runVersion},
		{name: "help", summary: "help for cramp or one command", run: runHelp, args: "command"},
		{name: "completion", summary: "a completion script for bash, zsh or fish", run: runCompletion, args: "shell",
			globals: []string{"content"}},
		{name: "man", summary: "the manual page, cramp(1), in roff", run: runMan},
	}
}

// lookup finds a command by its words: "now", or "content", "export".
func lookup(words ...string) (command, bool) {
	list := commands()
	var found command
	for i := range words {
		ok := false
		for _, c := range list {
			if c.name == strings.Join(words[:i+1], " ") {
				found, list, ok = c, c.sub, true
				break
			}
		}
		if !ok {
			return command{}, false
		}
	}
	return found, len(words) > 0
}

// allCommands is every command with its subcommands after it, flattened.
func allCommands() []command {
	var all []command
	for _, c := range commands() {
		all = append(all, c)
		all = append(all, c.sub...)
	}
	return all
}

// Environment variables, for help and the man page.
var environment = []struct{ name, what string }{
	{"CRAMP_CONFIG", "the settings file (--config wins)"},
	{"CRAMP_DATA_DIR", "the folder for your journal (--data wins)"},
	{"CRAMP_DAY_STARTS_AT", "when a new checklist day begins, HH:MM (--day-starts-at wins)"},
	{"CRAMP_ACCESSIBLE", "set to 1: relief and the routine play in time as lines (as --accessible)"},
	{"CRAMP_VOICE_CMD", "the speech command for --voice, e.g. \"espeak -s 140\"; the text is added last"},
	{"NO_COLOR", "set to anything: no colour (as --no-color)"},
	{"CLICOLOR", "set to 0: no colour (as --no-color)"},
	{"TERM", "dumb: plain text, as --plain"},
	{"XDG_DATA_HOME", "where the data folder is by default (see FILES)"},
	{"XDG_CONFIG_HOME", "where the settings file is by default: cramp/config.yaml in it"},
}

// Exit codes, for help and the man page.
var exitCodes = []struct {
	code int
	what string
}{
	{ExitOK, "done"},
	{ExitFailure, "failure: a record could not be saved, the journal could not be read"},
	{ExitUsage, "bad usage, or invalid content (content validate)"},
	{ExitInterrupted, "interrupted (Ctrl+C, SIGINT, SIGTERM, SIGHUP); the open episode is saved"},
}

// placeholders name a flag's value in help ("--site SITE"); a flag not
// listed here is shown with its name in capitals.
var placeholders = map[string]string{
	"minutes":       "N",
	"severity":      "0-10",
	"at":            "TIME",
	"note":          "TEXT",
	"days":          "N",
	"routine":       "NAME",
	"hold":          "DURATION",
	"content":       "DIR",
	"data":          "DIR",
	"day-starts-at": "HH:MM",
	"config":        "FILE",
}

// flagValues says what each flag's value completes to (a value kind, see
// words); a flag not listed takes free text.
var flagValues = map[string]string{
	"site":    "site",
	"side":    "side",
	"format":  "format",
	"theme":   "theme",
	"routine": "routine",
	"content": "dir",
	"data":    "dir",
}

// safeWord is what a completion word may be made of. An id from a content
// folder that is anything else is left out, never written into a script.
var safeWord = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:+-]*$`)

// words are the values of a kind, from set (the content) where they live
// there. "dir" has none: the shells complete folders themselves.
func words(kind string, set *content.Set) []string {
	var w []string
	if set == nil {
		set = &content.Set{}
	}
	switch kind {
	case "site":
		w = journal.Sites
	case "side":
		w = journal.Sides
	case "format":
		w = report.Formats
	case "theme":
		w = app.ThemeNames
	case "shell":
		w = shells
	case "config":
		w = []string{"path", "init"}
	case "command":
		for _, c := range commands() {
			w = append(w, c.name)
		}
	case "routine":
		for _, r := range set.Routines.Routines {
			w = append(w, r.ID)
		}
	case "item":
		for _, it := range history.OrderedItems(&set.Checklist) {
			if it.Auto == "" {
				w = append(w, it.ID)
			}
		}
	case "topic":
		w = app.TopicIDs(set)
	}
	var safe []string
	for _, s := range w {
		if safeWord.MatchString(s) {
			safe = append(safe, s)
		}
	}
	return safe
}

// described is a command's flags and usage text, as its run function
// declares them.
type described struct {
	fs   *flag.FlagSet
	head string // the usage text before the flags: "Usage: …" and what it does
}

// describe runs c with --help and catches its FlagSet instead of printing
// help: parse stops at --help before the command does anything.
func describe(c command) described {
	var d described
	g := globals{theme: app.ThemeAuto}
	c.run(&g, []string{"--help"}, IO{Stdout: &capture{d: &d}, Stderr: io.Discard, Getenv: func(string) string { return "" }})
	return d
}

// capture is the stdout describe gives a command; writeHelp fills it in.
type capture struct{ d *described }

func (*capture) Write(p []byte) (int, error) { return len(p), nil }

// flagInfo is one flag as help, completions and the man page show it.
type flagInfo struct {
	name, value, usage, def string // value is "" for a switch
}

// flagsOf splits a command's flags into its own and the globals that apply
// to it (in the table's order).
func flagsOf(c command, d described) (own, global []flagInfo) {
	if d.fs == nil {
		return nil, nil
	}
	isGlobal := map[string]bool{}
	for _, n := range allGlobals {
		isGlobal[n] = true
	}
	d.fs.VisitAll(func(f *flag.Flag) {
		if !isGlobal[f.Name] {
			own = append(own, info(f))
		}
	})
	for _, n := range c.globals {
		if f := d.fs.Lookup(n); f != nil {
			global = append(global, info(f))
		}
	}
	return own, global
}

func info(f *flag.Flag) flagInfo {
	fi := flagInfo{name: f.Name, usage: f.Usage}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return fi
	}
	fi.value = placeholders[f.Name]
	if fi.value == "" {
		fi.value = strings.ToUpper(f.Name)
	}
	if f.DefValue != "" && f.DefValue != "0" {
		fi.def = f.DefValue
	}
	return fi
}

// globalFlags are the global flags, as the root declares them.
func globalFlags() []flagInfo {
	g := globals{theme: app.ThemeAuto}
	fs := flag.NewFlagSet("cramp", flag.ContinueOnError)
	g.register(fs)
	var out []flagInfo
	for _, n := range allGlobals {
		out = append(out, info(fs.Lookup(n)))
	}
	return out
}
