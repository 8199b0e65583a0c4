package history_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/testkit"
)

func TestNextRolloverIsOnTheWallClock(t *testing.T) {
	loc := testkit.Berlin
	cases := []struct {
		now  time.Time
		want time.Time
		wait time.Duration
	}{
		{time.Date(2026, 3, 28, 12, 0, 0, 0, loc), time.Date(2026, 3, 29, 4, 0, 0, 0, loc), 15 * time.Hour}, // a 23-hour day
		{time.Date(2026, 10, 24, 12, 0, 0, 0, loc), time.Date(2026, 10, 25, 4, 0, 0, 0, loc), 17 * time.Hour},
		{time.Date(2026, 11, 24, 3, 0, 0, 0, loc), time.Date(2026, 11, 24, 4, 0, 0, 0, loc), time.Hour},
		{time.Date(2026, 11, 24, 4, 0, 0, 0, loc), time.Date(2026, 11, 25, 4, 0, 0, 0, loc), 24 * time.Hour},
	}
	for _, c := range cases {
		got := history.NextRollover(c.now, night.DayStart)
		if !got.Equal(c.want) || got.Sub(c.now) != c.wait {
			t.Errorf("NextRollover(%v) = %v (in %v), want %v (in %v)", c.now, got, got.Sub(c.now), c.want, c.wait)
		}
	}
}

// The day's progress and strip count daily items only; an occasional item
// says when it was last done instead; automatic items are listed as they
// are. Items come daily first, then occasional, each in file order.
func TestComputeChecklist(t *testing.T) {
	c := content.Checklist{Items: []content.Item{
		{ID: "review", Frequency: content.Occasional},
		{ID: "fluids"},
		{ID: "stretch", Auto: content.AutoStretch},
	}}
	items := history.OrderedItems(&c)
	if len(items) != 3 || items[0].ID != "fluids" || items[1].ID != "stretch" || items[2].ID != "review" {
		t.Fatalf("OrderedItems = %+v, want fluids, stretch, review", items)
	}
	today := date(t, "2026-11-24")
	done := map[string]bool{"2026-11-24 fluids": true, "2026-11-22 fluids": true, "2026-11-20 review": true, "2026-11-24 stretch": true}
	st := history.ComputeChecklist(items, today, func(d night.Date, it content.Item) bool { return done[d.String()+" "+it.ID] })
	if st.Today != today || st.Progress != (history.DayTally{Day: today, Done: 2, Total: 2}) {
		t.Errorf("progress %+v on %v, want 2 of 2 on %v", st.Progress, st.Today, today)
	}
	if r, ok := st.Row("review"); !ok || r.Done || !r.Occasional() || r.Last != date(t, "2026-11-20") {
		t.Errorf("review = %+v, %v; want occasional, not done today, last done on the 20th", r, ok)
	}
	if r, _ := st.Row("stretch"); !r.Auto() || !r.Done {
		t.Errorf("stretch = %+v, want automatic and done", r)
	}
	if _, ok := st.Row("nothing"); ok {
		t.Error("Row found an item that is not there")
	}
	if len(st.Strip) != history.StripDays || st.Strip[history.StripDays-1] != st.Progress {
		t.Fatalf("strip %+v, want %d days ending today", st.Strip, history.StripDays)
	}
	if y := st.Strip[history.StripDays-3]; y.Day != date(t, "2026-11-22") || y.Done != 1 || y.Total != 2 {
		t.Errorf("the 22nd in the strip: %+v, want 1 of 2", y)
	}
}

// Ticks this process wrote count over what was read, the newest last;
// automatic items come only from the history; no history is nothing done.
func TestDoneWithTicks(t *testing.T) {
	at := time.Date(2026, 11, 24, 21, 0, 0, 0, testkit.Berlin)
	day := night.Of(at, night.DayStart)
	fluids, stretch := content.Item{ID: "fluids"}, content.Item{ID: "stretch", Auto: content.AutoStretch}
	h := history.Build(roundTrip(t, history.Tick("fluids", true, at, night.DayStart)).Records)
	untick := history.Tick("fluids", false, at.Add(time.Minute), night.DayStart)
	if !history.DoneWithTicks(h, nil)(day, fluids) {
		t.Error("the read tick is not done")
	}
	if history.DoneWithTicks(h, []journal.Record{untick})(day, fluids) {
		t.Error("a later untick of this process does not count")
	}
	retick := history.Tick("fluids", true, at.Add(2*time.Minute), night.DayStart)
	if !history.DoneWithTicks(nil, []journal.Record{untick, retick})(day, fluids) {
		t.Error("the newest tick does not win")
	}
	byHand := history.Tick("stretch", true, at, night.DayStart)
	if history.DoneWithTicks(nil, []journal.Record{byHand})(day, stretch) {
		t.Error("an automatic item was ticked by a tick")
	}
}

// A tick belongs to the day its moment falls in, by the day start.
func TestTickTakesTheDayOfItsMoment(t *testing.T) {
	loc := testkit.Berlin
	for _, c := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 11, 24, 3, 59, 0, 0, loc), "2026-11-23"},
		{time.Date(2026, 11, 24, 4, 0, 0, 0, loc), "2026-11-24"},
	} {
		r := history.Tick("fluids", true, c.at, night.DayStart)
		if r.Type != journal.TypeCheck || r.Day != c.want || r.Item != "fluids" || r.Done == nil || !*r.Done || !r.Time.Equal(c.at) {
			t.Errorf("Tick at %v = %+v, want a check of fluids, done, for %s", c.at, r, c.want)
		}
	}
}

// Each item's last tick stands, for every item, however many a journal
// holds: past the 64 that get a bit each, ticks are kept another way.
func TestManyItemsEachKeepTheirLastTick(t *testing.T) {
	at := time.Date(2026, 11, 24, 21, 0, 0, 0, testkit.Berlin)
	day := night.Of(at, night.DayStart)
	var recs []journal.Record
	var items []content.Item
	for i := range 70 {
		id := fmt.Sprintf("item-%d", i)
		items = append(items, content.Item{ID: id, Label: id, Frequency: content.Daily})
		recs = append(recs, history.Tick(id, true, at.Add(time.Duration(i)*time.Second), night.DayStart))
		if i%3 == 0 { // taken back
			recs = append(recs, history.Tick(id, false, at.Add(time.Minute+time.Duration(i)*time.Second), night.DayStart))
		}
	}
	h := history.Build(recs)
	for i, it := range items {
		if want := i%3 != 0; h.Checked(day, it.ID) != want || h.Done(day, it) != want {
			t.Errorf("%s: checked %v, done %v, want %v", it.ID, h.Checked(day, it.ID), h.Done(day, it), want)
		}
		if h.Checked(day+1, it.ID) || h.Checked(day-1, it.ID) {
			t.Errorf("%s is checked on another day", it.ID)
		}
	}
	if h.Checked(day, "never-ticked") {
		t.Error("an item never ticked is checked")
	}
	if n := h.TrackedDays(day-5, day+5); n != 1 {
		t.Errorf("%d tracked days, want 1", n)
	}
	// The day is over and counted: each row puts it on the side its item's
	// last tick says.
	for i, p := range h.Patterns(items, day+1)[:70] {
		if want := i%3 != 0; (p.Done.Nights == 1) != want || p.Done.Nights+p.NotDone.Nights != 1 {
			t.Errorf("%s: %+v, want done %v", p.ID, p, want)
		}
	}
}
