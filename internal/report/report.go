// Package report is `cramp report`: what the journal says about a span of
// nights, as a one-page Markdown summary for a doctor, a CSV of episodes or
// the journal's own records as JSON. It is pure: it takes the records, the
// content and the period and does no I/O and reads no clock, so the same
// journal always gives the same bytes.
package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/sanitize"
)

// Formats a report comes in.
const (
	Markdown = "md"
	CSV      = "csv"
	JSON     = "json"
)

// Formats lists every format, the default first.
var Formats = []string{Markdown, CSV, JSON, HTML}

// DefaultDays is how many nights a report covers unless told otherwise: two
// weeks, what a doctor usually asks about. MaxDays is ten years.
const (
	DefaultDays = 14
	MaxDays     = 3650
)

// Period is a span of nights, both ends included (see package night).
type Period struct{ First, Last night.Date }

// LastNights is the period of n nights ending tonight, by the one night
// rule the screens use (night.Rule.Last), so a tick or routine at 06:45 is
// in a report printed at 06:46, and a cramp at 03:00 is too.
func LastNights(n int, now time.Time, rule night.Rule) Period {
	first, last := rule.Last(n, now)
	return Period{First: first, Last: last}
}

// Nights is how many nights p spans.
func (p Period) Nights() int { return int(p.Last-p.First) + 1 }

// Contains reports whether night d is in p.
func (p Period) Contains(d night.Date) bool { return d >= p.First && d <= p.Last }

// Report is a journal's records folded for one period. Build it with New,
// then ask for the format wanted.
type Report struct {
	Period Period
	// records are the journal records that belong to the period, in file
	// order (see inPeriod).
	records []journal.Record
	// hist is records folded: everything any figure of the period needs,
	// without folding years of other nights, and nothing from outside it.
	hist *history.History
	// episodes are the episodes of the period's nights, oldest first, as
	// they stand after edits and deletions.
	episodes []history.Episode
}

// New folds recs (in file order) for period p. It needs no content, so a
// caller can load the content meanwhile; only Markdown uses it.
func New(recs []journal.Record, p Period) *Report {
	r := &Report{Period: p, records: withoutDiscarded(inPeriod(recs, p))}
	r.hist = history.Build(r.records)
	r.episodes = r.hist.EpisodesIn(p.First, p.Last)
	return r
}

// Render is the report in format (one of Formats); set is only read for
// Markdown and HTML and may be nil for the others.
func (r *Report) Render(format string, set *content.Set) ([]byte, error) {
	switch format {
	case Markdown:
		return r.Markdown(set), nil
	case CSV:
		return r.CSV()
	case JSON:
		return r.JSON()
	case HTML:
		return r.HTML(set, HTMLOptions{})
	}
	return nil, fmt.Errorf("unknown report format %q; the formats are %s", format, strings.Join(Formats, ", "))
}

// inPeriod picks the records that belong to p's nights, in file order:
// an episode's records (its start or log record, every update, end and
// deletion, however much later they were written) go with the night the
// episode began in; checklist and routine records go with their Day; any
// other record, or one whose episode or day is unknown, with the night
// its own time falls in.
func inPeriod(recs []journal.Record, p Period) []journal.Record {
	// Nothing written before this can belong to the period: an episode's
	// records come at or after its start (noon of the first night at the
	// earliest), a tick once its day has begun. Two days spare any zone.
	// Most of ten years is skipped without working out a night.
	cutoff := p.First.Time(time.UTC).Add(-48 * time.Hour)
	// When each episode began: those begun since cutoff, then any older
	// one that a later record (an edit, a deletion) names.
	started := map[string]time.Time{}
	recent := 0 // records from cutoff on: room enough for the answer
	for _, r := range recs {
		if !r.Time.Before(cutoff) {
			recent++
		}
		if isStart(r) && !r.Time.Before(cutoff) {
			if _, seen := started[r.ID]; !seen {
				started[r.ID] = r.Time
			}
		}
	}
	older := map[string]bool{}
	for _, r := range recs {
		if isEpisodeChange(r) && !r.Time.Before(cutoff) {
			if _, ok := started[r.Episode]; !ok {
				older[r.Episode] = true
			}
		}
	}
	if len(older) > 0 {
		for _, r := range recs {
			if isStart(r) && older[r.ID] && r.Time.Before(cutoff) {
				if _, seen := started[r.ID]; !seen {
					started[r.ID] = r.Time
				}
			}
		}
	}

	out := make([]journal.Record, 0, recent)
	for _, r := range recs {
		if r.Time.Before(cutoff) {
			continue
		}
		var d night.Date
		switch {
		case isStart(r):
			d = night.OfCramp(started[r.ID])
		case isEpisodeChange(r):
			t, ok := started[r.Episode]
			if !ok {
				t = r.Time // no such episode: the record's own night
			}
			d = night.OfCramp(t)
		case r.Type == journal.TypeCheck || r.Type == journal.TypeRoutineEnd || r.Type == journal.TypeRoutineRest:
			day, err := night.Parse(r.Day)
			if err != nil {
				day = night.Of(r.Time, night.DayStart)
			}
			d = day
		default:
			d = night.OfCramp(r.Time)
		}
		if p.Contains(d) {
			out = append(out, r)
		}
	}
	return out
}

