package cli

import (
	"fmt"
	"runtime/debug"
	"strings"
	"time"
)

const manUsage = `Usage: cramp man

Prints the manual page, cramp(1), in roff, made from the same command table
as the help. Read it with "cramp man | man -l -", or install it:

  cramp man > ~/.local/share/man/man1/cramp.1

Flags:
`

// runMan is `cramp man`.
func runMan(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp man", io.Stderr, manUsage)
	g.register(fs)
	if code, done := parseNoArgs(fs, args, io); done {
		return code
	}
	fmt.Fprint(io.Stdout, manPage())
	return ExitOK
}

// manPage is cramp(1) in roff (man macros).
func manPage() string {
	var b strings.Builder
	bi, ok := debug.ReadBuildInfo()
	info := readBuildInfo(bi, ok)
	// The page's date: the build's or its commit's, else today.
	date := time.Now().Format(time.DateOnly)
	if len(info.time) >= len(time.DateOnly) {
		date = info.time[:len(time.DateOnly)]
	}
	fmt.Fprintf(&b, ".TH CRAMP 1 %s \"cramp %s\" \"User Commands\"\n", date, roff(info.version))
	b.WriteString(`.SH NAME
cramp \- a terminal coach for night\-time foot and leg cramps
.SH SYNOPSIS
.B cramp
[\fIflags\fR]
.br
.B cramp
\fICOMMAND\fR [\fIflags\fR] [\fIargs\fR]
.SH DESCRIPTION
Cramp Coach coaches a person through a night\-time leg cramp (\fBcramp now\fR),
a bedtime stretch routine, a daily prevention checklist, and a journal of
nights and episodes with a report for a doctor.
Without a command it opens the home screen; Enter starts \fBcramp now\fR.
On a terminal each screen is full\-screen; when output is a pipe, or with
\fB\-\-plain\fR, it prints plain text.
It is not medical advice.
.SH COMMANDS
`)
	for _, c := range allCommands() {
		if len(c.sub) > 0 {
			continue
		}
		d := describe(c)
		head := strings.TrimSpace(d.head)
		synopsis, body, _ := strings.Cut(head, "\n")
		synopsis = strings.TrimPrefix(synopsis, "Usage: ")
		fmt.Fprintf(&b, ".SS %s\n", roff("cramp "+c.name))
		fmt.Fprintf(&b, ".B %s\n.PP\n", roff(synopsis))
		paragraphs(&b, body)
		own, global := flagsOf(c, d)
		for _, f := range own {
			flagItem(&b, f)
		}
		if len(global) > 0 {
			names := make([]string, len(global))
			for i, f := range global {
				names[i] = `\fB\-\-` + roff(f.name) + `\fR`
			}
			fmt.Fprintf(&b, ".PP\nGlobal flags that apply: %s.\n", strings.Join(names, ", "))
		}
	}
	b.WriteString(".SH GLOBAL FLAGS\nEvery command takes these.\n")
	for _, f := range globalFlags() {
		flagItem(&b, f)
	}
	b.WriteString(".SH ENVIRONMENT\n")
	for _, e := range environment {
		fmt.Fprintf(&b, ".TP\n.B %s\n%s\n", e.name, roff(e.what))
	}
	b.WriteString(".SH EXIT STATUS\n")
	for _, e := range exitCodes {
		fmt.Fprintf(&b, ".TP\n.B %d\n%s\n", e.code, roff(e.what))
	}
	b.WriteString(`.SH FILES
.TP
.I $XDG_DATA_HOME/cramp/journal.jsonl
The journal: one JSON record a line, only ever appended to.
On Linux \fI~/.local/share/cramp\fR; on macOS \fI~/Library/Application Support/cramp\fR;
on Windows \fI%LOCALAPPDATA%\ecramp\fR.
.TP
.I $XDG_CONFIG_HOME/cramp/config.yaml
The settings file (or \fB\-\-config\fR, or \fBCRAMP_CONFIG\fR): theme, quiet, voice,
voice_cmd, accessible, day_starts_at, routine, hold, region, clock, week_starts.
A flag wins over the environment, which wins over the file.
\fBcramp config\fR shows each setting and where it came from; \fBcramp config init\fR writes one.
.SH SEE ALSO
The README of the project, which documents the screens, keys, data and the
content schema.
`)
	return b.String()
}

// paragraphs writes text as roff: blank lines become .PP, and indented
// lines (examples) are kept as they are, in no-fill mode.
func paragraphs(b *strings.Builder, text string) {
	inExample := false
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		switch {
		case strings.TrimSpace(line) == "":
			if inExample {
				b.WriteString(".fi\n")
				inExample = false
			}
			b.WriteString(".PP\n")
		case strings.HasPrefix(line, "  "):
			if !inExample {
				b.WriteString(".nf\n")
				inExample = true
			}
			b.WriteString(roff(line) + "\n")
		default:
			if inExample {
				b.WriteString(".fi\n")
				inExample = false
			}
			b.WriteString(roff(line) + "\n")
		}
	}
	if inExample {
		b.WriteString(".fi\n")
	}
}

func flagItem(b *strings.Builder, f flagInfo) {
	fmt.Fprintf(b, ".TP\n\\fB\\-\\-%s\\fR", roff(f.name))
	if f.value != "" {
		fmt.Fprintf(b, " \\fI%s\\fR", roff(f.value))
	}
	b.WriteString("\n" + roff(f.usage))
	if f.def != "" {
		fmt.Fprintf(b, " (default %s)", roff(f.def))
	}
	b.WriteString("\n")
}

// roff escapes text for a roff line: backslashes, hyphens (so they stay
// ASCII and searchable), characters beyond ASCII, and a leading dot or quote that would read as a
// request.
func roff(s string) string {
	s = strings.NewReplacer(`\`, `\e`, "-", `\-`).Replace(s)
	// Characters beyond ASCII as named glyphs: groff reads its input as
	// Latin-1 unless told otherwise, so "…" would come out as garbage.
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, `\[u%04X]`, r)
		}
	}
	s = b.String()
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
