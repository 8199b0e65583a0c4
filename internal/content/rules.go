package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// The content safety rules: the mechanically checkable items of the content
// brief (§6, what the app must never say; §8, the acceptance checks). Load
// runs them after the structural checks over every text the app shows. A
// problem is an Error with Rule set, placed at the offending words, its
// message starting with the rule name in brackets:
//
//	relief.yaml:30:13: [no-doses] "400 mg" looks like a dose; …
//
// They are heuristics over English text: they catch the wording the brief
// names and its usual variants, not every way of saying a thing, and they do
// not replace a clinician's review (brief §10 item 7).
//
// The bedtime routine and the checklist have rules of their own (§8.7: each
// stretch has a hold time, its sides, an intensity cue and a seated version;
// §2.4 safety; §8.9b the fluids caveat; P7 diet), in rules_daily.go.

// Rule names, as they appear in brackets in messages.
const (
	RuleQuinine     = "quinine-warned"
	RuleDoses       = "no-doses"
	RuleClaims      = "hedged-claims"
	RuleDiagnosis   = "no-diagnosis"
	RuleStandCue    = "stand-cue"
	RuleHeatCold    = "heat-cold-safety"
	RuleEscalation  = "escalation"
	RuleEmergency   = "emergency-tier"
	RuleSupplements = "supplement-ask"
	RuleDisclaimer  = "disclaimer"
	// The routine and checklist rules (rules_daily.go).
	RuleHoldTime      = "hold-time"
	RuleIntensity     = "stretch-intensity"
	RuleStretchSafety = "stretch-safety"
	RuleSides         = "stretch-sides"
	RuleFluids        = "fluids-caveat"
	RuleDiet          = "diet-general"
)

// Rules lists every rule name.
var Rules = []string{
	RuleQuinine, RuleDoses, RuleClaims, RuleDiagnosis, RuleStandCue,
	RuleHeatCold, RuleEscalation, RuleEmergency, RuleSupplements, RuleDisclaimer,
	RuleHoldTime, RuleIntensity, RuleStretchSafety, RuleSides, RuleFluids, RuleDiet,
	RuleSentences,
}

// textRules run over every shown text (see shownTexts). A rule runs only on
// a text holding one of its keys (lowercase): the patterns are costly and
// a person's folder is loaded before the first frame.
var textRules = []struct {
	name  string
	keys  []string
	check func(t shown) []finding
}{
	// §6.1, §8.5
	{RuleQuinine, []string{"quinine", "tonic"}, checkQuinine},
	// §6.2, §6.9, §6.10, §8.6 (an amount has a digit; "twice a day" has "day")
	{RuleDoses, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "day"}, checkDoses},
	// §6.3, §8.8
	{RuleClaims, []string{"cur", "guarantee", "proven", "prevent", "stop", "eliminat", "100", "for good", "ward", "away"}, checkClaims},
	// §6.6, §6.7
	{RuleDiagnosis, []string{"restless", "rls", "clot", "dvt", "just", "worry", "harmless"}, checkDiagnosis},
	// §6.2, §8.6
	{RuleSupplements, []string{"magnesium", "potassium", "calcium", "supplement"}, checkSupplements},
}

// setRules look at particular fields of particular files.
var setRules = []func(docs ruleDocs, set *Set){
	checkStandCue,   // §8.2
	checkHeatCold,   // §8.9c, R10
	checkEscalation, // §1.3, §8.3
	checkEmergency,  // §4.1, §8.4
	checkDisclaimer, // §7, §8.10
	// rules_daily.go
	checkHoldTime,      // S3
	checkIntensity,     // S4
	checkStretchSafety, // §2.4
	checkSides,         // §8.7
	checkFluids,        // P1, §8.9b
	checkDiet,          // P7
}

// ruleDocs are the parsed files the rules read; a file that could not be
// decoded is nil and is skipped. routines.yaml and checklist.yaml may be
// merged from two files, so their parts are found through parts.
type ruleDocs struct {
	relief, redflags, about, learn *doc
	routines, checklist            *parts
}

func checkRules(docs ruleDocs, set *Set) {
	for _, t := range shownTexts(docs, set) {
		lower := strings.ToLower(t.s)
		for _, r := range textRules {
			if !slices.ContainsFunc(r.keys, func(k string) bool { return strings.Contains(lower, k) }) {
				continue
			}
			for _, f := range r.check(t) {
				t.d.ruleError(r.name, t.path, t.s, f.at, f.msg)
			}
		}
		if readInPain(docs, t.path, t.d) { // rules_readable.go
			for _, f := range checkSentences(t) {
				t.d.ruleError(RuleSentences, t.path, t.s, f.at, f.msg)
			}
		}
	}
	for _, r := range setRules {
		r(docs, set)
	}
}

