package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
)

// The checks of the files behind the daily screens: routines.yaml (the
// bedtime stretch), checklist.yaml (the prevention habits) and the
// see_doctor threshold of redflags.yaml (the journal). routines.yaml and
// checklist.yaml may be merged from two files (merge.go), so their checks
// find each part's file and path through parts.

// voicePlaceholders are the words a voice phrase may have in braces.
var voicePlaceholders = []string{"{side}", "{title}", "{seconds}", "{reps}"}

var placeholderRE = regexp.MustCompile(`\{[^{}]*\}`)

func checkRoutines(p *parts, r *Routines, keys map[string]bool) {
	// Stretch ids first, so that the routines' steps can be checked against them.
	stretches := make(map[string]int, len(r.Stretches)) // id → index of first use
	for i, s := range r.Stretches {
		at := p.elem("stretches", i)
		checkID(at.d, at.p, i, s.ID, "stretch", "stretch", stretches)
	}
	if len(r.Stretches) == 0 {
		p.field("stretches").errorf("", "stretches: list at least one stretch")
	}
	for i := range r.Stretches {
		checkStretch(p.elem("stretches", i), i, &r.Stretches[i], keys)
	}

	routines := make(map[string]int, len(r.Routines))
	for i := range r.Routines {
		x, at := &r.Routines[i], p.elem("routines", i)
		checkID(at.d, at.p, i, x.ID, "routine", "routine", routines)
		name := fmt.Sprintf("routine %q", x.ID)
		if x.ID == "" {
			name = fmt.Sprintf("routine %d", i+1)
		}
		if blank(x.Title) {
			at.errorf(".title", "%s has no title", name)
		}
		if blank(x.Summary) {
			at.errorf(".summary", "%s has no summary; it is the line shown in the picker", name)
		}
		if len(x.Steps) == 0 {
			at.errorf(".steps", "%s has no steps; list the ids of its stretches", name)
		}
		for j, id := range x.Steps {
			if _, ok := stretches[id]; !ok {
				at.errorf(fmt.Sprintf(".steps[%d]", j), "%s lists stretch %q, which does not exist", name, id)
			}
		}
	}
	if len(r.Routines) == 0 {
		p.field("routines").errorf("", "routines: list at least one routine")
	}
	if def := p.field("default"); r.Default == "" {
		def.errorf("", "default is missing; name the routine the picker preselects")
	} else if _, ok := routines[r.Default]; !ok {
		def.errorf("", "default names routine %q, which does not exist", r.Default)
	}

	checkPositive(p.field("get_ready"), "get_ready", r.GetReady.Duration, "how long the lead-in before each hold lasts, like \"5s\"")
	checkPositive(p.field("switch"), "switch", r.Switch.Duration, "how long the switch-sides prompt lasts, like \"5s\"")
	if blank(r.During) {
		p.field("during").errorf("", "during is missing; it is the line under every hold (stretch gently, never into sharp pain; keep breathing)")
	}
	ds := p.field("during_sources")
	if len(r.DuringSources) == 0 {
		ds.errorf("", "during_sources is missing; cite the line under every hold with at least one key from %s", FileSources)
	}
	for j, k := range r.DuringSources {
		if keys != nil && !keys[k] {
			ds.errorf(fmt.Sprintf("[%d]", j), "unknown source key %q; it is not in %s", k, FileSources)
		}
	}
	intro, finished := p.field("intro"), p.field("finished")
	checkBlock(intro.d, intro.p, "intro", &r.Intro, keys)
	checkBlock(finished.d, finished.p, "finished", &r.Finished, keys)
	safety := p.field("safety")
	if len(r.Safety) == 0 {
		safety.errorf("", "safety: list at least one caution (stop on sharp pain, numbness or tingling; a swollen, hot or red leg)")
	}
	for i := range r.Safety {
		s := safety.index(i)
		checkBlock(s.d, s.p, fmt.Sprintf("safety caution %d", i+1), &r.Safety[i], keys)
	}
	checkVoice(p.field("voice"), &r.Voice)
}

// checkPositive reports a required duration that is missing, zero or negative.
func checkPositive(at place, key string, v time.Duration, what string) {
	switch {
	case v > 0:
	case v == 0 && !at.has(""):
		at.errorf("", "%s is missing; give %s", key, what)
	default:
		at.errorf("", "%s must be a positive duration, got %s", key, formatDuration(v))
	}
}

