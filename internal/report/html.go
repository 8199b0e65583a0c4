package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/night"
)

// HTML is the format of the page for a doctor's desk (see Report.HTML).
const HTML = "html"

// HTMLOptions are the page's optional header lines: whose report it is and
// what the person wants the doctor to know ("medicines: …"). Both are
// escaped like everything else on the page.
type HTMLOptions struct {
	Name  string
	Notes string
}

// htmlNotes is how many of the period's notes the page lists, the latest
// ones: with a chart, a heatmap, the tables and the see-a-doctor notice,
// six long notes keep 90 nights on two printed A4 or Letter pages (printed
// with Chromium). The Markdown report lists them all, and the page says so.
const htmlNotes = 6

// The bar chart's drawing box, in SVG user units; the page scales it to
// its width, on screen and on paper.
const (
	chartW, chartH = 720.0, 140.0
	chartTop       = 8.0  // room above the tallest bar
	chartBottom    = 22.0 // room under the bars for the dates
	chartLeft      = 24.0 // room for the count axis
)

// The heatmap's cells, in SVG user units.
const (
	heatCell, heatGap = 16.0, 3.0
	heatLeft, heatTop = 34.0, 16.0
)

// HTML is the report as one self-contained page: its CSS and charts
// (SVG) inline, no scripts, fonts, images or links to load, readable on
// screen and printed on one or two A4 or Letter pages (90 nights fit
// two). Every text from the journal, the content and opts is escaped
// (see esc). The same journal gives the same bytes: nothing on the page comes
// from the clock.
func (r *Report) HTML(set *content.Set, opts HTMLOptions) ([]byte, error) {
	return []byte(r.htmlData(set, opts).page()), nil
}

// htmlData is what the template shows, every figure worked out here so the
// template only lays it out.
type htmlData struct {
	Name, Notes  string
	Title        string
	Period       string
	NightRule    string
	Nights       int
	CrampNights  int
	Cramps       int
	Logged       int
	Median       string // "6 min 40 s", or "" when no length is known
	Longest      string // "12 min 30 s (night of …)"
	KnownLengths string // "of the 6 with a known length; not known for 1"
	Severity     string
	Sites, Sides []htmlCount
	Tried        []htmlCount
	TriedOf      int
	Chart        htmlChart
	Heat         htmlHeat
	Habits       htmlHabits
	Doctor       *htmlDoctor
	NotesShown   []htmlNote
	NotesMore    int
	Disclaimer   string
	Footer       string
}

type htmlCount struct {
	What string
	N    int
	Of   string // "in 6 of 7 cramps"
}

type htmlChart struct {
	ViewBox         string
	Bars            []htmlBar
	Grid            []htmlGrid
	FirstX, LastX   string
	LabelY          string
	First, Last     string // the first and last nights' dates under the axis
	BaseY, Right    string
	Left            string
	Max             int
	OneNight        bool
	NightsWithCramp int
}

type htmlBar struct {
	X, Y, W, H string
	Title      string
	Cramps     int
}

type htmlGrid struct {
	Y, LabelY string
	N         int
}

type htmlHeat struct {
	ViewBox string
	Cells   []htmlCell
	Days    []htmlLabel // Mon, Wed, Fri, Sun down the left
	Months  []htmlLabel // a month's name over the week it starts in
}

type htmlCell struct {
	X, Y, Size string
	TextX      string
	TextY      string
	Class      string // none, one, many, out (not in this report)
	Cramps     int
	Title      string
}

type htmlLabel struct {
	X, Y, Text string
}

type htmlHabits struct {
	Routines    string
	Checklist   string // "used on 5 of 14 days", or "not used in these days"
	Items       []htmlCount
	SelfReports int
}

type htmlDoctor struct {
	Reasons []string
	Rules   []htmlRule
	Text    string
}

// htmlRule is one see-a-doctor check and whether it fired.
type htmlRule struct {
	Text  string
	Fired bool
}

