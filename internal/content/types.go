// Package content loads and validates everything the app says: instructions,
// timings, red flags, sources. The files live under content/ at the top of the
// repository, are embedded in the binary, and can be overridden by a user's own
// folder. Nothing the app tells a person about their body lives in Go code.
package content

import (
	"time"
)

// Version is the content format version this build understands. Every file
// carries a `version:` field that must equal it.
const Version = 1

// The file names that make up a content set. A user's folder replaces a file
// of the same name; a file with any other name is an error.
const (
	FileSources   = "sources.yaml"
	FileRelief    = "relief.yaml"
	FileRedFlags  = "redflags.yaml"
	FileAbout     = "about.yaml"
	FileRoutines  = "routines.yaml"
	FileChecklist = "checklist.yaml"
	FileLearn     = "learn.yaml"
)

// MaxNext is how many next steps a relief step may offer (keys 1-3).
const MaxNext = 3

// Files lists every known content file, in load order (Load relies on it).
var Files = []string{FileSources, FileRelief, FileRedFlags, FileAbout, FileRoutines, FileChecklist, FileLearn}

// Set is a whole, validated content set.
type Set struct {
	Sources   []Source // in file order
	Relief    Relief
	RedFlags  RedFlags
	About     About
	Routines  Routines
	Checklist Checklist
	Learn     Learn
}

// Source looks up a source by key.
func (s *Set) Source(key string) (Source, bool) {
	for _, src := range s.Sources {
		if src.Key == key {
			return src, true
		}
	}
	return Source{}, false
}

// Duration is a positive length of time written as a Go duration ("30s", "10m").
type Duration struct{ time.Duration }

// SourcesFile is sources.yaml: the reference list every source key resolves in.
type SourcesFile struct {
	Version int      `yaml:"version"`
	Sources []Source `yaml:"sources"`
}

// Source is one reference from the content brief, e.g. key NHS-LC.
type Source struct {
	Key   string `yaml:"key"`
	Title string `yaml:"title"`
	URL   string `yaml:"url"`
}

// Relief is relief.yaml: the "cramp now" flow.
type Relief struct {
	Version int `yaml:"version"`
	// First is the id of the step shown the moment the flow opens.
	First string `yaml:"first"`
	// EscalateAfter is how long after the start the escalation text appears
	// by itself (content brief §1.3: 10 minutes).
	EscalateAfter Duration `yaml:"escalate_after"`
	Steps         []Step   `yaml:"steps"`
	// Eased is what the person reads once the cramp has eased: aftercare.
	Eased      Aftercare `yaml:"eased"`
	Escalation Block     `yaml:"escalation"`
	// Footer is the one-line disclaimer under the relief screen (brief §7).
	Footer string `yaml:"footer"`

	// CountAfter is how long the relief screen must stay open, with no
	// action that says it is a cramp, before the episode counts as one;
	// opened and left sooner, it is journaled as discarded. Zero (left out)
	// means DefaultCountAfter; see CountsAfter.
	CountAfter Duration `yaml:"count_after"`
}

// DefaultCountAfter is Relief.CountAfter when the content leaves it out.
const DefaultCountAfter = 20 * time.Second

// CountsAfter is how long the relief screen stays open before an opening
// counts as a cramp by itself.
func (r Relief) CountsAfter() time.Duration {
	if r.CountAfter.Duration > 0 {
		return r.CountAfter.Duration
	}
	return DefaultCountAfter
}

// Step is one thing to do while the cramp lasts.
type Step struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	// Text is the instruction. Sites, when set, gives a site-specific
	// instruction that replaces Text once the person says where it cramps.
	Text  string    `yaml:"text"`
	Sites SiteTexts `yaml:"sites,omitempty"`
	// Tip is an optional extra line (a towel around the foot, say).
	Tip string `yaml:"tip,omitempty"`
	// Hold, when set, is a timed hold with a countdown after which the
	// person is asked whether it has eased. Without Hold the step ends when
	// the person says "done" (walking, massage): never a fake countdown.
	Hold Duration `yaml:"hold,omitempty"`
	// Stands marks a step that asks the person to stand, walk or put weight
	// on the foot; such a step must carry BalanceCue and SeatedAlternative.
	Stands            bool   `yaml:"stands,omitempty"`
	BalanceCue        string `yaml:"balance_cue,omitempty"`
	SeatedAlternative string `yaml:"seated_alternative,omitempty"`
	// Caution is a safety line that must stay on screen with the step, such
	// as "don't rub a leg that is swollen, warm or red" (brief §6 item 7).
	Caution string `yaml:"caution,omitempty"`
	// Next lists the ids of the steps offered once this one ends, on the
	// keys 1 to MaxNext.
	Next    []string `yaml:"next,omitempty"`
	Sources []string `yaml:"sources"`
}