// finding is one problem in a text: where it starts (a byte offset into the
// text, or -1 for the text as a whole) and what is wrong.
type finding struct {
	at  int
	msg string
}

// shown is one text the app shows a person, with where it is written.
type shown struct {
	d    *doc
	path string // goccy path of its node
	s    string
	// ctx is what "the same text" means to the rules that want a warning
	// or an "ask your doctor" beside a mention: the text itself or, for a
	// label (a title, a heading, a table cell), what it labels (the whole
	// step, block, tier, topic, section or row).
	ctx string
}

// shownTexts lists every text of the set that the app shows: step
// title/text/sites/tip/caution/balance_cue/seated_alternative, aftercare and
// escalation blocks (with their safety notes), the footer, red-flag titles,
// actions and signs, the see_doctor texts, the disclaimer, learn titles,
// summaries, headings, texts and table cells; the routines' during line,
// intro, finished and safety blocks, voice phrases, stretch titles, cues,
// texts and get_ready lines (and their seated versions), routine titles and
// summaries; the checklist intro and item labels, whys and caveats. Source
// titles are quoted, not written by us, and are not checked.
func shownTexts(docs ruleDocs, set *Set) []shown {
	var out []shown
	add := func(d *doc, path, s, ctx string) {
		if blank(s) {
			return
		}
		if ctx == "" {
			ctx = s
		}
		out = append(out, shown{d: d, path: path, s: s, ctx: ctx})
	}
	type field struct{ path, s string }
	addAll := func(d *doc, label field, rest []field) {
		all := []string{label.s}
		for _, f := range rest {
			all = append(all, f.s)
		}
		add(d, label.path, label.s, strings.Join(all, "\n"))
		for _, f := range rest {
			add(d, f.path, f.s, "")
		}
	}
	block := func(d *doc, p string, b *Block) {
		addAll(d, field{p + ".title", b.Title}, []field{{p + ".text", b.Text}, {p + ".safety", b.Safety}})
	}
	if d := docs.relief; d != nil {
		r := &set.Relief
		for i := range r.Steps {
			s, p := &r.Steps[i], fmt.Sprintf("$.steps[%d]", i)
			addAll(d, field{p + ".title", s.Title}, []field{
				{p + ".text", s.Text},
				{p + ".sites.calf", s.Sites.Calf},
				{p + ".sites.foot", s.Sites.Foot},
				{p + ".sites.thigh", s.Sites.Thigh},
				{p + ".tip", s.Tip},
				{p + ".caution", s.Caution},
				{p + ".balance_cue", s.BalanceCue},
				{p + ".seated_alternative", s.SeatedAlternative},
			})
		}
		add(d, "$.eased.title", r.Eased.Title, "")
		for i := range r.Eased.Items {
			block(d, fmt.Sprintf("$.eased.items[%d]", i), &r.Eased.Items[i])
		}
		block(d, "$.escalation", &r.Escalation)
		add(d, "$.footer", r.Footer, "")
	}
	if d := docs.redflags; d != nil {
		for i, t := range set.RedFlags.Tiers {
			p := fmt.Sprintf("$.tiers[%d]", i)
			addAll(d, field{p + ".title", t.Title}, []field{{p + ".action", t.Action}})
			for j, s := range t.Signs {
				add(d, fmt.Sprintf("%s.signs[%d].text", p, j), s.Text, "")
			}
		}
		sd := &set.RedFlags.SeeDoctor
		all := strings.Join([]string{sd.Frequent, sd.Long, sd.Several.Text, sd.Most.Text, sd.Severe.Text, sd.Text}, "\n")
		add(d, "$.see_doctor.frequent", sd.Frequent, all)
		add(d, "$.see_doctor.long", sd.Long, all)
		add(d, "$.see_doctor.several.text", sd.Several.Text, all)
		add(d, "$.see_doctor.most_nights.text", sd.Most.Text, all)
		add(d, "$.see_doctor.severe.text", sd.Severe.Text, all)
		add(d, "$.see_doctor.text", sd.Text, all)
	}
	if p := docs.routines; p != nil {
		r := &set.Routines
		at := p.field("during")
		add(at.d, at.p, r.During, "")
		for _, b := range []struct {
			key string
			b   *Block
		}{{"intro", &r.Intro}, {"finished", &r.Finished}} {
			at := p.field(b.key)
			block(at.d, at.p, b.b)
		}
		safety := p.field("safety")
		for i := range r.Safety {
			at := safety.index(i)
			block(at.d, at.p, &r.Safety[i])
		}
		v := p.field("voice")
		for _, f := range []field{{".hold", r.Voice.Hold}, {".reps", r.Voice.Reps}, {".switch", r.Voice.Switch}, {".release", r.Voice.Release}, {".done", r.Voice.Done}} {
			add(v.d, v.p+f.path, f.s, "")
		}
		for i := range r.Stretches {
			s, at := &r.Stretches[i], p.elem("stretches", i)
			rest := []field{{at.p + ".cue", s.Cue}, {at.p + ".text", s.Text}, {at.p + ".get_ready", s.GetReady}}
			if v := s.Seated; v != nil {
				sp := at.p + ".seated"
				rest = append(rest, field{sp + ".title", v.Title}, field{sp + ".cue", v.Cue}, field{sp + ".text", v.Text}, field{sp + ".get_ready", v.GetReady})
			}
			addAll(at.d, field{at.p + ".title", s.Title}, rest)
		}
		for i := range r.Routines {
			x, at := &r.Routines[i], p.elem("routines", i)
			addAll(at.d, field{at.p + ".title", x.Title}, []field{{at.p + ".summary", x.Summary}})
		}
	}
	if p := docs.checklist; p != nil {
		c := &set.Checklist
		at := p.field("intro")
		add(at.d, at.p, c.Intro, "")
		for i := range c.Items {
			it, at := &c.Items[i], p.elem("items", i)
			// An item is read as a whole: a caveat or an "ask your
			// pharmacist" may be in another of its fields.
			all := strings.Join([]string{it.Label, it.Why, it.Caveat}, "\n")
			add(at.d, at.p+".label", it.Label, all)
			add(at.d, at.p+".why", it.Why, all)
			add(at.d, at.p+".caveat", it.Caveat, all)
		}
	}
	if d := docs.about; d != nil {
		add(d, "$.disclaimer", set.About.Disclaimer, "")
	}
	if d := docs.learn; d != nil {
		for i, t := range set.Learn.Topics {
			p := fmt.Sprintf("$.topics[%d]", i)
			topic := []string{t.Title, t.Summary}
			for _, s := range t.Sections {
				topic = append(topic, sectionText(s))
			}
			add(d, p+".title", t.Title, strings.Join(topic, "\n"))
			add(d, p+".summary", t.Summary, strings.Join(topic, "\n"))
			for j, s := range t.Sections {
				sp := fmt.Sprintf("%s.sections[%d]", p, j)
				add(d, sp+".heading", s.Heading, sectionText(s))
				add(d, sp+".text", s.Text, "")
				if s.Table == nil {
					continue
				}
				table := strings.Join(append([]string{strings.Join(s.Table.Columns, "\n")}, rowTexts(s.Table)...), "\n")
				for c, col := range s.Table.Columns {
					add(d, fmt.Sprintf("%s.table.columns[%d]", sp, c), col, table)
				}
				for r, row := range s.Table.Rows {
					for c, cell := range row {
						add(d, fmt.Sprintf("%s.table.rows[%d][%d]", sp, r, c), cell, strings.Join(row, "\n"))
					}
				}
			}
		}
	}
	return out
}

