package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
)

// notSaid stands for a site or side the person did not give.
const notSaid = "not said"

// Markdown is the one-page summary for a doctor: how often, how long, where,
// how bad, what was tried, the habits kept, the notes, and the see-a-doctor
// notice when the record meets the content's threshold.
func (r *Report) Markdown(set *content.Set) []byte {
	var b strings.Builder
	p := r.Period
	b.WriteString("# Night cramp report\n\n")
	if p.Nights() == 1 {
		fmt.Fprintf(&b, "1 night, the night of %s, from the journal kept with Cramp Coach. ", history.NightName(p.Last))
	} else {
		fmt.Fprintf(&b, "%s, the night of %s to the night of %s, from the journal kept with Cramp Coach. ",
			history.Count(p.Nights(), "night"), history.NightName(p.First), history.NightName(p.Last))
	}
	b.WriteString("A night is named by the evening it began: a cramp before noon counts toward the night before.\n\n")

	r.writeCramps(&b)
	r.writeTried(&b, set)
	r.writeHabits(&b, set)
	r.writeNotes(&b)
	r.writeSeeDoctor(&b, set)

	if footer := oneLine(set.Relief.Footer); footer != "" {
		b.WriteString("---\n\n" + footer + "\n")
	}
	return []byte(b.String())
}