// SiteTexts holds one instruction per cramp site. Empty means "use Text".
type SiteTexts struct {
	Calf  string `yaml:"calf,omitempty"`
	Foot  string `yaml:"foot,omitempty"`
	Thigh string `yaml:"thigh,omitempty"`
}

// For returns the instruction for a site ("calf", "foot", "thigh"), or "" when
// there is none.
func (s SiteTexts) For(site string) string {
	switch site {
	case "calf":
		return s.Calf
	case "foot":
		return s.Foot
	case "thigh":
		return s.Thigh
	}
	return ""
}

// Aftercare is what comes once a cramp has eased.
type Aftercare struct {
	Title string  `yaml:"title"`
	Items []Block `yaml:"items"`
}

// Block is a titled piece of text with its sources and, where the brief
// requires one, a safety note (heat, ice).
type Block struct {
	ID      string   `yaml:"id,omitempty"`
	Title   string   `yaml:"title"`
	Text    string   `yaml:"text"`
	Safety  string   `yaml:"safety,omitempty"`
	Sources []string `yaml:"sources"`
}

// RedFlags is redflags.yaml: when to get help, in three tiers (brief §4).
type RedFlags struct {
	Version int `yaml:"version"`
	// Title heads the panel that "!" opens on every screen.
	Title string `yaml:"title,omitempty"`
	Tiers []Tier `yaml:"tiers"`
	// SeeDoctor is when the journal says plainly that it is time to book an
	// appointment (brief §4.3: cramps most nights; §4.2: over 10 minutes).
	SeeDoctor SeeDoctor `yaml:"see_doctor"`
}

// SeeDoctor is the journal's threshold for advising a doctor's visit. It is
// met when cramps fell on at least Nights of the last InLast nights, when
// one episode lasted longer than Longer, or when one of the night rules
// (Several, Most, Severe) is met.
type SeeDoctor struct {
	Nights int      `yaml:"nights"`
	InLast int      `yaml:"in_last"`
	Longer Duration `yaml:"longer"`
	// Frequent and Long say why, in the person's words; the journal adds the
	// figures. Text is what to do (the "book an appointment" advice).
	Frequent string `yaml:"frequent"`
	Long     string `yaml:"long"`
	// Several: several cramps in one night, on more than one recent night.
	// Most: cramps on most nights of a longer stretch. Severe: severe
	// cramps, again and again (brief §4.3). Each is off when left out.
	Several NightRule `yaml:"several,omitempty"`
	Most    NightRule `yaml:"most_nights,omitempty"`
	Severe  NightRule `yaml:"severe,omitempty"`
	Text    string    `yaml:"text"`
	Sources []string  `yaml:"sources"`
}

// NightRule is met when at least Nights of the last InLast nights each had
// at least Cramps cramps (1 when zero) and, when Severity is set, a cramp
// rated Severity or more out of 10. Text says why, in the person's words;
// the journal adds the figures. A zero Nights turns the rule off.
type NightRule struct {
	Cramps   int    `yaml:"cramps,omitempty"`
	Severity int    `yaml:"severity,omitempty"`
	Nights   int    `yaml:"nights"`
	InLast   int    `yaml:"in_last"`
	Text     string `yaml:"text"`
}

// On reports whether the rule is set.
func (r NightRule) On() bool { return r.Nights > 0 && r.InLast > 0 }

// Within is the threshold looking at no more than n nights: a report of n
// nights cites only what it shows, so a rule that needs more than n nights
// with cramps is not met in it.
func (sd SeeDoctor) Within(n int) SeeDoctor {
	sd.InLast = min(sd.InLast, n)
	for _, r := range []*NightRule{&sd.Several, &sd.Most, &sd.Severe} {
		r.InLast = min(r.InLast, n)
	}
	return sd
}

// Tier ids. All three must be present, in this order.
const (
	TierEmergency = "emergency"
	TierUrgent    = "urgent"
	TierRoutine   = "routine"
)

// Tier is one level of urgency with the signs that lead to it.
type Tier struct {
	ID     string `yaml:"id"`
	Title  string `yaml:"title"`
	Action string `yaml:"action"`
	// Sources cite the action (brief §4: where each tier sends a person).
	Sources []string `yaml:"sources"`
	Signs   []Sign   `yaml:"signs"`
}

// Sign is one red flag.
type Sign struct {
	Text    string   `yaml:"text"`
	Sources []string `yaml:"sources"`
}

// About is about.yaml: the app's own words about itself.
type About struct {
	Version int `yaml:"version"`
	// Disclaimer is the full non-blocking disclaimer (brief §7), shown above
	// the home menu and in help. It never gates anything.
	Disclaimer string `yaml:"disclaimer"`
}