func checkStretch(at place, i int, s *Stretch, keys map[string]bool) {
	name := fmt.Sprintf("stretch %q", s.ID)
	if s.ID == "" {
		name = fmt.Sprintf("stretch %d", i+1)
	}
	for _, f := range []struct{ key, s, what string }{
		{"title", s.Title, "title"},
		{"cue", s.Cue, "cue (one line, readable from a distance)"},
		{"text", s.Text, "text"},
		{"get_ready", s.GetReady, "get_ready (what to do during the lead-in)"},
	} {
		if blank(f.s) {
			at.errorf("."+f.key, "%s has no %s", name, f.what)
		}
	}
	switch s.Side {
	case SideBoth, SideLeft, SideRight, SideNone:
	default:
		at.errorf(".side", "%s: side must be both, left or right (or left out for both feet at once), got %q", name, s.Side)
	}

	// Exactly one of hold and reps: a hold counts down, reps end when the
	// person says done.
	const both = "give hold (a countdown, like \"30s\") or reps (ended with a key), not both"
	holdGiven, repsGiven := s.Hold.Duration != 0 || at.has(".hold"), s.Reps != 0 || at.has(".reps")
	switch {
	case holdGiven && repsGiven:
		at.errorf(".reps", "%s has both hold and reps; %s", name, both)
	case !holdGiven && !repsGiven:
		at.errorf("", "%s has neither hold nor reps; %s", name, both)
	case holdGiven && s.Hold.Duration <= 0:
		got := formatDuration(s.Hold.Duration)
		if n := at.d.node(at.p + ".hold"); n != nil && n.Type() == ast.NullType {
			got = "nothing"
		}
		at.errorf(".hold", "%s: hold must be a positive duration, got %s", name, got)
	case repsGiven && s.Reps <= 0:
		at.errorf(".reps", "%s: reps must be a positive whole number, got %d", name, s.Reps)
	}

	if s.Stands && s.Seated == nil {
		at.errorf("", "%s is a standing stretch but has no seated version; add seated with title, cue, text, get_ready and sources", name)
	}
	if s.Seated != nil {
		v := s.Seated
		for _, f := range []struct{ key, s string }{{"title", v.Title}, {"cue", v.Cue}, {"text", v.Text}, {"get_ready", v.GetReady}} {
			if blank(f.s) {
				at.errorf(".seated."+f.key, "the seated version of %s has no %s", name, f.key)
			}
		}
		checkCites(at.d, at.p+".seated", "the seated version of "+name, v.Sources, keys)
	}
	checkCites(at.d, at.p, name, s.Sources, keys)
}

func checkVoice(at place, v *Voice) {
	phrases := []struct{ key, s, example string }{
		{"hold", v.Hold, "{side} {title}, hold {seconds} seconds"},
		{"reps", v.Reps, "{side} {title}, {reps} times"},
		{"switch", v.Switch, "Switch sides"},
		{"release", v.Release, "Release"},
		{"done", v.Done, "Routine complete"},
	}
	for _, f := range phrases {
		if blank(f.s) {
			at.errorf("."+f.key, "voice.%s is missing; give the phrase spoken, like %q", f.key, f.example)
			continue
		}
		for _, ph := range placeholderRE.FindAllString(f.s, -1) {
			if !slices.Contains(voicePlaceholders, ph) {
				at.errorf("."+f.key, "voice.%s: unknown placeholder %s; the placeholders are %s", f.key, ph, strings.Join(voicePlaceholders, " "))
			}
		}
		if rest := placeholderRE.ReplaceAllString(f.s, ""); strings.ContainsAny(rest, "{}") {
			at.errorf("."+f.key, "voice.%s has an unmatched brace; write placeholders like {side}", f.key)
		}
	}
}