type htmlNote struct {
	When, Where, Text string
}

func (r *Report) htmlData(set *content.Set, opts HTMLOptions) htmlData {
	p := r.Period
	d := htmlData{
		Name:       oneLine(opts.Name),
		Notes:      strings.TrimSpace(opts.Notes),
		Nights:     p.Nights(),
		Disclaimer: oneLine(set.About.Disclaimer),
		Footer:     oneLine(set.Relief.Footer),
		NightRule:  "A night is named by the evening it began: a cramp before noon counts toward the night before.",
	}
	if p.Nights() == 1 {
		d.Period = "1 night, the night of " + history.NightName(p.Last)
		d.Title = "Night cramp report, night of " + p.Last.String()
	} else {
		d.Period = fmt.Sprintf("%s, the night of %s to the night of %s",
			history.Count(p.Nights(), "night"), history.NightName(p.First), history.NightName(p.Last))
		d.Title = fmt.Sprintf("Night cramp report, %s to %s", p.First, p.Last)
	}
	d.CrampNights = len(r.hist.CrampNights(p.First, p.Last))
	d.Cramps = len(r.episodes)
	r.htmlCramps(&d)
	r.htmlTried(&d, set)
	d.Chart = r.htmlChart()
	d.Heat = r.htmlHeat()
	d.Habits = r.htmlHabits(set)
	d.Doctor = r.htmlDoctor(set)
	r.htmlNotes(&d)
	return d
}

func (r *Report) htmlCramps(d *htmlData) {
	var seconds, severities []int
	var sites, sides []string
	var longest history.Episode
	for _, e := range r.episodes {
		if e.Logged {
			d.Logged++
		}
		if secs, ok := e.Lasted(); ok {
			seconds = append(seconds, secs)
			if secs > longest.Seconds {
				longest = e
			}
		}
		if e.Severity != nil {
			severities = append(severities, *e.Severity)
		}
		sites = append(sites, cmp.Or(e.Site, notSaid))
		sides = append(sides, cmp.Or(e.Side, notSaid))
	}
	if len(seconds) > 0 {
		slices.Sort(seconds)
		d.Median = history.Minutes(int(median(seconds) + 0.5))
		d.Longest = fmt.Sprintf("%s (night of %s)", history.Minutes(longest.Seconds), history.NightName(longest.Night))
	}
	if unknown := len(r.episodes) - len(seconds); len(r.episodes) > 0 {
		d.KnownLengths = fmt.Sprintf("of the %d with a known length", len(seconds))
		if unknown > 0 {
			d.KnownLengths += fmt.Sprintf("; not known for %d (left before it eased, or no time recorded)", unknown)
		}
	}
	byName := func(string) int { return 0 }
	for _, c := range inOrder(tally(sites, byName)) {
		d.Sites = append(d.Sites, htmlCount{What: c.what, N: c.n})
	}
	for _, c := range inOrder(tally(sides, byName), "left", "right") {
		d.Sides = append(d.Sides, htmlCount{What: c.what, N: c.n})
	}
	switch {
	case len(r.episodes) == 0:
	case len(severities) == 0:
		d.Severity = "not rated"
	default:
		slices.Sort(severities)
		if lo, hi := severities[0], severities[len(severities)-1]; lo == hi {
			d.Severity = strconv.Itoa(lo)
		} else {
			d.Severity = fmt.Sprintf("%d to %d, median %s", lo, hi, number(median(severities)))
		}
		if len(severities) < len(r.episodes) {
			d.Severity += fmt.Sprintf(" (%d of %d rated)", len(severities), len(r.episodes))
		}
	}
}

