// Package reportgen makes large, realistic journals for benchmarks: years
// of nights with cramps (started, rated, ended; a few logged afterwards,
// edited or deleted), checklist ticks and bedtime routines (Records), or a
// year of heavy checklist use (CheckYear). Only tests and benchmarks
// import it.
package reportgen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// Records returns n records of every type, in time order, up to end (in
// end's zone), going back as far as n records take (about twelve years for
// 20,000). The same n and end give the same records.
func Records(n int, end time.Time) []journal.Record {
	loc := end.Location()
	rng := rand.New(rand.NewPCG(1, 2))
	sites, sides := []string{"calf", "calf", "foot", "thigh"}, []string{"left", "right", ""}
	tried := [][]string{{"stretch"}, {"stretch", "stretch"}, {"stretch", "stand", "walk"}, {"stretch", "seated", "massage"}, {"stretch", "walk", "massage"}}
	items := checklistItems
	seq := 0
	id := func() string { seq++; return fmt.Sprintf("%016x", seq) }

	var days [][]journal.Record // newest night first
	total := 0
	for d := night.OfCramp(end); total < n; d-- {
		var recs []journal.Record
		put := func(r journal.Record) {
			if r.Time.After(end) {
				return // the night is not over yet
			}
			r.V, r.Zone = journal.FormatVersion, loc.String()
			if r.ID == "" {
				r.ID = id()
			}
			recs = append(recs, r)
		}
		evening := d.Time(loc).Add(19 * time.Hour)
		day := d.String()
		if rng.IntN(10) < 8 {
			for i, it := range items {
				if rng.IntN(3) > 0 {
					put(journal.Record{Type: journal.TypeCheck, Time: evening.Add(time.Duration(i) * time.Minute), Day: day, Item: it, Done: new(true)})
				}
			}
			if rng.IntN(8) == 0 { // taken back
				put(journal.Record{Type: journal.TypeCheck, Time: evening.Add(time.Hour), Day: day, Item: items[0], Done: new(false)})
			}
		}
		switch r := rng.IntN(10); {
		case r < 5:
			put(journal.Record{Type: journal.TypeRoutineEnd, Time: evening.Add(3 * time.Hour), Day: day, Routine: "nightly",
				Outcome: journal.OutcomeFinished, StepsDone: []string{"calf-wall", "hamstring", "ankle"}})
		case r < 6:
			put(journal.Record{Type: journal.TypeRoutineRest, Time: evening.Add(3 * time.Hour), Day: day})
		}
		if rng.IntN(10) < 4 {
			start := evening.Add(5*time.Hour + time.Duration(rng.IntN(5*3600))*time.Second)
			site, side := sites[rng.IntN(len(sites))], sides[rng.IntN(len(sides))]
			secs := 20 + rng.IntN(700)
			sev := rng.IntN(11)
			if rng.IntN(20) == 0 {
				put(journal.Record{Type: journal.TypeCrampLog, Time: start, Site: site, Side: side, Seconds: secs, Severity: &sev, Note: "from memory"})
			} else {
				ep := id()
				put(journal.Record{ID: ep, Type: journal.TypeCrampStart, Time: start, Site: site, Side: side})
				put(journal.Record{Type: journal.TypeCrampUpdate, Time: start.Add(15 * time.Second), Episode: ep, Severity: &sev})
				outcome := journal.OutcomeEased
				if rng.IntN(10) == 0 {
					outcome = journal.OutcomeLeft
				}
				ended := start.Add(time.Duration(secs) * time.Second)
				put(journal.Record{Type: journal.TypeCrampEnd, Time: ended, Episode: ep, Site: site, Side: side, Outcome: outcome,
					Seconds: secs, Tried: tried[rng.IntN(len(tried))], Escalated: secs > 600})
				switch rng.IntN(25) {
				case 0:
					put(journal.Record{Type: journal.TypeCrampUpdate, Time: ended.Add(6 * time.Hour), Episode: ep, Note: "woke up with it after a long walk; drank water"})
				case 1:
					put(journal.Record{Type: journal.TypeCrampDelete, Time: ended.Add(7 * time.Hour), Episode: ep})
				}
			}
		}
		days = append(days, recs)
		total += len(recs)
	}
	slices.Reverse(days)
	out := slices.Concat(days...)
	return out[len(out)-n:]
}

// checklistItems are the built-in checklist's items a person ticks by hand.
var checklistItems = []string{"fluids", "shoes", "bedding", "alcohol-caffeine", "movement", "heat", "varied-diet"}

// CheckYear returns a year of evenings of heavy checklist use up to end,
// as the app would have written them: every hand-ticked item every
// evening, about one in five left unticked, half of them unticked and
// ticked again; a finished routine most nights and a cramp now and then.
// checks is how many of the records are check records.
func CheckYear(end time.Time) (recs []journal.Record, checks int) {
	seq := 0
	put := func(r journal.Record) {
		seq++
		r.V, r.ID = journal.FormatVersion, fmt.Sprintf("%016x", seq)
		recs = append(recs, r)
	}
	for i := 365; i > 0; i-- {
		at := end.AddDate(0, 0, -i)
		day := night.Of(at, night.DayStart).String()
		for j, id := range checklistItems {
			done := (i+j)%5 != 0
			put(journal.Record{Type: journal.TypeCheck, Time: at.Add(time.Duration(j) * time.Second), Day: day, Item: id, Done: &done})
			checks++
			if (i+j)%2 == 0 { // changed their mind: untick, tick again
				put(journal.Record{Type: journal.TypeCheck, Time: at.Add(time.Minute), Day: day, Item: id, Done: new(false)})
				put(journal.Record{Type: journal.TypeCheck, Time: at.Add(2 * time.Minute), Day: day, Item: id, Done: &done})
				checks += 2
			}
		}
		if i%4 != 0 {
			put(journal.Record{Type: journal.TypeRoutineEnd, Time: at.Add(time.Hour), Day: day, Routine: "nightly", Outcome: journal.OutcomeFinished})
		}
		if i%9 == 0 {
			put(journal.Record{Type: journal.TypeCrampStart, Time: at.Add(6 * time.Hour), Site: "calf", Side: "left"})
		}
	}
	return recs, checks
}

// Write writes recs as a journal file in dir (created if missing), exactly
// as journal.Append would, but in one go.
func Write(dir string, recs []journal.Record) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, journal.FileName), os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
