package report_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/report"
	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// fixtureNow is a Thursday morning after the spring DST change: the report's
// 14 nights run from the night of 19 March to the night of 1 April 2026.
func fixtureNow(tb testing.TB) time.Time {
	// 03:30: still the night of 1 April by the one night rule.
	return time.Date(2026, 4, 2, 3, 30, 0, 0, testkit.Berlin)
}

func builtin(tb testing.TB) *content.Set {
	tb.Helper()
	set, err := content.Load(embedded.FS)
	if err != nil {
		tb.Fatalf("the built-in content: %v", err)
	}
	return set
}

// fixture reads testdata/journal.jsonl: episodes before the period, across
// midnight, either side of noon, across the DST change, edited, logged
// afterwards and deleted; ticks, an untick, routines, a rest night; and one
// corrupt line.
func fixture(tb testing.TB) []journal.Record {
	tb.Helper()
	res, err := journal.Open("testdata").Read()
	if err != nil {
		tb.Fatal(err)
	}
	if len(res.Bad) != 1 {
		tb.Fatalf("the fixture has one corrupt line, Read found %d: %+v", len(res.Bad), res.Bad)
	}
	return res.Records
}

func fixtureReport(tb testing.TB) *report.Report {
	return report.New(fixture(tb), report.LastNights(report.DefaultDays, fixtureNow(tb), night.Rule{DayStart: night.DayStart}))
}

// TestGolden pins every format for the fixture: read each file under
// testdata/TestGolden after -update.
func TestGolden(t *testing.T) {
	r, set := fixtureReport(t), builtin(t)
	for _, f := range report.Formats {
		t.Run("report."+f, func(t *testing.T) {
			out, err := r.Render(f, set)
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, out)
		})
	}
}

func TestSameDataSameBytes(t *testing.T) {
	set := builtin(t)
	for _, f := range report.Formats {
		a, _ := fixtureReport(t).Render(f, set)
		b, _ := fixtureReport(t).Render(f, set)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two reports of the same journal differ", f)
		}
	}
}

func TestLastNightsEndsWithTheCurrentNight(t *testing.T) {
	loc := testkit.Berlin
	date := func(s string) night.Date {
		d, err := night.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	cases := []struct {
		now         time.Time
		days        int
		first, last string
	}{
		// The one night rule: until the day start (04:00) the night that
		// began yesterday evening is tonight; from then on it is the coming
		// night, as on the checklist and the streak (a cramp before noon
		// still counts for the night just over, inside this window).
		{time.Date(2026, 4, 2, 3, 59, 0, 0, loc), 1, "2026-04-01", "2026-04-01"},
		{time.Date(2026, 4, 2, 4, 0, 0, 0, loc), 1, "2026-04-02", "2026-04-02"},
		{time.Date(2026, 4, 2, 9, 30, 0, 0, loc), 14, "2026-03-20", "2026-04-02"},
		{time.Date(2026, 4, 2, 11, 59, 0, 0, loc), 1, "2026-04-02", "2026-04-02"},
		{time.Date(2026, 4, 2, 12, 0, 0, 0, loc), 1, "2026-04-02", "2026-04-02"},
		{time.Date(2026, 4, 2, 23, 0, 0, 0, loc), 7, "2026-03-27", "2026-04-02"},
	}
	for _, c := range cases {
		p := report.LastNights(c.days, c.now, night.Rule{DayStart: night.DayStart})
		if p.First != date(c.first) || p.Last != date(c.last) || p.Nights() != c.days {
			t.Errorf("%d nights at %v: %s to %s (%d), want %s to %s", c.days, c.now, p.First, p.Last, p.Nights(), c.first, c.last)
		}
	}
}

// The CSV is one parseable row an episode, each on the night the rule says:
// 11:58 counts toward the night before, 12:01 toward its own date, a cramp
// at 01:55 on the DST night toward the evening before; the deleted episode
// and the one before the period are left out, the edit is applied.
func TestCSVRows(t *testing.T) {
	out, err := fixtureReport(t).CSV()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v\n%s", err, out)
	}
	if got := strings.Join(rows[0], ","); got != "night,start,site,side,minutes,severity,outcome,tried,note" {
		t.Errorf("header %q", got)
	}
	want := [][2]string{
		{"2026-03-20", "2026-03-20T23:50:00+01:00"},
		{"2026-03-21", "2026-03-22T11:58:00+01:00"},
		{"2026-03-22", "2026-03-22T12:01:00+01:00"},
		{"2026-03-28", "2026-03-29T01:55:00+01:00"},
		{"2026-03-29", "2026-03-30T03:10:00+02:00"},
		{"2026-03-30", "2026-03-31T02:40:00+02:00"},
		{"2026-03-31", "2026-04-01T04:20:00+02:00"},
	}
	if len(rows)-1 != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(rows)-1, len(want), out)
	}
	for i, w := range want {
		if rows[i+1][0] != w[0] || rows[i+1][1] != w[1] {
			t.Errorf("row %d: night %s start %s, want %s %s", i+1, rows[i+1][0], rows[i+1][1], w[0], w[1])
		}
	}
	edited := rows[5]
	if edited[5] != "5" || !strings.HasPrefix(edited[8], `after a long walk, "new" shoes`) || edited[4] != "12" {
		t.Errorf("the edited episode: %q", edited)
	}
}

