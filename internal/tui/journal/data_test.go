package journal_test

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// at is hour:minute on the evening date of night d plus days (1 for the
// small hours after it).
func at(d night.Date, days, hour, minute int) time.Time {
	return d.Time(time.UTC).AddDate(0, 0, days).Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)
}

// sampleJournal is two months of use up to last night: the checklist on
// most days (fluids ticked on alternate days, loose bedding only lately),
// a routine every third night and one rest night, cramps on every fourth
// night and on 4 of the last 7 (enough for the doctor notice), with
// severities, notes, a logged episode, an edit and a deletion. The newest
// episode, "ep-newest", is last night's: left calf, severity 6, eased after
// 3:05 with stretch and walk, with a note.
func sampleJournal(t testing.TB) []journal.Record {
	today := night.OfCramp(now)
	var recs []journal.Record
	add := func(r ...journal.Record) { recs = append(recs, r...) }
	episode := func(id string, d night.Date, hour, minute, secs int, site, side string, severity int) {
		start := at(d, 1, hour, minute)
		add(journal.Record{ID: id, Type: journal.TypeCrampStart, Time: start, Site: site})
		if side != "" || severity >= 0 {
			u := journal.Record{Type: journal.TypeCrampUpdate, Episode: id, Time: start.Add(20 * time.Second), Side: side}
			if severity >= 0 {
				u.Severity = new(severity)
			}
			add(u)
		}
		add(journal.Record{Type: journal.TypeCrampEnd, Episode: id, Time: start.Add(time.Duration(secs) * time.Second),
			Outcome: journal.OutcomeEased, Seconds: secs, Tried: []string{"stretch", "walk"}, Site: site, Side: side})
	}
	for i := 60; i >= 1; i-- {
		d := today - night.Date(i)
		if i != 5 && i != 9 { // two days without the checklist
			add(journal.Record{Type: journal.TypeCheck, Time: at(d, 0, 19, 0), Day: d.String(), Item: "fluids", Done: new(i%2 == 0)})
		}
		if i <= 10 {
			add(journal.Record{Type: journal.TypeCheck, Time: at(d, 0, 21, 0), Day: d.String(), Item: "bedding", Done: new(true)})
		}
		if i%3 == 0 {
			add(journal.Record{Type: journal.TypeRoutineEnd, Time: at(d, 0, 22, 0), Day: d.String(), Routine: "nightly",
				Outcome: journal.OutcomeFinished, StepsDone: []string{"calf-wall", "hamstring"}})
		}
		if i == 8 {
			add(journal.Record{Type: journal.TypeRoutineRest, Time: at(d, 0, 22, 0), Day: d.String()})
		}
		switch {
		case i == 1:
			episode("ep-newest", d, 3, 12, 185, "calf", "left", 6)
			add(journal.Record{Type: journal.TypeCrampUpdate, Episode: "ep-newest", Time: at(d, 1, 8, 0), Note: "woke with it"})
		case i == 2:
			add(journal.Record{ID: "ep-logged", Type: journal.TypeCrampLog, Time: at(d, 1, 4, 40), Site: "foot", Side: "right",
				Seconds: 300, Severity: new(3), Note: "after a long walk"})
		case i == 4:
			episode("ep-two-a", d, 1, 5, 95, "calf", "right", 4)
			episode("ep-two-b", d, 5, 50, 40, "thigh", "", -1)
		case i == 6:
			add(journal.Record{ID: "ep-left", Type: journal.TypeCrampStart, Time: at(d, 1, 2, 30), Site: "calf"},
				journal.Record{Type: journal.TypeCrampEnd, Episode: "ep-left", Time: at(d, 1, 2, 33), Outcome: journal.OutcomeLeft, Seconds: 180, Tried: []string{"stretch"}})
		case i == 7:
			// Deleted later: not on screen.
			episode("ep-deleted", d, 2, 0, 60, "calf", "", 2)
			add(journal.Record{Type: journal.TypeCrampDelete, Episode: "ep-deleted", Time: at(d, 1, 9, 0)})
		case i%4 == 0:
			episode("ep-"+d.String(), d, 2+i%3, 10*(i%5), 60+i*7, "calf", []string{"left", "right"}[(i/4)%2], i%11)
		case i == 30:
			episode("ep-edited", d, 0, 45, 120, "foot", "left", 8)
			add(journal.Record{Type: journal.TypeCrampUpdate, Episode: "ep-edited", Time: at(d, 2, 12, 0), Severity: new(5)})
		}
	}
	return recs
}

// quietJournal is a calm month: a few cramps, none in the last week.
func quietJournal(t testing.TB) []journal.Record {
	today := night.OfCramp(now)
	var recs []journal.Record
	for _, i := range []int{12, 20, 27} {
		d := today - night.Date(i)
		id := "q" + d.String()
		recs = append(recs,
			journal.Record{ID: id, Type: journal.TypeCrampStart, Time: at(d, 1, 3, 0), Site: "calf"},
			journal.Record{Type: journal.TypeCrampEnd, Episode: id, Time: at(d, 1, 3, 2), Outcome: journal.OutcomeEased, Seconds: 120})
	}
	return recs
}