// Learn is learn.yaml: the topics of the Learn screens (`cramp learn`).
type Learn struct {
	Version int     `yaml:"version"`
	Topics  []Topic `yaml:"topics"`
}

// Topic kinds. A plain topic is made of its own sections; the others are
// drawn from another file, so nothing is written twice.
const (
	TopicText     = ""         // its sections
	TopicRedFlags = "redflags" // the three tiers of redflags.yaml (and the relief escalation)
	TopicSources  = "sources"  // every source in sources.yaml, with title and URL
	TopicAbout    = "about"    // the disclaimer of about.yaml
)

// Required topic ids: the Learn screens and `cramp learn TOPIC` rely on them
// (`!` opens TopicDoctor from anywhere).
const (
	TopicCauses   = "causes"
	TopicDoctor   = "doctor"
	TopicCompare  = "compare"
	TopicEvidence = "evidence"
	TopicSpecial  = "special"
	TopicSourceID = "sources"
	TopicAboutID  = "about"
)

// RequiredTopics lists the topic ids every content set must have.
var RequiredTopics = []string{TopicCauses, TopicDoctor, TopicCompare, TopicEvidence, TopicSpecial, TopicSourceID, TopicAboutID}

// Topic is one page of the Learn screens.
type Topic struct {
	ID      string `yaml:"id"`
	Title   string `yaml:"title"`
	Summary string `yaml:"summary"` // one line for the topic list
	// Kind draws the page from another file (TopicRedFlags, TopicSources,
	// TopicAbout); empty means the page is Sections. A drawn page may still
	// have sections, shown before what is drawn.
	Kind     string    `yaml:"kind,omitempty"`
	Sections []Section `yaml:"sections,omitempty"`
}

// Section is a part of a topic: a heading, text or a table, with its sources.
type Section struct {
	Heading string   `yaml:"heading,omitempty"`
	Text    string   `yaml:"text,omitempty"`
	Table   *Table   `yaml:"table,omitempty"`
	Sources []string `yaml:"sources"`
}

// Table is a small comparison table (cramp vs clot vs restless legs). The
// first column names the row; every row has as many cells as Columns.
type Table struct {
	Columns []string   `yaml:"columns"`
	Rows    [][]string `yaml:"rows"`
}

// Topic looks up a topic by id.
func (l *Learn) Topic(id string) (Topic, bool) {
	for _, t := range l.Topics {
		if t.ID == id {
			return t, true
		}
	}
	return Topic{}, false
}

// Routines is routines.yaml: the bedtime stretch routines (`cramp stretch`).
// The stretches are written once and the routines list them by id.
type Routines struct {
	Version int `yaml:"version"`
	// Default is the routine preselected in the picker and played when the
	// person asks for none.
	Default string `yaml:"default"`
	// GetReady is how long the lead-in before each hold lasts, and Switch
	// how long the switch-sides prompt lasts before the second side's hold.
	GetReady Duration `yaml:"get_ready"`
	Switch   Duration `yaml:"switch"`
	// During is the line shown under every hold: how hard to stretch, keep
	// breathing (brief §2.3 S4).
	During string `yaml:"during"`
	// DuringSources cite During.
	DuringSources []string `yaml:"during_sources"`
	// Intro is what the picker says about stretching and its evidence
	// (S1), Finished what the completion screen says (S9), Safety the
	// cautions shown before starting and in help (§2.4).
	Intro    Block   `yaml:"intro"`
	Finished Block   `yaml:"finished"`
	Safety   []Block `yaml:"safety"`
	// Voice holds the phrases spoken with --voice, at milestones only.
	Voice     Voice     `yaml:"voice"`
	Stretches []Stretch `yaml:"stretches"`
	Routines  []Routine `yaml:"routines"`
	// Hide, in a person's own routines.yaml, removes built-in routines by id.
	Hide []string `yaml:"hide,omitempty"`
}

// Voice phrases. {side} becomes "Left", "Right" or nothing, {title} the
// stretch's title, {seconds} the hold in seconds and {reps} the count; no
// other placeholder is valid.
type Voice struct {
	Hold    string `yaml:"hold"`    // "{side} {title}, hold {seconds} seconds"
	Reps    string `yaml:"reps"`    // "{side} {title}, {reps} times"
	Switch  string `yaml:"switch"`  // "Switch sides"
	Release string `yaml:"release"` // "Release"
	Done    string `yaml:"done"`    // "Routine complete"
}

// Sides a stretch is done on.
const (
	SideBoth  = "both"  // left, then right, with a switch-sides prompt between
	SideLeft  = "left"  // one side only
	SideRight = "right" // one side only
	SideNone  = ""      // both feet at once, or no side
)

