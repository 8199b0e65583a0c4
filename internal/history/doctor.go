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
// A zero Nights, InLast or Longer turns its check off. What to do
// (sd.Text) is for the caller to show under the reasons.
func (h *History) SeeDoctor(sd content.SeeDoctor, today night.Date) []string {
	var reasons []string
	if sd.InLast <= 0 {
		return nil
	}
	if w := h.Last(today, sd.InLast); sd.Nights > 0 && w.CrampNights >= sd.Nights {
		reasons = append(reasons, withFigure(sd.Frequent,
			fmt.Sprintf("Cramps on %d of the last %d nights.", w.CrampNights, sd.InLast)))
	}
	if sd.Longer.Duration > 0 {
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
	return reasons
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