func sectionText(s Section) string {
	parts := []string{s.Heading, s.Text}
	if s.Table != nil {
		parts = append(parts, strings.Join(s.Table.Columns, "\n"))
		parts = append(parts, rowTexts(s.Table)...)
	}
	return strings.Join(parts, "\n")
}

func rowTexts(t *Table) []string {
	rows := make([]string, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = strings.Join(r, "\n")
	}
	return rows
}

// ---------------------------------------------------------------------------
// Words and patterns

// re compiles a case-insensitive pattern. Apostrophes in patterns are
// written ['’] so that "don’t" reads like "don't".
// re is a case-insensitive pattern, compiled the first time a rule uses it:
// the rules only run when content is validated, and compiling some forty
// patterns at start-up would cost every run, relief's first frame included,
// a couple of milliseconds.
func re(p string) *pattern { return &pattern{src: `(?i)` + p} }

// pattern is a regexp compiled on first use; safe for concurrent use.
type pattern struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func (p *pattern) get() *regexp.Regexp {
	p.once.Do(func() { p.re = regexp.MustCompile(p.src) })
	return p.re
}

func (p *pattern) MatchString(s string) bool      { return p.get().MatchString(s) }
func (p *pattern) FindString(s string) string     { return p.get().FindString(s) }
func (p *pattern) FindStringIndex(s string) []int { return p.get().FindStringIndex(s) }
func (p *pattern) FindAllStringIndex(s string, n int) [][]int {
	return p.get().FindAllStringIndex(s, n)
}

