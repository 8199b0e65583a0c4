package content

import (
	"fmt"
	"time"
)

// The content safety rules for the bedtime routine (routines.yaml) and the
// prevention checklist (checklist.yaml). Like those in rules.go they are
// heuristics over English text, reported with Rule set at the offending
// words; each part is reported in the file it is written in (merge.go).

// ---------------------------------------------------------------------------
// hold-time (brief §2.3 S3): a stretch hold is 10 to 60 seconds. About 30 s
// a side is the app's default (Mayo 15-30 s, ACSM 10-30 s, 30-60 s for older
// adults); the trial held 10 s.

const (
	minHold = 10 * time.Second
	maxHold = 60 * time.Second
)

func checkHoldTime(docs ruleDocs, set *Set) {
	p := docs.routines
	if p == nil {
		return
	}
	for i, s := range set.Routines.Stretches {
		h := s.Hold.Duration
		if h <= 0 || (h >= minHold && h <= maxHold) { // no hold, or the structural check's
			continue
		}
		at := p.elem("stretches", i)
		at.ruleError(RuleHoldTime, ".hold", "", -1, fmt.Sprintf("stretch %q holds for %s; a stretch hold is 10s to 60s (about 30s a side; the trial held 10s)", s.ID, formatDuration(h)))
	}
}

// ---------------------------------------------------------------------------
// stretch-intensity (brief §2.3 S4, §8.7): the line under every hold says not
// to stretch into (sharp) pain and to keep breathing.

var (
	noPainRE  = re(`\b(?:never|not|no|don['’]t|do\s+not|stop|without)\b[^.!?]{0,40}?\b(?:pain(?:ful)?|hurts?)\b`)
	breatheRE = re(`\bkeep\s+breathing\b|\bbreathe\b|\b(?:don['’]t|do\s+not|never)\s+hold\s+(?:your\s+)?breath\b`)
)

func checkIntensity(docs ruleDocs, set *Set) {
	p := docs.routines
	during := set.Routines.During
	if p == nil || blank(during) {
		return
	}
	at := p.field("during")
	if !noPainRE.MatchString(during) {
		at.ruleError(RuleIntensity, "", during, -1, "the during line must say not to stretch into sharp pain (\"firm tension, never sharp pain\")")
	}
	if !breatheRE.MatchString(during) {
		at.ruleError(RuleIntensity, "", during, -1, "the during line must say to keep breathing (\"Keep breathing.\")")
	}
}

// ---------------------------------------------------------------------------
// stretch-safety (brief §2.4): the routine's safety cautions include the pain
// rule (stop on sharp pain, numbness or tingling) and say not to stretch a leg
// that is swollen, hot or red. Each must be said within one caution.

var (
	painRuleREs = []*pattern{re(`\bstop`), re(`\bpain`), re(`\bnumb`), re(`\btingl`)}
	clotRuleREs = []*pattern{re(`\bswollen\b|\bswelling\b`), re(`\bhot\b|\bwarm`), re(`\bred(?:ness)?\b`)}
)

func checkStretchSafety(docs ruleDocs, set *Set) {
	p := docs.routines
	if p == nil || len(set.Routines.Safety) == 0 {
		return
	}
	says := func(all []*pattern) bool {
		for _, b := range set.Routines.Safety {
			text := b.Title + "\n" + b.Text + "\n" + b.Safety
			ok := true
			for _, r := range all {
				ok = ok && r.MatchString(text)
			}
			if ok {
				return true
			}
		}
		return false
	}
	at := p.field("safety")
	if !says(painRuleREs) {
		at.ruleError(RuleStretchSafety, "", "", -1, "the safety cautions must include the pain rule: stop if a stretch causes sharp pain, numbness or tingling")
	}
	if !says(clotRuleREs) {
		at.ruleError(RuleStretchSafety, "", "", -1, "the safety cautions must say not to stretch a leg that is swollen, hot or red, and to get it checked first")
	}
}

// ---------------------------------------------------------------------------
// stretch-sides (brief §8.7): a held stretch without a side is played once;
// if its words say "each side" or "both legs", it should have side: both so
// that the player holds each side in turn. Rep stretches (toe flexes) may
// move both feet at once.

var sidesRE = re(`\beach\s+(?:side|leg|foot|calf)\b|\bboth\s+(?:sides|legs|feet|calves)\b|\bswitch\s+(?:sides|legs|feet)\b|\bother\s+(?:side|leg|foot)\b`)

func checkSides(docs ruleDocs, set *Set) {
	p := docs.routines
	if p == nil {
		return
	}
	for i, s := range set.Routines.Stretches {
		if s.Side != SideNone || s.Hold.Duration <= 0 {
			continue
		}
		at := p.elem("stretches", i)
		fields := []struct{ sub, s string }{{".title", s.Title}, {".cue", s.Cue}, {".text", s.Text}, {".get_ready", s.GetReady}}
		if v := s.Seated; v != nil {
			fields = append(fields, struct{ sub, s string }{".seated.cue", v.Cue}, struct{ sub, s string }{".seated.text", v.Text}, struct{ sub, s string }{".seated.get_ready", v.GetReady})
		}
		for _, f := range fields {
			if m := sidesRE.FindStringIndex(f.s); m != nil {
				at.ruleError(RuleSides, f.sub, f.s, m[0], fmt.Sprintf("stretch %q says %s but has no side, so it is held once; set side: both (or left or right)", s.ID, quote(f.s[m[0]:m[1]])))
				break
			}
		}
	}
}