func checkChecklist(p *parts, c *Checklist, keys map[string]bool) {
	if blank(c.Intro) {
		p.field("intro").errorf("", "intro is missing; it is the line over the list (these habits may help; none is a sure thing)")
	}
	if len(c.Items) == 0 {
		p.field("items").errorf("", "items: list at least one item")
	}
	ids := make(map[string]int, len(c.Items))
	autoStretch := -1 // the item the bedtime routine ticks
	for i := range c.Items {
		it, at := &c.Items[i], p.elem("items", i)
		checkID(at.d, at.p, i, it.ID, "item", "item", ids)
		name := fmt.Sprintf("item %q", it.ID)
		if it.ID == "" {
			name = fmt.Sprintf("item %d", i+1)
		}
		if blank(it.Label) {
			at.errorf(".label", "%s has no label", name)
		} else if n := utf8.RuneCountInString(strings.TrimSpace(it.Label)); n > MaxLabel {
			at.errorf(".label", "%s: label is %d characters; at most %d fit a small screen (say more in why)", name, n, MaxLabel)
		}
		if blank(it.Why) {
			at.errorf(".why", "%s has no why; say why the habit may help", name)
		}
		switch it.Frequency {
		case Daily, Occasional:
		case "":
			at.errorf(".frequency", "%s has no frequency; say daily or occasional", name)
		default:
			at.errorf(".frequency", "%s: frequency must be daily or occasional, got %q", name, it.Frequency)
		}
		switch it.Auto {
		case "":
		case AutoStretch:
			if autoStretch >= 0 {
				at.errorf(".auto", "%s: only one item can be ticked by the bedtime routine (also item %d)", name, autoStretch+1)
			} else {
				autoStretch = i
			}
		default:
			at.errorf(".auto", "%s: auto must be %q (ticked by a finished bedtime routine) or left out, got %q", name, AutoStretch, it.Auto)
		}
		checkCites(at.d, at.p, name, it.Sources, keys)
	}
}

// checkSeeDoctor checks redflags.yaml's see_doctor: when the journal says it
// is time to book an appointment.
func checkSeeDoctor(d *doc, s *SeeDoctor, keys map[string]bool) {
	const p = "$.see_doctor"
	if !d.has(p) {
		d.errorf(p, "see_doctor is missing; say when the journal advises seeing a doctor (nights, in_last, longer) and what it says")
		return
	}
	if s.Nights < 1 {
		d.errorf(p+".nights", "see_doctor.nights must be at least 1, got %d", s.Nights)
	}
	if s.InLast < s.Nights || s.InLast < 1 {
		d.errorf(p+".in_last", "see_doctor.in_last must be at least nights (%d), got %d", max(s.Nights, 1), s.InLast)
	}
	checkPositive(place{d, p + ".longer"}, "see_doctor.longer", s.Longer.Duration, "the episode length that is too long, like \"10m\"")
	for _, f := range []struct{ key, s, what string }{
		{"frequent", s.Frequent, "why, when cramps are frequent"},
		{"long", s.Long, "why, when a cramp lasted too long"},
		{"text", s.Text, "what to do (book an appointment)"},
	} {
		if blank(f.s) {
			d.errorf(p+"."+f.key, "see_doctor.%s is missing; it says %s", f.key, f.what)
		}
	}
	for _, r := range []struct {
		key  string
		rule NightRule
		what string
	}{
		{"several", s.Several, "several cramps in one night"},
		{"most_nights", s.Most, "cramps on most nights"},
		{"severe", s.Severe, "severe cramps again and again"},
	} {
		if d.has(p + "." + r.key) {
			checkNightRule(d, p+"."+r.key, "see_doctor."+r.key, r.rule, r.what)
		}
	}
	checkCites(d, p, "see_doctor", s.Sources, keys)
}

// maxNightWindow bounds a night rule's window: the journal's longest view
// is about a year.
const maxNightWindow = 366

// checkNightRule checks one of see_doctor's night rules: whole, sensible
// numbers and a reason in words.
func checkNightRule(d *doc, p, name string, r NightRule, what string) {
	if r.Nights < 1 {
		d.errorf(p+".nights", "%s.nights must be at least 1 (how many nights must have %s), got %d", name, what, r.Nights)
	}
	if r.InLast < max(r.Nights, 1) || r.InLast > maxNightWindow {
		d.errorf(p+".in_last", "%s.in_last must be from nights (%d) to %d, got %d", name, max(r.Nights, 1), maxNightWindow, r.InLast)
	}
	if r.Cramps < 0 || r.Cramps > 100 {
		d.errorf(p+".cramps", "%s.cramps (cramps in one night) must be from 1 to 100, or left out for 1, got %d", name, r.Cramps)
	}
	if r.Severity < 0 || r.Severity > 10 {
		d.errorf(p+".severity", "%s.severity must be from 1 to 10 (the 0-10 scale), or left out, got %d", name, r.Severity)
	}
	if blank(r.Text) {
		d.errorf(p+".text", "%s.text is missing; it says why, when %s", name, what)
	}
}
