// Package history folds the journal's records into what the screens and the
// report show: episodes as they stand after edits and deletions, the nights
// they fell on, checklist days, routine nights, streaks and patterns.
//
// It is also the one home of the rules the screens and the commands share,
// so each is written once: the checklist's day rules (checklist.go), the
// journal's figures (figures.go), which night a rest night goes to
// (rest.go), when a cramp logged after the fact began and whether it is a
// repeat (cramplog.go), and the words they all use (Count, NightName,
// Minutes, Skipped).
//
// Only Load and LoadFigures do I/O, and nothing reads a clock: every
// function takes the records and "today" or "now".
package history

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// History is the journal folded. Build it once per read; ask it many times.
type History struct {
	// Episodes not deleted, oldest first, with every update and edit applied.
	Episodes []Episode
	// checks holds the last tick record's Done for each item and day.
	checks checklist
	// stretched holds the nights with a finished routine; rest the rest nights.
	stretched map[night.Date]bool
	rest      map[night.Date]bool
	// Routines are the routine.end records, oldest first.
	Routines []Run
	// Records is how many records were folded; Since is the night of the
	// earliest (night.OfCramp of its time), so nights before it were not
	// kept track of. Since means nothing while Records is 0.
	Records int
	Since   night.Date
	// byNight holds one entry per night with a cramp, in date order.
	byNight []Night
}

// Episode is one cramp as it stands now.
type Episode struct {
	ID        string
	Start     time.Time  // as recorded, on the wall clock of the place it was recorded
	Night     night.Date // night.OfCramp(Start)
	Site      string
	Side      string
	Seconds   int    // start to end; 0 while open or unknown
	Outcome   string // journal.OutcomeEased, OutcomeLeft, or "" if never ended or logged afterwards
	Severity  *int
	Note      string
	Tried     []string
	Escalated bool
	Logged    bool // added afterwards with `cramp log`
	// Eases is how many times the cramp eased in the relief flow: more
	// than one when it came back and eased again (one episode all along).
	Eases int
}

// Lasted is how long the cramp lasted, when that is known: the time until
// it (last) eased in the relief flow, or the minutes given with `cramp log`.
// An episode left before it eased, or never ended, has no known length (its
// seconds are how long the screen was open, not how long the cramp was). A
// cramp that eased within its first second lasted 0 seconds, and that is
// known: Length says "under 1 s".
func (e Episode) Lasted() (seconds int, ok bool) {
	switch {
	case e.Outcome == journal.OutcomeEased:
		return max(e.Seconds, 0), true
	case e.Logged && e.Outcome == "" && e.Seconds > 0:
		return e.Seconds, true
	}
	return 0, false
}

// Run is one bedtime routine played (finished or left).
type Run struct {
	Time     time.Time
	Night    night.Date
	Routine  string
	Finished bool
	Done     []string
	Skipped  []string
	Seated   bool
	// SelfReported: done without the app, recorded afterwards.
	SelfReported bool
}

// Load writes what screens have queued, reads the whole journal and folds
// it; bad is how many lines had to be skipped. Records still queued because
// writing failed are folded in too, so a screen shows what the person did;
// they stay queued for the next try. A read error keeps what was read
// before it. It does I/O: call it from a tea.Cmd, never from Update.
//
// The records are folded as they are read (journal.Scan), never all held
// at once: the History is all the memory a long journal keeps.
func Load(j *journal.Journal) (h *History, bad int, err error) {
	_ = j.Flush() // a failed write is reported by the screen that queued it
	f := newFolder()
	badLines, err := j.Scan(f.add)
	for _, r := range j.Pending() {
		f.add(&r)
	}
	return f.done(), len(badLines), err
}

// Skipped says, in the words every screen and command uses, that n journal
// lines could not be read; "" for none.
func Skipped(n int) string {
	switch {
	case n == 1:
		return "1 journal line couldn't be read and was skipped (the file is left untouched)."
	case n > 1:
		return fmt.Sprintf("%d journal lines couldn't be read and were skipped (the file is left untouched).", n)
	}
	return ""
}

// Build folds records (in file order) into a History. Records that name an
// unknown episode, or carry a day that is not a date, are ignored: a hand-
// edited or half-copied journal still shows everything else.
func Build(recs []journal.Record) *History {
	f := newFolder()
	for i := range recs {
		f.add(&recs[i])
	}
	return f.done()
}

// folder folds records into a History one at a time, in file order.
type folder struct {
	h       *History
	index   map[string]int  // episode id → position in h.Episodes
	deleted map[string]bool // deleted, or marked not a cramp
	first   time.Time
	// The day of the record before, parsed: a day's records come
	// together, and the decoder hands out one string for them.
	day     string
	date    night.Date
	dateErr error
}

func newFolder() *folder {
	return &folder{
		h: &History{
			checks:    checklist{days: map[night.Date]ticks{}},
			stretched: map[night.Date]bool{},
			rest:      map[night.Date]bool{},
		},
		index:   map[string]int{},
		deleted: map[string]bool{},
	}
}

// parseDay is night.Parse, remembering the last day.
func (f *folder) parseDay(s string) (night.Date, error) {
	if s != f.day || f.day == "" {
		f.day = s
		f.date, f.dateErr = night.Parse(s)
	}
	return f.date, f.dateErr
}

