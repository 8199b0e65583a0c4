package stretch

import (
	"fmt"
	"time"

	"github.com/crampcoach/cramp/internal/content"
)

// repTime is about how long one rep (a toe flex, an ankle circle) takes,
// for the routine's estimated length only.
const repTime = 2 * time.Second

// Plan is the routine's timing line, worked out from the holds it will
// actually use (the content's, or --hold's when hold > 0), never fixed
// text: "30 s each side · about 5 minutes".
func Plan(set *content.Routines, r content.Routine, hold time.Duration) string {
	steps := Steps(set, r)
	var total time.Duration
	var lo, hi time.Duration
	sided := false
	for _, st := range steps {
		lead := set.GetReady.Duration
		if st.Second {
			lead = set.Switch.Duration
		}
		total += lead
		h := st.Stretch.Hold.Duration
		if h <= 0 {
			total += time.Duration(st.Stretch.Reps) * repTime
			continue
		}
		if hold > 0 {
			h = hold
		}
		total += h
		if lo == 0 || h < lo {
			lo = h
		}
		hi = max(hi, h)
		sided = sided || st.Side != ""
	}
	var holds string
	switch {
	case hi == 0:
	case lo == hi && sided:
		holds = seconds(hi) + " each side"
	case lo == hi:
		holds = seconds(hi) + " a hold"
	default:
		holds = fmt.Sprintf("%s to %s a hold", seconds(lo), seconds(hi))
	}
	mins := int((total + 30*time.Second) / time.Minute)
	length := "about 1 minute"
	if mins > 1 {
		length = fmt.Sprintf("about %d minutes", mins)
	}
	if holds == "" {
		return length
	}
	return holds + " · " + length
}
