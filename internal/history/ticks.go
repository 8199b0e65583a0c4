package history

import "github.com/crampcoach/cramp/internal/night"

// checklist is the last tick record of each item on each day. A journal
// of ten years has thousands of days of a handful of items each, so each
// day is two words rather than a map: the item with bit b in set has a
// record that day, and done says whether the last one ticked it.
type checklist struct {
	days  map[night.Date]ticks // every day with a tick record
	items []string             // the item of each bit, in the order first seen
	// more holds the ticks of items past the 64th, which only a journal
	// made by hand could have.
	more map[dayItem]bool
}

type ticks struct{ set, done uint64 }

type dayItem struct {
	day  night.Date
	item string
}

// bit is item's bit, if it has one.
func (c *checklist) bit(item string) (uint64, bool) {
	for i, it := range c.items {
		if it == item {
			return 1 << i, true
		}
	}
	return 0, false
}

// set records the last tick of item on day.
func (c *checklist) set(day night.Date, item string, done bool) {
	t := c.days[day]
	b, ok := c.bit(item)
	switch {
	case ok:
	case len(c.items) < 64:
		b = 1 << len(c.items)
		c.items = append(c.items, item)
	default:
		if c.more == nil {
			c.more = map[dayItem]bool{}
		}
		c.more[dayItem{day, item}] = done
		c.days[day] = t // the day has a record
		return
	}
	t.set |= b
	if done {
		t.done |= b
	} else {
		t.done &^= b
	}
	c.days[day] = t
}

// done reports whether the last tick of item on day ticked it.
func (c *checklist) done(day night.Date, item string) bool {
	if b, ok := c.bit(item); ok {
		return c.days[day].done&b != 0
	}
	return c.more[dayItem{day, item}]
}