// checkStretchStands is the stand-cue rule for stretches: one whose words ask
// the person to stand is marked stands: true, so that it has a seated version.
func checkStretchStands(docs ruleDocs, set *Set) {
	p := docs.routines
	if p == nil {
		return
	}
	for i, s := range set.Routines.Stretches {
		if s.Stands {
			continue
		}
		at := p.elem("stretches", i)
		for _, f := range []struct{ sub, s string }{{".title", s.Title}, {".cue", s.Cue}, {".text", s.Text}, {".get_ready", s.GetReady}} {
			if i, word := firstUnnegated(standRE, f.s); i >= 0 {
				at.ruleError(RuleStandCue, f.sub, f.s, i, fmt.Sprintf("stretch %q says %s but is not marked stands: true; a standing stretch needs stands: true and a seated version", s.ID, quote(word)))
				break
			}
		}
	}
}

// ---------------------------------------------------------------------------
// fluids-caveat (brief §3 P1, §8.9b): an item whose label or why talks about
// fluids or drinking carries a caveat for people whose doctor limits fluids.
// "Water pills" (a medicine) and drinking alcohol or caffeine are not fluids
// advice.

var (
	fluidRE        = re(`\b(?:fluids?|water|drink(?:s|ing)?|hydrat\w*)\b`)
	notFluidAfter  = words("pill", "pills", "tablet", "tablets", "alcohol", "caffeine", "coffee")
	notFluidBefore = words("alcoholic", "caffeinated")
	caveatWhoRE    = re(`\b(?:doctor|gp|nurse|midwife|clinician|specialist)s?\b`)
	caveatLimitRE  = re(`\blimit|\brestrict`)
)

const fluidsCaveat = "\"If a doctor has told you to limit fluids (for example for heart or kidney problems), follow their advice.\""

// fluidMention is the offset of the first word of s about fluids or
// drinking, or -1.
func fluidMention(s string) int {
	for _, m := range fluidRE.FindAllStringIndex(s, -1) {
		if !followedBy(s, m[1], 2, notFluidAfter) && !precededBy(s, m[0], 1, notFluidBefore) {
			return m[0]
		}
	}
	return -1
}

// fluidsCaveated reports whether a caveat says to follow a doctor who limits fluids.
func fluidsCaveated(caveat string) bool {
	return caveatWhoRE.MatchString(caveat) && caveatLimitRE.MatchString(caveat)
}

func checkFluids(docs ruleDocs, set *Set) {
	p := docs.checklist
	if p == nil {
		return
	}
	for i, it := range set.Checklist.Items {
		at := p.elem("items", i)
		sub, text, pos := "", "", -1
		for _, f := range []struct{ sub, s string }{{".label", it.Label}, {".why", it.Why}} {
			if pos = fluidMention(f.s); pos >= 0 {
				sub, text = f.sub, f.s
				break
			}
		}
		switch {
		case pos < 0:
		case blank(it.Caveat):
			at.ruleError(RuleFluids, sub, text, pos, fmt.Sprintf("item %q talks about %s but has no caveat; add one: %s", it.ID, quote(fluidRE.FindString(text[pos:])), fluidsCaveat))
		case !fluidsCaveated(it.Caveat):
			at.ruleError(RuleFluids, ".caveat", it.Caveat, -1, fmt.Sprintf("item %q talks about fluids; its caveat must say to follow a doctor who has told you to limit fluids: %s", it.ID, fluidsCaveat))
		}
	}
}

// ---------------------------------------------------------------------------
// diet-general (brief §3 P7, §6.5): food appears only as general healthy
// eating; an item about food does not say it prevents, treats or relieves
// cramps, or mention cramps at all, unless to deny it ("no food is known to
// prevent cramps").

var (
	foodRE      = re(`\b(?:diet|foods?|meals?|eat(?:s|ing)?|bananas?|vegetables?|fruits?|nuts|beans|greens|grains|pickles?|snacks?)\b`)
	dietClaimRE = re(`\bcramp\w*|\bprevent\w*|\btreat\w*|\breliev\w*|\bremed\w*|\bcur(?:e|es|ed|ing)\b`)
)

func checkDiet(docs ruleDocs, set *Set) {
	p := docs.checklist
	if p == nil {
		return
	}
	for i, it := range set.Checklist.Items {
		fields := []struct{ sub, s string }{{".label", it.Label}, {".why", it.Why}, {".caveat", it.Caveat}}
		food := ""
		for _, f := range fields {
			if food = foodRE.FindString(f.s); food != "" {
				break
			}
		}
		if food == "" {
			continue
		}
		at := p.elem("items", i)
		for _, f := range fields {
			if m := dietClaim(f.s); m != nil {
				at.ruleError(RuleDiet, f.sub, f.s, m[0], fmt.Sprintf("item %q is about %s and says %s; food is only general healthy eating here, never a way to prevent or treat cramps", it.ID, quote(food), quote(f.s[m[0]:m[1]])))
				break
			}
		}
	}
}

// dietClaim is where s, in an item about food, ties it to cramps or to
// treating or preventing something, unless denied; nil when it does not.
func dietClaim(s string) []int {
	for _, m := range dietClaimRE.FindAllStringIndex(s, -1) {
		if !precededBy(s, m[0], 8, negations) {
			return m
		}
	}
	return nil
}

// ruleError reports a broken rule at the node sub (a path suffix, "" for the
// node itself) of pl; see doc.ruleError.
func (pl place) ruleError(rule, sub, value string, at int, msg string) {
	pl.d.ruleError(rule, pl.p+sub, value, at, msg)
}
