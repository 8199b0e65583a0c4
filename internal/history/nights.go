package history

import (
	"slices"
	"sort"

	"github.com/crampcoach/cramp/internal/night"
)

// Night is what one night held: how many cramps, and the worst rated.
type Night struct {
	Date   night.Date
	Cramps int
	// Worst is the highest severity (0-10) rated that night, or -1 when
	// no cramp that night was rated (or there was none).
	Worst int
}

// Window is a count over the last few nights (see Last).
type Window struct {
	Nights      int // nights in the window
	CrampNights int // nights with at least one cramp
	Cramps      int // episodes
	Worst       int // highest severity rated, -1 if none
}

// indexNights fills h.byNight from h.Episodes: one entry per night with a
// cramp, in date order, so range questions are a binary search.
func (h *History) indexNights() {
	h.byNight = h.byNight[:0]
	at := map[night.Date]int{}
	for _, e := range h.Episodes {
		i, ok := at[e.Night]
		if !ok {
			i = len(h.byNight)
			at[e.Night] = i
			h.byNight = append(h.byNight, Night{Date: e.Night, Worst: -1})
		}
		n := &h.byNight[i]
		n.Cramps++
		if e.Severity != nil {
			n.Worst = max(n.Worst, *e.Severity)
		}
	}
	// Episodes are in time order, which is night order except across a
	// change of zone; sort to be sure.
	slices.SortFunc(h.byNight, func(a, b Night) int { return int(a.Date - b.Date) })
}

// search is the index in h.byNight of the first night on or after d.
func (h *History) search(d night.Date) int {
	return sort.Search(len(h.byNight), func(i int) bool { return h.byNight[i].Date >= d })
}

// Night is what night d held. A night with no cramp has Cramps 0, Worst -1.
func (h *History) Night(d night.Date) Night {
	if i := h.search(d); i < len(h.byNight) && h.byNight[i].Date == d {
		return h.byNight[i]
	}
	return Night{Date: d, Worst: -1}
}

// Nights returns one Night for every date from first to last, both
// included, in date order (nil when last is before first). The heatmap
// asks for its 84 nights this way.
func (h *History) Nights(first, last night.Date) []Night {
	if last < first {
		return nil
	}
	out := make([]Night, 0, int(last-first)+1)
	i := h.search(first)
	for d := first; d <= last; d++ {
		if i < len(h.byNight) && h.byNight[i].Date == d {
			out = append(out, h.byNight[i])
			i++
			continue
		}
		out = append(out, Night{Date: d, Worst: -1})
	}
	return out
}

// CrampNights lists the nights from first to last (both included) that had
// at least one cramp, in date order.
func (h *History) CrampNights(first, last night.Date) []Night {
	if last < first {
		return nil
	}
	i, j := h.search(first), h.search(last+1)
	return slices.Clone(h.byNight[i:j])
}

// Last counts the n nights ending with today, today included: with today =
// night.Rule.Tonight(now), "the last 7 nights" are tonight and the six
// before it (between the day start and noon, tonight is the coming night and
// the night just over is the one before it).
func (h *History) Last(today night.Date, n int) Window {
	w := Window{Nights: max(n, 0), Worst: -1}
	if n <= 0 {
		return w
	}
	for _, x := range h.byNight[h.search(today-night.Date(n)+1):h.search(today+1)] {
		w.CrampNights++
		w.Cramps += x.Cramps
		w.Worst = max(w.Worst, x.Worst)
	}
	return w
}

// EpisodesIn returns the episodes whose night is from first to last (both
// included), oldest first, in a new slice.
func (h *History) EpisodesIn(first, last night.Date) []Episode {
	var out []Episode
	for i := range h.Episodes {
		if d := h.Episodes[i].Night; d >= first && d <= last {
			out = append(out, h.Episodes[i])
		}
	}
	return out
}
