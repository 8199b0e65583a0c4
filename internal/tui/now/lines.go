package now

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/tui"
)

// halfway is when the accessible player says how long is left in a hold.
const halfway = 15 * time.Second

// Milestones are the lines the accessible player has said for the screen
// as it is now, in order: the instruction and its hold, 15 seconds left,
// the check-in, aftercare. Each attempt (stretch again, a next step, it
// came back) is a fresh set of ids, so it is said again.
func (m Model) Milestones() []tui.Milestone {
	var out []tui.Milestone
	add := func(id, line string) {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, tui.Milestone{ID: id, Line: line})
		}
	}
	n := strconv.Itoa(len(m.tried)) + ":"
	switch m.phase {
	case doing, asking:
		step := m.current()
		text := step.Text
		if t := step.Sites.For(m.site); t != "" {
			text = t
		}
		if step.Stands {
			add(n+"balance", "First: "+step.BalanceCue)
		}
		add(n+"step:"+m.site, step.Title+": "+text)
		add(n+"caution", step.Caution)
		if step.Hold.Duration > 0 {
			secs := int(step.Hold.Duration.Round(time.Second) / time.Second)
			add(n+"hold", "Hold "+history.Count(secs, "second")+".")
			if step.Hold.Duration > halfway && (m.phase == asking || m.hold.Remaining() <= halfway) {
				add(n+"half", fmt.Sprintf("%d seconds left.", int(halfway/time.Second)))
			}
		} else {
			line := "d done, e eased, ! help"
			if step.Stands {
				line += ". Can't stand? s stay seated: " + step.SeatedAlternative
			}
			add(n+"keys", line)
		}
		if m.phase == asking || (step.Hold.Duration == 0 && len(step.Next) > 0) {
			if step.Hold.Duration > 0 {
				add(n+"ask", "Check in: has it eased? e eased, space stretch again, ! help")
			}
			var next []string
			for i, id := range step.Next {
				if i < len(m.s.Keys.Options) {
					if st, ok := m.s.Content.Relief.Step(id); ok {
						next = append(next, fmt.Sprintf("%d %s", i+1, st.Title))
					}
				}
			}
			if len(next) > 0 {
				add(n+"next", "Or try: "+strings.Join(next, ", ")+".")
			}
		}
	case eased:
		e := "eased" + strconv.Itoa(m.eases) + ":"
		add(e+"title", fmt.Sprintf("Eased after %s. %s", history.Count(int(m.endedAfter/time.Second), "second"), m.s.Content.Relief.Eased.Title))
		for i, it := range m.s.Content.Relief.Eased.Items {
			add(e+strconv.Itoa(i), it.Title+": "+it.Text+" "+it.Safety)
		}
		add(e+"keys", "How bad was it? - or + from 0 to 10, then Enter. b if it comes back. q to finish.")
		if m.severity >= 0 {
			add(e+"sev"+strconv.Itoa(m.severity), fmt.Sprintf("How bad: %d of 10.", m.severity))
		}
	}
	if m.leaving {
		add("leaving", "Press q again to leave.")
	}
	add("notice:"+m.notice, m.notice)
	return out
}
