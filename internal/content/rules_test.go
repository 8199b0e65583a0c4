package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml/parser"
)

// Each safety rule has cases that break it, one replacement (or a few) away
// from the valid fixture, asserting the exact position and the rule name, and
// near misses that must load cleanly. `cat -n testdata/valid/*.yaml` shows
// the lines the cases name.
func TestSafetyRules(t *testing.T) {
	const (
		massage    = "    text: Rub the tight muscle firmly."
		warmText   = "      text: A warm towel may ease soreness."
		warmSafety = "      safety: Never sleep on a heating pad.\n"
		magnesium  = "Magnesium supplements are unlikely to help. Ask a doctor or pharmacist first."
		quinine    = "Quinine is not recommended for cramps."
		unknown    = "The exact cause is usually unknown."
		pregnancy  = "Stretch gently in pregnancy."
		emergency  = "Call emergency services (999, 911 or 112). Don't drive yourself."
		disclaimer = "disclaimer: General information, not medical advice. With chest pain or sudden breathlessness, call emergency services."
	)
	tests := []struct {
		name    string
		changes []change
		want    []string // every problem, exactly, in order; nil: a near miss that must load
	}{
		// quinine-warned
		{
			name:    "quinine without a warning",
			changes: []change{{FileLearn, quinine, "Quinine may help some people."}},
			want:    []string{`learn.yaml:35:15: [quinine-warned] "Quinine" is mentioned without a warning; quinine and tonic water may only appear in a note that says they are not recommended, and why`},
		},
		{
			name:    "tonic water in a relief step",
			changes: []change{{FileRelief, massage, massage[:len(massage)-1] + ", then sip tonic water."}},
			want:    []string{`relief.yaml:25:49: [quinine-warned] "tonic water" is mentioned without a warning; quinine and tonic water may only appear in a note that says they are not recommended, and why`},
		},
		{
			name:    "a bare don't is no warning about quinine",
			changes: []change{{FileLearn, quinine, "Quinine eases cramps, and don't stop any medicine yourself."}},
			want:    []string{`learn.yaml:35:15: [quinine-warned] "Quinine" is mentioned without a warning; quinine and tonic water may only appear in a note that says they are not recommended, and why`},
		},
		{
			name:    "near miss: quinine as a heading over its warning",
			changes: []change{{FileLearn, "heading: Medicines", "heading: Quinine"}},
		},
		{
			name: "near miss: quinine and tonic water with warnings",
			changes: []change{
				{FileLearn, quinine, "Tonic water contains quinine, so avoid it for cramps. Never take quinine for cramps."},
				{FileLearn, pregnancy, "Quinine carries a risk of serious blood problems."},
			},
		},

		// no-doses
		{
			name:    "a dose in aftercare",
			changes: []change{{FileRelief, warmText, warmText[:len(warmText)-1] + ", or take 400 mg of ibuprofen."}},
			want:    []string{`relief.yaml:33:53: [no-doses] "400 mg" looks like a dose; the app never gives doses of supplements or medicines`},
		},
		{
			name:    "a count a day next to a supplement",
			changes: []change{{FileLearn, magnesium, "Magnesium supplements, 2 a day, are unlikely to help. Ask a doctor or pharmacist first."}},
			want:    []string{`learn.yaml:32:38: [no-doses] "2 a day", in a text about "Magnesium", looks like a dose; the app never gives doses of supplements or medicines`},
		},
		{
			name:    "amounts of fluid and tablets in a table cell",
			changes: []change{{FileLearn, "[The pain, Sharp,", "[The pain, 2 litres or 3 tablets,"}},
			want: []string{
				`learn.yaml:24:26: [no-doses] "2 litres" looks like a dose; the app never gives doses of supplements or medicines`,
				`learn.yaml:24:38: [no-doses] "3 tablets" looks like a dose; the app never gives doses of supplements or medicines`,
			},
		},
		{
			name: "near miss: durations, phone numbers, ages and study lengths",
			changes: []change{
				{FileRelief, "text: Get an urgent appointment.", "text: Most cramps ease within 15 to 20 minutes; after 10 minutes, get an urgent appointment."},
				{FileLearn, pregnancy, "Adults over 55 stretched for 30 seconds, 3 times a night, for 6 weeks; 1 in 3 people over 60 get cramps."},
				{FileLearn, magnesium, "Magnesium supplements are unlikely to help; stretch 10 minutes a day instead. Ask a doctor or pharmacist first."},
			},
		},

		// hedged-claims
		{
			name:    "a cure",
			changes: []change{{FileLearn, unknown, "Stretching cures night cramps."}},
			want:    []string{`learn.yaml:10:26: [hedged-claims] "cures" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`},
		},
		{
			name:    "a guarantee to stop cramps for good",
			changes: []change{{FileRelief, "footer: General information, not medical advice.", "footer: General information, not medical advice. Guaranteed to stop cramps for good."}},
			want: []string{
				`relief.yaml:40:50: [hedged-claims] "Guaranteed" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`,
				`relief.yaml:40:64: [hedged-claims] "stop cramps for good" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`,
			},
		},
		{
			name:    "a percentage promise in a summary",
			changes: []change{{FileLearn, "summary: What the trials found", "summary: Clinically proven, 100% effective"}},
			want: []string{
				`learn.yaml:29:14: [hedged-claims] "Clinically proven" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`,
				`learn.yaml:29:33: [hedged-claims] "100%" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`,
			},
		},
		{
			name:    "a claim inside a folded text is placed on its own line",
			changes: []change{{FileLearn, "        text: " + quinine + "\n", "        text: >-\n          " + quinine + "\n          Stretching prevents\n          night cramps.\n"}},
			want:    []string{`learn.yaml:37:22: [hedged-claims] "prevents night cramps" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`},
		},
		{
			name:    "near miss: negated claims, prevention, secure",
			changes: []change{{FileLearn, unknown, "Stretching is not a cure, is not proven to prevent cramps, and nothing is guaranteed. Fall prevention matters, so secure a night-light."}},
		},

		// no-diagnosis
		{
			name:    "just a cramp in a table cell",
			changes: []change{{FileLearn, "[Other signs, None,", "[Other signs, Just a cramp,"}},
			want:    []string{`learn.yaml:25:29: [no-diagnosis] "Just a cramp" sounds like a diagnosis or waves a warning sign away; say what it may be and what to do ("this may be …; get it checked today")`},
		},
		{
			name:    "a diagnosis in a quoted cell with an escape is placed at the cell",
			changes: []change{{FileLearn, `"Swelling, warmth or redness"`, `"This is not a clot\u0021"`}},
			want:    []string{`learn.yaml:25:35: [no-diagnosis] "This is not a clot" sounds like a diagnosis or waves a warning sign away; say what it may be and what to do ("this may be …; get it checked today")`},
		},
		{
			name:    "a diagnosis in a quoted cell is placed at its words",
			changes: []change{{FileLearn, `"Swelling, warmth or redness"`, `"Swelling, or you have a clot"`}},
			want:    []string{`learn.yaml:25:49: [no-diagnosis] "you have a clot" sounds like a diagnosis or waves a warning sign away; say what it may be and what to do ("this may be …; get it checked today")`},
		},
		{
			name:    "dismissing a warning sign",
			changes: []change{{FileRelief, "text: Get an urgent appointment.", "text: It is nothing to worry about; cramps are always harmless."}},
			want: []string{
				`relief.yaml:38:15: [no-diagnosis] "nothing to worry about" sounds like a diagnosis or waves a warning sign away; say what it may be and what to do ("this may be …; get it checked today")`,
				`relief.yaml:38:50: [no-diagnosis] "always harmless" sounds like a diagnosis or waves a warning sign away; say what it may be and what to do ("this may be …; get it checked today")`,
			},
		},
		{
			name:    "near miss: hedged and negated",
			changes: []change{{FileLearn, unknown, "It may not be just a cramp. If you think you have restless legs, talk to your doctor. Cramps are not always harmless."}},
		},

		// supplement-ask
		{
			name:    "magnesium without asking first",
			changes: []change{{FileLearn, magnesium, "Magnesium supplements may help some people."}},
			want:    []string{`learn.yaml:32:15: [supplement-ask] "Magnesium" is mentioned without saying to ask a doctor or pharmacist first (or that it is unlikely to help); the app never suggests taking a supplement`},
		},
		{
			name:    "calcium in aftercare",
			changes: []change{{FileRelief, warmText, warmText[:len(warmText)-1] + " Calcium may help too."}},
			want:    []string{`relief.yaml:33:44: [supplement-ask] "Calcium" is mentioned without saying to ask a doctor or pharmacist first (or that it is unlikely to help); the app never suggests taking a supplement`},
		},
		{
			name: "near miss: low levels as a cause, and unlikely to help",
			changes: []change{
				{FileLearn, unknown, "Night cramps are probably not down to low potassium or magnesium, or to magnesium levels."},
				{FileLearn, magnesium, "Magnesium supplements are unlikely to help."},
				{FileLearn, pregnancy, "Check with your midwife before any supplement."},
			},
		},

		// stand-cue
		{
			name:    "a step that stands without stands: true",
			changes: []change{{FileRelief, massage, "    text: Stand up and rub the tight muscle firmly."}},
			want:    []string{`relief.yaml:25:11: [stand-cue] step "massage" says "Stand" but is not marked stands: true; a step that asks the person to stand, walk or put weight on the foot needs stands: true, a balance_cue and a seated_alternative`},
		},
		{
			name:    "putting weight on the foot in a site text",
			changes: []change{{FileRelief, "thigh: Hold on to something and pull", "thigh: Put your weight on the other leg and pull"}},
			want:    []string{`relief.yaml:11:23: [stand-cue] step "stretch" says "weight on" but is not marked stands: true; a step that asks the person to stand, walk or put weight on the foot needs stands: true, a balance_cue and a seated_alternative`},
		},
		{
			name: "near miss: not standing, and standing in a tip",
			changes: []change{
				{FileRelief, massage, "    text: Don't stand up yet; rub the tight muscle firmly.\n    tip: If standing hurts, stay in bed."},
				{FileRelief, "seated_alternative: Stay seated", "seated_alternative: If standing hurts, stay seated"},
			},
		},

		// heat-cold-safety
		{
			name:    "heat without a safety note",
			changes: []change{{FileRelief, warmSafety, ""}},
			want:    []string{`relief.yaml:32:14: [heat-cold-safety] aftercare item "warmth" mentions "Warmth" but has no safety note; add one (no more than 15 to 20 minutes at a time; never put ice directly on the skin; never fall asleep on a heating pad)`},
		},
		{
			name:    "heat whose safety note has neither sleep nor a time limit",
			changes: []change{{FileRelief, warmSafety, "      safety: Be gentle.\n"}},
			want:    []string{`relief.yaml:34:15: [heat-cold-safety] aftercare item "warmth" mentions "Warmth"; its safety note must say not to fall asleep with heat on, or give a time limit ("no more than 15 to 20 minutes")`},
		},
		{
			name:    "ice whose safety note does not keep it off the skin",
			changes: []change{{FileRelief, warmText, "      text: Ice wrapped in a towel may ease soreness."}},
			want:    []string{`relief.yaml:34:15: [heat-cold-safety] aftercare item "warmth" mentions "Ice"; its safety note must say never to put ice or cold directly on the skin`},
		},
		{
			name: "near miss: warmth as a clot sign needs no safety note",
			changes: []change{
				{FileRelief, "title: Warmth", "title: Soreness"},
				{FileRelief, warmText, "      text: Soreness with swelling, warmth or redness in one leg is not normal."},
				{FileRelief, warmSafety, ""},
			},
		},
		{
			name: "near miss: ice with its safety note",
			changes: []change{
				{FileRelief, warmText, "      text: Ice wrapped in a towel, or a warm bath, may ease soreness."},
				{FileRelief, warmSafety, "      safety: Never put ice directly on your skin. Use heat or cold for no more than 15 to 20 minutes.\n"},
			},
		},

		// escalation
		{
			name:    "escalation later than 10 minutes",
			changes: []change{{FileRelief, "escalate_after: 10m", "escalate_after: 15m"}},
			want:    []string{`relief.yaml:3:17: [escalation] escalate_after is 15m; the escalation must appear by 10m at the latest (a cramp that lasts longer than 10 minutes needs an urgent appointment)`},
		},
		{
			name:    "escalation that does not say 10 minutes",
			changes: []change{{FileRelief, "title: Still cramping after 10 minutes?", "title: Still cramping?"}},
			want:    []string{`relief.yaml:38:9: [escalation] the escalation must say that a cramp lasting longer than 10 minutes needs medical help today; neither its title nor its text mentions 10 minutes`},
		},
		{
			name:    "near miss: an earlier escalation",
			changes: []change{{FileRelief, "escalate_after: 10m", "escalate_after: 5m"}},
		},

		// emergency-tier
		{
			name:    "emergency action that lets you drive",
			changes: []change{{FileRedFlags, emergency, "Call emergency services (999, 911 or 112)."}},
			want:    []string{`redflags.yaml:5:13: [emergency-tier] the emergency action must say not to drive yourself ("Don't drive yourself")`},
		},
		{
			name:    "emergency action without emergency services",
			changes: []change{{FileRedFlags, emergency, "Go to A&E, then drive home."}},
			want: []string{
				`redflags.yaml:5:13: [emergency-tier] the emergency action must say to call emergency services (or 999, 911, 112, 000)`,
				`redflags.yaml:5:13: [emergency-tier] the emergency action must say not to drive yourself ("Don't drive yourself")`,
			},
		},
		{
			name:    "near miss: a number, and someone else drives",
			changes: []change{{FileRedFlags, emergency, "Call 999, 911 or 112, or ask someone to drive you."}},
		},

		// disclaimer
		{
			name:    "disclaimer without either",
			changes: []change{{FileAbout, disclaimer, "disclaimer: General information."}},
			want: []string{
				`about.yaml:2:13: [disclaimer] the disclaimer must say the app is not medical advice`,
				`about.yaml:2:13: [disclaimer] the disclaimer must say when to call emergency services (chest pain or sudden breathlessness)`,
			},
		},
		{
			name:    "disclaimer without emergency services",
			changes: []change{{FileAbout, disclaimer, "disclaimer: General information, not medical advice."}},
			want:    []string{`about.yaml:2:13: [disclaimer] the disclaimer must say when to call emergency services (chest pain or sudden breathlessness)`},
		},
		{
			name:    "near miss: other words for the disclaimer",
			changes: []change{{FileAbout, disclaimer, "disclaimer: This is not a substitute for medical advice. In an emergency, call 911."}},
		},

		// The routines, checklist and see_doctor texts go through the text rules.
		{
			name: "text rules read stretches, voice, checklist items and see_doctor",
			changes: []change{
				{FileRoutines, "      text: Sit with one leg straight and pull the toes toward your shin.", "      text: Sit with one leg straight. Tonic water may help."},
				{FileRoutines, "  done: Routine complete", "  done: Routine complete, guaranteed relief"},
				{FileChecklist, "why: Ask your doctor or pharmacist whether a medicine could play a part.", "why: Magnesium may help too."},
				{FileRedFlags, "text: Book an appointment with a doctor.", "text: It is just a cramp."},
			},
			want: []string{
				`redflags.yaml:30:15: [no-diagnosis] "just a cramp" sounds like a diagnosis or waves a warning sign away; say what it may be and what to do ("this may be …; get it checked today")`,
				`routines.yaml:26:27: [hedged-claims] "guaranteed" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`,
				`routines.yaml:39:40: [quinine-warned] "Tonic water" is mentioned without a warning; quinine and tonic water may only appear in a note that says they are not recommended, and why`,
				`checklist.yaml:23:10: [supplement-ask] "Magnesium" is mentioned without saying to ask a doctor or pharmacist first (or that it is unlikely to help); the app never suggests taking a supplement`,
			},
		},

		// stand-cue, for stretches
		{
			name:    "a stretch that stands without stands: true",
			changes: []change{{FileRoutines, "    get_ready: Sit with your legs out in front.", "    get_ready: Stand with your feet flat."}},
			want:    []string{`routines.yaml:47:16: [stand-cue] stretch "toe-flexes" says "Stand" but is not marked stands: true; a standing stretch needs stands: true and a seated version`},
		},

		// hedged-claims, for habits
		{
			name: "habits that ward off or prevent cramping",
			changes: []change{
				{FileChecklist, "why: A short stretch before bed may help.", "why: A short stretch before bed wards off cramps."},
				{FileChecklist, "intro: Habits that may help some people.", "intro: Habits for preventing night cramping."},
			},
			want: []string{
				`checklist.yaml:2:19: [hedged-claims] "preventing night cramping" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`,
				`checklist.yaml:12:37: [hedged-claims] "wards off cramps" promises more than the evidence shows; hedge it ("may help", "some people find") or negate it ("is not a cure")`,
			},
		},

		// hold-time
		{
			name:    "a hold too short",
			changes: []change{{FileRoutines, "    hold: 30s\n", "    hold: 5s\n"}},
			want:    []string{`routines.yaml:34:11: [hold-time] stretch "wall-calf" holds for 5s; a stretch hold is 10s to 60s (about 30s a side; the trial held 10s)`},
		},
		{
			name:    "a hold too long",
			changes: []change{{FileRoutines, "    hold: 30s\n", "    hold: 1m30s\n"}},
			want:    []string{`routines.yaml:34:11: [hold-time] stretch "wall-calf" holds for 1m30s; a stretch hold is 10s to 60s (about 30s a side; the trial held 10s)`},
		},
		{
			name:    "near miss: 10s holds",
			changes: []change{{FileRoutines, "    hold: 30s\n", "    hold: 10s\n"}},
		},
		{
			name:    "near miss: 60s holds",
			changes: []change{{FileRoutines, "    hold: 30s\n", "    hold: 1m\n"}},
		},

		// stretch-intensity
		{
			name:    "during says neither pain nor breathing",
			changes: []change{{FileRoutines, "during: Firm tension, never sharp pain. Keep breathing.", "during: Stretch firmly and hold your breath."}},
			want: []string{
				`routines.yaml:5:9: [stretch-intensity] the during line must say not to stretch into sharp pain ("firm tension, never sharp pain")`,
				`routines.yaml:5:9: [stretch-intensity] the during line must say to keep breathing ("Keep breathing.")`,
			},
		},
		{
			name:    "during stretches into pain",
			changes: []change{{FileRoutines, "during: Firm tension, never sharp pain. Keep breathing.", "during: Stretch into the pain. Keep breathing."}},
			want:    []string{`routines.yaml:5:9: [stretch-intensity] the during line must say not to stretch into sharp pain ("firm tension, never sharp pain")`},
		},
		{
			name:    "near miss: other words for the intensity cue",
			changes: []change{{FileRoutines, "during: Firm tension, never sharp pain. Keep breathing.", "during: Stretch gently; stop if it hurts. Don't hold your breath."}},
		},

		// stretch-safety
		{
			name:    "safety without numbness and tingling",
			changes: []change{{FileRoutines, "text: Stop if a stretch causes sharp pain, numbness or tingling.", "text: Stop if a stretch causes sharp pain."}},
			want:    []string{`routines.yaml:14:1: [stretch-safety] the safety cautions must include the pain rule: stop if a stretch causes sharp pain, numbness or tingling`},
		},
		{
			name:    "safety without the hot leg",
			changes: []change{{FileRoutines, "Don't stretch a leg that is swollen, hot or red.", "Don't stretch a leg that is swollen or red."}},
			want:    []string{`routines.yaml:14:1: [stretch-safety] the safety cautions must say not to stretch a leg that is swollen, hot or red, and to get it checked first`},
		},
		{
			name: "near miss: the cautions in other words and order",
			changes: []change{
				{FileRoutines, "text: Stop if a stretch causes sharp pain, numbness or tingling.", "text: Tingling, numbness or sharp pain? Stop."},
				{FileRoutines, "Don't stretch a leg that is swollen, hot or red.", "Redness, swelling or a warm calf? Don't stretch."},
			},
		},

		// stretch-sides
		{
			name: "a held stretch without a side says the other leg",
			changes: []change{
				{FileRoutines, "    side: both\n", ""},
				{FileRoutines, "text: Stand facing a wall and step one foot back. Lean in.", "text: Stand facing a wall and step one foot back. Lean in, then do the other leg."},
			},
			want: []string{`routines.yaml:31:76: [stretch-sides] stretch "wall-calf" says "other leg" but has no side, so it is held once; set side: both (or left or right)`},
		},
		{
			name: "near miss: both feet at once in a rep stretch, each side with a side",
			changes: []change{
				{FileRoutines, "text: Pull your toes up toward your shin, then relax.", "text: Pull both feet up toward your shin, then relax."},
				{FileRoutines, "cue: Back heel down, lean in.", "cue: Each side, back heel down, lean in."},
			},
		},

		// fluids-caveat
		{
			name:    "fluids without a caveat",
			changes: []change{{FileChecklist, "    caveat: If a doctor has told you to limit fluids, follow their advice.\n", ""}},
			want:    []string{`checklist.yaml:5:19: [fluids-caveat] item "fluids" talks about "fluids" but has no caveat; add one: "If a doctor has told you to limit fluids (for example for heart or kidney problems), follow their advice."`},
		},
		{
			name: "drinking water in another item, with a caveat that names no doctor",
			changes: []change{
				{FileChecklist, "why: A short stretch before bed may help.", "why: A short stretch and a glass of water before bed may help."},
				{FileChecklist, "    auto: stretch\n", "    auto: stretch\n    caveat: Not too much.\n"},
			},
			want: []string{`checklist.yaml:15:13: [fluids-caveat] item "evening-stretch" talks about fluids; its caveat must say to follow a doctor who has told you to limit fluids: "If a doctor has told you to limit fluids (for example for heart or kidney problems), follow their advice."`},
		},
		{
			name: "near miss: water pills, alcoholic drinks, drinking less alcohol",
			changes: []change{
				{FileChecklist, "why: Ask your doctor or pharmacist whether a medicine could play a part.", "why: Ask your doctor or pharmacist whether water pills could play a part."},
				{FileChecklist, "why: A short stretch before bed may help.", "why: Drink less alcohol, and fewer alcoholic drinks, before a stretch."},
			},
		},

		// short-sentences
		{
			name: "sentences over 25 words in a relief step and in a red-flag sign",
			changes: []change{
				{FileRelief, massage, "    text: Rub it. Rub or knead the tight muscle firmly but gently with both hands for as long as it helps, and keep going slowly if the cramp comes back again."},
				{FileRedFlags, "      - text: Chest pain or sudden breathlessness.", "      - text: Chest pain, sudden breathlessness, coughing up blood, a fast heartbeat, feeling faint or dizzy, or pain that is worse when you breathe in, together with a swollen leg."},
			},
			want: []string{
				`relief.yaml:25:19: [short-sentences] a sentence of 28 words ("Rub or knead the tight muscle firmly but …"); keep each sentence to 25 words or fewer: it is read in pain, at night. Split it, or write the signs as a short list after a colon`,
				`redflags.yaml:8:15: [short-sentences] a sentence of 28 words ("Chest pain, sudden breathlessness, coughing up blood, a …"); keep each sentence to 25 words or fewer: it is read in pain, at night. Split it, or write the signs as a short list after a colon`,
			},
		},
		{
			name: "near miss: 25 words, a decimal point, and a long see_doctor text (read by day)",
			changes: []change{
				{FileRelief, massage, "    text: Rub or knead the tight muscle firmly but gently for as long as it helps, and keep going slowly if it comes back 1.5 times."},
				{FileRedFlags, "  long: A cramp lasted longer than 10 minutes.", "  long: A cramp lasted longer than 10 minutes, which is long enough that the next time it happens you should get medical advice on the same day rather than wait for it."},
			},
		},

		// diet-general
		{
			name:    "food that eases cramps",
			changes: []change{{FileChecklist, "why: A varied diet is good for your overall health.", "why: Bananas and leafy greens may ease cramps."}},
			want:    []string{`checklist.yaml:18:44: [diet-general] item "varied-diet" is about "meals" and says "cramps"; food is only general healthy eating here, never a way to prevent or treat cramps`},
		},
		{
			name:    "a meal that treats muscle spasms",
			changes: []change{{FileChecklist, "why: A varied diet is good for your overall health.", "why: A varied diet treats muscle spasms."}},
			want:    []string{`checklist.yaml:18:24: [diet-general] item "varied-diet" is about "meals" and says "treats"; food is only general healthy eating here, never a way to prevent or treat cramps`},
		},
		{
			name:    "near miss: food denied as a cramp remedy",
			changes: []change{{FileChecklist, "why: A varied diet is good for your overall health.", "why: A varied diet is good for you; no food is known to prevent or treat cramps."}},
		},
	}
	bracket := regexp.MustCompile(`^\[([a-z-]+)\] `)
	covered := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range checkChanges(t, tt.changes, tt.want) {
				m := bracket.FindStringSubmatch(e.Msg)
				if m == nil || e.Rule != m[1] || !slices.Contains(Rules, e.Rule) {
					t.Errorf("%v: Rule = %q, want the known rule named in brackets", e, e.Rule)
				}
				covered[e.Rule] = true
			}
		})
	}
	for _, r := range Rules {
		if !covered[r] {
			t.Errorf("no case breaks rule %s", r)
		}
	}
}

