package content

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
)

// FileRegions is regions.yaml: the emergency and urgent-care lines of each
// region. It is optional in a content folder (the built-in one is used) and
// read by LoadRegions, apart from the set relief waits for.
const FileRegions = "regions.yaml"

// Regions is regions.yaml.
type Regions struct {
	Version int `yaml:"version"`
	// Neutral holds the phrases of the red-flag and relief texts that name
	// every region's numbers; a region's lines take their place.
	Neutral RegionLines `yaml:"neutral"`
	Regions []Region    `yaml:"regions"`
}

// RegionLines are an emergency number and an urgent-care line.
type RegionLines struct {
	Emergency string `yaml:"emergency"`
	Urgent    string `yaml:"urgent,omitempty"`
}

// Region is one region's lines and the country codes that select it.
type Region struct {
	ID    string   `yaml:"id"`
	Name  string   `yaml:"name"`
	Codes []string `yaml:"codes"`
	// Emergency is the number to call (brief §4.1); Urgent the same-day
	// line (brief §4.2), or "" for "an urgent care service" alone.
	Emergency string   `yaml:"emergency"`
	Urgent    string   `yaml:"urgent,omitempty"`
	Sources   []string `yaml:"sources"`
}

var (
	regionCodeRE = regexp.MustCompile(`^[A-Z]{2}$`)
	numberRE     = regexp.MustCompile(`^[0-9]{3}$`)
)

// LoadRegions reads regions.yaml from fsys (a content folder layered over
// the built-in one) and checks it against set's sources.
func LoadRegions(fsys fs.FS, set *Set) (*Regions, error) {
	var r Regions
	var errs Errors
	d := readDoc(fsys, FileRegions, map[string]bool{FileRegions: true}, &r, &errs)
	if d == nil {
		if len(errs) == 0 {
			errs = append(errs, Error{File: FileRegions, Msg: "file is missing"})
		}
		return nil, errs
	}
	checkVersion(d, r.Version)
	keys := map[string]bool{}
	for _, s := range set.Sources {
		keys[s.Key] = true
	}
	if strings.TrimSpace(r.Neutral.Emergency) == "" {
		d.errorf("$.neutral", "neutral.emergency is missing: the phrase of the built-in texts that lists every emergency number")
	}
	ids, codes := map[string]bool{}, map[string]string{}
	for i, reg := range r.Regions {
		p := fmt.Sprintf("$.regions[%d]", i)
		switch {
		case reg.ID == "":
			d.errorf(p, "a region needs an id")
		case ids[reg.ID]:
			d.errorf(p+".id", "id %q is used twice", reg.ID)
		}
		ids[reg.ID] = true
		if strings.TrimSpace(reg.Name) == "" {
			d.errorf(p, "region %q needs a name", reg.ID)
		}
		if len(reg.Codes) == 0 {
			d.errorf(p, "region %q needs codes: the country codes that select it, like [GB]", reg.ID)
		}
		for j, c := range reg.Codes {
			switch {
			case !regionCodeRE.MatchString(c):
				d.errorf(fmt.Sprintf("%s.codes[%d]", p, j), "%q is not a two-letter country code in capitals, like GB", c)
			case codes[c] != "":
				d.errorf(fmt.Sprintf("%s.codes[%d]", p, j), "%s is already in region %q", c, codes[c])
			}
			codes[c] = reg.ID
		}
		if !numberRE.MatchString(reg.Emergency) {
			d.errorf(p+".emergency", "emergency %q is not a three-digit emergency number, like \"999\"", reg.Emergency)
		}
		if len(reg.Sources) == 0 {
			d.errorf(p, "region %q needs sources: the keys in sources.yaml its lines come from", reg.ID)
		}
		for j, k := range reg.Sources {
			if !keys[k] {
				d.errorf(fmt.Sprintf("%s.sources[%d]", p, j), "source %q is not a key in sources.yaml", k)
			}
		}
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, errs
	}
	return &r, nil
}

// Find is the region code selects ("GB", "uk"), or false.
func (r *Regions) Find(code string) (Region, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if r == nil || code == "" {
		return Region{}, false
	}
	for _, reg := range r.Regions {
		for _, c := range reg.Codes {
			if c == code {
				return reg, true
			}
		}
	}
	return Region{}, false
}

// Localize puts reg's lines where set's red-flag and relief texts name every
// region's: "(999, 911, 112 or 000)" becomes "(999)"; "(NHS 111 in the
// UK)" becomes reg's urgent line, or goes when it has none. It changes set
// in place; texts without the neutral phrases (a person's own) are left as
// they are.
func (r *Regions) Localize(set *Set, reg Region) {
	if r == nil || set == nil {
		return
	}
	swap := func(s string) string {
		if n := r.Neutral.Emergency; n != "" {
			s = strings.ReplaceAll(s, n, reg.Emergency)
		}
		if n := r.Neutral.Urgent; n != "" {
			if reg.Urgent == "" {
				s = strings.ReplaceAll(s, " ("+n+")", "")
			}
			s = strings.ReplaceAll(s, n, reg.Urgent)
		}
		return s
	}
	tiers := make([]Tier, len(set.RedFlags.Tiers))
	copy(tiers, set.RedFlags.Tiers)
	for i := range tiers {
		tiers[i].Action = swap(tiers[i].Action)
	}
	set.RedFlags.Tiers = tiers
	set.Relief.Escalation.Text = swap(set.Relief.Escalation.Text)
}
