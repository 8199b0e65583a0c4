package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// A person's routines.yaml and checklist.yaml merge with the built-in ones
// (merge.go); the base here is the valid fixture.

func mine(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

func routineIDs(set *Set) []string {
	var ids []string
	for _, r := range set.Routines.Routines {
		ids = append(ids, r.ID)
	}
	return ids
}

func itemIDs(set *Set) []string {
	var ids []string
	for _, it := range set.Checklist.Items {
		ids = append(ids, it.ID)
	}
	return ids
}

func TestMergeAddsRoutinesStretchesAndItems(t *testing.T) {
	overlay := mine(map[string]string{
		FileRoutines: `version: 1
stretches:
  - id: hamstring
    title: Seated hamstring stretch
    cue: Back straight, hinge forward.
    text: Sit on the bed edge, one leg straight, and hinge forward from the hips.
    get_ready: Sit on the edge of the bed.
    side: both
    hold: 20s
    sources: [NHS-LC]
routines:
  - id: evening
    title: Evening stretch
    summary: Hamstrings and toes.
    steps: [hamstring, toe-flexes]
`,
		FileChecklist: `version: 1
items:
  - id: socks
    label: Warm socks
    why: Some people find warm feet more comfortable at night.
    frequency: daily
    sources: [NHS-LC]
`,
	})
	set, err := Load(Layer(fixture(t), overlay))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := routineIDs(set), []string{"nightly", "seated", "evening"}; !slices.Equal(got, want) {
		t.Errorf("routines = %v, want %v", got, want)
	}
	if s, ok := set.Routines.Stretch("hamstring"); !ok || s.Hold.Duration != 20*time.Second {
		t.Errorf("hamstring = %+v, %v", s, ok)
	}
	if got := len(set.Routines.Stretches); got != 3 {
		t.Errorf("stretches = %d, want the 2 built-in ones and 1 added", got)
	}
	if set.Routines.Default != "nightly" || set.Routines.During == "" || len(set.Routines.Safety) != 2 {
		t.Errorf("top-level fields not kept from the built-in file: %+v", set.Routines)
	}
	if got, want := itemIDs(set), []string{"fluids", "evening-stretch", "varied-diet", "medicine-review", "socks"}; !slices.Equal(got, want) {
		t.Errorf("items = %v, want %v", got, want)
	}
	if set.Checklist.Intro != "Habits that may help some people." {
		t.Errorf("intro = %q, want the built-in one", set.Checklist.Intro)
	}
}

func TestMergeReplacesInPlace(t *testing.T) {
	overlay := mine(map[string]string{
		FileRoutines: `version: 1
during: Gently, never into pain. Keep breathing.
stretches:
  - id: toe-flexes
    title: Foot pumps
    cue: Up and down.
    text: Pull your toes up, then relax.
    get_ready: Lie with your legs out.
    reps: 20
    sources: [NHS-LC]
routines:
  - id: nightly
    title: My nightly stretch
    summary: Toes only.
    steps: [toe-flexes]
`,
		FileChecklist: `version: 1
intro: My habits.
items:
  - id: evening-stretch
    label: Stretched
    why: A short stretch before bed may help.
    frequency: daily
    auto: stretch
    sources: [NHS-LC]
`,
	})
	set, err := Load(Layer(fixture(t), overlay))
	if err != nil {
		t.Fatal(err)
	}
	r := set.Routines
	if r.During != "Gently, never into pain. Keep breathing." || r.GetReady.Duration != 5*time.Second {
		t.Errorf("during = %q, get_ready = %v; want the person's during and the built-in get_ready", r.During, r.GetReady)
	}
	if got, want := routineIDs(set), []string{"nightly", "seated"}; !slices.Equal(got, want) {
		t.Errorf("routines = %v, want %v", got, want)
	}
	if r.Routines[0].Title != "My nightly stretch" || len(r.Routines[0].Steps) != 1 {
		t.Errorf("nightly = %+v, want the person's", r.Routines[0])
	}
	if r.Stretches[1].ID != "toe-flexes" || r.Stretches[1].Title != "Foot pumps" || r.Stretches[1].Reps != 20 {
		t.Errorf("stretches[1] = %+v, want the person's toe-flexes in place", r.Stretches[1])
	}
	c := set.Checklist
	if c.Intro != "My habits." || len(c.Items) != 4 || c.Items[1].Label != "Stretched" {
		t.Errorf("checklist = %+v", c)
	}
}

func TestMergeHides(t *testing.T) {
	overlay := mine(map[string]string{
		FileRoutines:  "version: 1\nhide: [seated]\n",
		FileChecklist: "version: 1\nhide: [varied-diet, medicine-review]\n",
	})
	set, err := Load(Layer(fixture(t), overlay))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := routineIDs(set), []string{"nightly"}; !slices.Equal(got, want) {
		t.Errorf("routines = %v, want %v", got, want)
	}
	if got, want := itemIDs(set), []string{"fluids", "evening-stretch"}; !slices.Equal(got, want) {
		t.Errorf("items = %v, want %v", got, want)
	}
	if set.Routines.Hide != nil || set.Checklist.Hide != nil {
		t.Error("hide lists are applied, not kept")
	}
}

func TestMergeHidesTheDefaultWithANewOne(t *testing.T) {
	overlay := mine(map[string]string{FileRoutines: "version: 1\ndefault: seated\nhide: [nightly]\n"})
	set, err := Load(Layer(fixture(t), overlay))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := routineIDs(set), []string{"seated"}; !slices.Equal(got, want) || set.Routines.Default != "seated" {
		t.Errorf("routines = %v, default %q", got, set.Routines.Default)
	}
}

// Every problem in a person's file is reported in it, with its position;
// problems in built-in parts say so in the file name.
func TestMergeReportsProblems(t *testing.T) {
	tests := []struct {
		name    string
		base    []change // edits to the built-in fixture
		overlay map[string]string
		want    []string
	}{
		{
			name:    "hiding an unknown id",
			overlay: map[string]string{FileRoutines: "version: 1\nhide: [evening]\n", FileChecklist: "version: 1\nhide:\n  - fluids\n  - socks\n"},
			want: []string{
				`routines.yaml:2:8: hide names routine "evening", which is not a built-in routine`,
				`checklist.yaml:4:5: hide names item "socks", which is not a built-in item`,
			},
		},
		{
			name:    "hiding the default without a new one",
			overlay: map[string]string{FileRoutines: "version: 1\nhide: [seated, nightly]\n"},
			want:    []string{`routines.yaml:2:16: hide removes routine "nightly", the default; set default to another routine`},
		},
		{
			name:    "hiding a routine the file defines",
			overlay: map[string]string{FileRoutines: "version: 1\nhide: [seated]\nroutines:\n  - id: seated\n    title: Mine\n    summary: Mine.\n    steps: [toe-flexes]\n"},
			want:    []string{`routines.yaml:2:8: hide names routine "seated", which this file also defines; remove one of the two`},
		},
		{
			name: "a broken person's file, every problem at its place",
			overlay: map[string]string{FileRoutines: `version: 1
default: evening
stretches:
  - id: calf-raise
    title: Calf raise
    cue: Up on your toes.
    text: Rise onto your toes.
    get_ready: Hold the wall.
    hold: 0s
    sources: [NOPE]
routines:
  - id: evening
    titel: Evening
    summary: Calf raises.
    steps: [calf-raise, heel-drop]
  - id: evening
    title: Evening again
    summary: Twice.
    steps: [toe-flexes]
`},
			want: []string{
				`routines.yaml:9:11: stretch "calf-raise": hold must be a positive duration, got 0s`,
				`routines.yaml:10:15: unknown source key "NOPE"; it is not in sources.yaml`,
				`routines.yaml:12:5: routine "evening" has no title`,
				`routines.yaml:13:5: unknown field "titel"; did you mean "title"?`,
				`routines.yaml:15:25: routine "evening" lists stretch "heel-drop", which does not exist`,
				`routines.yaml:16:9: duplicate routine id "evening" (also routine 3)`,
			},
		},
		{
			name:    "a person's safety cautions break a rule",
			overlay: map[string]string{FileRoutines: "version: 1\nsafety:\n  - title: Careful\n    text: Go gently.\n    sources: [NHS-LC]\n"},
			want: []string{
				`routines.yaml:2:1: [stretch-safety] the safety cautions must include the pain rule: stop if a stretch causes sharp pain, numbness or tingling`,
				`routines.yaml:2:1: [stretch-safety] the safety cautions must say not to stretch a leg that is swollen, hot or red, and to get it checked first`,
			},
		},
		{
			name:    "a person's item without the fluids caveat",
			overlay: map[string]string{FileChecklist: "version: 1\nitems:\n  - id: water\n    label: A glass of water\n    why: With dinner.\n    frequency: daily\n    sources: [NHS-LC]\n"},
			want:    []string{`checklist.yaml:4:23: [fluids-caveat] item "water" talks about "water" but has no caveat; add one: "If a doctor has told you to limit fluids (for example for heart or kidney problems), follow their advice."`},
		},
		{
			name:    "a person's file without a version",
			overlay: map[string]string{FileChecklist: "hide: [fluids]\n"},
			want:    []string{`checklist.yaml:1:1: version is missing; add "version: 1" at the top`},
		},
		{
			name: "a built-in part broken by the person's sources",
			base: []change{{FileRoutines, "    reps: 10\n    sources: [NHS-LC]", "    reps: 10\n    sources: [MAYO-NLC-causes]"}},
			overlay: map[string]string{
				FileSources:  "version: 1\nsources:\n  - key: NHS-LC\n    title: NHS\n    url: https://www.nhs.uk/\n  - key: MAYO-NLC\n    title: Mayo\n    url: https://www.mayoclinic.org/\n",
				FileRoutines: "version: 1\nhide: [seated]\n",
			},
			want: []string{
				`relief.yaml:22:23: unknown source key "MAYO-NLC-causes"; it is not in sources.yaml`,
				`built-in routines.yaml:49:15: unknown source key "MAYO-NLC-causes"; it is not in sources.yaml`,
			},
		},
		{
			name:    "hide in the built-in file",
			base:    []change{{FileRoutines, "default: nightly\n", "default: nightly\nhide: [seated]\n"}},
			overlay: map[string]string{FileRoutines: "version: 1\n"},
			want:    []string{`built-in routines.yaml:3:1: hide may only be used in your own folder's routines.yaml, to remove built-in ones`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := fixture(t)
			for _, c := range tt.base {
				edit(t, base, c.file, c.old, c.new)
			}
			errs := loadErrs(t, Layer(base, mine(tt.overlay)))
			if got := errs.Error(); got != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.ReplaceAll(got, "\n", "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

// The app loads routines and the checklist after the first frame, with
// LoadRest: it merges the same way.
func TestLoadRestMerges(t *testing.T) {
	base := fixture(t)
	overlay := mine(map[string]string{FileChecklist: "version: 1\nhide: [varied-diet]\n"})
	core, err := LoadCore(Layer(base, overlay))
	if err != nil {
		t.Fatal(err)
	}
	set, err := LoadRest(Layer(base, overlay), core)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := itemIDs(set), []string{"fluids", "evening-stretch", "medicine-review"}; !slices.Equal(got, want) {
		t.Errorf("items = %v, want %v", got, want)
	}
	broken := mine(map[string]string{FileChecklist: "version: 1\nhide: [nothing]\n"})
	if _, err := LoadRest(Layer(base, broken), core); err == nil || err.Error() != `checklist.yaml:2:8: hide names item "nothing", which is not a built-in item` {
		t.Errorf("LoadRest = %v", err)
	}
}