// TestTextRulesWording checks each text rule over phrases, without a
// fixture: what must be caught and its near misses.
func TestTextRulesWording(t *testing.T) {
	tests := []struct {
		rule   func(shown) []finding
		name   string
		hits   []string // each must break the rule
		misses []string // none may
	}{
		{checkQuinine, RuleQuinine,
			[]string{"Quinine can ease cramps.", "Try a glass of tonic water at bedtime.", "Tonic water helps; don't stop any medicine yourself."},
			[]string{"Quinine is not recommended for leg cramps.", "Tonic water isn’t recommended either.", "Avoid quinine.", "Don't drink tonic water for cramps.",
				"The FDA gave quinine a boxed warning.", "Quinine carries a risk of serious bleeding.", "Quinine is no longer recommended."}},
		{checkDoses, RuleDoses,
			[]string{"Take 400 mg of magnesium.", "300mg", "1.5 g", "500 mcg", "10 µg", "1000 IU of vitamin D", "5 ml", "2 litres of water", "2-3 liters",
				"15.5 cups a day", "8 glasses of water", "2 tablets", "1 pill", "1 capsule", "Magnesium, 2 a day.", "Take potassium twice daily.",
				"Ibuprofen 3 times a day.", "300 milligrams", "250 micrograms", "5 grams"},
			[]string{"Hold for 15 to 20 minutes.", "After 10 minutes, get help.", "Hold 30 seconds.", "Call 999, 911 or 112.", "Adults over 55.",
				"Nightly for 6 weeks.", "1 in 3 people over 60.", "Up to 6 in 10 adults.", "Stretch 3 times a day.", "1.2 fewer cramps per night.",
				"Magnesium is unlikely to help; stretch 10 minutes a day.", "A 2020 review.", "Sore for up to a day.", "Stretch gently."}},
		{checkClaims, RuleClaims,
			[]string{"Stretching cures cramps.", "A cure for cramps.", "Guaranteed relief.", "We guarantee it.", "Clinically proven.", "Proven to work.",
				"This prevents cramps.", "It will prevent night cramps.", "Stops leg cramps.", "Stop cramps for good.", "Eliminates cramps.", "100% effective.",
				"Works 100 percent of the time.", "Get rid of cramps for good."},
			[]string{"Stretching is not a cure.", "There is no cure.", "It isn't proven.", "Not proven to prevent cramps.", "Nothing is guaranteed.",
				"It is unlikely to prevent cramps.", "Fall prevention.", "Secure the covers.", "Unproven remedies.", "May help some people.",
				"Hold until the cramp stops.", "Stop stretching if it hurts.", "Hedging? Never a cure.", "About 7 in 100 children."}},
		{checkDiagnosis, RuleDiagnosis,
			[]string{"You have restless legs.", "This is not a clot.", "It's not a clot.", "It’s not a blood clot.", "This is just a cramp.",
				"Nothing to worry about.", "Cramps are always harmless.", "You've got a clot.", "That isn't a clot."},
			[]string{"If you have restless legs, talk to your doctor.", "You may have restless legs.", "It may not be just a cramp.",
				"Cramps are not always harmless.", "Only a doctor can say whether you have a clot.", "This may be a clot: get help today.",
				"Cramps are usually harmless."}},
		{checkSupplements, RuleSupplements,
			[]string{"Magnesium may help.", "Try potassium.", "Calcium supplements.", "A supplement can help.", "Take supplements at night."},
			[]string{"Ask your pharmacist before taking magnesium.", "Talk to your doctor before any supplement.", "Check with your midwife about supplements.",
				"Magnesium supplements are unlikely to help.", "Supplements are not recommended.", "There is no good evidence for magnesium.",
				"Cramps are not caused by low potassium or magnesium.", "Magnesium levels are rarely the cause.", "Never begin a supplement without asking your doctor."}},
	}
	for _, tt := range tests {
		for _, s := range tt.hits {
			if got := tt.rule(shown{s: s, ctx: s}); len(got) == 0 {
				t.Errorf("%s: %q should break the rule", tt.name, s)
			}
		}
		for _, s := range tt.misses {
			if got := tt.rule(shown{s: s, ctx: s}); len(got) != 0 {
				t.Errorf("%s: %q should pass, got %v", tt.name, s, got)
			}
		}
	}
}