// withoutDiscarded leaves out every record of an episode that ended as
// discarded (relief opened and left before anything said it was a cramp),
// so no format, the JSON's records included, shows one.
func withoutDiscarded(recs []journal.Record) []journal.Record {
	var gone map[string]bool
	for _, r := range recs {
		if r.Type == journal.TypeCrampEnd && r.Outcome == journal.OutcomeDiscarded {
			if gone == nil {
				gone = map[string]bool{}
			}
			gone[r.Episode] = true
		}
	}
	if gone == nil {
		return recs
	}
	return slices.DeleteFunc(recs, func(r journal.Record) bool {
		return (isStart(r) && gone[r.ID]) || (isEpisodeChange(r) && gone[r.Episode])
	})
}

// isStart reports whether r begins an episode; its ID is the episode's.
func isStart(r journal.Record) bool {
	return r.Type == journal.TypeCrampStart || r.Type == journal.TypeCrampLog
}

// isEpisodeChange reports whether r changes the episode r.Episode names.
func isEpisodeChange(r journal.Record) bool {
	switch r.Type {
	case journal.TypeCrampUpdate, journal.TypeCrampEnd, journal.TypeCrampDelete,
		journal.TypeCrampNotCramp, journal.TypeCrampReturn:
		return true
	}
	return false
}

// count is one value and how many times it came up.
type count struct {
	what string
	n    int
}

// tally counts values, most frequent first, ties in order of rank (lower
// first; values rank doesn't know sort after, by name), so the order never
// depends on map iteration.
func tally(values []string, rank func(string) int) []count {
	seen := map[string]int{}
	for _, v := range values {
		seen[v]++
	}
	out := make([]count, 0, len(seen))
	for v, n := range seen {
		out = append(out, count{v, n})
	}
	slices.SortFunc(out, func(a, b count) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(rank(a.what), rank(b.what)), cmp.Compare(a.what, b.what))
	})
	return out
}

// triedSeated is what the journal's "tried" list says when the person
// stayed seated instead of standing (relief's triedSeated).
const triedSeated = "seated"

// triedTitle is the content's title for a step id from an episode's tried
// list: a relief step, else an aftercare item, else the id itself.
func triedTitle(set *content.Set, id string) string {
	for _, s := range set.Relief.Steps {
		if s.ID == id {
			return s.Title
		}
	}
	for _, b := range set.Relief.Eased.Items {
		if b.ID == id {
			return b.Title
		}
	}
	if id == triedSeated {
		return "Stayed seated instead of standing"
	}
	return id
}

// triedRank orders tried steps as the relief flow does.
func triedRank(set *content.Set, id string) int {
	for i, s := range set.Relief.Steps {
		if s.ID == id {
			return i
		}
	}
	return len(set.Relief.Steps)
}

// median of sorted values; the mean of the middle two for an even count.
func median(sorted []int) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return float64(sorted[n/2])
	}
	return float64(sorted[n/2-1]+sorted[n/2]) / 2
}

// oneLine folds a text that may span lines (a note, a content text) into
// one line with single spaces, its control characters shown as
// placeholders (package sanitize).
func oneLine(s string) string { return sanitize.Text(strings.Join(strings.Fields(s), " ")) }
