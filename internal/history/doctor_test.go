package history_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// builtIn is the see_doctor threshold the app ships with: these tests hold
// the content's own numbers to the figures.
func builtIn(t *testing.T) content.SeeDoctor {
	t.Helper()
	set, err := content.Load(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	return set.RedFlags.SeeDoctor
}

// logged is one cramp added with `cramp log` on night d, at 23:00 plus
// minutes, lasting a minute, rated sev (nil: not rated).
func logged(d night.Date, minutes int, sev *int) journal.Record {
	at := d.Time(time.UTC).Add(23*time.Hour + time.Duration(minutes)*time.Minute)
	return journal.Record{ID: fmt.Sprintf("%s-%d", d, minutes), Type: journal.TypeCrampLog, Time: at, Seconds: 60, Severity: sev}
}

func rated(n int) *int { return &n }

// nightsOf logs n cramps on each of the given nights, all rated sev.
func nightsOf(n int, sev *int, nights ...night.Date) []journal.Record {
	var recs []journal.Record
	for _, d := range nights {
		for i := range n {
			recs = append(recs, logged(d, i*10, sev))
		}
	}
	return recs
}

// has reports whether one of the reasons starts with the rule's words and
// carries the figure, the words as written (whitespace folded).
func has(reasons []string, words, figure string) bool {
	words = strings.Join(strings.Fields(words), " ")
	for _, r := range reasons {
		r = strings.Join(strings.Fields(r), " ")
		if strings.HasPrefix(r, words) && strings.Contains(r, figure) {
			return true
		}
	}
	return false
}

// The first figure: 9 cramps on 3 nights this week, each rated 9
// of 10. Before, no notice; now it is several a night, and severe.
func TestSeeDoctorHearsSeveralANightAndSevere(t *testing.T) {
	sd := builtIn(t)
	today := date(t, "2026-11-23")
	h := history.Build(nightsOf(3, rated(9), today-5, today-3, today-1))
	got := h.SeeDoctor(sd, today)
	if !has(got, sd.Several.Text, "3 of the last 7 nights had 3 or more cramps each (9 cramps on those nights); the most in one night was 3.") {
		t.Errorf("several a night not heard:\n%q", got)
	}
	if !has(got, sd.Severe.Text, "Rated 8 or more out of 10 on 3 of the last 14 nights; the worst was 9.") {
		t.Errorf("severe not heard:\n%q", got)
	}
	if has(got, sd.Frequent, "") || has(got, sd.Most.Text, "") {
		t.Errorf("3 nights is neither 4 of 7 nor most of 30:\n%q", got)
	}
	if len(got) != 2 {
		t.Errorf("want exactly the two rules that fired, got %d:\n%q", len(got), got)
	}
}

// Just under each threshold gives no notice: one night of several, two
// severe nights, a severity of 7.
func TestSeeDoctorNightRulesJustUnder(t *testing.T) {
	sd := builtIn(t)
	today := date(t, "2026-11-23")
	for name, recs := range map[string][]journal.Record{
		"several on one night only":       append(nightsOf(3, nil, today-2), nightsOf(2, nil, today-4)...),
		"several, the other 8 nights ago": nightsOf(3, nil, today-1, today-7),
		"severe on 2 nights":              nightsOf(1, rated(10), today-1, today-10),
		"severe, the third 14 nights ago": nightsOf(1, rated(8), today-1, today-10, today-14),
		"rated 7 on 3 nights":             nightsOf(1, rated(7), today-1, today-9, today-12),
		"14 of the last 30":               nightsOf(1, nil, spread(today, 14, 2)...),
	} {
		if got := history.Build(recs).SeeDoctor(sd, today); len(got) != 0 {
			t.Errorf("%s: want no notice, got %q", name, got)
		}
	}
}

// spread is n nights before today, every step-th one, starting step back.
func spread(today night.Date, n, step int) []night.Date {
	var out []night.Date
	for i := 1; i <= n; i++ {
		out = append(out, today-night.Date(i*step))
	}
	return out
}

// The second figure: 17 cramps on 11 of the last 30 nights. Three
// nights of three this week make it several a night; the same 17 cramps
// spread one or two a night, three nights a week, stay under every rule,
// since 11 is not half of 30. Cramps on 15 of the last 30 nights are most
// nights.
func TestSeeDoctorOverThirtyNights(t *testing.T) {
	sd := builtIn(t)
	today := date(t, "2026-11-23")

	clustered := nightsOf(3, nil, today-1, today-3, today-5) // 9 cramps on 3 nights
	clustered = append(clustered, nightsOf(1, nil, spread(today-7, 8, 2)...)...)
	if n := len(clustered); n != 17 {
		t.Fatalf("test data: %d cramps, want 17", n)
	}
	h := history.Build(clustered)
	if w := h.Last(today, 30); w.Cramps != 17 || w.CrampNights != 11 {
		t.Fatalf("test data: %d cramps on %d nights, want 17 on 11", w.Cramps, w.CrampNights)
	}
	if got := h.SeeDoctor(sd, today); !has(got, sd.Several.Text, "3 of the last 7 nights had 3 or more cramps each (9 cramps on those nights)") {
		t.Errorf("17 cramps on 11 nights, three of them with 3 this week:\n%q", got)
	}

	spreadOut := nightsOf(2, nil, spread(today+4, 6, 5)...) // 12 cramps on 6 nights, the last yesterday
	spreadOut = append(spreadOut, nightsOf(1, nil, spread(today+2, 5, 5)...)...)
	h = history.Build(spreadOut)
	if w := h.Last(today, 30); w.Cramps != 17 || w.CrampNights != 11 {
		t.Fatalf("test data: %d cramps on %d nights, want 17 on 11", w.Cramps, w.CrampNights)
	}
	if got := h.SeeDoctor(sd, today); len(got) != 0 {
		t.Errorf("11 of 30 nights, at most 2 a night and 3 a week, meets no rule, got %q", got)
	}

	h = history.Build(nightsOf(1, nil, spread(today+2, 15, 2)...)) // every other night, tonight included
	if got := h.SeeDoctor(sd, today); !has(got, sd.Most.Text, "Cramps on 15 of the last 30 nights, 15 cramps in all.") {
		t.Errorf("15 of the last 30 nights is at least half:\n%q", got)
	}
}
