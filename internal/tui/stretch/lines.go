package stretch

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/tui"
)

// Milestones are the lines the accessible player has said for the routine
// as it is now, in order: the lead-in ("Left wall calf stretch. Get ready,
// 5 seconds."), the hold, "Release. Switch sides.", the end. Every lead-in
// and hold is a fresh countdown, so a step begun again is said again.
func (m Model) Milestones() []tui.Milestone {
	var out []tui.Milestone
	add := func(id, line string) {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, tui.Milestone{ID: id, Line: line})
		}
	}
	id := strconv.Itoa(m.begun) + ":"
	switch m.phase {
	case Picking:
		var names []string
		for _, r := range m.routines {
			names = append(names, r.Title)
		}
		add("pick", "Choose a routine with up and down, Enter to start, q to leave: "+strings.Join(names, ", ")+".")
		if len(m.routines) > 0 {
			r := m.routines[m.cursor]
			add("pick:"+r.ID, r.Title+": "+Plan(&m.s.Content.Routines, r, m.opts.Hold)+".")
		}
	case LeadIn, Holding:
		st := m.steps[m.cur]
		text := TextOf(st, m.seated)
		lead := m.s.Content.Routines.GetReady.Duration
		if st.Second && !m.swapped {
			lead = m.s.Content.Routines.Switch.Duration
			add(id+"switch", m.s.Content.Routines.Voice.Release+". "+m.s.Content.Routines.Voice.Switch+".")
		} else {
			if m.cur > 0 && m.status[m.cur-1] == done && m.steps[m.cur-1].Stretch.Hold.Duration > 0 && !m.swapped {
				add(id+"release", m.s.Content.Routines.Voice.Release+".")
			}
			add(id+"lead", fmt.Sprintf("%s. Get ready, %s.", m.title(st), spoken(lead)))
			add(id+"how", text.GetReady)
		}
		if m.phase == Holding {
			add(id+"hold", fmt.Sprintf("Hold %s.", spoken(m.holdOf(st))))
			add(id+"cue", text.Cue)
		}
		if m.timer.Paused() {
			add(id+"paused"+m.timer.Remaining().String(), "Paused. Space goes on.")
		}
	case Reps:
		add(id+"reps", m.announce(m.steps[m.cur])+". Enter when done.")
	case Complete:
		add("done", m.s.Content.Routines.Voice.Done+". q to leave, z rest night.")
		if s := m.streak; s.Known {
			add(fmt.Sprintf("streak%d", s.Current), fmt.Sprintf("Streak: %s, best %d.", history.Count(s.Current, "night"), s.Best))
		}
	}
	if m.leaving {
		add("leaving", "Press q again to leave.")
	}
	add("notice:"+m.notice, m.notice)
	return out
}

// title is a step's title with its side: "Left wall calf stretch".
func (m Model) title(st Step) string {
	t := TextOf(st, m.seated).Title
	if side := sideWord(st.Side); side != "" {
		return side + " " + afterSide(t)
	}
	return t
}

// spoken says a length as the player says it: "30 seconds", "1 second".
func spoken(d time.Duration) string {
	return history.Count(int(d.Round(time.Second)/time.Second), "second")
}
