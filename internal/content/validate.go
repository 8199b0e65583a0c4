package content

import (
	"time"

	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// The checks below run on a decoded file and report each problem at the node
// it is about, found by path in the file's syntax tree. Paths are only looked
// up once a problem is found, so a valid set costs no lookups beyond the
// explicit-zero checks for optional durations.

func checkVersion(d *doc, v int) {
	n := d.topValue("version")
	switch {
	case n == nil:
		d.errorf("$", "version is missing; add \"version: %d\" at the top", Version)
	case n.Type() != ast.IntegerType:
		// goccy turns 1.5 and "1" into an int without a word.
		got := n.GetToken().Value
		switch n.Type() {
		case ast.StringType:
			got = strconv.Quote(got)
		case ast.TagType:
			got = n.String()
		}
		d.errorf("$.version", "version: want a whole number, got %s", got)
	case v != Version:
		d.errorf("$.version", "version must be %d, got %d", Version, v)
	}
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// isID reports whether s is a lowercase-kebab id: [a-z0-9-]+.
func isID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// isSourceKey reports whether s looks like a source key: [A-Za-z0-9-]+, as in
// "NHS-LC" or "MAYO-NLC-causes".
func isSourceKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// checkSources validates sources.yaml and returns the set of its keys.
func checkSources(d *doc, sources []Source) map[string]bool {
	keys := make(map[string]bool, len(sources))
	if len(sources) == 0 {
		d.errorf("$.sources", "sources: list at least one source")
	}
	for i, s := range sources {
		p := fmt.Sprintf("$.sources[%d]", i)
		switch {
		case s.Key == "":
			d.errorf(p+".key", "source has no key")
		case !isSourceKey(s.Key):
			d.errorf(p+".key", "source key %q may only hold letters, digits and hyphens, like \"NHS-LC\"", s.Key)
		case keys[s.Key]:
			d.errorf(p+".key", "duplicate source key %q", s.Key)
		}
		if s.Key != "" {
			keys[s.Key] = true
		}
		name := s.Key
		if name == "" {
			name = fmt.Sprint(i + 1)
		}
		if blank(s.Title) {
			d.errorf(p+".title", "source %q has no title", name)
		}
		if blank(s.URL) {
			d.errorf(p+".url", "source %q has no url", name)
		} else if u, err := url.Parse(s.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			d.errorf(p+".url", "source %q: url %q must be a full http or https address", name, s.URL)
		}
	}
	return keys
}

// checkCites checks that a list of source keys is non-empty and that each
// resolves in sources.yaml (skipped when sources.yaml could not be read).
func checkCites(d *doc, p, what string, cites []string, keys map[string]bool) {
	if len(cites) == 0 {
		d.errorf(p+".sources", "%s cites no source; add at least one key from %s", what, FileSources)
		return
	}
	if keys == nil {
		return
	}
	for j, k := range cites {
		if !keys[k] {
			d.errorf(fmt.Sprintf("%s.sources[%d]", p, j), "unknown source key %q; it is not in %s", k, FileSources)
		}
	}
}

// checkID reports the id of item i of a list when it is missing, malformed
// or already used, and records it in seen. what names the item ("aftercare
// item"), short is the word in "(also item 2)".
func checkID(d *doc, p string, i int, id, what, short string, seen map[string]int) {
	first, dup := seen[id]
	switch {
	case id == "":
		d.errorf(p+".id", "%s %d has no id", what, i+1)
	case !isID(id):
		d.errorf(p+".id", "%s id %q may only hold lowercase letters, digits and hyphens", what, id)
	case dup:
		d.errorf(p+".id", "duplicate %s id %q (also %s %d)", what, id, short, first+1)
	}
	// A malformed id still counts as defined, so references to it are not
	// reported a second time.
	if id != "" && !dup {
		seen[id] = i
	}
}

func checkRelief(d *doc, r *Relief, keys map[string]bool) {
	// Step ids first, so that first and next can be checked against them.
	ids := make(map[string]int, len(r.Steps)) // id → index of first use
	for i, s := range r.Steps {
		checkID(d, fmt.Sprintf("$.steps[%d]", i), i, s.ID, "step", "step", ids)
	}

	if len(r.Steps) == 0 {
		d.errorf("$.steps", "steps: list at least one step")
	}
	if r.First == "" {
		d.errorf("$.first", "first is missing; name the step shown when the flow opens")
	} else if _, ok := ids[r.First]; !ok {
		d.errorf("$.first", "first names step %q, which does not exist", r.First)
	}
	switch {
	case r.EscalateAfter.Duration > 0:
	case r.EscalateAfter.Duration == 0 && !d.has("$.escalate_after"):
		d.errorf("$.escalate_after", "escalate_after is missing; say when the escalation text appears, like \"10m\"")
	default:
		d.errorf("$.escalate_after", "escalate_after must be a positive duration, got %s", formatDuration(r.EscalateAfter.Duration))
	}
	switch c := r.CountAfter.Duration; {
	case c == 0 && !d.has("$.count_after"):
		// Optional: DefaultCountAfter.
	case c < time.Second || c > 2*time.Minute:
		d.errorf("$.count_after", "count_after must be from 1s to 2m, got %s", formatDuration(c))
	case r.EscalateAfter.Duration > 0 && c >= r.EscalateAfter.Duration:
		d.errorf("$.count_after", "count_after (%s) must be shorter than escalate_after (%s)", formatDuration(c), formatDuration(r.EscalateAfter.Duration))
	}

	for i := range r.Steps {
		checkStep(d, i, &r.Steps[i], ids, keys)
	}

	items := make(map[string]int, len(r.Eased.Items))
	for i, b := range r.Eased.Items {
		p := fmt.Sprintf("$.eased.items[%d]", i)
		checkID(d, p, i, b.ID, "aftercare item", "item", items)
		checkBlock(d, p, "aftercare item", &r.Eased.Items[i], keys)
	}
	if r.Escalation.ID != "" && !isID(r.Escalation.ID) {
		d.errorf("$.escalation.id", "escalation id %q may only hold lowercase letters, digits and hyphens", r.Escalation.ID)
	}
	checkBlock(d, "$.escalation", "escalation", &r.Escalation, keys)

	if blank(r.Footer) {
		d.errorf("$.footer", "footer is missing; it is the one-line disclaimer under the relief screen")
	}
}

func checkStep(d *doc, i int, s *Step, ids map[string]int, keys map[string]bool) {
	p := fmt.Sprintf("$.steps[%d]", i)
	name := fmt.Sprintf("step %q", s.ID)
	if s.ID == "" {
		name = fmt.Sprintf("step %d", i+1)
	}
	if blank(s.Title) {
		d.errorf(p+".title", "%s has no title", name)
	}
	if blank(s.Text) {
		var missing []string
		for _, site := range []struct{ name, text string }{{"calf", s.Sites.Calf}, {"foot", s.Sites.Foot}, {"thigh", s.Sites.Thigh}} {
			if blank(site.text) {
				missing = append(missing, site.name)
			}
		}
		switch len(missing) {
		case 0:
		case 3:
			d.errorf(p+".text", "%s has no text", name)
		default:
			d.errorf(p+".sites", "%s has no text, and sites lacks %s; give text, or text for all three sites", name, strings.Join(missing, " and "))
		}
	}
	// A step without hold ends when the person says "done"; a hold written
	// out must be a real countdown.
	const holdHint = "leave hold out for a step that ends when the person says done"
	if s.Hold.Duration < 0 {
		d.errorf(p+".hold", "hold must be a positive duration, got %s; %s", formatDuration(s.Hold.Duration), holdHint)
	} else if s.Hold.Duration == 0 {
		switch n := d.node(p + ".hold"); {
		case n == nil:
		case n.Type() == ast.NullType:
			d.errorf(p+".hold", "hold is empty; give a duration like \"30s\", or %s", holdHint)
		default:
			d.errorf(p+".hold", "hold must be a positive duration, got %s; %s", n.GetToken().Value, holdHint)
		}
	}
	if s.Stands {
		if blank(s.BalanceCue) {
			d.errorf(p, "%s asks the person to stand or walk but has no balance_cue", name)
		}
		if blank(s.SeatedAlternative) {
			d.errorf(p, "%s asks the person to stand or walk but has no seated_alternative", name)
		}
	}
	if len(s.Next) > MaxNext {
		d.errorf(fmt.Sprintf("%s.next[%d]", p, MaxNext), "%s offers %d next steps; at most %d fit on the keys 1-%d", name, len(s.Next), MaxNext, MaxNext)
	}
	seen := make(map[string]bool, len(s.Next))
	for j, n := range s.Next {
		np := fmt.Sprintf("%s.next[%d]", p, j)
		_, exists := ids[n]
		switch {
		case n == s.ID:
			d.errorf(np, "%s lists itself in next", name)
		case !exists:
			d.errorf(np, "next names step %q, which does not exist", n)
		case seen[n]:
			d.errorf(np, "next lists step %q twice", n)
		}
		seen[n] = true
	}
	checkCites(d, p, name, s.Sources, keys)
}

func checkBlock(d *doc, p, what string, b *Block, keys map[string]bool) {
	if blank(b.Title) && blank(b.Text) && len(b.Sources) == 0 && !d.has(p) {
		d.errorf(p, "%s is missing", what)
		return
	}
	if b.ID != "" {
		what = fmt.Sprintf("%s %q", what, b.ID)
	}
	if blank(b.Title) {
		d.errorf(p+".title", "%s has no title", what)
	}
	if blank(b.Text) {
		d.errorf(p+".text", "%s has no text", what)
	}
	checkCites(d, p, what, b.Sources, keys)
}

// tierOrder is the only valid list of tiers, in order.
var tierOrder = []string{TierEmergency, TierUrgent, TierRoutine}

func checkRedFlags(d *doc, r *RedFlags, keys map[string]bool) {
	const want = "the tiers are emergency, urgent and routine, in that order"
	for i, t := range r.Tiers {
		p := fmt.Sprintf("$.tiers[%d]", i)
		switch {
		case i >= len(tierOrder):
			d.errorf(p, "extra tier %q; %s", t.ID, want)
		case t.ID != tierOrder[i]:
			d.errorf(p+".id", "tier %d must be %q, got %q; %s", i+1, tierOrder[i], t.ID, want)
		}
		name := fmt.Sprintf("tier %q", t.ID)
		if blank(t.Title) {
			d.errorf(p+".title", "%s has no title", name)
		}
		if blank(t.Action) {
			d.errorf(p+".action", "%s has no action", name)
		}
		checkCites(d, p, name+" (its action)", t.Sources, keys)
		if len(t.Signs) == 0 {
			d.errorf(p+".signs", "%s lists no signs", name)
		}
		for j, s := range t.Signs {
			sp := fmt.Sprintf("%s.signs[%d]", p, j)
			if blank(s.Text) {
				d.errorf(sp+".text", "sign %d of %s has no text", j+1, name)
			}
			checkCites(d, sp, fmt.Sprintf("sign %d of %s", j+1, name), s.Sources, keys)
		}
	}
	if n := len(r.Tiers); n < len(tierOrder) {
		d.errorf("$.tiers", "tiers: missing %s; %s", strings.Join(tierOrder[n:], ", "), want)
	}
	checkSeeDoctor(d, &r.SeeDoctor, keys)
}

func checkAbout(d *doc, a *About) {
	if blank(a.Disclaimer) {
		d.errorf("$.disclaimer", "disclaimer is missing")
	}
}

// drawnKinds are the topic kinds whose page is drawn from another file, with
// that file, for messages; TopicText (no kind) is a page of its own sections.
var drawnKinds = []struct{ kind, file string }{
	{TopicRedFlags, FileRedFlags},
	{TopicSources, FileSources},
	{TopicAbout, FileAbout},
}

// requiredKinds are the required topics that must be drawn from their file:
// `!` opens the red-flag tiers as "doctor", and the sources and the
// disclaimer are never written twice.
var requiredKinds = map[string]string{
	TopicDoctor:   TopicRedFlags,
	TopicSourceID: TopicSources,
	TopicAboutID:  TopicAbout,
}

func kindFile(kind string) string {
	for _, k := range drawnKinds {
		if k.kind == kind {
			return k.file
		}
	}
	return ""
}

func checkLearn(d *doc, l *Learn, keys map[string]bool) {
	ids := make(map[string]int, len(l.Topics)) // id → index of first use
	for i := range l.Topics {
		t := &l.Topics[i]
		p := fmt.Sprintf("$.topics[%d]", i)
		checkID(d, p, i, t.ID, "topic", "topic", ids)
		name := fmt.Sprintf("topic %q", t.ID)
		if t.ID == "" {
			name = fmt.Sprintf("topic %d", i+1)
		}
		if blank(t.Title) {
			d.errorf(p+".title", "%s has no title", name)
		}
		if blank(t.Summary) {
			d.errorf(p+".summary", "%s has no summary; it is the one line shown in the topic list", name)
		}
		known := t.Kind == TopicText || kindFile(t.Kind) != ""
		if !known {
			d.errorf(p+".kind", "%s: unknown kind %q; the kinds are redflags, sources and about, or leave kind out for a page of sections", name, t.Kind)
		}
		if want, ok := requiredKinds[t.ID]; ok && t.Kind != want && known {
			got := "no kind"
			if t.Kind != "" {
				got = fmt.Sprintf("kind %q", t.Kind)
			}
			d.errorf(p+".kind", "%s must have kind %s (its page is drawn from %s), got %s", name, want, kindFile(want), got)
		}
		if t.Kind == TopicText && len(t.Sections) == 0 {
			d.errorf(p+".sections", "%s has no sections; a topic without a kind is a page of its own sections, so give it at least one", name)
		}
		for j := range t.Sections {
			checkSection(d, fmt.Sprintf("%s.sections[%d]", p, j), j, name, &t.Sections[j], keys)
		}
	}
	var missing []string
	for _, id := range RequiredTopics {
		if _, ok := ids[id]; !ok {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		d.errorf("$.topics", "topics: missing %s; every content set needs the topics %s", strings.Join(missing, ", "), strings.Join(RequiredTopics, ", "))
	}
}

func checkSection(d *doc, p string, j int, topic string, s *Section, keys map[string]bool) {
	name := fmt.Sprintf("section %d of %s", j+1, topic)
	if !blank(s.Heading) {
		name = fmt.Sprintf("section %q of %s", s.Heading, topic)
	}
	if blank(s.Text) && s.Table == nil {
		d.errorf(p+".text", "%s has neither text nor a table", name)
	}
	if s.Table != nil {
		checkTable(d, p+".table", name, s.Table)
	}
	checkCites(d, p, name, s.Sources, keys)
}

func checkTable(d *doc, p, section string, t *Table) {
	cols := len(t.Columns)
	if cols < 2 {
		d.errorf(p+".columns", "the table in %s needs at least 2 columns, has %d", section, cols)
	}
	for c, name := range t.Columns {
		if blank(name) {
			d.errorf(fmt.Sprintf("%s.columns[%d]", p, c), "column %d of the table in %s has no name", c+1, section)
		}
	}
	if len(t.Rows) == 0 {
		d.errorf(p+".rows", "the table in %s has no rows", section)
	}
	for r, row := range t.Rows {
		rp := fmt.Sprintf("%s.rows[%d]", p, r)
		if len(row) != cols {
			d.errorf(rp, "row %d of the table in %s has %d cells; the table has %d columns", r+1, section, len(row), cols)
		}
		for c, cell := range row {
			if blank(cell) {
				d.errorf(fmt.Sprintf("%s[%d]", rp, c), "row %d, cell %d of the table in %s is empty", r+1, c+1, section)
			}
		}
	}
}
