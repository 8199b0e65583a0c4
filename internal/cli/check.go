package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui/app"
)

const checkUsage = `Usage: cramp check [ITEM [--undo] | --list] [flags]

Today's checklist of habits that may help. Without arguments: the checklist
screen on a terminal, the list otherwise.

  cramp check --list        today's items as text: "[x] ID  LABEL", one a line
  cramp check ITEM          tick ITEM for today and say what was done
  cramp check ITEM --undo   untick it
  cramp check ITEM --day yesterday
                            tick ITEM for an earlier day (today, yesterday or
                            YYYY-MM-DD, at most 7 days back; not a day to come)

A new day starts at 04:00 (--day-starts-at or CRAMP_DAY_STARTS_AT): a tick
before then counts for the day before. An unknown ITEM lists the valid ones.

Flags:
`

// runCheck is `cramp check`: today's prevention checklist, as a screen, a
// list, or one tick from the command line.
func runCheck(g *globals, args []string, io IO) int {
	fs := newFlagSet("cramp check", io.Stderr, checkUsage)
	g.register(fs)
	list := fs.Bool("list", false, "print today's items and their state as plain text")
	undo := fs.Bool("undo", false, "untick ITEM instead of ticking it")
	dayFlag := fs.String("day", "", "the day ITEM is for: today, yesterday or YYYY-MM-DD, up to 7 days back")
	pos, code, done := parse(fs, args, io.Stdout)
	if done {
		return code
	}
	switch {
	case len(pos) > 1:
		return usageError(io, fs, "check takes at most one item")
	case *list && len(pos) > 0:
		return usageError(io, fs, "--list takes no item")
	case *undo && len(pos) == 0:
		return usageError(io, fs, "--undo needs an item: cramp check ITEM --undo")
	case *dayFlag != "" && len(pos) == 0:
		return usageError(io, fs, "--day needs an item: cramp check ITEM --day yesterday")
	}
	dayStart, err := g.dayStart(io.Getenv)
	if err != nil {
		fmt.Fprintf(io.Stderr, "cramp check: %v\n", err)
		return ExitUsage
	}
	plain := g.plainOutput(io)
	if len(pos) == 0 && !*list && !plain {
		// Read while the content loads, so the first frame shows the ticks.
		read := preloadJournal(journal.Open(journal.Dir(g.data, io.Getenv)))
		return runApp(g, app.Options{Start: app.Check, Journal: read}, io)
	}

	set, ok := g.loadAll(io)
	if !ok {
		return ExitFailure
	}
	c := checkRun{set: set, j: journal.Open(journal.Dir(g.data, io.Getenv)), now: checkClock.Now(), dayStart: dayStart, io: io}
	if *dayFlag != "" {
		if code, ok := c.backfill(*dayFlag); !ok {
			return code
		}
	}
	if len(pos) == 0 {
		return c.list()
	}
	return c.tick(pos[0], !*undo)
}

// checkRun is one `cramp check` without the screen.
type checkRun struct {
	set      *content.Set
	j        *journal.Journal
	now      time.Time
	dayStart time.Duration
	io       IO
	// on is the day a backfilled tick is for (--day); set says it is.
	on backfillDay
}

func (c checkRun) today() night.Date {
	if c.on.set {
		return c.on.day
	}
	return night.Rule{DayStart: c.dayStart}.Tonight(c.now)
}

// read reads the journal, telling stderr about lines it had to skip.
func (c checkRun) read() (*history.History, error) {
	h, bad, err := history.Load(c.j)
	if bad > 0 {
		fmt.Fprintln(c.io.Stderr, "cramp check:", history.Skipped(bad))
	}
	return h, err
}

func (c checkRun) state(h *history.History, ticks ...journal.Record) history.ChecklistDay {
	return history.ComputeChecklist(history.OrderedItems(&c.set.Checklist), c.today(), history.DoneWithTicks(h, ticks))
}

// list prints today's items and their state.
func (c checkRun) list() int {
	h, err := c.read()
	if err != nil {
		fmt.Fprintf(c.io.Stderr, "cramp check: could not read your journal: %v\n", err)
		return ExitFailure
	}
	list := app.PlainInput{Checklist: c.state(h), DayStart: c.dayStart}
	if err := app.Plain(c.io.Stdout, c.set, app.Options{Start: app.Check}, list); err != nil {
		return ExitFailure
	}
	return ExitOK
}

// item finds an item by id, whatever its case ("FLUIDS" is fluids), as
// `cramp log --site Calf` is calf.
func (c checkRun) item(id string) (content.Item, bool) {
	id = strings.TrimSpace(id)
	if it, ok := c.set.Checklist.Item(id); ok {
		return it, true
	}
	for _, it := range c.set.Checklist.Items {
		if strings.EqualFold(it.ID, id) {
			return it, true
		}
	}
	return content.Item{}, false
}

// tick ticks (or unticks) one item for today and says what it did. When
// the item already is as asked, nothing is written: a repeat changes
// nothing, so it adds no record.
func (c checkRun) tick(arg string, done bool) int {
	it, ok := c.item(arg)
	if !ok {
		var ids []string
		for _, x := range history.OrderedItems(&c.set.Checklist) {
			ids = append(ids, x.ID)
		}
		fmt.Fprintf(c.io.Stderr, "cramp check: unknown item %q; the items are: %s\n", arg, strings.Join(ids, ", "))
		return ExitUsage
	}
	if it.Auto != "" {
		fmt.Fprintf(c.io.Stderr, "cramp check: %s\n", history.AutoWhy(it))
		return ExitUsage
	}
	id := it.ID
	verb, already := "Ticked", "is already ticked"
	if !done {
		verb, already = "Unticked", "is not ticked"
	}
	// Read first to see whether anything changes; if the journal cannot be
	// read, the tick is written anyway. The append checks again under its
	// lock, so two identical runs at once add one tick.
	h, readErr := c.read()
	unchanged := func(h *history.History) bool {
		r, _ := c.state(h).Row(id)
		return r.Done == done
	}
	alreadySo := func(h *history.History) int {
		p := c.state(h).Progress
		fmt.Fprintf(c.io.Stdout, "%s (%s) %s for %s: %d of %d done. Nothing new was saved.\n",
			id, it.Label, already, c.today(), p.Done, p.Total)
		return ExitOK
	}
	if readErr == nil && unchanged(h) {
		return alreadySo(h)
	}
	errUnchanged := errors.New("unchanged")
	rec, err := c.j.AppendIf(history.TickOn(id, done, c.today(), c.now), func(res journal.ReadResult) error {
		latest := history.Build(append(res.Records, c.j.Pending()...))
		if unchanged(latest) {
			h = latest
			return errUnchanged
		}
		if readErr == nil {
			h = latest
		}
		return nil
	})
	if errors.Is(err, errUnchanged) {
		return alreadySo(h)
	}
	if err != nil {
		fmt.Fprintf(c.io.Stderr, "cramp check: could not save the tick, nothing was changed: %v\n", err)
		return ExitFailure
	}
	line := fmt.Sprintf("%s %s (%s) for %s", verb, id, it.Label, c.today())
	if readErr == nil {
		p := c.state(h, rec).Progress
		line += fmt.Sprintf(": %d of %d done.", p.Done, p.Total)
	} else {
		line += "."
	}
	fmt.Fprintln(c.io.Stdout, line)
	return ExitOK
}
