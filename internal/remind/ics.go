// Package remind is `cramp remind`: the bedtime reminder as an iCalendar
// file any calendar or phone imports, and as a systemd user timer (Linux)
// or a launchd agent (macOS) that shows a notification. It is pure: it
// builds the files' text and says where they go; the command writes them.
package remind

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crampcoach/cramp/internal/content"
)

// Days a reminder repeats on.
const (
	Daily    = "daily"
	Weekdays = "mon-fri"
)

// FileName is the iCalendar file `cramp remind` writes.
const FileName = "cramp-bedtime.ics"

// UID names the reminder's event in every file this app writes, so a
// calendar that imports a newer file (another time, other days) updates the
// event rather than adding a second one.
const UID = "bedtime-stretch@cramp-coach.invalid"

// ProdID marks a calendar file as this app's: a file without it is never
// overwritten.
const ProdID = "-//Cramp Coach//cramp remind//EN"

// Reminder is what a reminder says and when.
type Reminder struct {
	Hour, Minute int
	Days         string // Daily or Weekdays
	Routine      content.Routine
	Minutes      int // the routine's length, rounded
}

// ParseAt reads --at: HH:MM on a 24-hour clock.
func ParseAt(s string) (hour, minute int, err error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, 0, fmt.Errorf("--at %q: want a time like 21:45 (24-hour)", s)
	}
	return t.Hour(), t.Minute(), nil
}

// ParseDays reads --days: daily or mon-fri.
func ParseDays(s string) (string, error) {
	switch v := strings.ToLower(strings.TrimSpace(s)); v {
	case "", Daily:
		return Daily, nil
	case Weekdays, "weekdays":
		return Weekdays, nil
	}
	return "", fmt.Errorf("--days %q: want daily or mon-fri", s)
}

// RoutineMinutes is about how long routine takes to play with the
// content's timings, in whole minutes: the same figure the player's plan
// line gives.
func RoutineMinutes(set *content.Set, r content.Routine) int {
	return content.Minutes(set.Routines.Length(r, 0))
}

// Title is what the reminder says first.
func (r Reminder) Title() string { return "Bedtime stretch" }

// Body is the reminder's line: the routine, its length and the command.
func (r Reminder) Body() string {
	// One line whatever the content says: a newline would end a unit
	// file's ExecStart.
	title := strings.Join(strings.Fields(r.Routine.Title), " ")
	return fmt.Sprintf("%s, about %d minutes: run cramp stretch --routine %s", title, r.Minutes, r.Routine.ID)
}

// ICS is the reminder as an iCalendar (RFC 5545) file: one event at the
// reminder's time, floating (the wall clock wherever the calendar is),
// repeating daily or on weekdays from start's date, as long as the
// routine, with an alarm at its start. stamp is DTSTAMP, when the file was
// made. Lines end in CRLF and are folded at 75 octets.
func ICS(r Reminder, start, stamp time.Time) []byte {
	rule := "FREQ=DAILY"
	if r.Days == Weekdays {
		rule = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
	}
	dtstart := time.Date(start.Year(), start.Month(), start.Day(), r.Hour, r.Minute, 0, 0, time.UTC)
	lines := []string{
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:" + ProdID,
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		"BEGIN:VEVENT",
		"UID:" + UID,
		"DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"),
		"DTSTART:" + dtstart.Format("20060102T150405"),
		fmt.Sprintf("DURATION:PT%dM", r.Minutes),
		"RRULE:" + rule,
		"SUMMARY:" + text(r.Title()),
		"DESCRIPTION:" + text(r.Body()),
		"TRANSP:TRANSPARENT",
		"BEGIN:VALARM",
		"ACTION:DISPLAY",
		"DESCRIPTION:" + text(r.Title()+": about "+fmt.Sprint(r.Minutes)+" minutes"),
		"TRIGGER:PT0M",
		"END:VALARM",
		"END:VEVENT",
		"END:VCALENDAR",
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(fold(l))
	}
	return []byte(b.String())
}

// text escapes a TEXT value (RFC 5545 3.3.11).
func text(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`).Replace(s)
}

// fold ends a content line with CRLF, folding it so no line is longer
// than 75 octets: a continuation starts with a space, and a UTF-8
// character is never split.
func fold(line string) string {
	var b strings.Builder
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut] + "\r\n ")
		line = line[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(line + "\r\n")
	return b.String()
}
