package history_test

import (
	"github.com/crampcoach/cramp/internal/testkit"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// ParseAt's forms, and HH:MM: the last time the clock showed it, which is in
// the current night whenever the night has reached it, and never in the
// future.
func TestParseAtForms(t *testing.T) {
	loc := testkit.Berlin
	cases := []struct {
		name  string
		now   [2]int // hour, minute on 2 April 2026, Berlin (CEST, +02:00)
		at    string
		want  string // RFC 3339
		night string // the night it counts toward
	}{
		{"this morning, before noon", [2]int{9, 0}, "03:10", "2026-04-02T03:10:00+02:00", "Wed 1 Apr 2026"},
		{"last evening, before noon", [2]int{9, 0}, "22:30", "2026-04-01T22:30:00+02:00", "Wed 1 Apr 2026"},
		{"one digit hour", [2]int{9, 0}, "3:10", "2026-04-02T03:10:00+02:00", "Wed 1 Apr 2026"},
		{"this evening", [2]int{23, 0}, "22:30", "2026-04-02T22:30:00+02:00", "Thu 2 Apr 2026"},
		{"03:10 at 23:00 is this morning's, last night", [2]int{23, 0}, "03:10", "2026-04-02T03:10:00+02:00", "Wed 1 Apr 2026"},
		{"03:10 in the afternoon is last night's", [2]int{14, 0}, "03:10", "2026-04-02T03:10:00+02:00", "Wed 1 Apr 2026"},
		{"10:00 at 09:00 is yesterday's, never the future", [2]int{9, 0}, "10:00", "2026-04-01T10:00:00+02:00", "Tue 31 Mar 2026"},
		{"this very minute", [2]int{9, 0}, "09:00", "2026-04-02T09:00:00+02:00", "Wed 1 Apr 2026"},
		{"spaces around", [2]int{9, 0}, " 03:10 ", "2026-04-02T03:10:00+02:00", "Wed 1 Apr 2026"},
		{"local date and time", [2]int{9, 0}, "2026-03-28 23:40", "2026-03-28T23:40:00+01:00", "Sat 28 Mar 2026"},
		{"RFC 3339", [2]int{9, 0}, "2026-04-01T23:15:00+02:00", "2026-04-01T23:15:00+02:00", "Wed 1 Apr 2026"},
		{"RFC 3339 in UTC keeps the instant", [2]int{9, 0}, "2026-04-01T21:15:00Z", "2026-04-01T21:15:00Z", "Wed 1 Apr 2026"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			now := time.Date(2026, 4, 2, c.now[0], c.now[1], 0, 0, loc)
			got, err := history.ParseAt(c.at, now)
			if err != nil {
				t.Fatalf("ParseAt(%q) at %02d:%02d: %v", c.at, c.now[0], c.now[1], err)
			}
			if s := got.Format(time.RFC3339); s != c.want {
				t.Errorf("ParseAt(%q) at %02d:%02d = %s, want %s", c.at, c.now[0], c.now[1], s, c.want)
			}
			if n := history.NightName(night.OfCramp(got)); n != c.night {
				t.Errorf("ParseAt(%q) counts toward the night of %s, want %s", c.at, n, c.night)
			}
		})
	}
}

func TestParseAtRefusesTheFutureAndSkippedTimes(t *testing.T) {
	loc := testkit.Berlin
	cases := []struct {
		now        time.Time
		at, reason string
	}{
		{time.Date(2026, 4, 2, 9, 0, 0, 0, loc), "2026-04-02 09:01", "in the future"},
		{time.Date(2026, 4, 2, 9, 0, 0, 0, loc), "2026-04-02T07:30:00Z", "in the future"},
		// 29 March 2026: Berlin's clocks jump from 02:00 to 03:00.
		{time.Date(2026, 3, 29, 9, 0, 0, 0, loc), "02:30", "clocks skipped"},
		{time.Date(2026, 3, 29, 9, 0, 0, 0, loc), "2026-03-29 02:30", "clocks skipped"},
		{time.Date(2026, 4, 2, 9, 0, 0, 0, loc), "24:00", "not a time"},
		{time.Date(2026, 4, 2, 9, 0, 0, 0, loc), "yesterday", "not a time"},
		{time.Date(2026, 4, 2, 9, 0, 0, 0, loc), "2026-02-30 03:00", "not a time"},
	}
	for _, c := range cases {
		got, err := history.ParseAt(c.at, c.now)
		if err == nil || !strings.Contains(err.Error(), c.reason) || !strings.Contains(err.Error(), `"`+c.at+`"`) {
			t.Errorf("ParseAt(%q) at %v = %v, %v; want an error quoting it and saying %q", c.at, c.now, got, err, c.reason)
		}
	}
}

