package now

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Plain writes the whole relief flow as plain text, with no escape
// sequences: the first instruction first, then what may come after, the
// aftercare, when to get help and the footer. It is what `cramp now` prints
// when its output is not a terminal.
func Plain(w io.Writer, c *content.Set, opts Options) error {
	var b strings.Builder
	para := func(prefix, text string) {
		if text == "" {
			return
		}
		for _, l := range layout.Wrap(prefix+text, layout.PlainWidth) {
			b.WriteString(l + "\n")
		}
	}
	where := strings.TrimSpace(opts.Side + " " + opts.Site)
	title := "Cramp now"
	if where != "" {
		title += ": " + where
	}
	b.WriteString(title + "\n\n")

	r := c.Relief
	order := stepOrder(r)
	for i, st := range order {
		fmt.Fprintf(&b, "%d. %s\n", i+1, st.Title)
		para("First: ", st.BalanceCue)
		text := st.Text
		if t := st.Sites.For(opts.Site); t != "" {
			text = t
		}
		para("", text)
		para("Caution: ", st.Caution)
		para("Tip: ", st.Tip)
		if st.Hold.Duration > 0 {
			para("", fmt.Sprintf("The app checks in after %s: has it eased? If not, stretch again.", plainDuration(st.Hold.Duration)))
		}
		para("If you cannot stand: ", st.SeatedAlternative)
		b.WriteString("\n")
	}

	b.WriteString(r.Eased.Title + "\n")
	for _, it := range r.Eased.Items {
		para("- ", it.Title+": "+it.Text)
		para("  ", it.Safety)
	}
	b.WriteString("\n" + r.Escalation.Title + "\n")
	para("", r.Escalation.Text)
	for _, tier := range c.RedFlags.Tiers {
		b.WriteString("\n" + tier.Title + "\n")
		para("", tier.Action)
		for _, s := range tier.Signs {
			para("- ", s.Text)
		}
	}
	b.WriteString("\n")
	para("", r.Footer)
	_, err := io.WriteString(w, b.String())
	return err
}

// PlainNow writes the first instruction once more, as the last lines: what
// a person at a plain terminal sees once everything has scrolled past.
func PlainNow(w io.Writer, c *content.Set, opts Options) error {
	first, _ := c.Relief.Step(c.Relief.First)
	text := first.Text
	if t := first.Sites.For(opts.Site); t != "" {
		text = t
	}
	var b strings.Builder
	b.WriteString("\n")
	for _, l := range layout.Wrap("Now: "+text, layout.PlainWidth) {
		b.WriteString(l + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// stepOrder lists the steps from the first one, then in the order they are
// offered, then any left over, each once.
func stepOrder(r content.Relief) []content.Step {
	byID := make(map[string]content.Step, len(r.Steps))
	for _, st := range r.Steps {
		byID[st.ID] = st
	}
	seen := map[string]bool{}
	var out []content.Step
	var visit func(id string)
	visit = func(id string) {
		st, ok := byID[id]
		if !ok || seen[id] {
			return
		}
		seen[id] = true
		out = append(out, st)
		for _, n := range st.Next {
			visit(n)
		}
	}
	visit(r.First)
	for _, st := range r.Steps {
		visit(st.ID)
	}
	return out
}

func plainDuration(d time.Duration) string {
	s := int(d.Seconds())
	if s%60 == 0 {
		return fmt.Sprintf("%d minute(s)", s/60)
	}
	return fmt.Sprintf("%d seconds", s)
}