// Stretch is one exercise of a routine.
type Stretch struct {
	ID    string `yaml:"id"`
	Title string `yaml:"title"`
	Cue   string `yaml:"cue"` // one line, readable from a distance
	Text  string `yaml:"text"`
	// GetReady is what to do during the lead-in, before the hold starts.
	GetReady string `yaml:"get_ready"`
	Side     string `yaml:"side,omitempty"`
	// Hold or Reps, never both: a hold counts down; reps end when the
	// person says "done".
	Hold Duration `yaml:"hold,omitempty"`
	Reps int      `yaml:"reps,omitempty"`
	// Stands marks a standing stretch; it must have a Seated version.
	Stands bool `yaml:"stands,omitempty"`
	// Seated replaces title, cue, text and get_ready when seated versions
	// are on (--seated, t in the player, a seated routine).
	Seated  *StretchText `yaml:"seated,omitempty"`
	Sources []string     `yaml:"sources"`
}

// StretchText is the seated version of a standing stretch.
type StretchText struct {
	Title    string   `yaml:"title"`
	Cue      string   `yaml:"cue"`
	Text     string   `yaml:"text"`
	GetReady string   `yaml:"get_ready"`
	Sources  []string `yaml:"sources"`
}

// Routine is a named list of stretches.
type Routine struct {
	ID      string `yaml:"id"`
	Title   string `yaml:"title"`
	Summary string `yaml:"summary"`
	// Seated plays the seated version of every standing stretch.
	Seated bool     `yaml:"seated,omitempty"`
	Steps  []string `yaml:"steps"` // stretch ids, in order
}

// Routine looks up a routine by id.
func (r *Routines) Routine(id string) (Routine, bool) {
	for _, x := range r.Routines {
		if x.ID == id {
			return x, true
		}
	}
	return Routine{}, false
}

// Stretch looks up a stretch by id.
func (r *Routines) Stretch(id string) (Stretch, bool) {
	for _, x := range r.Stretches {
		if x.ID == id {
			return x, true
		}
	}
	return Stretch{}, false
}

// RepTime is about how long one rep (a toe flex, an ankle circle) takes,
// for a routine's estimated length only.
const RepTime = 2 * time.Second

// Length is about how long routine r takes to play: each hold's lead-in
// (the switch prompt before a second side), the holds (hold instead of
// the content's when hold > 0) and the reps. The player, its plan line, the
// home screen's offer and the reminder all use it.
func (r *Routines) Length(rt Routine, hold time.Duration) time.Duration {
	var total time.Duration
	for _, id := range rt.Steps {
		st, ok := r.Stretch(id)
		if !ok {
			continue // validated content always has it
		}
		sides := 1
		if st.Side == SideBoth {
			sides = 2
		}
		h := st.Hold.Duration
		if h > 0 && hold > 0 {
			h = hold
		}
		each := h + time.Duration(st.Reps)*RepTime
		total += time.Duration(sides)*each + r.GetReady.Duration
		if sides == 2 {
			total += r.Switch.Duration
		}
	}
	return total
}

// Minutes is d rounded to whole minutes, at least 1: "about N minutes".
func Minutes(d time.Duration) int { return max(1, int((d+30*time.Second)/time.Minute)) }

// Checklist is checklist.yaml: the day's prevention habits (`cramp check`).
type Checklist struct {
	Version int `yaml:"version"`
	// Intro is one line over the list: none of this is proven (brief §3).
	Intro string `yaml:"intro"`
	Items []Item `yaml:"items"`
	// Hide, in a person's own checklist.yaml, removes built-in items by id.
	Hide []string `yaml:"hide,omitempty"`
}

// Item frequencies.
const (
	Daily      = "daily"      // counted every day
	Occasional = "occasional" // now and then (a medicine review); not counted in a day's progress
)

// Automatic item sources.
const (
	AutoStretch = "stretch" // ticked by a finished bedtime routine that day
)

// MaxLabel is the longest checklist label, in characters, so that it fits
// small screens with its check box.
const MaxLabel = 28

// Item is one prevention habit.
type Item struct {
	ID    string `yaml:"id"`
	Label string `yaml:"label"` // short, fits a 20-column screen with the box
	Why   string `yaml:"why"`
	// Caveat is required where the brief requires one (fluids).
	Caveat    string   `yaml:"caveat,omitempty"`
	Frequency string   `yaml:"frequency"`      // Daily or Occasional
	Auto      string   `yaml:"auto,omitempty"` // AutoStretch, or empty for a hand tick
	Sources   []string `yaml:"sources"`
}

// Item looks up a checklist item by id.
func (c *Checklist) Item(id string) (Item, bool) {
	for _, x := range c.Items {
		if x.ID == id {
			return x, true
		}
	}
	return Item{}, false
}
