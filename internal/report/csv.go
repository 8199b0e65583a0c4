package report

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/crampcoach/cramp/internal/sanitize"
)

// csvHeader names the columns of the CSV report.
var csvHeader = []string{"night", "start", "site", "side", "minutes", "severity", "outcome", "tried", "note"}

// outcomeLogged is the outcome of a cramp added afterwards with `cramp log`.
const outcomeLogged = "logged"

// startLayout is RFC 3339 to the second with a numeric offset, on the wall
// clock the episode was recorded on.
const startLayout = "2006-01-02T15:04:05-07:00"

// CSV is one row an episode of the period, oldest first, under a header
// row, as RFC 4180 (CRLF line ends, quotes where needed). night is the
// night's date (the evening it began), minutes one decimal, severity 0-10,
// outcome how it ended: eased (in the relief flow), left (the flow was
// left before it eased), logged (added afterwards with cramp log) or empty
// if it never ended; tried the relief step ids separated by ";"; an
// unknown value is empty.
func (r *Report) CSV() ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	_ = w.Write(csvHeader)
	for _, e := range r.episodes {
		minutes, severity := "", ""
		if _, eased := e.Lasted(); eased || e.Seconds > 0 { // eased in under a second: 0, not unknown
			// Tenths of a minute: 6 seconds, finer than anyone remembers.
			minutes = strconv.FormatFloat(float64((e.Seconds+3)/6)/10, 'f', -1, 64)
		}
		if e.Severity != nil {
			severity = strconv.Itoa(*e.Severity)
		}
		outcome := e.Outcome
		if e.Logged && outcome == "" {
			outcome = outcomeLogged
		}
		_ = w.Write([]string{
			e.Night.String(), e.Start.Format(startLayout), csvText(e.Site), csvText(e.Side),
			minutes, severity, csvText(outcome), csvText(strings.Join(e.Tried, ";")), csvText(e.Note),
		})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// csvText makes a text cell safe to open in a spreadsheet: control
// characters become visible placeholders (package sanitize), and a cell a
// spreadsheet would run as a formula (one starting with =, +, -, @, a tab or
// a carriage return, e.g. "=HYPERLINK(…)") starts with a ' instead, the
// usual defence against formula injection.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		s = "'" + s
	}
	return sanitize.Text(s)
}