func (r *Report) htmlTried(d *htmlData, set *content.Set) {
	var ids []string
	for _, e := range r.episodes {
		seen := map[string]bool{}
		for _, id := range e.Tried {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	d.TriedOf = len(r.episodes)
	for _, c := range tally(ids, func(id string) int { return triedRank(set, id) }) {
		d.Tried = append(d.Tried, htmlCount{What: triedTitle(set, c.what), N: c.n, Of: "in " + ofTotal(c.n, len(r.episodes), "cramp")})
	}
}

// f writes an SVG coordinate with at most two decimals, the same on every
// machine.
func f(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func round2(v float64) float64 { return float64(int(v*100+0.5)) / 100 }

// htmlChart draws cramps per night: one bar a night of the period, oldest
// on the left; a night without cramps is a bar 0 high, so the bars are
// the nights.
func (r *Report) htmlChart() htmlChart {
	p := r.Period
	nights := r.hist.Nights(p.First, p.Last)
	top := 1
	for _, n := range nights {
		top = max(top, n.Cramps)
	}
	plotW := chartW - chartLeft
	plotH := chartH - chartTop - chartBottom
	base := chartH - chartBottom
	step := plotW / float64(len(nights))
	gap := min(2.0, step*0.2)
	c := htmlChart{
		ViewBox: fmt.Sprintf("0 0 %s %s", f(chartW), f(chartH)),
		BaseY:   f(base), Left: f(chartLeft), Right: f(chartW),
		LabelY: f(chartH - 6), Max: top, OneNight: len(nights) == 1,
		First: p.First.Format("2 Jan"), Last: p.Last.Format("2 Jan"),
		FirstX: f(chartLeft),
		LastX:  f(chartW),
	}
	for i, n := range nights {
		h := round2(plotH * float64(n.Cramps) / float64(top))
		title := fmt.Sprintf("%s: %s", history.NightName(n.Date), history.Count(n.Cramps, "cramp"))
		c.Bars = append(c.Bars, htmlBar{
			X: f(round2(chartLeft + float64(i)*step + gap/2)), Y: f(round2(base - h)),
			W: f(round2(step - gap)), H: f(h), Title: title, Cramps: n.Cramps,
		})
		if n.Cramps > 0 {
			c.NightsWithCramp++
		}
	}
	// A line for each count up to a handful; past that, the top and half.
	marks := []int{top}
	if top <= 5 {
		marks = marks[:0]
		for n := 1; n <= top; n++ {
			marks = append(marks, n)
		}
	} else if top/2 > 0 {
		marks = []int{top / 2, top}
	}
	for _, n := range marks {
		y := round2(base - plotH*float64(n)/float64(top))
		c.Grid = append(c.Grid, htmlGrid{Y: f(y), LabelY: f(y + 4), N: n})
	}
	return c
}

// htmlHeat draws the 12 weeks ending with the period's last week, a column
// a week, Monday on top, as the journal screen does. Nights outside the
// period are not in the report and are drawn as such, not as cramp-free.
func (r *Report) htmlHeat() htmlHeat {
	p := r.Period
	sunday := p.Last + night.Date((7-int(p.Last.Weekday()))%7)
	first := sunday - history.HeatmapWeeks*7 + 1
	h := htmlHeat{}
	pitch := heatCell + heatGap
	width := heatLeft + float64(history.HeatmapWeeks)*pitch
	height := heatTop + 7*pitch
	h.ViewBox = fmt.Sprintf("0 0 %s %s", f(width), f(height))
	for i, n := range r.hist.Nights(first, sunday) {
		week, day := i/7, i%7
		x, y := heatLeft+float64(week)*pitch, heatTop+float64(day)*pitch
		cell := htmlCell{X: f(x), Y: f(y), Size: f(heatCell), TextX: f(x + heatCell/2), TextY: f(y + heatCell/2 + 4), Cramps: n.Cramps}
		switch {
		case !p.Contains(n.Date):
			cell.Class = "out"
			cell.Title = history.NightName(n.Date) + ": not in this report"
			cell.Cramps = 0
		case n.Cramps == 0:
			cell.Class = "none"
			cell.Title = history.NightName(n.Date) + ": no cramps"
		case n.Cramps == 1:
			cell.Class = "one"
			cell.Title = history.NightName(n.Date) + ": 1 cramp"
		default:
			cell.Class = "many"
			cell.Title = history.NightName(n.Date) + ": " + history.Count(n.Cramps, "cramp")
		}
		h.Cells = append(h.Cells, cell)
		if day == 0 && (week == 0 || n.Date.Month() != (n.Date-7).Month()) {
			h.Months = append(h.Months, htmlLabel{X: f(x), Y: f(heatTop - 5), Text: n.Date.Format("Jan")})
		}
	}
	for i, name := range []string{"Mon", "Wed", "Fri", "Sun"} {
		y := heatTop + float64(i*2)*pitch + heatCell/2 + 4
		h.Days = append(h.Days, htmlLabel{X: "0", Y: f(y), Text: name})
	}
	return h
}

func (r *Report) htmlHabits(set *content.Set) htmlHabits {
	items := set.Checklist.Items
	a := r.hist.Adherence(items, r.Period.First, r.Period.Last)
	var h htmlHabits
	h.Routines = ofTotal(a.Routines, a.Days, "night")
	if a.Rest > 0 {
		h.Routines += fmt.Sprintf(" (and %s)", history.Count(a.Rest, "rest night"))
	}
	h.SelfReports = r.selfReported()
	if a.Tracked == 0 {
		h.Checklist = "not used in these days"
		return h
	}
	h.Checklist = "used on " + ofTotal(a.Tracked, a.Days, "day")
	for i, row := range a.Items {
		switch {
		case items[i].Auto == content.AutoStretch:
		case items[i].Frequency == content.Occasional:
			h.Items = append(h.Items, htmlCount{What: row.Label, N: row.Days, Of: r.occasional(items[i], row.Days)})
		default:
			h.Items = append(h.Items, htmlCount{What: row.Label, N: row.Days, Of: ofTotal(row.Days, a.Days, "day")})
		}
	}
	return h
}

func (r *Report) htmlDoctor(set *content.Set) *htmlDoctor {
	sd := set.RedFlags.SeeDoctor
	sd.InLast = min(sd.InLast, r.Period.Nights())
	reasons := r.hist.SeeDoctor(sd, r.Period.Last)
	if len(reasons) == 0 {
		return nil
	}
	d := &htmlDoctor{Text: oneLine(sd.Text)}
	fired := func(words string) bool {
		words = oneLine(words)
		for _, why := range reasons {
			if words != "" && strings.HasPrefix(oneLine(why), words) {
				return true
			}
		}
		return false
	}
	for _, why := range reasons {
		d.Reasons = append(d.Reasons, oneLine(why))
	}
	if sd.Nights > 0 {
		d.Rules = append(d.Rules, htmlRule{
			Text:  fmt.Sprintf("cramps on %d or more of the last %s", sd.Nights, history.Count(sd.InLast, "night")),
			Fired: fired(sd.Frequent),
		})
	}
	if sd.Longer.Duration > 0 {
		d.Rules = append(d.Rules, htmlRule{
			Text:  "a cramp that eased after more than " + history.Minutes(int(sd.Longer.Seconds())),
			Fired: fired(sd.Long),
		})
	}
	return d
}

func (r *Report) htmlNotes(d *htmlData) {
	var notes []htmlNote
	for _, e := range r.episodes {
		if text := oneLine(e.Note); text != "" {
			notes = append(notes, htmlNote{When: e.Start.Format("2006-01-02 15:04"), Where: where(e), Text: text})
		}
	}
	if len(notes) > htmlNotes {
		d.NotesMore = len(notes) - htmlNotes
		notes = notes[len(notes)-htmlNotes:]
	}
	d.NotesShown = notes
}

// selfReported is how many nights of the period had a routine recorded as
// done without the app (see `cramp stretch --done`).
func (r *Report) selfReported() int {
	return r.hist.SelfReportedNights(r.Period.First, r.Period.Last)
}