// TestLocate places an offset of a decoded text on its source line, for
// every way YAML writes a string, and gives up where source and value part.
func TestLocate(t *testing.T) {
	src := strings.Join([]string{
		`plain: one two three`,         // 1
		`multi: one two`,               // 2
		`  three four`,                 // 3
		`folded: >-`,                   // 4
		`  one two`,                    // 5
		``,                             // 6
		`  three four`,                 // 7
		`literal: |`,                   // 8
		`  one two`,                    // 9
		`    three four`,               // 10
		`double: "one two`,             // 11
		`  three four"`,                // 12
		`escaped: "one\ttwo three"`,    // 13
		`single: 'it''s three'`,        // 14
		`flow: [one, "two three", x]`,  // 15
		`comment: one three # a three`, // 16
		`unicode: "é·three"`,           // 17
	}, "\n") + "\n"
	f, err := parser.ParseBytes([]byte(src), 0)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc{name: "t.yaml", src: []byte(src), body: f.Docs[0].Body, errs: &Errors{}}
	tests := []struct {
		path, value, word string
		want              string // "line:col", or "" when locate gives up
	}{
		{"$.plain", "one two three", "three", "1:16"},
		{"$.multi", "one two three four", "four", "3:9"},
		{"$.folded", "one two\nthree four", "four", "7:9"},
		{"$.literal", "one two\n  three four\n", "three", "10:5"},
		{"$.double", "one two three four", "three", "12:3"},
		{"$.double", "one two three four", "two", "11:14"},
		{"$.escaped", "one\ttwo three", "three", ""},
		{"$.single", "it's three", "three", ""},
		{"$.flow[1]", "two three", "three", "15:18"},
		{"$.comment", "one three", "three", "16:14"},
		{"$.unicode", "é·three", "three", "17:13"},
	}
	for _, tt := range tests {
		n := d.node(tt.path)
		if n == nil {
			t.Fatalf("%s: no node", tt.path)
		}
		at := strings.Index(tt.value, tt.word)
		line, col, ok := locate(d.src, n, tt.value, at)
		got := ""
		if ok {
			got = fmt.Sprintf("%d:%d", line, col)
		}
		if got != tt.want {
			t.Errorf("%s %q: got %q, want %q", tt.path, tt.word, got, tt.want)
		}
	}
}