// The clocks go back on 25 October 2026: 02:30 happens twice; the first is taken.
func TestParseAtAnAmbiguousTimeTakesTheFirst(t *testing.T) {
	now := time.Date(2026, 10, 25, 9, 0, 0, 0, testkit.Berlin)
	for _, at := range []string{"02:30", "2026-10-25 02:30"} {
		got, err := history.ParseAt(at, now)
		if err != nil || got.Format(time.RFC3339) != "2026-10-25T02:30:00+02:00" {
			t.Errorf("ParseAt(%q) = %v, %v; want the first 02:30, +02:00", at, got, err)
		}
	}
}

// RFC 3339 with the local offset at that moment is put on the local clock,
// so the journal names the zone; another offset is kept as given, an
// unnamed fixed zone.
func TestParseAtRFC3339OnTheLocalClock(t *testing.T) {
	loc := testkit.Berlin
	now := time.Date(2026, 4, 2, 9, 0, 0, 0, loc)
	cases := []struct {
		at    string
		local bool
	}{
		{"2026-04-01T23:15:00+02:00", true},
		// Before the DST change Berlin was +01:00: still the local offset then.
		{"2026-03-28T23:15:00+01:00", true},
		{"2026-04-01T23:15:00+01:00", false},
		{"2026-04-01T23:15:00+05:30", false},
	}
	for _, c := range cases {
		got, err := history.ParseAt(c.at, now)
		if err != nil {
			t.Fatalf("ParseAt(%q): %v", c.at, err)
		}
		if got.Format(time.RFC3339) != c.at || (got.Location() == loc) != c.local {
			t.Errorf("ParseAt(%q) = %s in %v; want the same instant and offset, on the local clock: %v", c.at, got.Format(time.RFC3339), got.Location(), c.local)
		}
	}
}

// A cramp is a repeat of one in the journal when it has the same site and
// minute and the same leg or a leg unsaid. Another site or another minute
// is another cramp; a deleted one no longer stands in the way; both legs at
// once are two cramps.
func TestSameCramp(t *testing.T) {
	at := time.Date(2026, 11, 23, 3, 10, 0, 0, testkit.Berlin)
	logged := func(id, site, side string, t time.Time) journal.Record {
		return journal.Record{ID: id, Type: journal.TypeCrampLog, Time: t, Site: site, Side: side}
	}
	h := history.Build(roundTrip(t,
		logged("a", "calf", "left", at),
		logged("b", "thigh", "", at.Add(time.Hour)),
		logged("c", "foot", "left", at.Add(2*time.Hour)),
		journal.Record{Type: journal.TypeCrampDelete, Time: at.Add(3 * time.Hour), Episode: "c"},
	).Records)
	cases := []struct {
		name string
		rec  journal.Record
		want string // the episode it repeats, "" for none
	}{
		{"the same line again", logged("", "calf", "left", at), "a"},
		{"the same minute, a leg unsaid", logged("", "calf", "", at.Add(40*time.Second)), "a"},
		{"a leg said where none was", logged("", "thigh", "right", at.Add(time.Hour)), "b"},
		{"the other leg", logged("", "calf", "right", at), ""},
		{"another site", logged("", "foot", "", at), ""},
		{"another minute", logged("", "calf", "left", at.Add(time.Minute)), ""},
		{"another day", logged("", "calf", "left", at.Add(-24*time.Hour)), ""},
		{"a deleted one", logged("", "foot", "left", at.Add(2*time.Hour)), ""},
	}
	for _, c := range cases {
		e, dup := h.SameCramp(c.rec)
		if got := map[bool]string{true: e.ID}[dup]; got != c.want {
			t.Errorf("%s: SameCramp = %q, %v; want %q", c.name, e.ID, dup, c.want)
		}
	}
}