// add folds r in. It keeps what it needs of r, never r itself.
func (f *folder) add(r *journal.Record) {
	h := f.h
	h.Records++
	if f.first.IsZero() || r.Time.Before(f.first) {
		f.first = r.Time
	}
	switch r.Type {
	case journal.TypeCrampStart, journal.TypeCrampLog:
		if _, dup := f.index[r.ID]; dup {
			return
		}
		// The decoder makes one string of many records' ids and notes:
		// a copy of the few kept lets the rest go.
		id := strings.Clone(r.ID)
		f.index[id] = len(h.Episodes)
		h.Episodes = push(h.Episodes, Episode{
			ID: id, Start: r.Time, Night: night.OfCramp(r.Time),
			Logged: r.Type == journal.TypeCrampLog,
		})
		apply(&h.Episodes[len(h.Episodes)-1], r)
	case journal.TypeCrampUpdate, journal.TypeCrampEnd:
		if i, ok := f.index[r.Episode]; ok {
			e := &h.Episodes[i]
			if r.Type == journal.TypeCrampEnd {
				// Each end says how long until then: the last one stands.
				e.Seconds = 0
				if r.Outcome == journal.OutcomeEased {
					e.Eases++
				}
			}
			apply(e, r)
		}
	case journal.TypeCrampReturn:
		if i, ok := f.index[r.Episode]; ok {
			h.Episodes[i].Outcome = "" // open again until the next end
		}
	case journal.TypeCrampDelete, journal.TypeCrampNotCramp:
		f.deleted[r.Episode] = true
	case journal.TypeCheck:
		day, err := f.parseDay(r.Day)
		if err != nil || r.Item == "" || r.Done == nil {
			return
		}
		h.checks.set(day, r.Item, *r.Done)
	case journal.TypeRoutineEnd:
		day, err := f.parseDay(r.Day)
		if err != nil {
			return
		}
		run := Run{Time: r.Time, Night: day, Routine: r.Routine, Finished: r.Outcome == journal.OutcomeFinished,
			Done: r.StepsDone, Skipped: r.StepsSkipped, Seated: r.Seated, SelfReported: r.SelfReported}
		h.Routines = push(h.Routines, run)
		if run.Finished {
			h.stretched[day] = true
		}
	case journal.TypeRoutineRest:
		if day, err := f.parseDay(r.Day); err == nil {
			h.rest[day] = true
		}
	}
}

// push appends v to s, doubling s's room when it is full. append grows a
// long slice a quarter at a time, each time leaving the old array to the
// collector: five times the slice in all, where doubling leaves twice.
func push[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		s = slices.Grow(s, max(len(s), 16))
	}
	return append(s, v)
}

// done finishes the History once every record is in.
func (f *folder) done() *History {
	h := f.h
	// An opening left before anything said it was a cramp counts nowhere,
	// like one deleted or marked not a cramp.
	h.Episodes = slices.DeleteFunc(h.Episodes, func(e Episode) bool {
		return f.deleted[e.ID] || e.Outcome == journal.OutcomeDiscarded
	})
	// Logged episodes can be added long after; show them in time order.
	slices.SortStableFunc(h.Episodes, func(a, b Episode) int { return a.Start.Compare(b.Start) })
	h.indexNights()
	if !f.first.IsZero() {
		h.Since = night.OfCramp(f.first)
	}
	return h
}

// apply copies what a record says about an episode onto it; fields the
// record leaves empty keep their value, except a note it says was cleared.
func apply(e *Episode, r *journal.Record) {
	if r.Site != "" {
		e.Site = r.Site
	}
	if r.Side != "" {
		e.Side = r.Side
	}
	if r.Severity != nil {
		e.Severity = r.Severity
	}
	if r.NoteCleared {
		e.Note = ""
	}
	if r.Note != "" {
		e.Note = strings.Clone(r.Note)
	}
	if r.Seconds > 0 {
		e.Seconds = r.Seconds
	}
	if r.Outcome != "" {
		e.Outcome = r.Outcome
	}
	if len(r.Tried) > 0 {
		e.Tried = r.Tried
	}
	if r.Escalated {
		e.Escalated = true
	}
}

// Checked reports whether item was ticked by hand on day.
func (h *History) Checked(day night.Date, item string) bool {
	return h.checks.done(day, item)
}

// Done reports whether item counts as done on day: for an automatic item,
// whether its source record exists (a finished routine that night); for any
// other, the last tick.
func (h *History) Done(day night.Date, item content.Item) bool {
	if item.Auto == content.AutoStretch {
		return h.stretched[day]
	}
	return h.checks.done(day, item.ID)
}

// Stretched reports whether a routine was finished on night d.
func (h *History) Stretched(d night.Date) bool { return h.stretched[d] }

// Rest reports whether night d was marked a rest night.
func (h *History) Rest(d night.Date) bool { return h.rest[d] }

// Streak is the stretch streak on night today: consecutive nights, each with
// a finished routine or marked as rest, ending tonight if tonight already
// counts, else last night (a night not over yet never breaks a streak).
// Best is the longest such run ever.
func (h *History) Streak(today night.Date) (current, best int) {
	counts := func(d night.Date) bool { return h.stretched[d] || h.rest[d] }
	end := today
	if !counts(end) {
		end--
	}
	for d := end; counts(d); d-- {
		current++
	}
	// A rest night planned ahead (z on the completion screen marks
	// tomorrow) counts once it comes, not before.
	nights := make([]night.Date, 0, len(h.stretched)+len(h.rest))
	for d := range h.stretched {
		if d <= today {
			nights = append(nights, d)
		}
	}
	for d := range h.rest {
		if !h.stretched[d] && d <= today {
			nights = append(nights, d)
		}
	}
	slices.Sort(nights)
	run := 0
	for i, d := range nights {
		if i > 0 && d == nights[i-1]+1 {
			run++
		} else {
			run = 1
		}
		best = max(best, run)
	}
	return current, max(best, current)
}