// TestDailyRulesWording checks the wording the routine and checklist rules
// look for, without a fixture: what must be caught and its near misses.
func TestDailyRulesWording(t *testing.T) {
	tests := []struct {
		name   string
		match  func(string) bool
		hits   []string // each must match
		misses []string // none may
	}{
		{"during says no sharp pain", noPainRE.MatchString,
			[]string{"Never sharp pain.", "Firm tension, not pain.", "Don't stretch into pain.", "Stop if it hurts.", "No pain.", "Stretch without pain."},
			[]string{"Stretch into the pain.", "Pain is fine.", "Hold it firmly.", "A painless stretch."}},
		{"during says keep breathing", breatheRE.MatchString,
			[]string{"Keep breathing.", "Breathe slowly.", "Don't hold your breath.", "Never hold your breath."},
			[]string{"Hold your breath.", "Breathless? Stop.", "Breathing is hard."}},
		{"a stretch speaks of sides", sidesRE.MatchString,
			[]string{"Do each side.", "Both legs.", "Switch sides.", "Then the other leg.", "Each foot in turn.", "Stretch both calves."},
			[]string{"Lean in.", "Both hands on the wall.", "Each time, breathe out.", "On one side of the bed."}},
		{"fluids advice", func(s string) bool { return fluidMention(s) >= 0 },
			[]string{"Enough fluids", "Drink enough through the day.", "A glass of water.", "Stay hydrated.", "Drinking water", "Fluid intake"},
			[]string{"Ask about water pills.", "Drink less alcohol.", "Fewer alcoholic drinks.", "Drinking caffeine late.", "Loose bedding"}},
		{"a fluids caveat", fluidsCaveated,
			[]string{"If a doctor has told you to limit fluids, follow their advice.", "Unless your GP restricts how much you drink.", "If your nurse or doctor limits your fluids, follow them."},
			[]string{"Not too much.", "Ask your doctor.", "Limit it in the evening."}},
		{"food tied to cramps", func(s string) bool { return dietClaim(s) != nil },
			[]string{"Bananas may ease cramps.", "Foods that prevent spasms.", "A diet that treats muscle pain.", "A natural remedy.", "It relieves cramping.", "It cures it."},
			[]string{"A varied diet is good for you.", "No food is known to prevent or treat cramps.", "Foods don't treat cramps.", "Good for your muscles and overall health."}},
	}
	for _, tt := range tests {
		for _, s := range tt.hits {
			if !tt.match(s) {
				t.Errorf("%s: %q should match", tt.name, s)
			}
		}
		for _, s := range tt.misses {
			if tt.match(s) {
				t.Errorf("%s: %q should not match", tt.name, s)
			}
		}
	}
}
