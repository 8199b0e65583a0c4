package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// writeHelp prints a command's help: its usage text (head, without the
// "Flags:" line it ends with), its own flags in "--flag VALUE" form with
// their defaults, then the global flags that apply to it. To describe's
// capture it hands over the flags instead.
func writeHelp(w io.Writer, head string, fs *flag.FlagSet) {
	head = strings.TrimSuffix(head, "Flags:\n")
	if c, ok := w.(*capture); ok {
		c.d.fs, c.d.head = fs, head
		return
	}
	c, _ := lookup(strings.Fields(strings.TrimPrefix(fs.Name(), "cramp"))...)
	own, global := flagsOf(c, described{fs: fs, head: head})
	var b strings.Builder
	b.WriteString(head)
	if !strings.HasSuffix(head, "\n\n") {
		b.WriteString("\n")
	}
	flagSection(&b, "Flags:", own)
	flagSection(&b, "Global flags:", global)
	fmt.Fprintf(&b, "Run \"cramp help\" for every command, the environment variables and the exit codes.\n")
	io.WriteString(w, b.String())
}

func flagSection(b *strings.Builder, title string, flags []flagInfo) {
	if len(flags) == 0 {
		return
	}
	b.WriteString(title + "\n")
	width := 0
	for _, f := range flags {
		width = max(width, len(flagSpec(f)))
	}
	for _, f := range flags {
		fmt.Fprintf(b, "  %-*s  %s", width, flagSpec(f), f.usage)
		if f.def != "" {
			fmt.Fprintf(b, " (default %s)", f.def)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// flagSpec is "--site SITE", or "--plain" for a switch.
func flagSpec(f flagInfo) string {
	if f.value == "" {
		return "--" + f.name
	}
	return "--" + f.name + " " + f.value
}

// topUsage is `cramp --help`: every command, the global flags, the
// environment variables and the exit codes.
func topUsage() string {
	var b strings.Builder
	b.WriteString(`Cramp Coach: a terminal coach for night-time foot and leg cramps.

Usage:
  cramp [flags]               the home screen; Enter starts "cramp now"
  cramp COMMAND [flags]

Commands:
`)
	var names []string
	for _, c := range allCommands() {
		names = append(names, c.name)
	}
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for _, c := range allCommands() {
		if len(c.sub) > 0 {
			continue // its subcommands say it
		}
		fmt.Fprintf(&b, "  %-*s  %s\n", width, c.name, c.summary)
	}
	b.WriteString("\n")
	flagSection(&b, "Flags (every command takes them; each command's help lists those that matter to it):", append(globalFlags(),
		flagInfo{name: "version", usage: "print the version"},
		flagInfo{name: "help", usage: "print this help, or a command's with COMMAND --help"}))
	b.WriteString("Environment:\n")
	width = 0
	for _, e := range environment {
		width = max(width, len(e.name))
	}
	for _, e := range environment {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, e.name, e.what)
	}
	b.WriteString("\nExit codes:\n")
	for _, e := range exitCodes {
		fmt.Fprintf(&b, "  %-3d  %s\n", e.code, e.what)
	}
	b.WriteString("\nRun \"cramp help COMMAND\" or \"cramp COMMAND --help\" for a command's flags.\n")
	return b.String()
}

// contentUsage is `cramp content --help`: its two commands.
func contentUsage() string {
	c, _ := lookup("content")
	var b strings.Builder
	b.WriteString("Usage:\n")
	var synopses []string
	width := 0
	for _, s := range c.sub {
		first, _, _ := strings.Cut(describe(s).head, "\n")
		synopses = append(synopses, strings.TrimPrefix(first, "Usage: "))
		width = max(width, len(synopses[len(synopses)-1]))
	}
	for i, s := range c.sub {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, synopses[i], s.summary)
	}
	b.WriteString("\nRun \"cramp content validate --help\" or \"cramp content export --help\" for more.\n")
	return b.String()
}

const helpUsage = `Usage: cramp help [COMMAND]

Without COMMAND: every command, the global flags, the environment variables
and the exit codes. With COMMAND ("log", "content export"): that command's
help, as "cramp COMMAND --help" prints it.

Flags:
`

// runHelp is `cramp help [COMMAND]`.
func runHelp(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp help", io.Stderr, helpUsage)
	g.register(fs)
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	if len(pos) == 0 {
		fmt.Fprint(io.Stdout, topUsage())
		return ExitOK
	}
	c, ok := lookup(pos...)
	if !ok {
		fmt.Fprintf(io.Stderr, "cramp help: unknown command %q; the commands are: %s\n",
			strings.Join(pos, " "), strings.Join(words("command", nil), ", "))
		return ExitUsage
	}
	return c.run(&globals{theme: g.theme}, []string{"--help"}, io)
}
