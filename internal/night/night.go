// Package night says which night a moment belongs to. Cramp Coach counts in
// nights, not calendar days: a cramp at 3 a.m. belongs to the night that began
// the evening before, and so does a checklist tick made just after midnight.
//
// A night is named by the date of its evening (Date). Two rules map a moment
// to it, both on the local wall clock, so a DST change never moves anything
// from one night to another:
//
//   - Ticks and routines (Of with a rollover, DayStart by default): before
//     the rollover (04:00) the moment belongs to the previous date.
//   - Cramps (OfCramp): before noon the cramp belongs to the previous
//     evening's night, since that is the night the person was sleeping.
package night

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DayStart is when a new checklist day (and routine night) begins, on the
// local wall clock, unless the person sets another time.
const DayStart = 4 * time.Hour

// CrampCutoff is when a cramp stops counting toward the night before.
const CrampCutoff = 12 * time.Hour

// Date is a calendar date counted in days since 1970-01-01. As a night it is
// the date of the evening the night began. Dates compare and subtract as
// integers: d+1 is the next night.
type Date int

// DateOf is the calendar date of t on its own wall clock.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// Of is the day (night) t belongs to when days roll over at rollover after
// midnight on t's own wall clock: with 04:00, 03:59 belongs to the day before.
func Of(t time.Time, rollover time.Duration) Date {
	d := DateOf(t)
	if sinceMidnight(t) < rollover {
		d--
	}
	return d
}

// OfCramp is the night a cramp at t belongs to: before noon, the night that
// began the evening before.
func OfCramp(t time.Time) Date { return Of(t, CrampCutoff) }

func sinceMidnight(t time.Time) time.Duration {
	h, m, s := t.Clock()
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute +
		time.Duration(s)*time.Second + time.Duration(t.Nanosecond())
}

// Time is midnight at the start of d in loc (or the first moment of d, where
// a DST change skips midnight).
func (d Date) Time(loc *time.Location) time.Time {
	y, m, day := d.civil()
	return time.Date(y, m, day, 0, 0, 0, 0, loc)
}

func (d Date) civil() (int, time.Month, int) {
	return time.Unix(int64(d)*86400, 0).UTC().Date()
}

// Weekday is the day of the week of d.
func (d Date) Weekday() time.Weekday {
	return time.Unix(int64(d)*86400, 0).UTC().Weekday()
}

// String is d as 2006-01-02, the form the journal stores.
func (d Date) String() string {
	y, m, day := d.civil()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), day)
}

// Format is d written with a time.Format layout, such as "Mon 2 Jan".
// Only the date's parts mean anything: the time of day is midnight, UTC.
func (d Date) Format(layout string) string { return d.Time(time.UTC).Format(layout) }

// Month is the month d falls in.
func (d Date) Month() time.Month {
	_, m, _ := d.civil()
	return m
}

// Parse reads a date written as 2006-01-02.
func Parse(s string) (Date, error) {
	if d, ok := parseDigits(s); ok {
		return d, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date like 2026-11-23", s)
	}
	return DateOf(t), nil
}

// parseDigits reads the usual form of a date, YYYY-MM-DD with a year from
// 1, by hand: a journal holds thousands of days, and time.Parse was a
// quarter of the time it took to fold them. Anything else it leaves to
// time.Parse, which rejects it or reads it the same way.
func parseDigits(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(b string) int {
		n := 0
		for i := 0; i < len(b); i++ {
			c := b[i]
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return 0, false
	}
	return daysFromCivil(y, m, d), true
}

func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is the days since 1970-01-01 of a proleptic Gregorian date
// (Howard Hinnant's algorithm).
func daysFromCivil(y, m, d int) Date {
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 0 here: parseDigits takes years from 1
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return Date(era*146097 + doe - 719468)
}

// ParseClock reads a time of day written HH:MM (24-hour), such as the day
// rollover "04:00", as the time since midnight.
func ParseClock(s string) (time.Duration, error) {
	hh, mm, ok := strings.Cut(strings.TrimSpace(s), ":")
	h, herr := strconv.Atoi(hh)
	m, merr := strconv.Atoi(mm)
	if !ok || herr != nil || merr != nil || len(mm) != 2 || h < 0 || h > 23 || m < 0 || m > 59 {
		return 0, fmt.Errorf("%q is not a time of day like 04:00", s)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute, nil
}

// FormatClock writes a time since midnight as HH:MM.
func FormatClock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d/time.Hour), int(d%time.Hour/time.Minute))
}

// Rule is the one night rule: which night a moment belongs to, which night
// is tonight, whether a night is over, and which are the last n. The
// journal screen, the checklist, the streak, the patterns, the see-a-doctor
// check and every report format ask it, so they always agree.
//
// A day (checklist ticks, routines, rest nights) rolls over at DayStart; a
// cramp belongs to the night before until noon (OfCramp). Tonight is the day
// now is in, so between DayStart and noon it is the coming night: a tick or
// routine at 06:45 is in tonight, and so in a report printed at 06:46, while
// a cramp at 06:00 still counts for the night just over, which is in every
// window that ends tonight.
type Rule struct {
	DayStart time.Duration // when a new day begins after midnight, such as 04:00
}

// Day is the day (and routine night) of a tick or routine at t.
func (r Rule) Day(t time.Time) Date { return Of(t, r.DayStart) }

// Cramp is the night a cramp at t belongs to.
func (r Rule) Cramp(t time.Time) Date { return OfCramp(t) }

// Tonight is the night now is in: the last night of every window.
func (r Rule) Tonight(now time.Time) Date { return Of(now, r.DayStart) }

// Over reports whether night d is over at now (it is before tonight).
func (r Rule) Over(d Date, now time.Time) bool { return d < r.Tonight(now) }

// Last is the n nights ending tonight, both ends included.
func (r Rule) Last(n int, now time.Time) (first, last Date) {
	last = r.Tonight(now)
	return last - Date(n) + 1, last
}
