package report_test

import (
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/report"
	"github.com/crampcoach/cramp/internal/testkit"
)

// A cramp in the night, then a tick and a finished routine a minute before
// the report is printed: at every hour (and across both DST changes) the
// report, the journal's figures and the checklist agree on all three. Once
// this failed between 04:00 and noon: the report ended a night early.
func TestReportAndScreensAgreeAtEveryHour(t *testing.T) {
	b := testkit.Berlin
	rule := night.Rule{DayStart: night.DayStart}
	set := builtin(t)
	item := set.Checklist.Items[0].ID
	for _, now := range []time.Time{
		time.Date(2026, 12, 3, 0, 30, 0, 0, b),
		time.Date(2026, 12, 3, 3, 59, 0, 0, b),
		time.Date(2026, 12, 3, 4, 1, 0, 0, b),
		time.Date(2026, 12, 3, 6, 46, 0, 0, b),
		time.Date(2026, 12, 3, 11, 59, 0, 0, b),
		time.Date(2026, 12, 3, 12, 1, 0, 0, b),
		time.Date(2026, 3, 29, 6, 46, 0, 0, b),  // spring forward that night
		time.Date(2026, 10, 25, 6, 46, 0, 0, b), // fall back that night
		time.Date(2026, 10, 25, 2, 30, 0, 0, b), // in the repeated hour
		time.Date(2026, 3, 29, 3, 30, 0, 0, b),  // just after the skipped hour
	} {
		t.Run(now.Format("2006-01-02 15:04"), func(t *testing.T) {
			done := now.Add(-time.Minute)
			crampAt := time.Date(now.Year(), now.Month(), now.Day(), 0, 10, 0, 0, b)
			recs := []journal.Record{
				{ID: "ep", Type: journal.TypeCrampStart, Time: crampAt, Site: "calf"},
				{Type: journal.TypeCrampEnd, Time: crampAt.Add(time.Minute), Episode: "ep", Outcome: journal.OutcomeEased, Seconds: 60},
				history.Tick(item, true, done, rule.DayStart),
				{Type: journal.TypeRoutineEnd, Time: done, Day: rule.Day(done).String(), Routine: "short", Outcome: journal.OutcomeFinished},
			}
			md := string(report.New(recs, report.LastNights(14, now, rule)).Markdown(set))
			for _, want := range []string{"Cramps: 1", "Bedtime stretch routine finished: 1 of 14 nights", "Checklist used on 1 of 14 days"} {
				if !strings.Contains(md, want) {
					t.Errorf("the report lacks %q:\n%s", want, md)
				}
			}
			h := history.Build(recs)
			tonight := rule.Tonight(now)
			if cur, _ := h.Streak(tonight); cur != 1 {
				t.Errorf("streak %d, want 1 (the routine just finished)", cur)
			}
			if w := h.Last(tonight, 14); w.Cramps != 1 {
				t.Errorf("the journal's last 14 nights hold %d cramps, want 1", w.Cramps)
			}
			day := history.ComputeChecklist(set.Checklist.Items, tonight, history.DoneWithTicks(h, nil))
			if row, ok := day.Row(item); !ok || !row.Done {
				t.Errorf("the checklist for tonight (%v) does not show the tick", tonight)
			}
		})
	}
}

// An opening left at once is in no format: not counted in md, no CSV row,
// none of its records in the JSON.
func TestDiscardedOpeningIsInNoFormat(t *testing.T) {
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, testkit.Berlin)
	at := now.Add(-6 * time.Hour)
	recs := []journal.Record{
		{ID: "oops", Type: journal.TypeCrampStart, Time: at},
		{ID: "oops-end", Type: journal.TypeCrampEnd, Time: at.Add(time.Second), Episode: "oops", Outcome: journal.OutcomeDiscarded, Seconds: 1},
	}
	r := report.New(recs, report.LastNights(14, now, night.Rule{DayStart: night.DayStart}))
	if md := string(r.Markdown(builtin(t))); !strings.Contains(md, "No cramps were recorded") {
		t.Errorf("md counts the opening:\n%s", md)
	}
	csv, _ := r.CSV()
	if rows := strings.Count(strings.TrimSpace(string(csv)), "\n"); rows != 0 {
		t.Errorf("CSV has %d rows:\n%s", rows, csv)
	}
	js, _ := r.JSON()
	if strings.Contains(string(js), "oops") {
		t.Errorf("JSON holds the discarded records:\n%s", js)
	}
}

// A cramp that eased within its first second has a length: 0 minutes in
// the CSV, "under 1 s" in the md, never unknown.
func TestEasedInUnderASecondIsKnownInTheReport(t *testing.T) {
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, testkit.Berlin)
	at := now.Add(-6 * time.Hour)
	recs := []journal.Record{
		{ID: "ep", Type: journal.TypeCrampStart, Time: at, Site: "calf"},
		{Type: journal.TypeCrampEnd, Time: at.Add(300 * time.Millisecond), Episode: "ep", Outcome: journal.OutcomeEased},
	}
	r := report.New(recs, report.LastNights(14, now, night.Rule{DayStart: night.DayStart}))
	if md := string(r.Markdown(builtin(t))); !strings.Contains(md, "under 1 s") {
		t.Errorf("md:\n%s", md)
	}
	csv, _ := r.CSV()
	if !strings.Contains(string(csv), ",0,") {
		t.Errorf("CSV minutes not 0:\n%s", csv)
	}
}
