package stretch

import (
	"fmt"
	"time"

	"github.com/crampcoach/cramp/internal/content"
)

// Plan is the routine's timing line, worked out from the holds it will
// actually use (the content's, or --hold's when hold > 0), never fixed
// text: "30 s each side · about 5 minutes".
func Plan(set *content.Routines, r content.Routine, hold time.Duration) string {
	var lo, hi time.Duration
	sided := false
	for _, st := range Steps(set, r) {
		h := st.Stretch.Hold.Duration
		if h <= 0 {
			continue
		}
		if hold > 0 {
			h = hold
		}
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
	mins := content.Minutes(set.Length(r, hold))
	length := "about 1 minute"
	if mins > 1 {
		length = fmt.Sprintf("about %d minutes", mins)
	}
	if holds == "" {
		return length
	}
	return holds + " · " + length
}
