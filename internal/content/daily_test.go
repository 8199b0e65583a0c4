package content

import (
	"testing"
	"time"
)

func TestLoadDailyFiles(t *testing.T) {
	set, err := Load(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	r := set.Routines
	if r.Default != "nightly" || r.GetReady.Duration != 5*time.Second || r.Switch.Duration != 5*time.Second || r.During == "" {
		t.Errorf("routines top = %q %v %v %q", r.Default, r.GetReady, r.Switch, r.During)
	}
	if len(r.Safety) != 2 || r.Intro.Title == "" || r.Finished.Text == "" || r.Voice.Done != "Routine complete" {
		t.Errorf("routines blocks = %+v %+v %+v %+v", r.Safety, r.Intro, r.Finished, r.Voice)
	}
	calf, ok := r.Stretch("wall-calf")
	if !ok || calf.Side != SideBoth || calf.Hold.Duration != 30*time.Second || !calf.Stands || calf.Seated == nil || calf.Seated.Title != "Seated calf stretch" {
		t.Errorf("wall-calf = %+v", calf)
	}
	if toes, _ := r.Stretch("toe-flexes"); toes.Reps != 10 || toes.Hold.Duration != 0 || toes.Side != SideNone {
		t.Errorf("toe-flexes = %+v", toes)
	}
	if seated, ok := r.Routine("seated"); !ok || !seated.Seated || len(seated.Steps) != 2 {
		t.Errorf("seated routine = %+v", seated)
	}
	c := set.Checklist
	if len(c.Items) != 4 || c.Intro == "" {
		t.Fatalf("checklist = %+v", c)
	}
	if it, _ := c.Item("evening-stretch"); it.Auto != AutoStretch || it.Frequency != Daily {
		t.Errorf("evening-stretch = %+v", it)
	}
	if it, _ := c.Item("medicine-review"); it.Frequency != Occasional {
		t.Errorf("medicine-review = %+v", it)
	}
	if it, _ := c.Item("fluids"); it.Caveat == "" {
		t.Errorf("fluids has no caveat")
	}
	sd := set.RedFlags.SeeDoctor
	if sd.Nights != 4 || sd.InLast != 7 || sd.Longer.Duration != 10*time.Minute || sd.Frequent == "" || sd.Long == "" || sd.Text == "" || len(sd.Sources) != 1 {
		t.Errorf("see_doctor = %+v", sd)
	}
}

func TestDailyProblemsWithPositions(t *testing.T) {
	const (
		toesHold = "    reps: 10\n"
		calfHold = "    hold: 30s\n"
	)
	tests := []struct {
		name    string
		changes []change
		want    []string
	}{
		// routines.yaml: top level
		{
			name:    "default names no routine",
			changes: []change{{FileRoutines, "default: nightly", "default: nighty"}},
			want:    []string{`routines.yaml:2:10: default names routine "nighty", which does not exist`},
		},
		{
			name:    "default missing",
			changes: []change{{FileRoutines, "default: nightly\n", ""}},
			want:    []string{`routines.yaml:1:1: default is missing; name the routine the picker preselects`},
		},
		{
			name: "zero and negative lead-in and switch",
			changes: []change{
				{FileRoutines, "get_ready: 5s", "get_ready: 0s"},
				{FileRoutines, "switch: 5s", "switch: -2s"},
			},
			want: []string{
				`routines.yaml:3:12: get_ready must be a positive duration, got 0s`,
				`routines.yaml:4:9: switch must be a positive duration, got -2s`,
			},
		},
		{
			name:    "switch missing",
			changes: []change{{FileRoutines, "switch: 5s\n", ""}},
			want:    []string{`routines.yaml:1:1: switch is missing; give how long the switch-sides prompt lasts, like "5s"`},
		},
		{
			name:    "get_ready without a unit",
			changes: []change{{FileRoutines, "get_ready: 5s", "get_ready: 5"}},
			want:    []string{`routines.yaml:3:12: get_ready: 5 needs a unit; write it like "5s" or "10m"`},
		},
		{
			name:    "during without sources",
			changes: []change{{FileRoutines, "during_sources: [NHS-LC]\n", ""}},
			want:    []string{`routines.yaml:1:1: during_sources is missing; cite the line under every hold with at least one key from sources.yaml`},
		},
		{
			name:    "during citing an unknown source",
			changes: []change{{FileRoutines, "during_sources: [NHS-LC]\n", "during_sources: [NHS-LC, NOPE]\n"}},
			want:    []string{`routines.yaml:60:26: unknown source key "NOPE"; it is not in sources.yaml`},
		},
		{
			name:    "blank during",
			changes: []change{{FileRoutines, "during: Firm tension, never sharp pain. Keep breathing.", `during: " "`}},
			want:    []string{`routines.yaml:5:9: during is missing; it is the line under every hold (stretch gently, never into sharp pain; keep breathing)`},
		},
		{
			name: "intro without sources, finished missing",
			changes: []change{
				{FileRoutines, "  text: A stretch before bed may help some people.\n  sources: [NHS-LC]\n", "  text: A stretch before bed may help some people.\n"},
				{FileRoutines, "finished:\n  title: Routine complete\n  text: Give it a few weeks.\n  sources: [NHS-LC]\n", ""},
			},
			want: []string{
				`routines.yaml:1:1: finished is missing`,
				`routines.yaml:6:1: intro cites no source; add at least one key from sources.yaml`,
			},
		},
		{
			name:    "safety caution without text",
			changes: []change{{FileRoutines, "    text: Don't stretch a leg that is swollen, hot or red. Get it checked first.\n", ""}},
			want: []string{
				`routines.yaml:14:1: [stretch-safety] the safety cautions must say not to stretch a leg that is swollen, hot or red, and to get it checked first`,
				`routines.yaml:18:5: safety caution 2 has no text`,
			},
		},
		{
			name: "voice: missing phrase, unknown placeholder, stray brace",
			changes: []change{
				{FileRoutines, `  hold: "{side} {title}, hold {seconds} seconds"`, `  hold: "{side} {name}, hold {secs} seconds"`},
				{FileRoutines, `  reps: "{side} {title}, {reps} times"`, `  reps: "{side} {title}, {reps times"`},
				{FileRoutines, "  release: Release\n", ""},
			},
			want: []string{
				`routines.yaml:21:1: voice.release is missing; give the phrase spoken, like "Release"`,
				`routines.yaml:22:9: voice.hold: unknown placeholder {name}; the placeholders are {side} {title} {seconds} {reps}`,
				`routines.yaml:22:9: voice.hold: unknown placeholder {secs}; the placeholders are {side} {title} {seconds} {reps}`,
				`routines.yaml:23:9: voice.reps has an unmatched brace; write placeholders like {side}`,
			},
		},
		{
			name:    "unknown field in a stretch",
			changes: []change{{FileRoutines, "    cue: Toes up, then relax.", "    cues: Toes up, then relax."}},
			want: []string{
				`routines.yaml:43:5: stretch "toe-flexes" has no cue (one line, readable from a distance)`,
				`routines.yaml:45:5: unknown field "cues"; did you mean "cue"?`,
			},
		},

		// routines.yaml: stretches
		{
			name: "stretch without title, text and get_ready",
			changes: []change{
				{FileRoutines, "    title: Toe flexes\n", ""},
				{FileRoutines, "    text: Pull your toes up toward your shin, then relax.\n", "    text: \"\"\n"},
				{FileRoutines, "    get_ready: Sit with your legs out in front.\n", ""},
			},
			want: []string{
				`routines.yaml:43:5: stretch "toe-flexes" has no title`,
				`routines.yaml:43:5: stretch "toe-flexes" has no get_ready (what to do during the lead-in)`,
				`routines.yaml:45:11: stretch "toe-flexes" has no text`,
			},
		},
		{
			name:    "unknown side",
			changes: []change{{FileRoutines, "side: both", "side: each"}},
			want:    []string{`routines.yaml:33:11: stretch "wall-calf": side must be both, left or right (or left out for both feet at once), got "each"`},
		},
		{
			name:    "hold and reps both",
			changes: []change{{FileRoutines, toesHold, toesHold + "    hold: 30s\n"}},
			want:    []string{`routines.yaml:48:11: stretch "toe-flexes" has both hold and reps; give hold (a countdown, like "30s") or reps (ended with a key), not both`},
		},
		{
			name:    "neither hold nor reps",
			changes: []change{{FileRoutines, toesHold, ""}},
			want:    []string{`routines.yaml:43:5: stretch "toe-flexes" has neither hold nor reps; give hold (a countdown, like "30s") or reps (ended with a key), not both`},
		},
		{
			name: "zero hold and negative reps",
			changes: []change{
				{FileRoutines, calfHold, "    hold: 0s\n"},
				{FileRoutines, toesHold, "    reps: -3\n"},
			},
			want: []string{
				`routines.yaml:34:11: stretch "wall-calf": hold must be a positive duration, got 0s`,
				`routines.yaml:48:11: stretch "toe-flexes": reps must be a positive whole number, got -3`,
			},
		},
		{
			name:    "empty hold",
			changes: []change{{FileRoutines, calfHold, "    hold:\n"}},
			want:    []string{`routines.yaml:34:5: stretch "wall-calf": hold must be a positive duration, got nothing`},
		},
		{
			name:    "zero reps",
			changes: []change{{FileRoutines, toesHold, "    reps: 0\n"}},
			want:    []string{`routines.yaml:48:11: stretch "toe-flexes": reps must be a positive whole number, got 0`},
		},
		{
			name:    "standing stretch without a seated version",
			changes: []change{{FileRoutines, "    seated:\n      title: Seated calf stretch\n      cue: Pull the toes toward you.\n      text: Sit with one leg straight and pull the toes toward your shin.\n      get_ready: Sit on the bed edge.\n      sources: [NHS-LC]\n", ""}},
			want:    []string{`routines.yaml:28:5: stretch "wall-calf" is a standing stretch but has no seated version; add seated with title, cue, text, get_ready and sources`},
		},
		{
			name: "seated version incomplete",
			changes: []change{
				{FileRoutines, "      cue: Pull the toes toward you.\n", ""},
				{FileRoutines, "      get_ready: Sit on the bed edge.\n      sources: [NHS-LC]\n", "      get_ready: Sit on the bed edge.\n      sources: [NOPE]\n"},
			},
			want: []string{
				`routines.yaml:36:5: the seated version of stretch "wall-calf" has no cue`,
				`routines.yaml:40:17: unknown source key "NOPE"; it is not in sources.yaml`,
			},
		},
		{
			name:    "stretch without sources",
			changes: []change{{FileRoutines, "    reps: 10\n    sources: [NHS-LC]\n", "    reps: 10\n"}},
			want:    []string{`routines.yaml:43:5: stretch "toe-flexes" cites no source; add at least one key from sources.yaml`},
		},
		{
			name:    "duplicate stretch id",
			changes: []change{{FileRoutines, "  - id: toe-flexes", "  - id: wall-calf"}},
			want: []string{
				`routines.yaml:43:9: duplicate stretch id "wall-calf" (also stretch 1)`,
				`routines.yaml:54:24: routine "nightly" lists stretch "toe-flexes", which does not exist`,
				`routines.yaml:59:24: routine "seated" lists stretch "toe-flexes", which does not exist`,
			},
		},

		// routines.yaml: routines
		{
			name: "routine: dangling step, no summary",
			changes: []change{
				{FileRoutines, "    summary: Calf stretch and toe flexes.\n", ""},
				{FileRoutines, "    steps: [wall-calf, toe-flexes]\n  - id: seated", "    steps: [wall-calf, toe-flex]\n  - id: seated"},
			},
			want: []string{
				`routines.yaml:51:5: routine "nightly" has no summary; it is the line shown in the picker`,
				`routines.yaml:53:24: routine "nightly" lists stretch "toe-flex", which does not exist`,
			},
		},
		{
			name: "routine: duplicate id, no title, no steps",
			changes: []change{
				{FileRoutines, "  - id: seated", "  - id: nightly"},
				{FileRoutines, "    title: Seated stretch\n", ""},
				{FileRoutines, "    seated: true\n    steps: [wall-calf, toe-flexes]\n", "    seated: true\n    steps: []\n"},
			},
			want: []string{
				`routines.yaml:55:5: routine "nightly" has no title`,
				`routines.yaml:55:9: duplicate routine id "nightly" (also routine 1)`,
				`routines.yaml:58:5: routine "nightly" has no steps; list the ids of its stretches`,
			},
		},
		{
			name:    "hide in a file that is not merged",
			changes: []change{{FileRoutines, "default: nightly\n", "default: nightly\nhide: [seated]\n"}},
			want:    []string{`routines.yaml:3:1: hide may only be used in your own folder's routines.yaml, to remove built-in ones`},
		},

		// checklist.yaml
		{
			name:    "checklist: blank intro",
			changes: []change{{FileChecklist, "intro: Habits that may help some people.\n", ""}},
			want:    []string{`checklist.yaml:1:1: intro is missing; it is the line over the list (these habits may help; none is a sure thing)`},
		},
		{
			name: "checklist: long label, no why, bad frequency",
			changes: []change{
				{FileChecklist, "label: Varied meals", "label: A varied diet with plenty of vegetables"},
				{FileChecklist, "    why: A varied diet is good for your overall health.\n", ""},
				{FileChecklist, "    frequency: occasional", "    frequency: weekly"},
			},
			want: []string{
				`checklist.yaml:16:5: item "varied-diet" has no why; say why the habit may help`,
				`checklist.yaml:17:12: item "varied-diet": label is 39 characters; at most 28 fit a small screen (say more in why)`,
				`checklist.yaml:23:16: item "medicine-review": frequency must be daily or occasional, got "weekly"`,
			},
		},
		{
			name: "checklist: a label of 28 characters fits",
			changes: []change{
				{FileChecklist, "label: Varied meals", "label: No hard exercise in the heat"},
			},
		},
		{
			name: "checklist: duplicate id, no frequency, no label",
			changes: []change{
				{FileChecklist, "  - id: varied-diet", "  - id: fluids"},
				{FileChecklist, "    label: Varied meals\n", ""},
				{FileChecklist, "    why: A varied diet is good for your overall health.\n    frequency: daily\n", "    why: A varied diet is good for your overall health.\n"},
			},
			want: []string{
				`checklist.yaml:16:5: item "fluids" has no label`,
				`checklist.yaml:16:5: item "fluids" has no frequency; say daily or occasional`,
				`checklist.yaml:16:9: duplicate item id "fluids" (also item 1)`,
			},
		},
		{
			name: "checklist: two automatic items, an unknown auto, no sources",
			changes: []change{
				{FileChecklist, "    why: A varied diet is good for your overall health.\n    frequency: daily\n    sources: [NHS-LC]\n", "    why: A varied diet is good for your overall health.\n    frequency: daily\n    auto: stretch\n"},
				{FileChecklist, "    frequency: occasional\n", "    frequency: occasional\n    auto: walk\n"},
			},
			want: []string{
				`checklist.yaml:16:5: item "varied-diet" cites no source; add at least one key from sources.yaml`,
				`checklist.yaml:20:11: item "varied-diet": only one item can be ticked by the bedtime routine (also item 2)`,
				`checklist.yaml:25:11: item "medicine-review": auto must be "stretch" (ticked by a finished bedtime routine) or left out, got "walk"`,
			},
		},
		{
			name:    "checklist: unknown field",
			changes: []change{{FileChecklist, "    frequency: occasional", "    frequency: occasional\n    caveats: none"}},
			want:    []string{`checklist.yaml:25:5: unknown field "caveats"; did you mean "caveat"?`},
		},
		{
			name:    "checklist: hide in a file that is not merged",
			changes: []change{{FileChecklist, "items:\n", "hide: [fluids]\nitems:\n"}},
			want:    []string{`checklist.yaml:3:1: hide may only be used in your own folder's checklist.yaml, to remove built-in ones`},
		},

		// redflags.yaml: see_doctor
		{
			name: "see_doctor: zero nights, in_last below nights, zero longer",
			changes: []change{
				{FileRedFlags, "nights: 4", "nights: 0"},
				{FileRedFlags, "in_last: 7", "in_last: -1"},
				{FileRedFlags, "longer: 10m", "longer: 0s"},
			},
			want: []string{
				`redflags.yaml:25:11: see_doctor.nights must be at least 1, got 0`,
				`redflags.yaml:26:12: see_doctor.in_last must be at least nights (1), got -1`,
				`redflags.yaml:27:11: see_doctor.longer must be a positive duration, got 0s`,
			},
		},
		{
			name:    "see_doctor: in_last below nights",
			changes: []change{{FileRedFlags, "in_last: 7", "in_last: 3"}},
			want:    []string{`redflags.yaml:26:12: see_doctor.in_last must be at least nights (4), got 3`},
		},
		{
			name: "see_doctor: texts missing, source unknown",
			changes: []change{
				{FileRedFlags, "  long: A cramp lasted longer than 10 minutes.\n", ""},
				{FileRedFlags, "  text: Book an appointment with a doctor.\n", "  text: \"\"\n"},
				{FileRedFlags, "    - NHS-LC", "    - NOPE"},
			},
			want: []string{
				`redflags.yaml:24:1: see_doctor.long is missing; it says why, when a cramp lasted too long`,
				`redflags.yaml:29:9: see_doctor.text is missing; it says what to do (book an appointment)`,
				`redflags.yaml:31:7: unknown source key "NOPE"; it is not in sources.yaml`,
			},
		},
		{
			name:    "see_doctor: missing",
			changes: []change{{FileRedFlags, "see_doctor:\n  nights: 4\n  in_last: 7\n  longer: 10m\n  frequent: Cramps came on most nights of the last week.\n  long: A cramp lasted longer than 10 minutes.\n  text: Book an appointment with a doctor.\n  sources:\n    - NHS-LC\n", ""}},
			want:    []string{`redflags.yaml:1:1: see_doctor is missing; say when the journal advises seeing a doctor (nights, in_last, longer) and what it says`},
		},
		{
			name:    "see_doctor: night rules out of range, text missing",
			changes: []change{{FileRedFlags, "  longer: 10m\n", "  longer: 10m\n  several:\n    cramps: -1\n    nights: 0\n    in_last: 400\n  severe:\n    severity: 11\n    nights: 3\n    in_last: 14\n    text: Severe cramps, again and again.\n  most_nights:\n    nights: 15\n    in_last: 30\n"}},
			want: []string{
				`redflags.yaml:28:3: see_doctor.several.text is missing; it says why, when several cramps in one night`,
				`redflags.yaml:29:13: see_doctor.several.cramps (cramps in one night) must be from 1 to 100, or left out for 1, got -1`,
				`redflags.yaml:30:13: see_doctor.several.nights must be at least 1 (how many nights must have several cramps in one night), got 0`,
				`redflags.yaml:31:14: see_doctor.several.in_last must be from nights (1) to 366, got 400`,
				`redflags.yaml:33:15: see_doctor.severe.severity must be from 1 to 10 (the 0-10 scale), or left out, got 11`,
				`redflags.yaml:37:3: see_doctor.most_nights.text is missing; it says why, when cramps on most nights`,
			},
		},
		{
			name:    "see_doctor: unknown field",
			changes: []change{{FileRedFlags, "  nights: 4", "  night: 4"}},
			want: []string{
				`redflags.yaml:24:1: see_doctor.nights must be at least 1, got 0`,
				`redflags.yaml:25:3: unknown field "night"; did you mean "nights"?`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkChanges(t, tt.changes, tt.want) })
	}
}
