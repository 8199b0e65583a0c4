package history_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
)

func date(t testing.TB, s string) night.Date {
	t.Helper()
	d, err := night.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func yes() *bool { v := true; return &v }
func no() *bool  { v := false; return &v }

// roundTrip appends recs to a fresh journal and reads them back, so the tests
// see times exactly as the app will (a numeric offset, no zone rules).
func roundTrip(t testing.TB, recs ...journal.Record) journal.ReadResult {
	t.Helper()
	j := journal.Open(t.TempDir())
	for _, r := range recs {
		if _, err := j.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	res, err := j.Read()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func cramp(id string, at time.Time) journal.Record {
	return journal.Record{ID: id, Type: journal.TypeCrampStart, Time: at, Site: "calf"}
}

func TestCrampsBelongToTheNightOnTheWallClock(t *testing.T) {
	loc := testkit.Berlin
	tests := []struct {
		id    string
		at    time.Time
		night string
	}{
		{"evening", time.Date(2026, 11, 23, 23, 30, 0, 0, loc), "2026-11-23"},
		{"after-midnight", time.Date(2026, 11, 24, 0, 10, 0, 0, loc), "2026-11-23"},
		{"before-noon", time.Date(2026, 11, 24, 11, 59, 59, 0, loc), "2026-11-23"},
		{"noon", time.Date(2026, 11, 24, 12, 0, 0, 0, loc), "2026-11-24"},
		// Spring forward: 02:00 → 03:00 on 29 March 2026.
		{"spring-forward", time.Date(2026, 3, 29, 3, 30, 0, 0, loc), "2026-03-28"},
		// Fall back: the second 02:30 on 25 October 2026 (CET).
		{"fall-back", time.Date(2026, 10, 25, 1, 30, 0, 0, time.UTC).In(loc), "2026-10-24"},
		// Recorded while travelling: the night is on the clock where it happened.
		{"new-york", time.Date(2026, 6, 2, 1, 0, 0, 0, time.FixedZone("EDT", -4*3600)), "2026-06-01"},
	}
	var recs []journal.Record
	for _, tt := range tests {
		recs = append(recs, cramp(tt.id, tt.at))
	}
	h := history.Build(roundTrip(t, recs...).Records)
	got := map[string]string{}
	for _, e := range h.Episodes {
		got[e.ID] = e.Night.String()
	}
	for _, tt := range tests {
		if got[tt.id] != tt.night {
			t.Errorf("%s (%v): night %s, want %s", tt.id, tt.at, got[tt.id], tt.night)
		}
	}
	// The evening, after-midnight and before-noon cramps are one night.
	if n := h.Night(date(t, "2026-11-23")); n.Cramps != 3 {
		t.Errorf("night of 23 Nov has %d cramps, want 3", n.Cramps)
	}
}

func TestEditsAndTombstones(t *testing.T) {
	loc := testkit.Berlin
	at := time.Date(2026, 11, 20, 3, 0, 0, 0, loc)
	recs := roundTrip(t,
		cramp("a", at),
		journal.Record{Type: journal.TypeCrampUpdate, Episode: "a", Time: at.Add(10 * time.Second), Side: "left", Severity: new(6)},
		journal.Record{Type: journal.TypeCrampEnd, Episode: "a", Time: at.Add(3 * time.Minute), Outcome: journal.OutcomeEased, Seconds: 180, Tried: []string{"stretch", "walk"}},
		cramp("b", at.Add(24*time.Hour)),
		journal.Record{ID: "c", Type: journal.TypeCrampLog, Time: at.Add(48 * time.Hour), Site: "foot", Seconds: 120, Severity: new(3), Note: "after a long walk"},
		// Later edits from the journal screen: a new severity for a, a
		// note for c, and b deleted.
		journal.Record{Type: journal.TypeCrampUpdate, Episode: "a", Time: at.Add(72 * time.Hour), Severity: new(2)},
		journal.Record{Type: journal.TypeCrampUpdate, Episode: "c", Time: at.Add(72 * time.Hour), Note: "after the hike"},
		journal.Record{Type: journal.TypeCrampDelete, Episode: "b", Time: at.Add(72 * time.Hour)},
		// Records about episodes that do not exist change nothing.
		journal.Record{Type: journal.TypeCrampUpdate, Episode: "zzz", Time: at, Severity: new(9)},
		journal.Record{Type: journal.TypeCrampDelete, Episode: "zzz", Time: at},
	).Records
	h := history.Build(recs)
	ids := []string{}
	for _, e := range h.Episodes {
		ids = append(ids, e.ID)
	}
	if !slices.Equal(ids, []string{"a", "c"}) {
		t.Fatalf("episodes %v, want [a c] (b deleted)", ids)
	}
	a, c := h.Episodes[0], h.Episodes[1]
	if a.Severity == nil || *a.Severity != 2 || a.Side != "left" || a.Seconds != 180 || a.Outcome != journal.OutcomeEased || !slices.Equal(a.Tried, []string{"stretch", "walk"}) {
		t.Errorf("a = %+v, want severity 2 (edited), left, 180 s, eased, tried stretch, walk", a)
	}
	// A logged cramp says how long it lasted, not how it ended: the person
	// never said it eased.
	if secs, ok := c.Lasted(); c.Note != "after the hike" || !c.Logged || c.Outcome != "" || !ok || secs != 120 || c.Site != "foot" {
		t.Errorf("c = %+v, want the edited note, logged, no outcome, lasted 120 s, foot", c)
	}
	if _, ok := (history.Episode{Outcome: journal.OutcomeLeft, Seconds: 900}).Lasted(); ok {
		t.Error("an episode left before it eased has no known length")
	}
	if n := h.Night(date(t, "2026-11-19")); n.Worst != 2 {
		t.Errorf("worst severity on the night of the 19th = %d, want the edited 2", n.Worst)
	}
	// The deletion is a record like any other: the deleted night is empty.
	if n := h.Night(date(t, "2026-11-20")); n.Cramps != 0 {
		t.Errorf("the night of the deleted episode has %d cramps", n.Cramps)
	}
}

// A note emptied in the journal screen is gone, through the file and back;
// a note written after that is there again, and a severity edit alone
// leaves the note as it is.
func TestAClearedNoteIsGoneUntilANewOne(t *testing.T) {
	at := time.Date(2026, 11, 20, 3, 0, 0, 0, testkit.Berlin)
	log := journal.Record{ID: "c", Type: journal.TypeCrampLog, Time: at, Site: "foot", Seconds: 120, Note: "after a long walk"}
	clear := journal.Record{Type: journal.TypeCrampUpdate, Episode: "c", Time: at.Add(time.Hour), NoteCleared: true}
	edit := journal.Record{Type: journal.TypeCrampUpdate, Episode: "c", Time: at.Add(2 * time.Hour), Severity: new(4)}
	again := journal.Record{Type: journal.TypeCrampUpdate, Episode: "c", Time: at.Add(3 * time.Hour), Note: "new shoes"}

	res := roundTrip(t, log, clear, edit)
	if !res.Records[1].NoteCleared {
		t.Fatalf("the clearing record came back as %+v", res.Records[1])
	}
	if e := history.Build(res.Records).Episodes[0]; e.Note != "" || e.Severity == nil || *e.Severity != 4 {
		t.Errorf("after clearing the note and rating it: note %q, severity %v; want no note, 4", e.Note, e.Severity)
	}
	if e := history.Build(roundTrip(t, log, clear, again).Records).Episodes[0]; e.Note != "new shoes" {
		t.Errorf("a note after the clearing: %q, want %q", e.Note, "new shoes")
	}
}

func TestCorruptLinesAreSkippedAndCounted(t *testing.T) {
	dir := t.TempDir()
	j := journal.Open(dir)
	at := time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)
	if _, err := j.Append(cramp("a", at)); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(filepath.Join(dir, journal.FileName), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("not json at all\n{\"v\":1,\"id\":\"x\"}\n")
	f.Close()
	if _, err := j.Append(cramp("b", at.Add(24*time.Hour))); err != nil {
		t.Fatal(err)
	}
	res, err := j.Read()
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Bad) != 2 {
		t.Errorf("%d bad lines, want 2: %+v", len(res.Bad), res.Bad)
	}
	if h := history.Build(res.Records); len(h.Episodes) != 2 {
		t.Errorf("%d episodes, want both good ones around the bad lines", len(h.Episodes))
	}
}

func TestChecksWithABadDayAreIgnored(t *testing.T) {
	at := time.Date(2026, 11, 20, 20, 0, 0, 0, time.UTC)
	h := history.Build([]journal.Record{
		{Type: journal.TypeCheck, Time: at, Day: "20 Nov", Item: "fluids", Done: yes()},
		{Type: journal.TypeCheck, Time: at, Day: "2026-11-20", Item: "fluids"}, // no Done
		{Type: journal.TypeCheck, Time: at, Day: "2026-11-20", Item: "shoes", Done: yes()},
	})
	d := date(t, "2026-11-20")
	if h.Checked(d, "fluids") || !h.Checked(d, "shoes") {
		t.Errorf("fluids %v shoes %v, want false true", h.Checked(d, "fluids"), h.Checked(d, "shoes"))
	}
}

func TestNightsAndWindows(t *testing.T) {
	loc := testkit.Berlin
	today := date(t, "2026-11-23")
	// Cramps: two on the 22nd (sev 4 and 7), one on the 20th (unrated),
	// one on the 10th, one a month before.
	recs := []journal.Record{
		cramp("1", time.Date(2026, 11, 23, 2, 0, 0, 0, loc)),
		{Type: journal.TypeCrampUpdate, Episode: "1", Time: time.Date(2026, 11, 23, 2, 0, 0, 0, loc), Severity: new(4)},
		cramp("2", time.Date(2026, 11, 23, 5, 0, 0, 0, loc)),
		{Type: journal.TypeCrampUpdate, Episode: "2", Time: time.Date(2026, 11, 23, 5, 0, 0, 0, loc), Severity: new(7)},
		cramp("3", time.Date(2026, 11, 20, 23, 0, 0, 0, loc)),
		cramp("4", time.Date(2026, 11, 11, 1, 0, 0, 0, loc)),
		cramp("5", time.Date(2026, 10, 20, 1, 0, 0, 0, loc)),
	}
	h := history.Build(recs)
	nights := h.Nights(today-6, today)
	if len(nights) != 7 || nights[0].Date != today-6 || nights[6].Date != today {
		t.Fatalf("Nights gave %d nights %v", len(nights), nights)
	}
	if n := nights[5]; n.Cramps != 2 || n.Worst != 7 {
		t.Errorf("the 22nd: %+v, want 2 cramps, worst 7", n)
	}
	if n := nights[3]; n.Cramps != 1 || n.Worst != -1 {
		t.Errorf("the 20th: %+v, want 1 cramp, unrated", n)
	}
	if w := h.Last(today, 7); w.CrampNights != 2 || w.Cramps != 3 || w.Worst != 7 {
		t.Errorf("last 7: %+v, want 2 nights, 3 cramps, worst 7", w)
	}
	if w := h.Last(today, 30); w.CrampNights != 3 || w.Cramps != 4 {
		t.Errorf("last 30: %+v, want 3 nights, 4 cramps (19 Oct is 35 nights back)", w)
	}
	if got := h.CrampNights(today-13, today); len(got) != 3 {
		t.Errorf("cramp nights in two weeks: %v", got)
	}
	if got := h.EpisodesIn(today-3, today); len(got) != 3 {
		t.Errorf("episodes in the last 4 nights: %d, want 3", len(got))
	}
}

func seeDoctor() content.SeeDoctor {
	return content.SeeDoctor{
		Nights: 4, InLast: 7, Longer: content.Duration{Duration: 10 * time.Minute},
		Frequent: "Cramps came on most nights of the last week.",
		Long:     "A cramp lasted longer than 10 minutes.",
		Text:     "Book an appointment.",
	}
}

func TestSeeDoctorThresholds(t *testing.T) {
	today := date(t, "2026-11-23")
	at := func(d night.Date, h int) time.Time { return d.Time(time.UTC).Add(time.Duration(h) * time.Hour) }
	ended := func(id string, d night.Date, secs int, outcome string) []journal.Record {
		return []journal.Record{
			cramp(id, at(d, 23)),
			{Type: journal.TypeCrampEnd, Episode: id, Time: at(d, 23), Outcome: outcome, Seconds: secs},
		}
	}
	var three, four []journal.Record
	for i := range 4 {
		recs := ended(string(rune('a'+i)), today-night.Date(2*i), 60, journal.OutcomeEased)
		if i < 3 {
			three = append(three, recs...)
		}
		four = append(four, recs...)
	}
	tests := []struct {
		name string
		recs []journal.Record
		want []string
	}{
		{"empty", nil, nil},
		{"3 of 7", three, nil},
		{"4 of 7", four, []string{"Cramps came on most nights of the last week. Cramps on 4 of the last 7 nights."}},
		{"4 but one is 8 nights back", append(three, ended("old", today-7, 60, journal.OutcomeEased)...), nil},
		{"long", ended("l", today-2, 11*60+5, journal.OutcomeEased),
			[]string{"A cramp lasted longer than 10 minutes. The longest lasted 11 min 5 s, on the night of Sat 21 Nov 2026."}},
		{"exactly 10 minutes", ended("l", today-2, 600, journal.OutcomeEased), nil},
		{"long but left, not eased", ended("l", today-2, 900, journal.OutcomeLeft), nil},
		{"long a month ago", ended("l", today-30, 900, journal.OutcomeEased), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := history.Build(tt.recs).SeeDoctor(seeDoctor(), today)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
	t.Run("a logged long cramp counts", func(t *testing.T) {
		got := history.Build([]journal.Record{{ID: "x", Type: journal.TypeCrampLog, Time: at(today, 2), Seconds: 20 * 60}}).SeeDoctor(seeDoctor(), today)
		if len(got) != 1 || !strings.Contains(got[0], "20 minutes") {
			t.Errorf("got %q", got)
		}
	})
}

// patternData is 30 nights before today: the checklist used on 24 of them,
// fluids ticked on the even ones, the routine finished on every third, and a
// cramp on the nights that are multiples of 4 plus night 1.
func patternData(t *testing.T, today night.Date) []journal.Record {
	var recs []journal.Record
	for i := 1; i <= 30; i++ {
		d := today - night.Date(i)
		noon := d.Time(time.UTC).Add(12 * time.Hour)
		if i <= 24 {
			done := yes()
			if i%2 == 1 {
				done = no() // ticked then unticked: still a day the checklist was used
			}
			recs = append(recs, journal.Record{Type: journal.TypeCheck, Time: noon, Day: d.String(), Item: "fluids", Done: done})
		}
		if i%3 == 0 {
			recs = append(recs, journal.Record{Type: journal.TypeRoutineEnd, Time: noon.Add(9 * time.Hour), Day: d.String(), Routine: "nightly", Outcome: journal.OutcomeFinished})
		}
		if i%4 == 0 || i == 1 {
			recs = append(recs, cramp("c"+d.String(), noon.Add(15*time.Hour)))
		}
	}
	// Tonight is not over: a tick and a cramp now are not counted.
	recs = append(recs,
		journal.Record{Type: journal.TypeCheck, Time: today.Time(time.UTC).Add(20 * time.Hour), Day: today.String(), Item: "fluids", Done: yes()},
		cramp("tonight", today.Time(time.UTC).Add(22*time.Hour)))
	return recs
}

func TestPatterns(t *testing.T) {
	today := date(t, "2026-11-23")
	items := []content.Item{
		{ID: "fluids", Label: "Enough fluids", Frequency: content.Daily},
		{ID: "evening-stretch", Label: "Evening stretch", Frequency: content.Daily, Auto: content.AutoStretch},
		{ID: "medicine-review", Label: "Asked about my medicines", Frequency: content.Occasional},
	}
	h := history.Build(patternData(t, today))
	got := h.Patterns(items, today)
	if len(got) != 2 {
		t.Fatalf("%d patterns, want 2 (occasional items have none): %+v", len(got), got)
	}
	// Nights 1-24 count. Fluids on even nights (12): cramps on 4, 8, 12,
	// 16, 20, 24 → 6 of 12. Not on odd nights (12): cramp on night 1 → 1 of 12.
	fl := got[0]
	if fl.Done != (history.Tally{Nights: 12, CrampNights: 6}) || fl.NotDone != (history.Tally{Nights: 12, CrampNights: 1}) {
		t.Errorf("fluids: %+v", fl)
	}
	if !fl.Enough() || fl.Done.Percent() != 50 || fl.NotDone.Percent() != 8 {
		t.Errorf("fluids: enough %v, %d%% vs %d%%", fl.Enough(), fl.Done.Percent(), fl.NotDone.Percent())
	}
	want := "Nights after you ticked Enough fluids had cramps 50% of the time (of 12 nights); nights after you didn't, 8% (of 12 nights)."
	if s := fl.Sentence(); s != want {
		t.Errorf("sentence:\n%s\nwant\n%s", s, want)
	}
	// Stretch on multiples of 3 within 1-24 (8 nights): cramps on 12, 24 → 2.
	// Not on the other 16: cramps on 1, 4, 8, 16, 20 → 5.
	st := got[1]
	if st.Done != (history.Tally{Nights: 8, CrampNights: 2}) || st.NotDone != (history.Tally{Nights: 16, CrampNights: 5}) {
		t.Errorf("stretch: %+v", st)
	}

	// With only a week of use, nothing is shown.
	var week []journal.Record
	for _, r := range patternData(t, today) {
		if r.Day == "" || r.Day >= (today-7).String() {
			week = append(week, r)
		}
	}
	few := history.Build(week).Patterns(items, today)
	if few[0].Enough() {
		t.Errorf("a week of data is enough: %+v", few[0])
	}
	if s := few[0].Sentence(); !strings.Contains(s, "not enough nights yet") {
		t.Errorf("insufficient sentence: %q", s)
	}
}

func TestPatternsAddTheRoutineWhenTheContentHasNoStretchItem(t *testing.T) {
	today := date(t, "2026-11-23")
	got := history.Build(patternData(t, today)).Patterns([]content.Item{{ID: "fluids", Label: "Enough fluids", Frequency: content.Daily}}, today)
	if len(got) != 2 || got[1].ID != history.StretchID || got[1].Done.Nights != 8 {
		t.Errorf("patterns: %+v", got)
	}
}

func TestAdherence(t *testing.T) {
	today := date(t, "2026-11-23")
	items := []content.Item{
		{ID: "fluids", Label: "Enough fluids", Frequency: content.Daily},
		{ID: "evening-stretch", Label: "Evening stretch", Frequency: content.Daily, Auto: content.AutoStretch},
	}
	recs := append(patternData(t, today), journal.Record{Type: journal.TypeRoutineRest, Time: today.Time(time.UTC), Day: (today - 1).String()})
	a := history.Build(recs).Adherence(items, today-14, today-1)
	// Nights 1-14: fluids on the even ones (7), routine on 3, 6, 9, 12 (4), night 1 rest.
	if a.Days != 14 || a.Tracked != 14 || a.Items[0].Days != 7 || a.Items[1].Days != 4 || a.Routines != 4 || a.Rest != 1 {
		t.Errorf("adherence: %+v", a)
	}
}

func TestStreakForgivesRestNights(t *testing.T) {
	today := date(t, "2026-11-23")
	var recs []journal.Record
	routine := func(d night.Date, outcome string) {
		recs = append(recs, journal.Record{Type: journal.TypeRoutineEnd, Time: d.Time(time.UTC).Add(21 * time.Hour), Day: d.String(), Routine: "nightly", Outcome: outcome})
	}
	for i := 10; i >= 8; i-- { // an older run of 3
		routine(today-night.Date(i), journal.OutcomeFinished)
	}
	routine(today-7, journal.OutcomeLeft) // left part-way: breaks it
	for i := 6; i >= 1; i-- {
		if i == 3 {
			recs = append(recs, journal.Record{Type: journal.TypeRoutineRest, Time: today.Time(time.UTC), Day: (today - 3).String()})
			continue
		}
		routine(today-night.Date(i), journal.OutcomeFinished)
	}
	h := history.Build(recs)
	if cur, best := h.Streak(today); cur != 6 || best != 6 {
		t.Errorf("before tonight's routine: streak %d best %d, want 6 and 6", cur, best)
	}
	routine(today, journal.OutcomeFinished)
	if cur, best := history.Build(recs).Streak(today); cur != 7 || best != 7 {
		t.Errorf("after tonight's routine: streak %d best %d, want 7 and 7", cur, best)
	}
	if cur, best := h.Streak(today + 2); cur != 0 || best != 6 {
		t.Errorf("two nights later with none: streak %d best %d, want 0 and 6", cur, best)
	}
}