func words(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// negations, just before a phrase, turn a claim into its denial: "not
// proven", "isn't a cure", "nothing is guaranteed".
var negations = words("not", "no", "never", "nothing", "unlikely", "isn't", "aren't",
	"wasn't", "weren't", "don't", "doesn't", "didn't", "can't", "cannot", "won't",
	"hasn't", "haven't", "nor", "without")

// hedges are negations and the words that make a statement conditional:
// "if you have restless legs" is not a diagnosis.
var hedges = union(negations, words("if", "whether", "may", "might", "could", "unless", "think", "perhaps", "possibly"))

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// sentenceEnd marks where a clause ends, for "just before" and "just after".
const sentenceEnd = ".!?;:"

// precededBy reports whether one of set is among the n words before byte
// offset at in s, in the same sentence.
func precededBy(s string, at, n int, set map[string]bool) bool {
	before := s[:at]
	if i := strings.LastIndexAny(before, sentenceEnd); i >= 0 {
		before = before[i+1:]
	}
	ws := splitWords(before)
	for _, w := range ws[max(0, len(ws)-n):] {
		if set[w] {
			return true
		}
	}
	return false
}

// followedBy reports whether one of set is among the n words after byte
// offset at in s, in the same sentence.
func followedBy(s string, at, n int, set map[string]bool) bool {
	after := s[at:]
	if i := strings.IndexAny(after, sentenceEnd); i >= 0 {
		after = after[:i]
	}
	ws := splitWords(after)
	for _, w := range ws[:min(n, len(ws))] {
		if set[w] {
			return true
		}
	}
	return false
}

// splitWords lowercases s and splits it into words, keeping apostrophes
// ("isn't") and reading a curly one as straight.
func splitWords(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
}

// quote shows matched words in a message on one line.
func quote(s string) string { return fmt.Sprintf("%q", strings.Join(strings.Fields(s), " ")) }

// ---------------------------------------------------------------------------
// quinine-warned (brief §6.1, §8.5): quinine and tonic water appear only in
// a "not recommended, here's why" note.

var (
	quinineRE = re(`\bquinine\b|\btonic(?:\s+water)?\b`)
	// warnRE is what makes a mention a warning. A bare "don't" is not
	// enough ("… and don't stop any medicine yourself"): it must be "don't
	// take / use / drink / try".
	warnRE = re(`\b(?:not|isn['’]t|aren['’]t|no\s+longer)\s+recommended\b` +
		`|\bnot\s+to\s+be\s+used\b|\badvises?\s+against\b|\bavoid|\bwarn(?:s|ed|ing|ings)?\b|\brisks?\b` +
		`|\b(?:don['’]t|do\s+not|never)\s+(?:\w+\s+){0,2}?(?:take|use|drink|try|start|buy)\b`)
)

func checkQuinine(t shown) []finding {
	m := quinineRE.FindStringIndex(t.s)
	if m == nil || warnRE.MatchString(t.ctx) {
		return nil
	}
	return []finding{{m[0], fmt.Sprintf("%s is mentioned without a warning; quinine and tonic water may only appear in a note that says they are not recommended, and why", quote(t.s[m[0]:m[1]]))}}
}

// ---------------------------------------------------------------------------
// no-doses (brief §6.2, §6.9, §6.10, §8.6): no amount of a supplement,
// medicine or fluid. Durations ("15 to 20 minutes"), phone numbers ("999,
// 911 or 112"), ages ("over 55") and study lengths ("6 weeks") are fine.

var (
	// A number (or range) and a unit of amount: "400 mg", "1.5 g", "2-3
	// cups", "8 glasses", "2 tablets".
	doseRE = re(`\b\d+(?:[.,]\d+)?(?:\s*(?:-|–|to|or)\s*\d+(?:[.,]\d+)?)?\s*` +
		`(?:mg|mcg|µg|ug|g|iu|ml|mmol|milligrams?|micrograms?|grams?|litres?|liters?|cups?|glasses|tablets?|pills?|capsules?)\b`)
	// A count per day: "2 a day", "twice daily", "300 per day"…
	dailyRE = re(`\b(?:\d+(?:[.,]\d+)?|once|twice|one|two|three|four|five|six|seven|eight|nine|ten)\s+` +
		`(?:[a-z]+\s+){0,2}?(?:(?:a|per|each|every)\s+day|daily)\b`)
	// … but "10 minutes a day" is a duration, not a dose.
	durationWordRE = re(`\b(?:seconds?|minutes?|mins?|hours?|weeks?|months?|years?)\b`)
	// … and only in a text about a supplement or a drug.
	drugRE = re(`\b(?:magnesium|potassium|calcium|vitamins?|supplements?|quinine|ibuprofen|paracetamol|acetaminophen|painkillers?)\b`)
)

func checkDoses(t shown) []finding {
	var out []finding
	for _, m := range doseRE.FindAllStringIndex(t.s, -1) {
		out = append(out, finding{m[0], fmt.Sprintf("%s looks like a dose; the app never gives doses of supplements or medicines", quote(t.s[m[0]:m[1]]))})
	}
	for _, m := range dailyRE.FindAllStringIndex(t.s, -1) {
		if durationWordRE.MatchString(t.s[m[0]:m[1]]) {
			continue
		}
		if drug := drugRE.FindString(t.ctx); drug != "" {
			out = append(out, finding{m[0], fmt.Sprintf("%s, in a text about %s, looks like a dose; the app never gives doses of supplements or medicines", quote(t.s[m[0]:m[1]]), quote(drug))})
		}
	}
	return out
}

// ---------------------------------------------------------------------------
// hedged-claims (brief §6.3, §8.8): no promise of a cure or of prevention;
// benefits are "may help", "some people find". A claim negated just before
// ("not proven", "is not a cure", "nothing can guarantee") is fine, and word
// boundaries keep "prevention" and "secure" out.

var claimREs = []*pattern{
	re(`\bcur(?:e|es|ed|ing)\b`),
	re(`\bguarantee(?:s|d)?\b`),
	re(`\b(?:clinically\s+)?proven\b`),
	re(`\b(?:prevents?|preventing|stops?|stopping|eliminates?|eliminating)\s+` +
		`(?:(?:all|any|future|your|night|night-time|nighttime|nocturnal|leg|foot|calf|muscle)\s+)*cramps?\b(?:\s+for\s+good)?`),
	re(`\bcramps?\s+for\s+good\b`),
	// Habits that "prevent cramping", "ward off cramps", "keep cramps away".
	re(`\b(?:prevents?|preventing)\s+(?:(?:night|night-time|nighttime|nocturnal|leg|foot|calf|muscle)\s+)*cramping\b`),
	re(`\bwards?\s+off\s+(?:(?:all|any|future|your|night|night-time|nighttime|nocturnal|leg|foot|calf|muscle)\s+)*cramps?\b`),
	re(`\bkeeps?\s+(?:(?:night|night-time|nighttime|nocturnal|leg|foot|calf|muscle)\s+)*cramps?\s+away\b`),
	re(`\b100\s*(?:%|percent\b|per\s+cent\b)`),
}

func checkClaims(t shown) []finding {
	var out []finding
	var taken [][]int // spans already reported: "stop cramps for good" once, not twice
	for _, r := range claimREs {
	match:
		for _, m := range r.FindAllStringIndex(t.s, -1) {
			if precededBy(t.s, m[0], 3, negations) {
				continue
			}
			for _, s := range taken {
				if m[0] < s[1] && s[0] < m[1] {
					continue match
				}
			}
			taken = append(taken, m)
			out = append(out, finding{m[0], fmt.Sprintf("%s promises more than the evidence shows; hedge it (\"may help\", \"some people find\") or negate it (\"is not a cure\")", quote(t.s[m[0]:m[1]]))})
		}
	}
	return out
}

// ---------------------------------------------------------------------------
// no-diagnosis (brief §6.6, §6.7): nothing that sounds like a diagnosis or
// waves a warning sign away. Each phrase is fine after the words in unless,
// within three words: "if you have restless legs", "it may not be just a
// cramp", "cramps are not always harmless".

var diagnoses = []struct {
	key    string // in every match, lowercase, to skip the pattern cheaply
	re     *pattern
	unless map[string]bool
}{
	{"you", re(`\byou(?:\s+have|['’]ve\s+got|\s+have\s+got)\s+(?:restless\s+legs|rls|an?\s+(?:blood\s+)?clot|a\s+dvt|dvt)\b`), hedges},
	{"clot", re(`\b(?:this|it|that)(?:\s+is\s+not|\s+isn['’]t|['’]s\s+not)\s+(?:a\s+)?(?:blood\s+)?clot\b`), hedges},
	{"just", re(`\bjust\s+a\s+cramp\b`), negations},
	{"worry", re(`\bnothing\s+to\s+worry\s+about\b`), negations},
	{"harmless", re(`\b(?:always|completely|totally|entirely)\s+harmless\b`), negations},
}

func checkDiagnosis(t shown) []finding {
	var out []finding
	lower := strings.ToLower(t.s)
	for _, p := range diagnoses {
		if !strings.Contains(lower, p.key) {
			continue
		}
		for _, m := range p.re.FindAllStringIndex(t.s, -1) {
			if precededBy(t.s, m[0], 3, p.unless) {
				continue
			}
			out = append(out, finding{m[0], fmt.Sprintf("%s sounds like a diagnosis or waves a warning sign away; say what it may be and what to do (\"this may be …; get it checked today\")", quote(t.s[m[0]:m[1]]))})
		}
	}
	return out
}

// ---------------------------------------------------------------------------
// supplement-ask (brief §6.2, §8.6): a text that mentions magnesium,
// potassium, calcium or supplements also says to ask a doctor or pharmacist
// (or midwife) first, or says they are not recommended or unlikely to help.
// A mineral named only as a level in the body ("low potassium or
// magnesium", "magnesium levels") is a possible cause, not a supplement,
// and does not count.

var (
	supplementRE = re(`\b(?:magnesium|potassium|calcium|supplements?)\b`)
	mineralRE    = re(`^(?:magnesium|potassium|calcium)$`)
	askRE        = re(`\b(?:ask|asking|consult|(?:talk|speak)(?:ing)?\s+(?:to|with)|check(?:ing)?\s+with)\b`)
	notHelpRE    = re(`\b(?:not|isn['’]t|aren['’]t)\s+recommended\b|\bunlikely\s+to\s+help\b` +
		`|\bno\s+(?:good\s+)?evidence\b|\bnot\s+(?:been\s+)?shown\s+to\s+help\b|\b(?:do|does|did)(?:n['’]t|\s+not)\s+help\b`)
)

var levelWords = words("low", "levels", "level", "deficiency", "deficient", "lack")

func checkSupplements(t shown) []finding {
	for _, m := range supplementRE.FindAllStringIndex(t.s, -1) {
		word := t.s[m[0]:m[1]]
		if mineralRE.MatchString(word) && (precededBy(t.s, m[0], 3, levelWords) || followedBy(t.s, m[1], 1, levelWords)) {
			continue
		}
		if askRE.MatchString(t.ctx) || notHelpRE.MatchString(t.ctx) {
			return nil
		}
		return []finding{{m[0], fmt.Sprintf("%s is mentioned without saying to ask a doctor or pharmacist first (or that it is unlikely to help); the app never suggests taking a supplement", quote(word))}}
	}
	return nil
}

// ---------------------------------------------------------------------------
// stand-cue (brief §8.2): a relief step whose instruction asks the person to
// stand, walk or put weight on the foot is marked stands: true, so that it
// carries a balance cue and a seated alternative (the structural check).
// Only the title, text and sites are read: the balance cue and the seated
// alternative speak of standing by nature.

var standRE = re(`\b(?:stand(?:s|ing)?|stood|walk(?:s|ed|ing)?|weight\s+on|get(?:ting)?\s+up|out\s+of\s+bed)\b`)

func checkStandCue(docs ruleDocs, set *Set) {
	checkStretchStands(docs, set)
	d := docs.relief
	if d == nil {
		return
	}
	for i, s := range set.Relief.Steps {
		if s.Stands {
			continue
		}
		p := fmt.Sprintf("$.steps[%d]", i)
		for _, f := range []struct{ path, s string }{
			{p + ".title", s.Title}, {p + ".text", s.Text},
			{p + ".sites.calf", s.Sites.Calf}, {p + ".sites.foot", s.Sites.Foot}, {p + ".sites.thigh", s.Sites.Thigh},
		} {
			if at, word := firstUnnegated(standRE, f.s); at >= 0 {
				d.ruleError(RuleStandCue, f.path, f.s, at, fmt.Sprintf("step %q says %s but is not marked stands: true; a step that asks the person to stand, walk or put weight on the foot needs stands: true, a balance_cue and a seated_alternative", s.ID, quote(word)))
				break
			}
		}
	}
}

// firstUnnegated returns the first match of r in s that no negation comes
// just before ("don't stand up yet" asks nobody to stand), or -1.
func firstUnnegated(r *pattern, s string) (int, string) {
	for _, m := range r.FindAllStringIndex(s, -1) {
		if !precededBy(s, m[0], 2, negations) {
			return m[0], s[m[0]:m[1]]
		}
	}
	return -1, ""
}

// ---------------------------------------------------------------------------
// heat-cold-safety (brief §8.9c, R10): an aftercare item that suggests heat
// or cold carries a safety note; for cold it says never directly on the
// skin, for heat it says not to fall asleep on it or gives a time limit.
// "Warmth" in a list of clot signs ("swelling, warmth or redness") is not a
// suggestion of heat.

var (
	heatRE = re(`\bheat(?:ing\s+pads?|\s+packs?)?\b|\bhot[-\s]+water\s+bottles?\b` +
		`|\b(?:warm|hot)\s+(?:showers?|baths?|towels?|compress(?:es)?|flannels?|cloths?|packs?)\b|\bwarmth\b`)
	coldRE       = re(`\bice(?:\s+packs?)?\b|\bcold\s+(?:packs?|compress(?:es)?|towels?|flannels?|water)\b|\bfrozen\b`)
	signWords    = words("swollen", "swelling", "red", "redness", "darkened", "discoloured", "discolored")
	coldSafeRE   = re(`\b(?:never|not|don['’]t|do\s+not)\b[^.!?]*\b(?:directly|straight)\b[^.!?]*\bskin\b`)
	heatSafeRE   = re(`\b(?:asleep|sleep|sleeping)\b|\b\d+\s*(?:(?:to|-|–)\s*\d+\s*)?(?:minutes?|mins?)\b`)
	safetyAdvice = "no more than 15 to 20 minutes at a time; never put ice directly on the skin; never fall asleep on a heating pad"
)

func checkHeatCold(docs ruleDocs, set *Set) {
	d := docs.relief
	if d == nil {
		return
	}
	for i, b := range set.Relief.Eased.Items {
		p := fmt.Sprintf("$.eased.items[%d]", i)
		type hit struct {
			field         int // 0 title, 1 text
			path, s, word string
			at            int
		}
		var heat, cold *hit
		for i, f := range []struct{ path, s string }{{p + ".title", b.Title}, {p + ".text", b.Text}} {
			if heat == nil {
				for _, m := range heatRE.FindAllStringIndex(f.s, -1) {
					if precededBy(f.s, m[0], 3, signWords) || followedBy(f.s, m[1], 3, signWords) {
						continue
					}
					heat = &hit{i, f.path, f.s, f.s[m[0]:m[1]], m[0]}
					break
				}
			}
			if m := coldRE.FindStringIndex(f.s); cold == nil && m != nil {
				cold = &hit{i, f.path, f.s, f.s[m[0]:m[1]], m[0]}
			}
		}
		if heat == nil && cold == nil {
			continue
		}
		if blank(b.Safety) {
			first := heat
			if first == nil || (cold != nil && (cold.field < first.field || cold.field == first.field && cold.at < first.at)) {
				first = cold
			}
			d.ruleError(RuleHeatCold, first.path, first.s, first.at, fmt.Sprintf("aftercare item %q mentions %s but has no safety note; add one (%s)", b.ID, quote(first.word), safetyAdvice))
			continue
		}
		if cold != nil && !coldSafeRE.MatchString(b.Safety) {
			d.ruleError(RuleHeatCold, p+".safety", b.Safety, -1, fmt.Sprintf("aftercare item %q mentions %s; its safety note must say never to put ice or cold directly on the skin", b.ID, quote(cold.word)))
		}
		if heat != nil && !heatSafeRE.MatchString(b.Safety) {
			d.ruleError(RuleHeatCold, p+".safety", b.Safety, -1, fmt.Sprintf("aftercare item %q mentions %s; its safety note must say not to fall asleep with heat on, or give a time limit (\"no more than 15 to 20 minutes\")", b.ID, quote(heat.word)))
		}
	}
}

// ---------------------------------------------------------------------------
// escalation (brief §1.3, §8.3): the escalation text appears by itself at
// 10 minutes at the latest, and it says that a cramp lasting longer than 10
// minutes needs help (NHS).

const maxEscalateAfter = 10 * time.Minute

var tenMinutesRE = re(`\b(?:10|ten)[\s-]*(?:minutes?|mins?)\b`)

func checkEscalation(docs ruleDocs, set *Set) {
	d := docs.relief
	if d == nil {
		return
	}
	r := &set.Relief
	if r.EscalateAfter.Duration > maxEscalateAfter {
		d.ruleError(RuleEscalation, "$.escalate_after", "", -1, fmt.Sprintf("escalate_after is %s; the escalation must appear by 10m at the latest (a cramp that lasts longer than 10 minutes needs an urgent appointment)", formatDuration(r.EscalateAfter.Duration)))
	}
	e := &r.Escalation
	if !blank(e.Text) && !tenMinutesRE.MatchString(e.Title+"\n"+e.Text) {
		d.ruleError(RuleEscalation, "$.escalation.text", e.Text, -1, "the escalation must say that a cramp lasting longer than 10 minutes needs medical help today; neither its title nor its text mentions 10 minutes")
	}
}

// ---------------------------------------------------------------------------
// emergency-tier (brief §4.1, §8.4): the emergency action says to call
// emergency services (by that name or a number: 999, 911, 112, 000) and not
// to drive yourself.

var (
	emergencyRE = re(`\bemergency\s+services\b|\b(?:999|911|112|000)\b|\bambulance\b`)
	noDriveRE   = re(`\b(?:don['’]t|do\s+not|never|not)\s+(?:\w+\s+){0,2}?drive\b|\bsomeone\s+(?:else\s+)?(?:to\s+)?drive\s+you\b`)
)

func checkEmergency(docs ruleDocs, set *Set) {
	d := docs.redflags
	if d == nil {
		return
	}
	for i, t := range set.RedFlags.Tiers {
		if t.ID != TierEmergency || blank(t.Action) {
			continue
		}
		p := fmt.Sprintf("$.tiers[%d].action", i)
		if !emergencyRE.MatchString(t.Action) {
			d.ruleError(RuleEmergency, p, t.Action, -1, "the emergency action must say to call emergency services (or 999, 911, 112, 000)")
		}
		if !noDriveRE.MatchString(t.Action) {
			d.ruleError(RuleEmergency, p, t.Action, -1, "the emergency action must say not to drive yourself (\"Don't drive yourself\")")
		}
	}
}

// ---------------------------------------------------------------------------
// disclaimer (brief §7, §8.10): the disclaimer says the app is not medical
// advice and when to call emergency services.

var notAdviceRE = re(`\b(?:not|isn['’]t)\s+(?:\w+\s+){0,3}?medical\s+advice\b`)

func checkDisclaimer(docs ruleDocs, set *Set) {
	d, text := docs.about, set.About.Disclaimer
	if d == nil || blank(text) {
		return
	}
	if !notAdviceRE.MatchString(text) {
		d.ruleError(RuleDisclaimer, "$.disclaimer", text, -1, "the disclaimer must say the app is not medical advice")
	}
	if !emergencyRE.MatchString(text) {
		d.ruleError(RuleDisclaimer, "$.disclaimer", text, -1, "the disclaimer must say when to call emergency services (chest pain or sudden breathlessness)")
	}
}

// ---------------------------------------------------------------------------
// Placing a rule's message

// ruleError reports a broken rule at byte offset at of value, the text at
// path (or at the text as a whole when at is -1).
func (d *doc) ruleError(rule, path, value string, at int, msg string) {
	e := Error{File: d.name, Rule: rule, Msg: "[" + rule + "] " + msg}
	if tk := d.tokenAt(path); tk != nil && tk.Position != nil {
		e.Line, e.Column = tk.Position.Line, tk.Position.Column
	}
	if at >= 0 {
		if n := d.node(path); n != nil {
			if line, col, ok := locate(d.src, n, value, at); ok {
				e.Line, e.Column = line, col
			}
		}
	}
	*d.errs = append(*d.errs, e)
}

// locate finds the line and column of byte offset at of value, the decoded
// text of scalar node n, in the file's source src. It follows the text line
// by line (plain, quoted or block scalar), and gives up (ok false) where the
// source and the value part ways (escapes in a quoted text, a comment), so
// the caller falls back to where the text starts.
func locate(src []byte, n ast.Node, value string, at int) (line, col int, ok bool) {
	var first, firstCol int // the first source line of the text; its column there, if it shares the line with its key
	quoted := false
	switch v := n.(type) {
	case *ast.LiteralNode: // | or >: the text starts on the next line
		if v.Start == nil || v.Start.Position == nil {
			return 0, 0, false
		}
		first = v.Start.Position.Line + 1
	case *ast.StringNode:
		tk := v.GetToken()
		if tk == nil || tk.Position == nil {
			return 0, 0, false
		}
		first, firstCol = tk.Position.Line, tk.Position.Column
		quoted = tk.Type == token.DoubleQuoteType || tk.Type == token.SingleQuoteType
	default:
		return 0, 0, false
	}
	lines := strings.Split(string(src), "\n")
	pos := 0 // how much of value has been matched to source lines
	for ln := first; ln <= len(lines) && pos < len(value); ln++ {
		raw := strings.TrimRight(lines[ln-1], "\r")
		start := len(raw) - len(strings.TrimLeft(raw, " \t"))
		if ln == first && firstCol > 0 {
			start = runeOffset(raw, firstCol-1)
			if quoted {
				start++
			}
		}
		if start > len(raw) {
			return 0, 0, false
		}
		seg := strings.TrimRight(raw[start:], " \t")
		if seg == "" {
			continue // a blank line: a line break in the value
		}
		// Folding turned the line break before this line into a space or
		// kept it as a newline; skip it.
		for pos < len(value) && (value[pos] == ' ' || value[pos] == '\n' || value[pos] == '\t') {
			pos++
		}
		rest := value[pos:]
		var n int
		switch {
		case strings.HasPrefix(rest, seg):
			n = len(seg)
		case strings.HasPrefix(seg, rest): // the text ends on this line (a closing quote, a comma, a comment follow)
			n = len(rest)
		default:
			return 0, 0, false
		}
		if at >= pos && at < pos+n {
			return ln, utf8.RuneCountInString(raw[:start]) + utf8.RuneCountInString(seg[:at-pos]) + 1, true
		}
		pos += n
	}
	return 0, 0, false
}

// runeOffset is the byte offset of the rune at index i of s (len(s) past
// its end).
func runeOffset(s string, i int) int {
	for off := range s {
		if i == 0 {
			return off
		}
		i--
	}
	return len(s)
}
