package remind_test

import (
	"github.com/crampcoach/cramp/internal/tui/stretch"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	embedded "github.com/crampcoach/cramp/content"
	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/remind"
)

func builtin(t *testing.T) *content.Set {
	t.Helper()
	set, err := content.Load(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func nightly(t *testing.T, days string) remind.Reminder {
	set := builtin(t)
	r, ok := set.Routines.Routine(set.Routines.Default)
	if !ok {
		t.Fatal("no default routine")
	}
	return remind.Reminder{Hour: 21, Minute: 45, Days: days, Routine: r, Minutes: remind.RoutineMinutes(set, r)}
}

// component is a parsed BEGIN…END block: its properties (name → values,
// parameters dropped) and the blocks inside it.
type component struct {
	name  string
	props map[string][]string
	subs  []*component
}

// parseICS checks the file's framing strictly (RFC 5545 §3.1): every line
// ends in CRLF, no line is longer than 75 octets, a folded line goes on
// with one space, every content line is NAME[;params]:value, and BEGIN and
// END nest. It returns the VCALENDAR.
func parseICS(t *testing.T, b []byte) *component {
	t.Helper()
	s := string(b)
	if !strings.HasSuffix(s, "\r\n") {
		t.Fatal("the file does not end in CRLF")
	}
	physical := strings.Split(strings.TrimSuffix(s, "\r\n"), "\r\n")
	var logical []string
	for i, l := range physical {
		if strings.ContainsAny(l, "\r\n") {
			t.Fatalf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, more than 75: %q", i+1, len(l), l)
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(logical) == 0 {
				t.Fatal("the file starts with a continuation line")
			}
			logical[len(logical)-1] += l[1:]
			continue
		}
		logical = append(logical, l)
	}
	line := regexp.MustCompile(`^([A-Z][A-Z0-9-]*)(;[^:]*)?:(.*)$`)
	var stack []*component
	var root *component
	for _, l := range logical {
		m := line.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("not a content line: %q", l)
		}
		name, value := m[1], m[3]
		switch name {
		case "BEGIN":
			c := &component{name: value, props: map[string][]string{}}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.subs = append(top.subs, c)
			} else if root != nil {
				t.Fatal("a second top-level component")
			} else {
				root = c
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].name != value {
				t.Fatalf("END:%s does not close the open component", value)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				t.Fatalf("%s outside any component", name)
			}
			top := stack[len(stack)-1]
			top.props[name] = append(top.props[name], value)
		}
	}
	if len(stack) != 0 || root == nil || root.name != "VCALENDAR" {
		t.Fatal("the file is not one closed VCALENDAR")
	}
	return root
}

// one is the single value of a property that must appear exactly once.
func one(t *testing.T, c *component, name string) string {
	t.Helper()
	if v := c.props[name]; len(v) == 1 {
		return v[0]
	}
	t.Errorf("%s has %d %s, want exactly one", c.name, len(c.props[name]), name)
	return ""
}