func (r *Report) writeCramps(b *strings.Builder) {
	b.WriteString("## Cramps\n\n")
	eps := r.episodes
	if len(eps) == 0 {
		b.WriteString("No cramps were recorded in these nights.\n\n")
		return
	}
	nights := r.hist.CrampNights(r.Period.First, r.Period.Last)
	fmt.Fprintf(b, "- Nights with cramps: %s\n", ofTotal(len(nights), r.Period.Nights(), "night"))

	logged, left := 0, 0
	var seconds, severities []int
	var sites, sides []string
	var longest history.Episode
	for _, e := range eps {
		if e.Logged {
			logged++
		}
		// A left cramp's seconds are how long the screen stayed open, not
		// how long the cramp lasted: only known lengths count, as on the
		// journal screen and in the see-a-doctor check.
		if secs, ok := e.Lasted(); ok {
			seconds = append(seconds, secs)
			if secs > longest.Seconds || longest.ID == "" {
				longest = e
			}
		} else if e.Outcome == journal.OutcomeLeft {
			left++
		}
		if e.Severity != nil {
			severities = append(severities, *e.Severity)
		}
		sites = append(sites, cmp.Or(e.Site, notSaid))
		sides = append(sides, cmp.Or(e.Side, notSaid))
	}
	fmt.Fprintf(b, "- Cramps: %d", len(eps))
	if logged > 0 {
		fmt.Fprintf(b, " (%d added afterwards)", logged)
	}
	b.WriteString("\n")

	b.WriteString("- How long: ")
	// Why the rest have no length: "left before it eased", "1 left before
	// it eased, 2 with no time recorded".
	var why []string
	unknown := len(eps) - len(seconds)
	if left > 0 {
		they := "it"
		if left > 1 {
			they = "they"
		}
		if left == unknown {
			why = append(why, "left before "+they+" eased")
		} else {
			why = append(why, fmt.Sprintf("%d left before %s eased", left, they))
		}
	}
	if other := unknown - left; other > 0 {
		if other == unknown {
			why = append(why, "no time recorded")
		} else {
			why = append(why, fmt.Sprintf("%d with no time recorded", other))
		}
	}
	switch len(seconds) {
	case 0:
		fmt.Fprintf(b, "not known (%s)", strings.Join(why, ", "))
	case 1:
		fmt.Fprintf(b, "%s (night of %s)", history.Length(longest.Seconds), history.NightName(longest.Night))
		if unknown > 0 {
			fmt.Fprintf(b, ", the only one with a known length; not known for %d (%s)", unknown, strings.Join(why, ", "))
		}
	default:
		slices.Sort(seconds)
		fmt.Fprintf(b, "median %s, longest %s (night of %s), of the %d with a known length",
			history.Length(int(median(seconds)+0.5)), history.Length(longest.Seconds), history.NightName(longest.Night), len(seconds))
		if unknown > 0 {
			fmt.Fprintf(b, "; not known for %d (%s)", unknown, strings.Join(why, ", "))
		}
	}
	b.WriteString("\n")

	// Sites most often first; legs left, right. What was not said comes
	// last either way: a doctor reads what is known first.
	byName := func(string) int { return 0 }
	fmt.Fprintf(b, "- Where: %s\n", counts(inOrder(tally(sites, byName))))
	fmt.Fprintf(b, "- Which leg: %s\n", counts(inOrder(tally(sides, byName), "left", "right")))

	b.WriteString("- How bad (0 to 10): ")
	if len(severities) == 0 {
		b.WriteString("not rated\n")
	} else {
		slices.Sort(severities)
		if lo, hi := severities[0], severities[len(severities)-1]; lo == hi {
			fmt.Fprintf(b, "%d", lo)
		} else {
			fmt.Fprintf(b, "%d to %d, median %s", lo, hi, number(median(severities)))
		}
		if len(severities) < len(eps) {
			fmt.Fprintf(b, " (%d of %d rated)", len(severities), len(eps))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

func (r *Report) writeTried(b *strings.Builder, set *content.Set) {
	if len(r.episodes) == 0 {
		return
	}
	b.WriteString("## What was tried\n\n")
	var ids []string
	for _, e := range r.episodes {
		// Once per episode: "stretch" twice is stretching again, still one cramp.
		seen := map[string]bool{}
		for _, id := range e.Tried {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		b.WriteString("Not recorded for these cramps.\n\n")
		return
	}
	for _, c := range tally(ids, func(id string) int { return triedRank(set, id) }) {
		fmt.Fprintf(b, "- %s: in %s\n", triedTitle(set, c.what), ofTotal(c.n, len(r.episodes), "cramp"))
	}
	b.WriteString("\n")
}

func (r *Report) writeHabits(b *strings.Builder, set *content.Set) {
	b.WriteString("## Habits\n\n")
	items := set.Checklist.Items
	a := r.hist.Adherence(items, r.Period.First, r.Period.Last)
	fmt.Fprintf(b, "- Bedtime stretch routine finished: %s", ofTotal(a.Routines, a.Days, "night"))
	if n := r.selfReported(); n > 0 {
		fmt.Fprintf(b, ", %d of them self-reported (done without the app)", n)
	}
	if a.Rest > 0 {
		fmt.Fprintf(b, " (and %s)", history.Count(a.Rest, "rest night"))
	}
	b.WriteString("\n")
	if a.Tracked == 0 {
		b.WriteString("- Checklist: not used in these days\n\n")
		return
	}
	fmt.Fprintf(b, "- Checklist used on %s; ticked:\n", ofTotal(a.Tracked, a.Days, "day"))
	for i, row := range a.Items {
		switch {
		case items[i].Auto == content.AutoStretch:
			// the routine line above says it
		case items[i].Frequency == content.Occasional:
			fmt.Fprintf(b, "  - %s: %s\n", row.Label, r.occasional(items[i], row.Days))
		default:
			fmt.Fprintf(b, "  - %s: %s\n", row.Label, ofTotal(row.Days, a.Days, "day"))
		}
	}
	b.WriteString("\n")
}

func (r *Report) writeNotes(b *strings.Builder) {
	var notes []history.Episode
	for _, e := range r.episodes {
		if oneLine(e.Note) != "" {
			notes = append(notes, e)
		}
	}
	if len(notes) == 0 {
		return
	}
	b.WriteString("## Notes\n\n")
	for _, e := range notes {
		fmt.Fprintf(b, "- %s, %s: %s\n", e.Start.Format("2006-01-02 15:04"), where(e), oneLine(e.Note))
	}
	b.WriteString("\n")
}

func (r *Report) writeSeeDoctor(b *strings.Builder, set *content.Set) {
	sd := set.RedFlags.SeeDoctor
	// Only the period's own nights, so every figure the notice cites is in
	// the report: a short report looks at its own nights, not at cramps it
	// does not show. The threshold met in fewer nights is met in sd.InLast.
	sd = sd.Within(r.Period.Nights())
	reasons := r.hist.SeeDoctor(sd, r.Period.Last)
	if len(reasons) == 0 {
		return
	}
	b.WriteString("## Time to see a doctor\n\n")
	for _, why := range reasons {
		b.WriteString("- " + oneLine(why) + "\n")
	}
	if text := oneLine(sd.Text); text != "" {
		b.WriteString("\n" + text + "\n")
	}
	b.WriteString("\n")
}

// where is an episode's side and site as words: "left calf", "foot",
// "right leg", "site not said".
func where(e history.Episode) string {
	switch {
	case e.Site != "" && e.Side != "":
		return e.Side + " " + e.Site
	case e.Site != "":
		return e.Site
	case e.Side != "":
		return e.Side + " leg"
	}
	return "site not said"
}

// occasional is an occasional item's line (a medicine review comes once in
// months): "not in this period", "on Mon 30 Mar 2026" or "on 2 days, last
// on Mon 30 Mar 2026".
func (r *Report) occasional(it content.Item, days int) string {
	if days == 0 {
		return "not in this period"
	}
	last := r.Period.Last
	for last > r.Period.First && !r.hist.Done(last, it) {
		last--
	}
	if days == 1 {
		return "on " + history.NightName(last)
	}
	return fmt.Sprintf("on %d days, last on %s", days, history.NightName(last))
}

// inOrder puts a tally's known values in order (the values not named
// keep their place after them) and "not said" last; values with no count
// are not there to list.
func inOrder(cs []count, order ...string) []count {
	rank := func(c count) int {
		if c.what == notSaid {
			return len(order) + 1
		}
		if i := slices.Index(order, c.what); i >= 0 {
			return i
		}
		return len(order)
	}
	out := slices.Clone(cs)
	slices.SortStableFunc(out, func(a, b count) int { return cmp.Compare(rank(a), rank(b)) })
	return out
}

// counts writes a tally as "calf 5, foot 2".
func counts(cs []count) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s %d", c.what, c.n)
	}
	return strings.Join(parts, ", ")
}

// number writes a median: whole, or with its one decimal (".5").
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// ofTotal is "3 of 14 nights", with the word in the total's number: "0 of 1 night".
func ofTotal(n, total int, word string) string {
	return fmt.Sprintf("%d of %s", n, history.Count(total, word))
}