// The JSON export holds every record of the period's nights as stored,
// the edit and the tombstone included, and nothing from before it.
func TestJSONHoldsThePeriodsRecords(t *testing.T) {
	out, err := fixtureReport(t).JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		First   string           `json:"first_night"`
		Last    string           `json:"last_night"`
		Records []journal.Record `json:"records"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("the JSON does not parse: %v\n%s", err, out)
	}
	if doc.First != "2026-03-19" || doc.Last != "2026-04-01" {
		t.Errorf("period %s to %s", doc.First, doc.Last)
	}
	ids := map[string]bool{}
	for _, r := range doc.Records {
		ids[r.ID] = true
	}
	for _, id := range []string{"e1-midnight", "e5-edit", "e7-deleted", "e7-del", "c7", "rr"} {
		if !ids[id] {
			t.Errorf("record %s is missing", id)
		}
	}
	for _, id := range []string{"e0-before", "e0-end", "c0"} {
		if ids[id] {
			t.Errorf("record %s is from before the period", id)
		}
	}
	if !strings.Contains(string(out), `<drank>`) {
		t.Error("a note must stay as the journal stores it, not HTML-escaped")
	}
}

func TestMarkdownSaysWhatADoctorAsks(t *testing.T) {
	set := builtin(t)
	md := string(fixtureReport(t).Markdown(set))
	for _, want := range []string{
		"Nights with cramps: 7 of 14",
		"Cramps: 7 (1 added afterwards)",
		"median 6 min 40 s, longest 12 min 30 s (night of Fri 20 Mar 2026), of the 6 with a known length; not known for 1 (left before it eased)",
		"Stretch the muscle: in 6 of 7 cramps",
		"Stayed seated instead of standing",
		"1 rest night",
		"after a long walk",
		strings.Join(strings.Fields(set.RedFlags.SeeDoctor.Text), " "),
		"4 of the last 7 nights",
		"General info, not medical advice",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q:\n%s", want, md)
		}
	}
}

// A cramp the person left before it eased says nothing of how long it
// lasted: its seconds are how long the screen stayed open. The durations
// count only known lengths (eased in the flow, or given with cramp log) and
// say how many that is and why the others are not known.
func TestDurationsCountOnlyKnownLengths(t *testing.T) {
	loc := testkit.Berlin
	at := func(day, h, m int) time.Time { return time.Date(2026, 3, day, h, m, 0, 0, loc) }
	recs := []journal.Record{
		{ID: "a", Type: journal.TypeCrampStart, Time: at(30, 3, 0), Site: "calf"},
		{ID: "a-end", Type: journal.TypeCrampEnd, Time: at(30, 3, 20), Episode: "a", Outcome: journal.OutcomeLeft, Seconds: 1200},
		{ID: "b", Type: journal.TypeCrampStart, Time: at(31, 2, 0), Site: "foot"},
		{ID: "b-end", Type: journal.TypeCrampEnd, Time: at(31, 2, 2), Episode: "b", Outcome: journal.OutcomeEased, Seconds: 120},
		{ID: "c", Type: journal.TypeCrampLog, Time: at(31, 5, 0), Site: "calf"},
		{ID: "d", Type: journal.TypeCrampLog, Time: at(29, 23, 0), Site: "calf", Seconds: 300},
	}
	md := string(report.New(recs, report.LastNights(14, fixtureNow(t), night.Rule{DayStart: night.DayStart})).Markdown(builtin(t)))
	want := "- How long: median 3 min 30 s, longest 5 minutes (night of Sun 29 Mar 2026), of the 2 with a known length; not known for 2 (1 left before it eased, 1 with no time recorded)\n"
	if !strings.Contains(md, want) {
		t.Errorf("want %q in:\n%s", want, md)
	}
	if strings.Contains(md, "20 minutes") {
		t.Errorf("the left cramp's 20 minutes were counted:\n%s", md)
	}

	md = string(report.New(recs[:2], report.LastNights(14, fixtureNow(t), night.Rule{DayStart: night.DayStart})).Markdown(builtin(t)))
	if want := "- How long: not known (left before it eased)\n"; !strings.Contains(md, want) {
		t.Errorf("want %q in:\n%s", want, md)
	}
}

func TestEmptyJournal(t *testing.T) {
	r := report.New(nil, report.LastNights(14, fixtureNow(t), night.Rule{DayStart: night.DayStart}))
	md := string(r.Markdown(builtin(t)))
	if !strings.Contains(md, "No cramps were recorded") || strings.Contains(md, "see a doctor") {
		t.Errorf("empty report:\n%s", md)
	}
	out, _ := r.CSV()
	if rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll(); err != nil || len(rows) != 1 {
		t.Errorf("empty CSV: %d rows, %v", len(rows), err)
	}
	out, _ = r.JSON()
	if !json.Valid(out) {
		t.Errorf("empty JSON is not valid:\n%s", out)
	}
}

func BenchmarkReport20k(b *testing.B) {
	set := builtin(b)
	now := time.Date(2026, 4, 2, 9, 30, 0, 0, testkit.Berlin)
	recs := reportgen.Records(20000, now)
	for _, f := range report.Formats {
		b.Run(f, func(b *testing.B) {
			for b.Loop() {
				r := report.New(recs, report.LastNights(report.DefaultDays, now, night.Rule{DayStart: night.DayStart}))
				if _, err := r.Render(f, set); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("md-3650-nights", func(b *testing.B) {
		for b.Loop() {
			r := report.New(recs, report.LastNights(report.MaxDays, now, night.Rule{DayStart: night.DayStart}))
			r.Markdown(set)
		}
	})
}

// reportOf is the Markdown report of the days nights ending with the night
// now falls in.
func reportOf(t *testing.T, recs []journal.Record, days int, now time.Time) string {
	t.Helper()
	return string(report.New(recs, report.LastNights(days, now, night.Rule{DayStart: night.DayStart})).Markdown(builtin(t)))
}

// eased is an episode begun at start that eased after seconds, on site.
func eased(id string, start time.Time, seconds int, site, side string) []journal.Record {
	return []journal.Record{
		{ID: id, Type: journal.TypeCrampStart, Time: start, Site: site, Side: side},
		{ID: id + "-end", Type: journal.TypeCrampEnd, Time: start.Add(time.Duration(seconds) * time.Second),
			Episode: id, Outcome: journal.OutcomeEased, Seconds: seconds},
	}
}

// The see-a-doctor notice cites only what the report shows: a 15-minute
// cramp two nights before a one-night report is not its reason; once the
// report covers that night, it is.
func TestSeeDoctorCitesOnlyThePeriodsCramps(t *testing.T) {
	loc := testkit.Berlin
	now := time.Date(2026, 11, 23, 23, 30, 0, 0, loc) // the night of Mon 23 Nov
	recs := append(eased("long", time.Date(2026, 11, 22, 2, 0, 0, 0, loc), 15*60, "calf", "left"),
		eased("short", time.Date(2026, 11, 23, 23, 0, 0, 0, loc), 90, "calf", "left")...)

	md := reportOf(t, recs, 1, now)
	if strings.Contains(md, "Time to see a doctor") || strings.Contains(md, "21 Nov") || strings.Contains(md, "15 minutes") {
		t.Errorf("a one-night report cites a cramp it does not show:\n%s", md)
	}
	md = reportOf(t, recs, 3, now)
	if !strings.Contains(md, "## Time to see a doctor") || !strings.Contains(md, "The longest lasted 15 minutes, on the night of Sat 21 Nov 2026.") {
		t.Errorf("a three-night report shows the 15-minute cramp, so its notice should cite it:\n%s", md)
	}
}

// A report shorter than the notice's week counts cramp nights in its own
// nights: 4 of its 5, not the 6 of 7 that nights it does not show would make.
func TestSeeDoctorCountsNightsInAShortReport(t *testing.T) {
	loc := testkit.Berlin
	now := time.Date(2026, 11, 23, 23, 30, 0, 0, loc)
	var recs []journal.Record
	for _, day := range []int{17, 18, 19, 20, 22, 23} { // nights of the 17th to the 23rd, but the 21st
		recs = append(recs, eased(fmt.Sprint("e", day), time.Date(2026, 11, day, 23, 0, 0, 0, loc), 60, "calf", "")...)
	}
	md := reportOf(t, recs, 5, now)
	if !strings.Contains(md, "Cramps on 4 of the last 5 nights.") || !strings.Contains(md, "Nights with cramps: 4 of 5 nights") {
		t.Errorf("want the period's 4 of 5 nights:\n%s", md)
	}
	if md := reportOf(t, recs, 3, now); strings.Contains(md, "Time to see a doctor") {
		t.Errorf("2 of 3 nights is not most nights of a week:\n%s", md)
	}
}

// One night reads as one night; an occasional item says when, not "on 0 days".
func TestWordingOfAOneNightReport(t *testing.T) {
	loc := testkit.Berlin
	now := time.Date(2026, 11, 23, 23, 30, 0, 0, loc)
	yes := true
	recs := append(eased("a", time.Date(2026, 11, 23, 23, 0, 0, 0, loc), 60, "calf", "left"),
		journal.Record{ID: "t", Type: journal.TypeCheck, Time: time.Date(2026, 11, 23, 21, 0, 0, 0, loc), Day: "2026-11-23", Item: "fluids", Done: &yes})
	md := reportOf(t, recs, 1, now)
	for _, want := range []string{
		"\n1 night, the night of Mon 23 Nov 2026, from the journal",
		"- Nights with cramps: 1 of 1 night\n",
		"- How long: 1 minute (night of Mon 23 Nov 2026)\n",
		"- Bedtime stretch routine finished: 0 of 1 night\n",
		"- Checklist used on 1 of 1 day; ticked:\n",
		"  - Enough fluids: 1 of 1 day\n",
		"  - Asked about my medicines: not in this period\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("want %q in:\n%s", want, md)
		}
	}
	for _, bad := range []string{"of 1 nights", "of 1 days", "on 0 days"} {
		if strings.Contains(md, bad) {
			t.Errorf("%q in:\n%s", bad, md)
		}
	}
}

// An occasional item done on more than one day says how often and when last.
func TestOccasionalItemSaysWhenLast(t *testing.T) {
	loc := testkit.Berlin
	yes := true
	tick := func(day int) journal.Record {
		return journal.Record{ID: fmt.Sprint("m", day), Type: journal.TypeCheck, Time: time.Date(2026, 11, day, 21, 0, 0, 0, loc),
			Day: fmt.Sprintf("2026-11-%02d", day), Item: "medicine-review", Done: &yes}
	}
	md := reportOf(t, []journal.Record{tick(10), tick(18)}, 14, time.Date(2026, 11, 23, 23, 30, 0, 0, loc))
	if want := "  - Asked about my medicines: on 2 days, last on Wed 18 Nov 2026\n"; !strings.Contains(md, want) {
		t.Errorf("want %q in:\n%s", want, md)
	}
}

// Legs are listed left, right, then not said, whatever the counts; sites
// most often first, with "not said" last.
func TestWhichLegLeftRightThenNotSaid(t *testing.T) {
	loc := testkit.Berlin
	var recs []journal.Record
	for i, side := range []string{"", "", "", "", "right", "right", "left", "left"} {
		site := ""
		if i >= 5 {
			site = "foot"
		}
		recs = append(recs, eased(fmt.Sprint("e", i), time.Date(2026, 11, 15+i, 23, 0, 0, 0, loc), 60, site, side)...)
	}
	md := reportOf(t, recs, 14, time.Date(2026, 11, 23, 23, 30, 0, 0, loc))
	for _, want := range []string{"- Which leg: left 2, right 2, not said 4\n", "- Where: foot 3, not said 5\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("want %q in:\n%s", want, md)
		}
	}
}

// The CSV's outcome column says how each cramp ended: eased, left, logged
// (added with cramp log), or empty when it never ended.
func TestCSVOutcomes(t *testing.T) {
	loc := testkit.Berlin
	at := func(day int) time.Time { return time.Date(2026, 11, day, 23, 0, 0, 0, loc) }
	recs := append(eased("eased", at(18), 60, "calf", ""),
		journal.Record{ID: "left", Type: journal.TypeCrampStart, Time: at(19), Site: "calf"},
		journal.Record{ID: "left-end", Type: journal.TypeCrampEnd, Time: at(19).Add(time.Minute), Episode: "left", Outcome: journal.OutcomeLeft, Seconds: 60},
		journal.Record{ID: "logged", Type: journal.TypeCrampLog, Time: at(20), Site: "foot", Seconds: 120},
		journal.Record{ID: "open", Type: journal.TypeCrampStart, Time: at(21), Site: "thigh"},
	)
	out, err := report.New(recs, report.LastNights(14, at(23), night.Rule{DayStart: night.DayStart})).CSV()
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, row := range rows[1:] {
		got = append(got, row[6])
	}
	if want := []string{"eased", "left", "logged", ""}; !slices.Equal(got, want) {
		t.Errorf("outcomes %q, want %q", got, want)
	}
}

// The report asks the same rule as the journal: 9 cramps on 3 nights this
// week, rated 9 of 10, give the several-a-night and severe reasons with the
// person's figures, under "Time to see a doctor".
func TestSeeDoctorHearsSeveralANightAndSevere(t *testing.T) {
	loc := testkit.Berlin
	now := time.Date(2026, 11, 23, 23, 30, 0, 0, loc)
	nine := 9
	var recs []journal.Record
	for _, day := range []int{18, 20, 22} {
		for i := range 3 {
			id := fmt.Sprintf("e%d-%d", day, i)
			recs = append(recs, eased(id, time.Date(2026, 11, day, 23, 10*i, 0, 0, loc), 60, "calf", "left")...)
			recs = append(recs, journal.Record{ID: id + "-sev", Type: journal.TypeCrampUpdate, Time: time.Date(2026, 11, day, 23, 10*i+2, 0, 0, loc), Episode: id, Severity: &nine})
		}
	}
	md := strings.Join(strings.Fields(reportOf(t, recs, 14, now)), " ")
	for _, want := range []string{
		"## Time to see a doctor",
		"3 of the last 7 nights had 3 or more cramps each (9 cramps on those nights); the most in one night was 3.",
		"Rated 8 or more out of 10 on 3 of the last 14 nights; the worst was 9.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
