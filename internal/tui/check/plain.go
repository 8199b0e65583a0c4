package check

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/night"
)

// Plain writes a day's checklist as plain text for `cramp check --list`: a
// comment line with the day and its progress, then one line per item, in
// screen order, as the box, the id and the label:
//
//	# 2026-11-23: 5 of 8 done (a new day starts at 04:00)
//	[x] fluids            Enough fluids
//	#   If a doctor has told you to limit fluids (…), follow their advice.
//	[ ] evening-stretch   Evening stretch (automatic)
//	[ ] medicine-review   Asked about my medicines (occasional)
//
// The box is "[x]" or "[ ]"; the id is padded to the longest id plus two
// spaces. An item's caveat follows it on a "#" line. Scripts can skip lines
// starting with "#" and split the rest on white space.
func Plain(w io.Writer, st history.ChecklistDay, dayStart time.Duration) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %d of %d done (a new day starts at %s)\n",
		st.Today, st.Progress.Done, st.Progress.Total, night.FormatClock(dayStart))
	width := 0
	for _, r := range st.Rows {
		width = max(width, len(r.Item.ID))
	}
	for _, r := range st.Rows {
		box := "[ ]"
		if r.Done {
			box = "[x]"
		}
		label := r.Item.Label
		switch {
		case r.Auto():
			label += " (automatic)"
		case r.Occasional():
			label += " (occasional)"
		}
		fmt.Fprintf(&b, "%s %-*s  %s\n", box, width, r.Item.ID, label)
		// The caveat goes with its item, as a comment line scripts skip:
		// a pipe loses no safety text the screen shows.
		if c := strings.Join(strings.Fields(r.Item.Caveat), " "); c != "" {
			fmt.Fprintf(&b, "#   %s\n", c)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
