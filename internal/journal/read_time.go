package journal

import (
	"encoding/binary"
	"math"
	"time"
)

// timeParser turns the times Append writes (2006-01-02T15:04:05.999999999-07:00,
// or with "Z") into the same time.Time encoding/json gives, location
// included, without time.Parse's generality. It keeps what it last learned
// (the day, time.Local's offset), so it is for one Read at a time.
type timeParser struct {
	// The offset of time.Local from localFrom (inclusive) to localTo
	// (exclusive), in Unix seconds; journals are in time order, so most
	// lookups fall into the period before.
	localFrom, localTo int64
	localOff           int
	localKnown         bool

	// The date (the first ten bytes) of the time before, and its day
	// number since 1970-01-01.
	date      uint64
	dateTail  [2]byte
	dateKnown bool
	days      int64

	// The last unnamed zone made for an offset that is not whole hours
	// (time.FixedZone makes a new one each time; whole hours it caches).
	oddOff int
	oddLoc *time.Location
}

// parse parses s strictly as RFC 3339 with at most nine fraction digits and
// reports false for anything else, which the caller then leaves to the slow
// path (time.Time.UnmarshalJSON also takes a few looser forms). The result
// matches time.Time.UnmarshalJSON: the same instant, in time.Local if Local
// has the written offset at that instant, in UTC for "Z", else in an unnamed
// fixed zone.
func (p *timeParser) parse(s []byte) (time.Time, bool) {
	if len(s) < len("2006-01-02T15:04:05Z") ||
		s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, false
	}
	// Most lines fall on the day of the line before.
	date := binary.LittleEndian.Uint64(s)
	if !p.dateKnown || date != p.date || s[8] != p.dateTail[0] || s[9] != p.dateTail[1] {
		year, ok1 := digits4(s[0:4])
		month, ok2 := digits2(s[5:7])
		day, ok3 := digits2(s[8:10])
		if !(ok1 && ok2 && ok3) || month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year) {
			return time.Time{}, false
		}
		p.date, p.dateTail, p.dateKnown = date, [2]byte{s[8], s[9]}, true
		p.days = daysSinceEpoch(year, month, day)
	}
	hour, ok1 := digits2(s[11:13])
	minute, ok2 := digits2(s[14:16])
	sec, ok3 := digits2(s[17:19])
	if !(ok1 && ok2 && ok3) || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}, false
	}
	s = s[19:]
	nsec := 0
	if s[0] == '.' {
		n := 1
		for ; n < len(s) && '0' <= s[n] && s[n] <= '9'; n++ {
			nsec = nsec*10 + int(s[n]-'0')
		}
		if n == 1 || n > 10 {
			return time.Time{}, false // no digits, or more than nine
		}
		for range 10 - n {
			nsec *= 10
		}
		s = s[n:]
	}
	unix := p.days*86400 + int64(hour*3600+minute*60+sec)
	if len(s) == 1 && s[0] == 'Z' {
		return time.Unix(unix, int64(nsec)).UTC(), true
	}
	if len(s) != len("-07:00") || (s[0] != '+' && s[0] != '-') || s[3] != ':' {
		return time.Time{}, false
	}
	offHour, ok1 := digits2(s[1:3])
	offMin, ok2 := digits2(s[4:6])
	if !ok1 || !ok2 || offHour > 23 || offMin > 59 {
		return time.Time{}, false
	}
	off := offHour*3600 + offMin*60
	if s[0] == '-' {
		off = -off
	}
	unix -= int64(off)
	t := time.Unix(unix, int64(nsec)) // in time.Local
	if p.localOffset(t, unix) == off {
		return t.In(time.Local), true // as time does it, should Local be UTC
	}
	return t.In(p.fixedZone(off)), true
}

// localOffset is time.Local's offset at t (which is in Local and at unix).
func (p *timeParser) localOffset(t time.Time, unix int64) int {
	if !p.localKnown || unix < p.localFrom || unix >= p.localTo {
		_, p.localOff = t.Zone()
		from, to := t.ZoneBounds()
		p.localFrom, p.localTo = int64(math.MinInt64), int64(math.MaxInt64)
		if !from.IsZero() {
			p.localFrom = from.Unix()
		}
		if !to.IsZero() {
			p.localTo = to.Unix()
		}
		p.localKnown = true
	}
	return p.localOff
}

func (p *timeParser) fixedZone(off int) *time.Location {
	if off%3600 == 0 {
		return time.FixedZone("", off) // cached by package time
	}
	if p.oddLoc == nil || p.oddOff != off {
		p.oddOff, p.oddLoc = off, time.FixedZone("", off)
	}
	return p.oddLoc
}

func digits2(b []byte) (int, bool) {
	d0, d1 := b[0]-'0', b[1]-'0'
	return int(d0)*10 + int(d1), d0 <= 9 && d1 <= 9
}

func digits4(b []byte) (int, bool) {
	hi, ok1 := digits2(b[0:2])
	lo, ok2 := digits2(b[2:4])
	return hi*100 + lo, ok1 && ok2
}

func daysInMonth(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysSinceEpoch is the number of days from 1970-01-01 to the given date in
// the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
func daysSinceEpoch(year, month, day int) int64 {
	y := int64(year)
	if month <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400                               // [0, 399]
	doy := int64((153*((month+9)%12)+2)/5 + day - 1) // [0, 365], from March 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy           // [0, 146096]
	return era*146097 + doe - 719468
}
