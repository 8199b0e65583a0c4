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
	"github.com/crampcoach/cramp/internal/night"
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
	fmt.Fprintf(&b, "%s, the night of %s to the night of %s, from the journal kept with Cramp Coach. ",
		plural(p.Nights(), "night"), history.NightName(p.First), history.NightName(p.Last))
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
	fmt.Fprintf(b, "- Nights with cramps: %d of %d\n", len(nights), r.Period.Nights())

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
			if secs > longest.Seconds {
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
	if len(seconds) == 0 {
		fmt.Fprintf(b, "not known (%s)", strings.Join(why, ", "))
	} else {
		slices.Sort(seconds)
		fmt.Fprintf(b, "median %s, longest %s (night of %s), of the %d with a known length",
			history.Minutes(int(median(seconds)+0.5)), history.Minutes(longest.Seconds), history.NightName(longest.Night), len(seconds))
		if unknown > 0 {
			fmt.Fprintf(b, "; not known for %d (%s)", unknown, strings.Join(why, ", "))
		}
	}
	b.WriteString("\n")

	// The content lists sites and sides in no order of its own; most often
	// first, "not said" last among equals.
	lastNotSaid := func(v string) int {
		if v == notSaid {
			return 1
		}
		return 0
	}
	fmt.Fprintf(b, "- Where: %s\n", counts(tally(sites, lastNotSaid)))
	fmt.Fprintf(b, "- Which leg: %s\n", counts(tally(sides, lastNotSaid)))

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
		fmt.Fprintf(b, "- %s: in %d of %d cramps\n", triedTitle(set, c.what), c.n, len(r.episodes))
	}
	b.WriteString("\n")
}

func (r *Report) writeHabits(b *strings.Builder, set *content.Set) {
	b.WriteString("## Habits\n\n")
	items := set.Checklist.Items
	a := r.hist.Adherence(items, r.Period.First, r.Period.Last)
	fmt.Fprintf(b, "- Bedtime stretch routine finished: %d of %d nights", a.Routines, a.Days)
	if a.Rest > 0 {
		fmt.Fprintf(b, " (and %s)", plural(a.Rest, "rest night"))
	}
	b.WriteString("\n")
	if a.Tracked == 0 {
		b.WriteString("- Checklist: not used in these days\n\n")
		return
	}
	fmt.Fprintf(b, "- Checklist used on %d of %d days; ticked:\n", a.Tracked, a.Days)
	for i, row := range a.Items {
		switch {
		case items[i].Auto == content.AutoStretch:
			// the routine line above says it
		case items[i].Frequency == content.Occasional:
			fmt.Fprintf(b, "  - %s: on %s\n", row.Label, plural(row.Days, "day"))
		default:
			fmt.Fprintf(b, "  - %s: %d of %d days\n", row.Label, row.Days, a.Days)
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
	// The notice looks at the last sd.InLast nights, which a short report
	// may not cover.
	h := r.historyFrom(r.Period.Last - night.Date(sd.InLast) + 1)
	reasons := h.SeeDoctor(sd, r.Period.Last)
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

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
