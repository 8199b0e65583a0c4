package cli

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/report"
)

const reportUsage = `Usage: cramp report [--days N] [--format md|csv|json|html] [--name NAME] [--notes TEXT]

A report of your last N nights (the current night included), to stdout:
  md    a one-page summary to show a doctor (the default)
  csv   one row a cramp, with a header row
  json  every journal record of those nights, as the journal stores them
  html  one page for a doctor's desk: a chart a night, the 12-week heatmap
        and the summary, to open in a browser or print (one or two pages);
        --name and --notes "medicines: …" go in its header

  cramp report > report.md
  cramp report --days 90 --format csv > cramps.csv
  cramp report --days 90 --format html --name "Ada" > report.html

Flags:
`

// runReport is `cramp report`: a report for a doctor, to stdout.
func runReport(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp report", io.Stderr, reportUsage)
	g.register(fs)
	daysFlag := fs.String("days", strconv.Itoa(report.DefaultDays), fmt.Sprintf("how many nights, 1 to %d, ending with the current one", report.MaxDays))
	format := fs.String("format", report.Markdown, "md, csv, json or html")
	name := fs.String("name", "", "html: whose report it is, in the header")
	notes := fs.String("notes", "", `html: a line for the doctor in the header ("medicines: …")`)
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	var problems []string
	days, err := strconv.Atoi(strings.TrimSpace(*daysFlag))
	if err != nil || days < 1 || days > report.MaxDays {
		problems = append(problems, fmt.Sprintf("--days %q is not a whole number of nights from 1 to %d", *daysFlag, report.MaxDays))
	}
	f := strings.ToLower(strings.TrimSpace(*format))
	if !slices.Contains(report.Formats, f) {
		problems = append(problems, fmt.Sprintf("--format %q is not one of %s", *format, strings.Join(report.Formats, ", ")))
	}
	if f != report.HTML && f != "" && (*name != "" || *notes != "") {
		problems = append(problems, "--name and --notes are for --format html")
	}
	for _, p := range pos {
		problems = append(problems, fmt.Sprintf("unexpected argument %q", p))
	}
	// The report's nights end tonight by the same rule the screens use.
	dayStart, err := g.dayStart(io.Getenv)
	if err != nil {
		problems = append(problems, err.Error())
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintf(io.Stderr, "cramp report: %s\n", p)
		}
		fmt.Fprintln(io.Stderr, `Run "cramp report --help" for the flags.`)
		return ExitUsage
	}

	// Only Markdown needs the content. loadAll's notices wait in
	// contentNotes, so stderr's order never varies.
	var contentDone chan *content.Set
	var contentNotes bytes.Buffer
	if f == report.Markdown || f == report.HTML {
		// Content loaded alongside the journal, GC off: md on ten years 47 ms whole-process, else 58 (budget 50); csv, json 42 ms without.
		defer debug.SetGCPercent(debug.SetGCPercent(-1))
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(256 << 20)) // still bounds what a huge journal can take
		contentDone = make(chan *content.Set, 1)
		go func() {
			set, _ := g.loadAll(IO{Stderr: &contentNotes})
			contentDone <- set
		}()
	}

	j := journal.Open(journal.Dir(g.data, io.Getenv))
	res, err := j.Read()
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp report: %v\n", err)
		return ExitFailure
	}
	// On stderr, so the CSV and JSON on stdout stay parseable.
	if n := len(res.Bad); n > 0 {
		fmt.Fprintln(io.Stderr, "cramp report:", history.Skipped(n))
	}
	r := report.New(res.Records, report.LastNights(days, logReportClock.Now(), night.Rule{DayStart: dayStart}))

	var set *content.Set
	if contentDone != nil {
		set = <-contentDone
		io.Stderr.Write(contentNotes.Bytes())
		if set == nil {
			return ExitFailure
		}
	}
	var out []byte
	if f == report.HTML {
		out, err = r.HTML(set, report.HTMLOptions{Name: *name, Notes: *notes})
	} else {
		out, err = r.Render(f, set)
	}
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp report: %v\n", err)
		return ExitFailure
	}
	if _, err := io.Stdout.Write(out); err != nil {
		fmt.Fprintf(io.Stderr, "cramp report: %v\n", err)
		return ExitFailure
	}
	return ExitOK
}
