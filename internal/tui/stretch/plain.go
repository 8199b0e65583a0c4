package stretch

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Plain writes a routine as a numbered list of steps, with each hold or
// count and the texts, for a pipe, a dumb terminal or --plain: no timers, no
// escape sequences. It plays opts.Routine, or the default routine.
func Plain(w io.Writer, set *content.Set, opts Options) error {
	rs := &set.Routines
	id := opts.Routine
	if id == "" {
		id = rs.Default
	}
	r, ok := rs.Routine(id)
	if !ok {
		return fmt.Errorf("no routine %q", id)
	}
	seated := opts.Seated || r.Seated
	var b strings.Builder
	para := func(indent, text string) {
		for _, l := range layout.Wrap(text, layout.PlainWidth-len(indent)) {
			b.WriteString(indent + l + "\n")
		}
	}
	b.WriteString(r.Title + "\n")
	para("", r.Summary)
	para("", Plan(rs, r, opts.Hold)+".")
	if seated {
		para("", "Seated versions of every standing stretch.")
	}
	if opts.Hold > 0 {
		para("", HoldOverride(opts.Hold))
	}
	// Why stretch, with its evidence, as the picker says it: a pipe loses
	// nothing the screen shows.
	if !blankText(rs.Intro.Text) {
		b.WriteString("\n")
		if rs.Intro.Title != "" {
			b.WriteString(rs.Intro.Title + "\n")
		}
		para("", rs.Intro.Text)
	}
	b.WriteString("\n")
	para("", fmt.Sprintf("Each hold starts after %s to get ready; switching sides takes %s.",
		seconds(rs.GetReady.Duration), seconds(rs.Switch.Duration)))
	para("", rs.During)
	b.WriteString("\n")
	for i, st := range Steps(rs, r) {
		t := TextOf(st, seated)
		head := t.Title
		if st.Side != "" {
			head += ", " + st.Side
		}
		if st.Stretch.Hold.Duration > 0 {
			hold := st.Stretch.Hold.Duration
			if opts.Hold > 0 {
				hold = opts.Hold
			}
			head += ": hold " + seconds(hold)
		} else {
			head += fmt.Sprintf(": %d times", st.Stretch.Reps)
		}
		num := fmt.Sprintf("%d. ", i+1)
		b.WriteString(num + head + "\n")
		indent := strings.Repeat(" ", len(num))
		if st.Second {
			para(indent, "Switch sides.")
		} else if st.Stretch.Hold.Duration > 0 && t.GetReady != "" {
			para(indent, "Get ready: "+t.GetReady)
		}
		para(indent, t.Cue)
		para(indent, t.Text)
	}
	b.WriteString("\nSafety\n")
	for _, s := range rs.Safety {
		for i, l := range layout.Wrap(s.Title+": "+s.Text, layout.PlainWidth-2) {
			if i == 0 {
				b.WriteString("- " + l + "\n")
			} else {
				b.WriteString("  " + l + "\n")
			}
		}
	}
	var others []string
	for _, o := range rs.Routines {
		if o.ID != r.ID {
			others = append(others, o.ID)
		}
	}
	if len(others) > 0 {
		b.WriteString("\n")
		para("", "Other routines: "+strings.Join(others, ", ")+" (cramp stretch --routine NAME).")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// seconds shows a short length as "30 s", a longer one as "1m30s".
func seconds(d time.Duration) string {
	switch {
	case d <= time.Minute && d%time.Second == 0:
		return fmt.Sprintf("%d s", int(d/time.Second))
	case d%time.Second == 0 && d%time.Minute == 0:
		return fmt.Sprintf("%d min", int(d/time.Minute))
	case d%time.Second == 0:
		return fmt.Sprintf("%d min %d s", int(d/time.Minute), int(d%time.Minute/time.Second))
	}
	return d.String()
}

func blankText(s string) bool { return strings.TrimSpace(s) == "" }