func unescape(s string) string {
	return strings.NewReplacer(`\\`, `\`, `\;`, ";", `\,`, ",", `\n`, "\n").Replace(s)
}

func TestICSIsAStrictCalendar(t *testing.T) {
	for _, days := range []string{remind.Daily, remind.Weekdays} {
		r := nightly(t, days)
		stamp := time.Date(2026, 12, 3, 9, 30, 0, 0, time.FixedZone("CET", 3600))
		cal := parseICS(t, remind.ICS(r, stamp, stamp))
		if one(t, cal, "VERSION") != "2.0" || one(t, cal, "PRODID") != remind.ProdID {
			t.Errorf("%s: VERSION or PRODID wrong", days)
		}
		if len(cal.subs) != 1 || cal.subs[0].name != "VEVENT" {
			t.Fatalf("%s: want one VEVENT", days)
		}
		ev := cal.subs[0]
		if one(t, ev, "UID") != remind.UID {
			t.Errorf("UID %q", ev.props["UID"])
		}
		if got := one(t, ev, "DTSTAMP"); got != "20261203T083000Z" {
			t.Errorf("DTSTAMP %q, want UTC", got)
		}
		if got := one(t, ev, "DTSTART"); got != "20261203T214500" {
			t.Errorf("DTSTART %q, want 21:45 local (floating) on the day", got)
		}
		want := map[string]string{remind.Daily: "FREQ=DAILY", remind.Weekdays: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"}[days]
		if got := one(t, ev, "RRULE"); got != want {
			t.Errorf("RRULE %q, want %q", got, want)
		}
		if got := one(t, ev, "DURATION"); !regexp.MustCompile(`^PT[1-9][0-9]*M$`).MatchString(got) {
			t.Errorf("DURATION %q", got)
		}
		desc := unescape(one(t, ev, "DESCRIPTION"))
		if !strings.Contains(desc, r.Routine.Title) || !strings.Contains(desc, "about 5 minutes") || !strings.Contains(desc, "cramp stretch --routine nightly") {
			t.Errorf("DESCRIPTION %q lacks the routine's name, length or command", desc)
		}
		one(t, ev, "SUMMARY")
		if len(ev.subs) != 1 || ev.subs[0].name != "VALARM" {
			t.Fatalf("want one VALARM in the event")
		}
		alarm := ev.subs[0]
		if one(t, alarm, "ACTION") != "DISPLAY" || one(t, alarm, "TRIGGER") == "" || one(t, alarm, "DESCRIPTION") == "" {
			t.Errorf("the alarm lacks ACTION:DISPLAY, TRIGGER or DESCRIPTION: %v", alarm.props)
		}
	}
}

// Long and non-ASCII text folds at 75 octets without splitting a
// character, and unfolds to what was written; commas and semicolons are
// escaped.
func TestICSFoldsLongLines(t *testing.T) {
	r := nightly(t, remind.Daily)
	r.Routine.Title = strings.Repeat("Étirement du mollet; «doux», ", 8)
	b := remind.ICS(r, time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC), time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC))
	for i, l := range strings.Split(string(b), "\r\n") {
		if !utf8Valid(l) {
			t.Errorf("line %d splits a character: %q", i+1, l)
		}
	}
	ev := parseICS(t, b).subs[0]
	if desc := unescape(one(t, ev, "DESCRIPTION")); !strings.Contains(desc, strings.TrimSpace(r.Routine.Title)) {
		t.Errorf("the long title did not survive folding: %q", desc)
	}
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// The same reminder at another time keeps its UID: a calendar updates it.
func TestICSUIDIsStable(t *testing.T) {
	a := nightly(t, remind.Daily)
	b := a
	b.Hour, b.Days = 22, remind.Weekdays
	t1 := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	ua := one(t, parseICS(t, remind.ICS(a, t1, t1)).subs[0], "UID")
	ub := one(t, parseICS(t, remind.ICS(b, t1.Add(48*time.Hour), t1.Add(48*time.Hour))).subs[0], "UID")
	if ua != ub {
		t.Errorf("UIDs %q and %q differ", ua, ub)
	}
}

func TestParseAtAndDays(t *testing.T) {
	if h, m, err := remind.ParseAt("21:45"); err != nil || h != 21 || m != 45 {
		t.Errorf("21:45: %d %d %v", h, m, err)
	}
	for _, bad := range []string{"9pm", "25:00", "21:60", ""} {
		if _, _, err := remind.ParseAt(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if d, err := remind.ParseDays("MON-FRI"); err != nil || d != remind.Weekdays {
		t.Errorf("mon-fri: %q %v", d, err)
	}
	if _, err := remind.ParseDays("weekends"); err == nil {
		t.Error("weekends accepted")
	}
}

// The reminder's length is the one the stretch player's plan line gives,
// for every built-in routine.
func TestRoutineMinutesMatchThePlayer(t *testing.T) {
	set := builtin(t)
	for _, r := range set.Routines.Routines {
		got := remind.RoutineMinutes(set, r)
		want := "about " + strconv.Itoa(got) + " minute"
		if plan := stretch.Plan(&set.Routines, r, 0); !strings.Contains(plan, want) {
			t.Errorf("%s: the reminder says %d minutes, the player %q", r.ID, got, plan)
		}
	}
	if got := remind.RoutineMinutes(set, mustRoutine(t, set, "nightly")); got < 4 || got > 6 {
		t.Errorf("nightly: %d minutes, want about 5", got)
	}
}

func mustRoutine(t *testing.T, set *content.Set, id string) content.Routine {
	t.Helper()
	r, ok := set.Routines.Routine(id)
	if !ok {
		t.Fatalf("no routine %q", id)
	}
	return r
}
