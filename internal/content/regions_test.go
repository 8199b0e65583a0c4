package content

import (
	"strings"
	"testing"
	"testing/fstest"

	embedded "github.com/crampcoach/cramp/content"
)

func builtinRegions(t *testing.T) (*Set, *Regions) {
	t.Helper()
	set, err := Load(embedded.FS)
	if err != nil {
		t.Fatal(err)
	}
	r, err := LoadRegions(embedded.FS, set)
	if err != nil {
		t.Fatal(err)
	}
	return set, r
}

func TestBuiltInRegionsCoverTheIssuesCountries(t *testing.T) {
	_, r := builtinRegions(t)
	want := map[string]string{"GB": "999", "UK": "999", "IE": "112", "US": "911", "CA": "911", "AU": "000", "NZ": "111", "EU": "112", "DE": "112", "FR": "112"}
	for code, num := range want {
		reg, ok := r.Find(code)
		if !ok || reg.Emergency != num {
			t.Errorf("%s: %+v %v, want %s", code, reg, ok, num)
		}
	}
	if _, ok := r.Find("ZZ"); ok {
		t.Error("an unknown code found a region")
	}
}

// The neutral phrases are in the built-in texts, or no region would ever
// change a word.
func TestNeutralPhrasesAreInTheBuiltInTexts(t *testing.T) {
	set, r := builtinRegions(t)
	var all strings.Builder
	for _, tier := range set.RedFlags.Tiers {
		all.WriteString(tier.Action + "\n")
	}
	all.WriteString(set.Relief.Escalation.Text)
	for _, p := range []string{r.Neutral.Emergency, r.Neutral.Urgent} {
		if !strings.Contains(all.String(), p) {
			t.Errorf("%q is in no red-flag action or escalation text", p)
		}
	}
}

func TestLocalizePutsTheRegionsLinesInPlace(t *testing.T) {
	set, r := builtinRegions(t)
	before := set.RedFlags.Tiers[0].Action
	gb, _ := r.Find("GB")
	uk := *set
	r.Localize(&uk, gb)
	if !strings.Contains(uk.RedFlags.Tiers[0].Action, "(999)") || !strings.Contains(uk.RedFlags.Tiers[1].Action, "(NHS 111)") ||
		!strings.Contains(uk.Relief.Escalation.Text, "(NHS 111)") {
		t.Errorf("UK: %q / %q / %q", uk.RedFlags.Tiers[0].Action, uk.RedFlags.Tiers[1].Action, uk.Relief.Escalation.Text)
	}
	if set.RedFlags.Tiers[0].Action != before {
		t.Error("Localize changed the set it was copied from")
	}
	au, _ := r.Find("AU")
	aus := *set
	r.Localize(&aus, au)
	if !strings.Contains(aus.RedFlags.Tiers[0].Action, "(000)") || strings.Contains(aus.RedFlags.Tiers[1].Action, "NHS") ||
		strings.Contains(aus.Relief.Escalation.Text, "NHS") || strings.Contains(aus.Relief.Escalation.Text, "()") {
		t.Errorf("AU: %q / %q / %q", aus.RedFlags.Tiers[0].Action, aus.RedFlags.Tiers[1].Action, aus.Relief.Escalation.Text)
	}
}

func TestBrokenRegionsAreFileLineErrors(t *testing.T) {
	set, _ := builtinRegions(t)
	src := "version: 1\nneutral:\n  emergency: x\nregions:\n  - id: a\n    name: A\n    codes: [gb]\n    emergency: \"12345\"\n    sources: [NOPE]\n"
	_, err := LoadRegions(fstest.MapFS{FileRegions: {Data: []byte(src)}}, set)
	if err == nil {
		t.Fatal("accepted")
	}
	for _, want := range []string{"regions.yaml:7:", "regions.yaml:8:", "regions.yaml:9:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("no %s in\n%v", want, err)
		}
	}
}
