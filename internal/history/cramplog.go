package history

import (
	"fmt"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// The rules that keep a cramp logged after the fact (`cramp log`) from
// landing at the wrong time or twice.

// ParseAt reads when a cramp logged after the fact began: RFC 3339,
// "2006-01-02 15:04" on the local clock, or HH:MM, the last moment (now or
// before) the local clock showed that time. That is always a moment of the
// current night when the night has reached it (see night.OfCramp); when it
// has not (03:10 asked at 23:00, or 10:00 at 09:00), it is the day
// before's, never a time to come. A time in the future, or one the local
// clock skipped (DST), is an error. The local clock is now's location.
func ParseAt(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	loc := now.Location()
	const dateTime = "2006-01-02 15:04"
	var t time.Time
	if rfc, err := time.Parse(time.RFC3339, s); err == nil {
		// Same instant; on the local clock when the offset is the local one,
		// so the journal names the zone.
		if _, off := rfc.Zone(); zoneOffset(rfc.In(loc)) == off {
			rfc = rfc.In(loc)
		}
		t = rfc
	} else if dt, err := time.Parse(dateTime, s); err == nil {
		y, m, d := dt.Date()
		if t, err = wallClock(y, m, d, dt.Hour(), dt.Minute(), loc); err != nil {
			return time.Time{}, fmt.Errorf("%q: %w", s, err)
		}
	} else if tod, err := night.ParseClock(s); err == nil {
		y, m, d := now.Date()
		h, min := int(tod/time.Hour), int(tod%time.Hour/time.Minute)
		if !time.Date(y, m, d, h, min, 0, 0, loc).After(now) {
			t, err = wallClock(y, m, d, h, min, loc)
		} else {
			t, err = wallClock(y, m, d-1, h, min, loc)
		}
		if err != nil {
			return time.Time{}, fmt.Errorf("%q: %w", s, err)
		}
	} else {
		return time.Time{}, fmt.Errorf("%q is not a time; use HH:MM (03:10), \"YYYY-MM-DD HH:MM\" (\"2026-03-10 03:10\") or RFC 3339 (2026-03-10T03:10:00+01:00)", s)
	}
	if t.After(now) {
		return time.Time{}, fmt.Errorf("%q is in the future (it is %s now); log a cramp once it has happened", s, now.Format(dateTime))
	}
	return t, nil
}

// wallClock is the moment loc's clock showed h:min on the given date: the
// first of the two when the clocks went back, an error when they skipped it.
func wallClock(y int, m time.Month, d, h, min int, loc *time.Location) (time.Time, error) {
	t := time.Date(y, m, d, h, min, 0, 0, loc)
	if t.Hour() != h || t.Minute() != min {
		return time.Time{}, fmt.Errorf("the clocks skipped that time on %s (daylight saving); give the time they showed", t.Format(time.DateOnly))
	}
	// Go may pick either of two equal wall clock times; take the earlier.
	for _, back := range []time.Duration{time.Hour, 30 * time.Minute} {
		if e := t.Add(-back); e.Day() == t.Day() && e.Hour() == h && e.Minute() == min {
			return e, nil
		}
	}
	return t, nil
}

func zoneOffset(t time.Time) int {
	_, off := t.Zone()
	return off
}

// SameCramp finds an episode (not deleted) that rec, a cramp about to be
// logged, would repeat: the same site, begun in the same minute, on the
// same leg or with a leg unsaid (a cramp in both legs at once is two
// cramps). A half-awake person unsure it saved may log the same cramp
// again; a second copy would inflate every count.
func (h *History) SameCramp(rec journal.Record) (Episode, bool) {
	minute := rec.Time.Truncate(time.Minute)
	for _, e := range h.Episodes {
		sameLeg := e.Side == rec.Side || e.Side == "" || rec.Side == ""
		if e.Site == rec.Site && sameLeg && e.Start.Truncate(time.Minute).Equal(minute) {
			return e, true
		}
	}
	return Episode{}, false
}
