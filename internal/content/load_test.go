package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// fixture returns the small valid content set in testdata/valid as a MapFS.
// Every failing case below is one (or a few) string replacements away from
// it; `cat -n testdata/valid/relief.yaml` shows the lines the cases name.
func fixture(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, name := range Files {
		b, err := os.ReadFile(filepath.Join("testdata", "valid", name))
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	return fsys
}

// edit replaces old, which must occur exactly once, with new in one file.
func edit(t testing.TB, fsys fstest.MapFS, file, old, new string) {
	t.Helper()
	f, ok := fsys[file]
	if !ok {
		t.Fatalf("fixture has no %s", file)
	}
	if n := strings.Count(string(f.Data), old); n != 1 {
		t.Fatalf("%s: %q occurs %d times, want exactly once", file, old, n)
	}
	f.Data = []byte(strings.Replace(string(f.Data), old, new, 1))
}

// loadErrs loads fsys, which must fail, and returns the problems.
func loadErrs(t *testing.T, fsys fs.FS) Errors {
	t.Helper()
	set, err := Load(fsys)
	if err == nil {
		t.Fatal("Load succeeded, want errors")
	}
	if set != nil {
		t.Error("Load returned a set along with errors")
	}
	var errs Errors
	if !errors.As(err, &errs) {
		t.Fatalf("Load error is %T, want Errors: %v", err, err)
	}
	return errs
}

func TestLoadValidFixture(t *testing.T) {
	set, err := Load(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(set.Sources); got != 3 {
		t.Errorf("sources = %d, want 3", got)
	}
	if src, ok := set.Source("MAYO-NLC-causes"); !ok || src.Title != "Mayo Clinic: Night leg cramps, causes" {
		t.Errorf("Source(MAYO-NLC-causes) = %+v, %v", src, ok)
	}
	r := set.Relief
	if r.First != "stretch" || r.EscalateAfter.Duration != 10*time.Minute {
		t.Errorf("first = %q, escalate_after = %v", r.First, r.EscalateAfter)
	}
	if len(r.Steps) != 3 {
		t.Fatalf("steps = %d, want 3", len(r.Steps))
	}
	stretch, ok := r.Step("stretch")
	if !ok || stretch.Hold.Duration != 30*time.Second || stretch.Sites.For("foot") == "" {
		t.Errorf("stretch = %+v", stretch)
	}
	if walk, _ := r.Step("walk"); !walk.Stands || walk.Hold.Duration != 0 || walk.SeatedAlternative == "" {
		t.Errorf("walk = %+v", walk)
	}
	if len(r.Eased.Items) != 1 || r.Eased.Items[0].Safety == "" || r.Escalation.Title == "" || r.Footer == "" {
		t.Errorf("eased/escalation/footer = %+v / %+v / %q", r.Eased, r.Escalation, r.Footer)
	}
	if len(set.RedFlags.Tiers) != 3 {
		t.Errorf("tiers = %d, want 3", len(set.RedFlags.Tiers))
	}
	if tier, ok := set.RedFlags.Tier(TierUrgent); !ok || len(tier.Signs) != 1 {
		t.Errorf("urgent tier = %+v, %v", tier, ok)
	}
	if set.About.Disclaimer == "" {
		t.Error("no disclaimer")
	}
	if got := len(set.Learn.Topics); got != len(RequiredTopics) {
		t.Errorf("topics = %d, want %d", got, len(RequiredTopics))
	}
	if doctor, ok := set.Learn.Topic(TopicDoctor); !ok || doctor.Kind != TopicRedFlags || len(doctor.Sections) != 0 {
		t.Errorf("doctor topic = %+v, %v", doctor, ok)
	}
	if cmp, _ := set.Learn.Topic(TopicCompare); len(cmp.Sections) != 1 || cmp.Sections[0].Table == nil ||
		len(cmp.Sections[0].Table.Rows) != 2 || cmp.Sections[0].Table.Rows[1][2] != "Swelling, warmth or redness" {
		t.Errorf("compare topic = %+v", cmp)
	}
}

type change struct{ file, old, new string }

// checkChanges applies changes to the valid fixture and loads it: with want
// nil it must load cleanly; otherwise the errors must be exactly want, in
// order. It returns the errors for further checks.
func checkChanges(t *testing.T, changes []change, want []string) Errors {
	t.Helper()
	fsys := fixture(t)
	for _, c := range changes {
		edit(t, fsys, c.file, c.old, c.new)
	}
	if want == nil {
		if _, err := Load(fsys); err != nil {
			t.Fatalf("Load: %v", err)
		}
		return nil
	}
	errs := loadErrs(t, fsys)
	if got := errs.Error(); got != strings.Join(want, "\n") {
		t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.ReplaceAll(got, "\n", "\n\t"), strings.Join(want, "\n\t"))
	}
	return errs
}

func TestLoadReportsProblemsWithPositions(t *testing.T) {
	tests := []struct {
		name    string
		changes []change
		want    []string // every problem, exactly, in order
	}{
		{
			name:    "misspelled field",
			changes: []change{{FileRelief, "    title: Walk it off", "    titel: Walk it off"}},
			want: []string{
				// The step is still checked without it, so its missing title shows too.
				`relief.yaml:15:5: step "walk" has no title`,
				`relief.yaml:16:5: unknown field "titel"; did you mean "title"?`,
			},
		},
		{
			name:    "unknown field far from any known one",
			changes: []change{{FileAbout, "version: 1\n", "version: 1\ncolour: blue\n"}},
			want:    []string{`about.yaml:2:1: unknown field "colour"; the fields here are version, disclaimer`},
		},
		{
			name:    "negative hold",
			changes: []change{{FileRelief, "hold: 30s", "hold: -5s"}},
			want:    []string{`relief.yaml:12:11: hold must be a positive duration, got -5s; leave hold out for a step that ends when the person says done`},
		},
		{
			name:    "explicit zero hold",
			changes: []change{{FileRelief, "hold: 30s", "hold: 0s"}},
			want:    []string{`relief.yaml:12:11: hold must be a positive duration, got 0s; leave hold out for a step that ends when the person says done`},
		},
		{
			name:    "empty hold",
			changes: []change{{FileRelief, "hold: 30s", "hold:"}},
			want:    []string{`relief.yaml:12:5: hold is empty; give a duration like "30s", or leave hold out for a step that ends when the person says done`},
		},
		{
			name:    "hold that is not a duration",
			changes: []change{{FileRelief, "hold: 30s", "hold: 30 sec"}},
			want:    []string{`relief.yaml:12:11: hold: "30 sec" is not a duration; write it like "30s" or "10m"`},
		},
		{
			name:    "hold without a unit",
			changes: []change{{FileRelief, "hold: 30s", "hold: 30"}},
			want:    []string{`relief.yaml:12:11: hold: 30 needs a unit; write it like "30s" or "10m"`},
		},
		{
			name:    "hold of the wrong type",
			changes: []change{{FileRelief, "hold: 30s", "hold: [1]"}},
			want:    []string{`relief.yaml:12:11: hold: want a duration like "30s" or "10m", got a list`},
		},
		{
			name:    "escalate_after zero",
			changes: []change{{FileRelief, "escalate_after: 10m", "escalate_after: 0s"}},
			want:    []string{`relief.yaml:3:17: escalate_after must be a positive duration, got 0s`},
		},
		{
			name:    "count_after under a second",
			changes: []change{{FileRelief, "escalate_after: 10m\n", "escalate_after: 10m\ncount_after: 500ms\n"}},
			want:    []string{`relief.yaml:4:14: count_after must be from 1s to 2m, got 500ms`},
		},
		{
			name:    "count_after as long as the escalation",
			changes: []change{{FileRelief, "escalate_after: 10m\n", "escalate_after: 1m\ncount_after: 1m\n"}},
			want:    []string{`relief.yaml:4:14: count_after (1m) must be shorter than escalate_after (1m)`},
		},
		{
			name:    "escalate_after missing",
			changes: []change{{FileRelief, "escalate_after: 10m\n", ""}},
			want:    []string{`relief.yaml:1:1: escalate_after is missing; say when the escalation text appears, like "10m"`},
		},
		{
			name:    "unknown source key",
			changes: []change{{FileRelief, "[NHS-LC, MAYO-NLC-causes]", "[NHS-LC, NOPE]"}},
			want:    []string{`relief.yaml:22:23: unknown source key "NOPE"; it is not in sources.yaml`},
		},
		{
			name:    "unknown source key in a red flag",
			changes: []change{{FileRedFlags, "sources: [MAYO-NLC]", "sources: [MAYO]"}},
			want:    []string{`redflags.yaml:23:19: unknown source key "MAYO"; it is not in sources.yaml`},
		},
		{
			name:    "step without sources",
			changes: []change{{FileRelief, "    next: [stretch]\n    sources: [NHS-LC]\n", "    next: [stretch]\n"}},
			want:    []string{`relief.yaml:23:5: step "massage" cites no source; add at least one key from sources.yaml`},
		},
		{
			name:    "block with empty sources",
			changes: []change{{FileRelief, "  sources: [NHS-LC, MAYO-NLC]", "  sources: []"}},
			want:    []string{`relief.yaml:39:3: escalation cites no source; add at least one key from sources.yaml`},
		},
		{
			name:    "standing step without seated_alternative",
			changes: []change{{FileRelief, "    seated_alternative: Stay seated and pull your toes toward you with a towel.\n", ""}},
			want:    []string{`relief.yaml:15:5: step "walk" asks the person to stand or walk but has no seated_alternative`},
		},
		{
			name:    "standing step without balance_cue",
			changes: []change{{FileRelief, "    balance_cue: Sit on the bed edge first, turn on a light and hold on to something stable.\n", ""}},
			want:    []string{`relief.yaml:15:5: step "walk" asks the person to stand or walk but has no balance_cue`},
		},
		{
			name:    "duplicate key",
			changes: []change{{FileRelief, "    text: Walk around for a minute.\n", "    text: Walk around for a minute.\n    title: Walk\n"}},
			want:    []string{`relief.yaml:18:5: duplicate key "title" (already set on line 16)`},
		},
		{
			name:    "duplicate top-level key",
			changes: []change{{FileAbout, "version: 1\n", "version: 1\nversion: 1\n"}},
			want:    []string{`about.yaml:2:1: duplicate key "version" (already set on line 1)`},
		},
		{
			name:    "version as a word",
			changes: []change{{FileAbout, "version: 1", `version: "one"`}},
			want:    []string{`about.yaml:1:10: version: want a whole number, got "one"`},
		},
		{
			name:    "version with a fraction",
			changes: []change{{FileAbout, "version: 1", "version: 1.5"}},
			want:    []string{`about.yaml:1:10: version: want a whole number, got 1.5`},
		},
		{
			name:    "version quoted",
			changes: []change{{FileAbout, "version: 1", `version: "1"`}},
			want:    []string{`about.yaml:1:10: version: want a whole number, got "1"`},
		},
		{
			name:    "yes is not a boolean",
			changes: []change{{FileRelief, "stands: true", "stands: yes"}},
			want:    []string{`relief.yaml:18:13: stands: want true or false, got "yes"`},
		},
		{
			name:    "list where text is expected",
			changes: []change{{FileRelief, "first: stretch", "first: [stretch]"}},
			want:    []string{`relief.yaml:2:8: first: want text, got a list`},
		},
		{
			name:    "mapping where a list is expected",
			changes: []change{{FileRelief, "next: [massage]", "next: {massage: 1}"}},
			want:    []string{`relief.yaml:21:11: next: want a list, got a mapping (key: value lines)`},
		},
		{
			name:    "bad YAML",
			changes: []change{{FileAbout, "disclaimer: General", `disclaimer: "General`}},
			want:    []string{`about.yaml:2:13: could not find end character of double-quoted text`},
		},
		{
			name:    "tab indentation",
			changes: []change{{FileAbout, "disclaimer:", "\tdisclaimer:"}},
			want:    []string{`about.yaml:2:1: found character '\t' that cannot start any token`},
		},
		{
			name:    "empty file",
			changes: []change{{FileAbout, "version: 1\ndisclaimer: General information, not medical advice. With chest pain or sudden breathlessness, call emergency services.\n", "# nothing yet\n"}},
			want:    []string{`about.yaml: file is empty; it needs at least "version: 1"`},
		},
		{
			name:    "two documents",
			changes: []change{{FileAbout, "emergency services.\n", "emergency services.\n---\nversion: 1\n"}},
			want:    []string{`about.yaml:3:1: only one YAML document is allowed per file; remove this "---" and what follows`},
		},
		{
			name:    "a leading document marker is fine",
			changes: []change{{FileAbout, "version: 1\n", "---\nversion: 1\n"}},
		},
		{
			name:    "anchors and aliases are fine",
			changes: []change{{FileRelief, "sources: [NHS-LC, MAYO-NLC-causes]", "sources: &walk-sources [NHS-LC, MAYO-NLC-causes]"}, {FileRelief, "    next: [stretch]\n    sources: [NHS-LC]", "    next: [stretch]\n    sources: *walk-sources"}},
		},
		{
			name:    "top level is a list",
			changes: []change{{FileAbout, "version: 1\ndisclaimer: General information, not medical advice. With chest pain or sudden breathlessness, call emergency services.\n", "- version: 1\n"}},
			want:    []string{`about.yaml:1:1: want a mapping (key: value lines), got a list`},
		},
		{
			name:    "dangling next",
			changes: []change{{FileRelief, "next: [massage]", "next: [masage]"}},
			want:    []string{`relief.yaml:21:12: next names step "masage", which does not exist`},
		},
		{
			name:    "more next steps than keys",
			changes: []change{{FileRelief, "next: [walk, massage]", "next: [walk, massage, a, b]"}},
			want: []string{
				`relief.yaml:13:27: next names step "a", which does not exist`,
				`relief.yaml:13:30: step "stretch" offers 4 next steps; at most 3 fit on the keys 1-3`,
				`relief.yaml:13:30: next names step "b", which does not exist`,
			},
		},
		{
			name:    "step lists itself in next",
			changes: []change{{FileRelief, "next: [stretch]", "next: [massage]"}},
			want:    []string{`relief.yaml:26:12: step "massage" lists itself in next`},
		},
		{
			name:    "dangling first",
			changes: []change{{FileRelief, "first: stretch", "first: strech"}},
			want:    []string{`relief.yaml:2:8: first names step "strech", which does not exist`},
		},
		{
			name:    "duplicate step id",
			changes: []change{{FileRelief, "  - id: massage", "  - id: walk"}},
			want: []string{
				`relief.yaml:13:18: next names step "massage", which does not exist`,
				`relief.yaml:21:12: next names step "massage", which does not exist`,
				`relief.yaml:23:9: duplicate step id "walk" (also step 2)`,
			},
		},
		{
			name:    "step id not kebab case",
			changes: []change{{FileRelief, "first: stretch", "first: Stretch"}, {FileRelief, "  - id: stretch", "  - id: Stretch"}, {FileRelief, "next: [stretch]", "next: [Stretch]"}},
			want:    []string{`relief.yaml:5:9: step id "Stretch" may only hold lowercase letters, digits and hyphens`},
		},
		{
			name:    "aftercare item without id",
			changes: []change{{FileRelief, "    - id: warmth\n      title: Warmth", "    - title: Warmth"}},
			want:    []string{`relief.yaml:31:7: aftercare item 1 has no id`},
		},
		{
			name:    "step without text and with only some sites",
			changes: []change{{FileRelief, "    text: Straighten your knee and pull your toes toward your shin.\n", ""}, {FileRelief, "      foot: Pull your toes back toward your shin.\n", ""}},
			want:    []string{`relief.yaml:7:5: step "stretch" has no text, and sites lacks foot; give text, or text for all three sites`},
		},
		{
			name:    "step with all three sites needs no text",
			changes: []change{{FileRelief, "    text: Straighten your knee and pull your toes toward your shin.\n", ""}},
		},
		{
			name:    "escalation missing",
			changes: []change{{FileRelief, "escalation:\n  title: Still cramping after 10 minutes?\n  text: Get an urgent appointment.\n  sources: [NHS-LC, MAYO-NLC]\n", ""}},
			want:    []string{`relief.yaml:1:1: escalation is missing`},
		},
		{
			name:    "blank footer",
			changes: []change{{FileRelief, "footer: General information, not medical advice.", `footer: "  "`}},
			want:    []string{`relief.yaml:40:9: footer is missing; it is the one-line disclaimer under the relief screen`},
		},
		{
			name:    "missing disclaimer",
			changes: []change{{FileAbout, "disclaimer: General information, not medical advice. With chest pain or sudden breathlessness, call emergency services.\n", ""}},
			want:    []string{`about.yaml:1:1: disclaimer is missing`},
		},
		{
			name:    "bad version",
			changes: []change{{FileAbout, "version: 1", "version: 2"}},
			want:    []string{`about.yaml:1:10: version must be 1, got 2`},
		},
		{
			name:    "missing version",
			changes: []change{{FileRedFlags, "version: 1\n", ""}},
			want:    []string{`redflags.yaml:1:1: version is missing; add "version: 1" at the top`},
		},
		{
			name:    "tiers out of order",
			changes: []change{{FileRedFlags, "  - id: urgent", "  - id: routine"}, {FileRedFlags, "  - id: routine\n    title: See", "  - id: urgent\n    title: See"}},
			want: []string{
				`redflags.yaml:10:9: tier 2 must be "urgent", got "routine"; the tiers are emergency, urgent and routine, in that order`,
				`redflags.yaml:17:9: tier 3 must be "routine", got "urgent"; the tiers are emergency, urgent and routine, in that order`,
			},
		},
		{
			name:    "tier missing",
			changes: []change{{FileRedFlags, "  - id: routine\n    title: See your doctor\n    action: Book an appointment.\n    sources: [\"NHS-LC\"]\n    signs:\n      - text: Cramps that keep disturbing your sleep.\n        sources: [MAYO-NLC]\n", ""}},
			want:    []string{`redflags.yaml:2:1: tiers: missing routine; the tiers are emergency, urgent and routine, in that order`},
		},
		{
			name:    "tier without signs or action",
			changes: []change{{FileRedFlags, "    action: Book an appointment.\n    sources: [\"NHS-LC\"]\n    signs:\n      - text: Cramps that keep disturbing your sleep.\n        sources: [MAYO-NLC]\n", ""}},
			want: []string{
				`redflags.yaml:17:5: tier "routine" has no action`,
				`redflags.yaml:17:5: tier "routine" (its action) cites no source; add at least one key from sources.yaml`,
				`redflags.yaml:17:5: tier "routine" lists no signs`,
			},
		},
		{
			name:    "source url without scheme",
			changes: []change{{FileSources, "url: https://www.nhs.uk/conditions/leg-cramps/", "url: www.nhs.uk/conditions/leg-cramps/"}},
			want:    []string{`sources.yaml:8:10: source "NHS-LC": url "www.nhs.uk/conditions/leg-cramps/" must be a full http or https address`},
		},
		{
			name:    "duplicate and malformed source keys",
			changes: []change{{FileSources, "key: MAYO-NLC\n", "key: NHS-LC\n"}, {FileSources, "key: MAYO-NLC-causes", "key: MAYO NLC"}},
			want: []string{
				`sources.yaml:9:10: duplicate source key "NHS-LC"`,
				`sources.yaml:12:10: source key "MAYO NLC" may only hold letters, digits and hyphens, like "NHS-LC"`,
				`relief.yaml:22:23: unknown source key "MAYO-NLC-causes"; it is not in sources.yaml`,
				`relief.yaml:39:21: unknown source key "MAYO-NLC"; it is not in sources.yaml`,
				`redflags.yaml:16:27: unknown source key "MAYO-NLC"; it is not in sources.yaml`,
				`redflags.yaml:23:19: unknown source key "MAYO-NLC"; it is not in sources.yaml`,
			},
		},
		// learn.yaml
		{
			name:    "learn: unknown kind",
			changes: []change{{FileLearn, "kind: redflags", "kind: red-flags"}},
			want:    []string{`learn.yaml:15:11: topic "doctor": unknown kind "red-flags"; the kinds are redflags, sources and about, or leave kind out for a page of sections`},
		},
		{
			name:    "learn: doctor drawn from the wrong file",
			changes: []change{{FileLearn, "kind: redflags", "kind: about"}},
			want:    []string{`learn.yaml:15:11: topic "doctor" must have kind redflags (its page is drawn from redflags.yaml), got kind "about"`},
		},
		{
			name:    "learn: doctor without kind",
			changes: []change{{FileLearn, "    kind: redflags\n", ""}},
			want: []string{
				`learn.yaml:12:5: topic "doctor" must have kind redflags (its page is drawn from redflags.yaml), got no kind`,
				`learn.yaml:12:5: topic "doctor" has no sections; a topic without a kind is a page of its own sections, so give it at least one`,
			},
		},
		{
			name:    "learn: sources and about need their kinds",
			changes: []change{{FileLearn, "kind: sources", "kind: about"}, {FileLearn, "    summary: What this app is\n    kind: about", "    summary: What this app is\n    kind: sources"}},
			want: []string{
				`learn.yaml:46:11: topic "sources" must have kind sources (its page is drawn from sources.yaml), got kind "about"`,
				`learn.yaml:50:11: topic "about" must have kind about (its page is drawn from about.yaml), got kind "sources"`,
			},
		},
		{
			name:    "learn: a required topic missing",
			changes: []change{{FileLearn, "  - id: special", "  - id: situations"}},
			want:    []string{`learn.yaml:4:1: topics: missing special; every content set needs the topics causes, doctor, compare, evidence, special, sources, about`},
		},
		{
			name:    "learn: duplicate topic id",
			changes: []change{{FileLearn, "  - id: special", "  - id: causes"}},
			want: []string{
				`learn.yaml:4:1: topics: missing special; every content set needs the topics causes, doctor, compare, evidence, special, sources, about`,
				`learn.yaml:37:9: duplicate topic id "causes" (also topic 1)`,
			},
		},
		{
			name:    "learn: topic id not kebab case",
			changes: []change{{FileLearn, "  - id: compare", "  - id: Compare_2"}},
			want: []string{
				`learn.yaml:4:1: topics: missing compare; every content set needs the topics causes, doctor, compare, evidence, special, sources, about`,
				`learn.yaml:16:9: topic id "Compare_2" may only hold lowercase letters, digits and hyphens`,
			},
		},
		{
			name:    "learn: blank title and missing summary",
			changes: []change{{FileLearn, "title: Sources", `title: ""`}, {FileLearn, "    summary: What this app is\n", ""}},
			want: []string{
				`learn.yaml:44:12: topic "sources" has no title`,
				`learn.yaml:47:5: topic "about" has no summary; it is the one line shown in the topic list`,
			},
		},
		{
			name:    "learn: text topic without sections",
			changes: []change{{FileLearn, "    sections:\n      - text: Stretch gently in pregnancy.\n        sources: [NHS-LC]\n", ""}},
			want:    []string{`learn.yaml:37:5: topic "special" has no sections; a topic without a kind is a page of its own sections, so give it at least one`},
		},
		{
			name:    "learn: section with neither text nor table",
			changes: []change{{FileLearn, "      - text: Stretch gently in pregnancy.", "      - heading: Stretching"}},
			want:    []string{`learn.yaml:41:9: section "Stretching" of topic "special" has neither text nor a table`},
		},
		{
			name:    "learn: section without sources",
			changes: []change{{FileLearn, "pregnancy.\n        sources: [NHS-LC]", "pregnancy.\n        sources: []"}},
			want:    []string{`learn.yaml:42:9: section 1 of topic "special" cites no source; add at least one key from sources.yaml`},
		},
		{
			name:    "learn: unknown source key",
			changes: []change{{FileLearn, "pregnancy.\n        sources: [NHS-LC]", "pregnancy.\n        sources: [NHS-LC, NICE]"}},
			want:    []string{`learn.yaml:42:27: unknown source key "NICE"; it is not in sources.yaml`},
		},
		{
			name:    "learn: table row too short",
			changes: []change{{FileLearn, "[The pain, Sharp, Throbbing ache]", "[The pain, Sharp]"}},
			want:    []string{`learn.yaml:24:15: row 1 of the table in section "How they differ" of topic "compare" has 2 cells; the table has 3 columns`},
		},
		{
			name:    "learn: table with an empty cell and an empty column name",
			changes: []change{{FileLearn, "[Other signs, None,", `[Other signs, "",`}, {FileLearn, "[Feature, Night cramp,", `["", Night cramp,`}},
			want: []string{
				`learn.yaml:22:21: column 1 of the table in section "How they differ" of topic "compare" has no name`,
				`learn.yaml:25:29: row 2, cell 2 of the table in section "How they differ" of topic "compare" is empty`,
			},
		},
		{
			name: "learn: table with one column and no rows",
			changes: []change{
				{FileLearn, "[Feature, Night cramp, Possible clot]", "[Feature]"},
				{FileLearn, "          rows:\n            - [The pain, Sharp, Throbbing ache]\n            - [Other signs, None, \"Swelling, warmth or redness\"]\n", "          rows: []\n"},
			},
			want: []string{
				`learn.yaml:22:11: the table in section "How they differ" of topic "compare" needs at least 2 columns, has 1`,
				`learn.yaml:23:11: the table in section "How they differ" of topic "compare" has no rows`,
			},
		},
		{
			name:    "learn: a section may have a table and text",
			changes: []change{{FileLearn, "      - heading: How they differ\n", "      - heading: How they differ\n        text: A guide, not a diagnosis.\n"}},
		},
		{
			name:    "learn: unknown field",
			changes: []change{{FileLearn, "    summary: What they are linked to", "    sumary: What they are linked to"}},
			want: []string{
				`learn.yaml:5:5: topic "causes" has no summary; it is the one line shown in the topic list`,
				`learn.yaml:7:5: unknown field "sumary"; did you mean "summary"?`,
			},
		},
		{
			name:    "learn: missing version",
			changes: []change{{FileLearn, "version: 1\n", ""}},
			want:    []string{`learn.yaml:3:1: version is missing; add "version: 1" at the top`},
		},
		{
			name: "several problems in several files, all reported",
			changes: []change{
				{FileRelief, "    title: Massage", "    titel: Massage"},
				{FileRelief, "hold: 30s", "hold: -5s"},
				{FileRelief, "next: [massage]", "next: [nowhere]"},
				{FileRedFlags, "sources: [NHS-LC]", "sources: [NOPE]"},
				{FileAbout, "version: 1", "version: 3"},
			},
			want: []string{
				`relief.yaml:12:11: hold must be a positive duration, got -5s; leave hold out for a step that ends when the person says done`,
				`relief.yaml:21:12: next names step "nowhere", which does not exist`,
				`relief.yaml:23:5: step "massage" has no title`,
				`relief.yaml:24:5: unknown field "titel"; did you mean "title"?`,
				`redflags.yaml:9:19: unknown source key "NOPE"; it is not in sources.yaml`,
				`about.yaml:1:10: version must be 1, got 3`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkChanges(t, tt.changes, tt.want) })
	}
}

func TestLoadFileSet(t *testing.T) {
	t.Run("missing file", func(t *testing.T) {
		fsys := fixture(t)
		delete(fsys, FileRedFlags)
		errs := loadErrs(t, fsys)
		want := "redflags.yaml: file is missing; a content set needs sources.yaml, relief.yaml, redflags.yaml, about.yaml, routines.yaml, checklist.yaml and learn.yaml"
		if errs.Error() != want {
			t.Errorf("got %q, want %q", errs.Error(), want)
		}
	})
	t.Run("unknown files", func(t *testing.T) {
		fsys := fixture(t)
		fsys["extra.yaml"] = &fstest.MapFile{Data: []byte("version: 1\n")}
		fsys["Relief.yml"] = &fstest.MapFile{Data: []byte("version: 1\n")}
		fsys["README.md"] = &fstest.MapFile{Data: []byte("# notes\n")}
		fsys["old/relief.yaml"] = &fstest.MapFile{Data: []byte("not: looked at\n")}
		errs := loadErrs(t, fsys)
		want := "Relief.yml: unknown content file; did you mean relief.yaml?\n" +
			"extra.yaml: unknown content file; the known files are sources.yaml, relief.yaml, redflags.yaml, about.yaml, routines.yaml, checklist.yaml and learn.yaml"
		if errs.Error() != want {
			t.Errorf("got:\n%s\nwant:\n%s", errs.Error(), want)
		}
	})
	t.Run("broken sources.yaml does not flag every citation", func(t *testing.T) {
		fsys := fixture(t)
		edit(t, fsys, FileSources, "sources:\n", "sources: [\n")
		errs := loadErrs(t, fsys)
		if len(errs) != 1 || errs[0].File != FileSources || errs[0].Line == 0 {
			t.Errorf("got %d problems:\n%v", len(errs), errs)
		}
	})
}

func TestUnknownFieldsAllReported(t *testing.T) {
	fsys := fixture(t)
	edit(t, fsys, FileRelief, "    title: Walk it off\n", "    titel: Walk it off\n    colour: red\n")
	edit(t, fsys, FileRedFlags, "    action: Book an appointment.", "    actoin: Book an appointment.")
	errs := loadErrs(t, fsys)
	want := []string{
		`relief.yaml:15:5: step "walk" has no title`,
		`relief.yaml:16:5: unknown field "titel"; did you mean "title"?`,
		`relief.yaml:17:5: unknown field "colour"; the fields here are id, title, text, sites, tip, hold, stands, balance_cue, seated_alternative, caution, next, sources`,
		`redflags.yaml:17:5: tier "routine" has no action`,
		`redflags.yaml:19:5: unknown field "actoin"; did you mean "action"?`,
	}
	if got := errs.Error(); got != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestErrorFormat(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "relief.yaml", Line: 12, Column: 7, Msg: "m"}, "relief.yaml:12:7: m"},
		{Error{File: "relief.yaml", Line: 12, Msg: "m"}, "relief.yaml:12: m"},
		{Error{File: "relief.yaml", Msg: "m"}, "relief.yaml: m"},
		{Error{Msg: "m"}, "m"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("%+v.Error() = %q, want %q", tt.e, got, tt.want)
		}
	}
	errs := Errors{{File: "a.yaml", Line: 1, Column: 2, Msg: "x"}, {File: "b.yaml", Msg: "y"}}
	if got := errs.Error(); got != "a.yaml:1:2: x\nb.yaml: y" {
		t.Errorf("Errors.Error() = %q", got)
	}
}

func BenchmarkLoadFixture(b *testing.B) {
	fsys := fixture(b)
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
