package history

import (
	"fmt"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/night"
)

// SeeDoctor returns why it is time to see a doctor, or nothing when the
// record does not meet the content's threshold. Each reason is the
// content's own words, then the figures behind them as a sentence of their
// own: "Cramps came on most nights of the last week. Cramps on 5 of the
// last 7 nights."
//
// Both checks look at the sd.InLast nights ending with today, the current
// night (night.OfCramp(now)), so an old episode does not keep the notice up
// for ever:
//   - frequent: cramps on at least sd.Nights of those nights;
//   - long: an episode that eased after longer than sd.Longer (the longest
//     is named). Episodes left before they eased do not count, since their
//     time is how long the flow was open, not how long the cramp lasted.
//
// Then the night rules (brief §4.3), each over its own last nights:
//   - several: at least sd.Several.Cramps cramps in one night, on at least
//     sd.Several.Nights nights;
//   - most nights: cramps on at least sd.Most.Nights nights;
//   - severe: a cramp rated sd.Severe.Severity or more, on at least
//     sd.Severe.Nights nights.
//
// A zero Nights, InLast or Longer turns its check off. What to do
// (sd.Text) is for the caller to show under the reasons. This is the one
// place the rule lives: the journal screen, `cramp journal` and the report
// all ask it.
func (h *History) SeeDoctor(sd content.SeeDoctor, today night.Date) []string {
	var reasons []string
	if w := h.Last(today, sd.InLast); sd.InLast > 0 && sd.Nights > 0 && w.CrampNights >= sd.Nights {
		reasons = append(reasons, withFigure(sd.Frequent,
			fmt.Sprintf("Cramps on %d of the last %d nights.", w.CrampNights, sd.InLast)))
	}
	if sd.InLast > 0 && sd.Longer.Duration > 0 {
		var longest *Episode
		for i := len(h.Episodes) - 1; i >= 0; i-- {
			e := &h.Episodes[i]
			secs, known := e.Lasted()
			if e.Night > today || e.Night <= today-night.Date(sd.InLast) || !known {
				continue
			}
			if time.Duration(secs)*time.Second > sd.Longer.Duration && (longest == nil || secs > longest.Seconds) {
				longest = e
			}
		}
		if longest != nil {
			reasons = append(reasons, withFigure(sd.Long,
				fmt.Sprintf("The longest lasted %s, on the night of %s.", Minutes(longest.Seconds), NightName(longest.Night))))
		}
	}
	for _, r := range []struct {
		rule   content.NightRule
		figure func(m met) string
	}{
		{sd.Several, func(m met) string {
			return fmt.Sprintf("%d of the last %d nights had %d or more cramps each (%s on those nights); the most in one night was %d.",
				m.nights, sd.Several.InLast, max(sd.Several.Cramps, 1), count(m.cramps, "cramp", "cramps"), m.most)
		}},
		{sd.Most, func(m met) string {
			return fmt.Sprintf("Cramps on %d of the last %d nights, %s in all.", m.nights, sd.Most.InLast, count(m.cramps, "cramp", "cramps"))
		}},
		{sd.Severe, func(m met) string {
			return fmt.Sprintf("Rated %d or more out of 10 on %d of the last %d nights; the worst was %d.",
				sd.Severe.Severity, m.nights, sd.Severe.InLast, m.worst)
		}},
	} {
		if m, ok := h.meets(r.rule, today); ok {
			reasons = append(reasons, withFigure(r.rule.Text, r.figure(m)))
		}
	}
	return reasons
}

// met is what the nights that meet a night rule held.
type met struct {
	nights, cramps, most, worst int
}

// meets counts the nights of the last r.InLast (ending with today) that
// each meet r, and whether there are enough of them.
func (h *History) meets(r content.NightRule, today night.Date) (met, bool) {
	m := met{worst: -1}
	if !r.On() {
		return m, false
	}
	for _, n := range h.byNight[h.search(today-night.Date(r.InLast)+1):h.search(today+1)] {
		if n.Cramps < max(r.Cramps, 1) || (r.Severity > 0 && n.Worst < r.Severity) {
			continue
		}
		m.nights++
		m.cramps += n.Cramps
		m.most = max(m.most, n.Cramps)
		m.worst = max(m.worst, n.Worst)
	}
	return m, m.nights >= r.Nights
}

// count writes "1 night", "3 nights".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// withFigure follows the content's words with the figures, as a sentence
// of their own (the content may say more than one sentence).
func withFigure(text, figure string) string {
	if text = strings.TrimSpace(text); text == "" {
		return figure
	}
	return text + " " + figure
}

// Minutes writes a duration in seconds the way people say it, exactly:
// "45 seconds", "1 minute", "14 minutes", "10 min 5 s".
func Minutes(seconds int) string {
	m, s := seconds/60, seconds%60
	switch {
	case seconds <= 0:
		return "unknown"
	case m == 0:
		return fmt.Sprintf("%d seconds", s)
	case s != 0:
		return fmt.Sprintf("%d min %d s", m, s)
	case m == 1:
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", m)
}

// NightName names a night by its evening: "Sun 22 Nov 2026".
func NightName(d night.Date) string {
	return d.Format("Mon 2 Jan 2006")
}
