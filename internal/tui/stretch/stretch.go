// Package stretch is the bedtime stretch player (`cramp stretch`, s from
// home): a routine picker, then hands-free holds with lead-ins, switch-side
// prompts and cues, and a completion screen with the stretch streak.
package stretch

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/cue"
	"github.com/crampcoach/cramp/internal/history"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/countdown"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Options say how the player starts.
type Options struct {
	Routine string        // a routine id; empty opens the picker (default preselected)
	Seated  bool          // seated versions of every standing stretch
	Hold    time.Duration // overrides every hold length when > 0
}

// Phase is where the player is.
type Phase int

// The phases, in the order a routine goes through them.
const (
	Picking  Phase = iota // choosing a routine
	LeadIn                // "get ready" before a hold, or "switch sides" before the second side
	Holding               // a timed hold counts down
	Reps                  // a rep step waits for "done"
	Complete              // the routine has ended
)

// Step is one side of one stretch: a stretch done on both sides is two steps.
type Step struct {
	Stretch content.Stretch
	Side    string // content.SideLeft, SideRight or "" (both feet, or no side)
	// Second marks the second side of a two-sided stretch: its lead-in is
	// the switch-sides prompt.
	Second bool
}

// ID names the step in the journal: the stretch id, with ":left" or
// ":right" for one side.
func (s Step) ID() string {
	if s.Side == "" {
		return s.Stretch.ID
	}
	return s.Stretch.ID + ":" + s.Side
}

// Steps flattens a routine into its steps, each side its own step.
func Steps(set *content.Routines, r content.Routine) []Step {
	var out []Step
	for _, id := range r.Steps {
		st, ok := set.Stretch(id)
		if !ok {
			continue // validated content always has it
		}
		switch st.Side {
		case content.SideBoth:
			out = append(out, Step{Stretch: st, Side: content.SideLeft}, Step{Stretch: st, Side: content.SideRight, Second: true})
		case content.SideLeft, content.SideRight:
			out = append(out, Step{Stretch: st, Side: st.Side})
		default:
			out = append(out, Step{Stretch: st})
		}
	}
	return out
}

// status is what became of a step.
type status uint8

const (
	notYet status = iota
	done
	skipped
)

// Streak is the stretch streak as the journal last showed it.
type Streak struct {
	Current, Best int
	// Last holds the last seven nights, oldest first, ending Tonight.
	Last    [7]NightMark
	Tonight night.Date
	// Known is false until the journal has been read (or when it could not be).
	Known bool
}

// NightMark is what one night of the streak strip shows.
type NightMark uint8

// Night marks.
const (
	Missed    NightMark = iota // neither stretched nor rest
	Stretched                  // a finished routine
	Rested                     // marked as a rest night
)

// streakMsg brings the streak read from the journal.
type streakMsg struct {
	streak Streak
	err    error
	bad    int // journal lines that could not be read
	// restQueued are the nights of rest records still queued after the
	// read (their writes failed); restTry is the screen's restTry when the
	// read began, so a read from before a failure never clears it.
	restQueued []night.Date
	restTry    int
}

// savedMsg reports a journal write; only failures matter to the screen.
type savedMsg struct{ err error }

// restMsg reports that a rest night was written (or could not be).
type restMsg struct {
	day night.Date
	err error
}

// Model is the screen.
type Model struct {
	s    *tui.Session
	opts Options

	routines []content.Routine // what the picker offers
	cursor   int               // the routine highlighted in the picker

	routine content.Routine
	steps   []Step
	status  []status
	cur     int
	phase   Phase
	timer   countdown.Model // the lead-in or hold on screen

	seated     bool // seated versions are on
	usedSeated bool // a seated version was on screen during the routine
	swapped    bool // t changed the version mid-step and its lead-in began again
	started    time.Time
	ended      bool // the routine.end record has been queued
	finished   bool // the routine reached its end with every step done, none skipped

	streak     Streak
	restMarked night.Date // the rest night queued from this screen, or 0
	// askRest is the night z offered to mark, waiting for y; any other key
	// says no. A rest night keeps the streak, so one stray z must not.
	askRest night.Date
	// restErr is why the rest night's last write failed; the record stays
	// queued in the journal, and the next flush (or z) tries it again.
	restErr    error
	restTry    int          // counts restErr's failures, to tell stale reads
	restSaving bool         // a write of the rest night is under way
	restQueued []night.Date // rest nights queued by an earlier visit and not yet written
	leaving    bool         // the first q of two
	// coverPaused is set when the routine paused because an overlay
	// opened over it; it goes on when the overlay closes.
	coverPaused bool
	// begun counts steps begun (and begun again), so the accessible
	// player says a step begun again once more.
	begun    int
	bar      progress.Model
	voiceOff bool   // speech failed once; not tried again
	notice   string // a failed save or speech, said once
	frame    frame  // the player's lines that only change with its state
	width    int
	height   int
}

// New returns the screen and the command that starts it: the picker, or
// straight into the routine Options name.
func New(s *tui.Session, opts Options) (Model, tea.Cmd) {
	m := Model{
		s:        s,
		opts:     opts,
		routines: s.Content.Routines.Routines,
		seated:   opts.Seated,
		bar:      newBar(s),
		notice:   s.Cues.Problem,
	}
	for i, r := range m.routines {
		if r.ID == s.Content.Routines.Default {
			m.cursor = i
		}
	}
	if opts.Routine != "" {
		for i, r := range m.routines {
			if r.ID == opts.Routine {
				m.cursor = i
				return m, m.start()
			}
		}
	}
	if len(m.routines) == 1 {
		return m, m.start()
	}
	return m, m.readStreak()
}

// newBar is the overall progress bar: thin lines in the theme's colours,
// drawn with ViewAs only, so it never runs its animation.
func newBar(s *tui.Session) progress.Model {
	b := progress.New(progress.WithFillCharacters('━', '─'), progress.WithoutPercentage())
	b.FullColor = s.Styles.Timer.GetForeground()
	b.EmptyColor = s.Styles.Muted.GetForeground()
	b.PercentageStyle = s.Styles.Muted.Style
	return b
}

// SetSize tells the screen how much room it has.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.bar.SetWidth(width)
	m.refresh()
}

// Phase is where the player is.
func (m Model) Phase() Phase { return m.phase }

// Steps are the routine's steps (empty in the picker).
func (m Model) Steps() []Step { return m.steps }

// Current is the index of the step on screen.
func (m Model) Current() int { return m.cur }

// Timer is the lead-in or hold on screen.
func (m Model) Timer() countdown.Model { return m.timer }

// Seated reports whether seated versions are on.
func (m Model) Seated() bool { return m.seated }

// Routine is the routine being played.
func (m Model) Routine() content.Routine { return m.routine }

// StreakShown is the streak as the screen last read it.
func (m Model) StreakShown() Streak { return m.streak }

// Notice is the quiet line for a failed save or voice.
func (m Model) Notice() string { return m.notice }

// Update handles a message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if tick, ok := msg.(countdown.TickMsg); ok {
		// Only the time moves: the rest of the frame stays as it is.
		var cmd tea.Cmd
		m.timer, cmd = m.timer.Update(tick)
		m.refreshTime()
		return m, cmd
	}
	m, cmd := m.update(msg)
	m.refresh()
	return m, cmd
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case countdown.DoneMsg:
		if msg.ID != m.timer.ID() {
			return m, nil
		}
		switch m.phase {
		case LeadIn:
			return m, m.beginHold()
		case Holding:
			m.status[m.cur] = done
			return m, m.begin(m.cur+1, true)
		}
		return m, nil
	case streakMsg:
		if msg.err == nil {
			m.streak = msg.streak
		}
		if msg.bad > 0 {
			m.setNotice(history.Skipped(msg.bad) + " The streak may be shorter than it is.")
		}
		m.restQueued = msg.restQueued
		if m.restErr != nil && msg.restTry == m.restTry && !slices.Contains(msg.restQueued, m.restMarked) {
			m.restErr = nil // the read's own flush wrote it
		}
		return m, nil
	case restMsg:
		m.restSaving = false
		if msg.err != nil {
			m.restErr = msg.err
			m.restTry++
		} else {
			m.restErr = nil
		}
		// The read tries the write again and counts the night either way.
		return m, m.readStreak()
	case savedMsg:
		if msg.err != nil {
			m.setNotice("Couldn't save to your journal yet (" + layout.ShortErr(msg.err) + "); it will be retried.")
		}
		return m, nil
	case cue.SpokeMsg:
		if msg.Err != nil && !m.voiceOff {
			m.voiceOff = true
			m.setNotice("Voice is off: " + layout.ShortErr(msg.Err) + ". The routine goes on.")
		}
		return m, nil
	case tui.CoverMsg:
		return m, m.cover(msg.Open)
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

// cover pauses a running lead-in or hold while help or the red flags are
// open, and resumes it when they close: the person is reading, not
// stretching.
func (m *Model) cover(open bool) tea.Cmd {
	m.leaving = false
	switch {
	case open && m.timer.Running():
		m.coverPaused = true
		m.timer = m.timer.Pause()
	case !open && m.coverPaused:
		m.coverPaused = false
		if m.timer.Paused() {
			var cmd tea.Cmd
			m.timer, cmd = m.timer.Resume()
			return cmd
		}
	}
	return nil
}

// Cover says the routine waits while an overlay is open.
func (m Model) Cover() tui.Cover {
	if m.coverPaused {
		return tui.Cover{Note: "The routine is paused until you close this."}
	}
	return tui.Cover{}
}

func (m *Model) setNotice(s string) {
	if m.notice == "" || m.notice == m.s.Cues.Problem {
		m.notice = s
	}
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	leaving := m.leaving
	m.leaving = false
	if day := m.askRest; day != 0 {
		m.askRest = 0
		if key.Matches(msg, k.Confirm) {
			return m, m.markRest(day)
		}
		return m, nil
	}
	switch m.phase {
	case Picking:
		return m.pickerKey(msg)
	case Complete:
		return m.completeKey(msg)
	}
	switch {
	case key.Matches(msg, k.StretchLeave) && !leaving:
		m.leaving = true
	case key.Matches(msg, k.StretchLeave):
		return m, tea.Sequence(m.end(journal.OutcomeLeft), back)
	case key.Matches(msg, k.Pause):
		return m, m.togglePause()
	case key.Matches(msg, k.Skip):
		if m.status[m.cur] != done {
			m.status[m.cur] = skipped
		}
		return m, m.begin(m.cur+1, false)
	case key.Matches(msg, k.Previous):
		return m, m.begin(max(m.cur-1, 0), false)
	case key.Matches(msg, k.Restart):
		return m, m.begin(m.cur, false)
	case key.Matches(msg, k.ToggleSeat):
		m.seated = !m.seated
		if (m.phase == LeadIn || m.phase == Holding) && m.steps[m.cur].Stretch.Seated != nil {
			return m, m.swapVersion()
		}
		m.noteSeated()
	case key.Matches(msg, k.RepsDone) && m.phase == Reps:
		m.status[m.cur] = done
		return m, m.begin(m.cur+1, false)
	}
	return m, nil
}

func (m Model) pickerKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	switch {
	case key.Matches(msg, k.Back):
		return m, back
	case key.Matches(msg, k.Up):
		m.cursor = (m.cursor + len(m.routines) - 1) % len(m.routines)
	case key.Matches(msg, k.Down):
		m.cursor = (m.cursor + 1) % len(m.routines)
	case key.Matches(msg, k.Start):
		return m, m.start()
	case key.Matches(msg, k.ToggleSeat):
		m.seated = !m.seated
	case key.Matches(msg, k.RestNight):
		return m, m.restAsk(m.restDay())
	}
	return m, nil
}

// restAsk is z: the first time it asks before marking day a rest night;
// once marked, it tries a failed write again (markRest never queues a
// second record).
func (m *Model) restAsk(day night.Date) tea.Cmd {
	if m.restMarked != 0 {
		return m.markRest(day)
	}
	m.askRest = day
	return nil
}

// restDay is the night z marks from the picker: tonight, or tomorrow night
// once a finished routine already counts for tonight (as on the completion
// screen and with cramp stretch --rest).
func (m Model) restDay() night.Date {
	return history.RestNight(m.tonight(), m.stretchedTonight())
}

// stretchedTonight reports whether the journal, as last read, holds a
// finished routine for tonight.
func (m Model) stretchedTonight() bool {
	s := m.streak
	return s.Known && s.Tonight == m.tonight() && s.Last[len(s.Last)-1] == Stretched
}

func (m Model) completeKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	switch {
	case key.Matches(msg, k.Back, k.Done):
		return m, back
	case key.Matches(msg, k.RestNight):
		// Tonight already counts once the routine is finished; z plans
		// the next night off instead (without one finished, tonight).
		return m, m.restAsk(history.RestNight(m.night(), m.finished || m.stretchedTonight()))
	}
	return m, nil
}

// start plays the routine under the picker's cursor from its first step.
func (m *Model) start() tea.Cmd {
	if len(m.routines) == 0 {
		return nil
	}
	m.routine = m.routines[m.cursor]
	m.steps = Steps(&m.s.Content.Routines, m.routine)
	m.status = make([]status, len(m.steps))
	if m.routine.Seated {
		m.seated = true
	}
	m.started = m.s.Clock.Now()
	return m.begin(0, false)
}

// begin shows step i from its start: the lead-in before a hold (the
// switch-sides prompt for a second side), or a rep step waiting for "done".
// Past the last step the routine is complete. released says a hold has just
// ended, so the voice says "Release" first.
func (m *Model) begin(i int, released bool) tea.Cmd {
	m.leaving = false
	m.swapped = false
	m.begun++
	if i >= len(m.steps) {
		return m.complete(released)
	}
	m.cur = i
	st := m.steps[i]
	var say []string
	if released {
		say = append(say, m.s.Content.Routines.Voice.Release)
	}
	if st.Stretch.Hold.Duration <= 0 {
		m.phase = Reps
		m.noteSeated()
		m.timer = countdown.Model{}
		say = append(say, m.announce(st))
		return tea.Batch(m.s.Cues.Bell(), m.say(say...))
	}
	m.phase = LeadIn
	m.noteSeated()
	lead := m.s.Content.Routines.GetReady.Duration
	if st.Second {
		lead = m.s.Content.Routines.Switch.Duration
		say = append(say, m.s.Content.Routines.Voice.Switch)
	} else {
		// Only the title: the hold phrase waits for the hold itself.
		say = append(say, TextOf(st, m.seated).Title)
	}
	var tick tea.Cmd
	m.timer, tick = countdown.New(m.s.Clock, lead).Start()
	return tea.Batch(tick, m.s.Cues.Bell(), m.say(say...))
}

// swapVersion starts the current step's lead-in again after t changed its
// version mid-step: moving from the wall to the bed needs the time the
// running lead-in or hold would not give. It is the get-ready lead-in even
// on a second side, because the new version has its own way to get ready.
func (m *Model) swapVersion() tea.Cmd {
	m.leaving = false
	m.phase = LeadIn
	m.swapped = true
	m.begun++
	m.noteSeated()
	var tick tea.Cmd
	m.timer, tick = countdown.New(m.s.Clock, m.s.Content.Routines.GetReady.Duration).Start()
	return tick // no cue: the person has just pressed the key
}

// beginHold starts the current step's hold once its lead-in is over.
func (m *Model) beginHold() tea.Cmd {
	m.phase = Holding
	m.swapped = false
	st := m.steps[m.cur]
	var tick tea.Cmd
	m.timer, tick = countdown.New(m.s.Clock, m.holdOf(st)).Start()
	return tea.Batch(tick, m.s.Cues.Bell(), m.say(m.announce(st)))
}

// complete ends the routine: the record, the cues, the streak.
func (m *Model) complete(released bool) tea.Cmd {
	m.phase = Complete
	m.timer = countdown.Model{}
	// Only a routine done through, no step skipped, counts for the night.
	m.finished = len(m.steps) > 0 && !slices.ContainsFunc(m.status, func(s status) bool { return s != done })
	outcome := journal.OutcomeLeft
	if m.finished {
		outcome = journal.OutcomeFinished
	}
	var say []string
	if released {
		say = append(say, m.s.Content.Routines.Voice.Release)
	}
	say = append(say, m.s.Content.Routines.Voice.Done)
	return tea.Batch(tea.Sequence(m.end(outcome), m.readStreak()), m.s.Cues.Bell(), m.say(say...))
}

func (m *Model) togglePause() tea.Cmd {
	switch {
	case m.timer.Running():
		m.timer = m.timer.Pause()
	case m.timer.Paused():
		var cmd tea.Cmd
		m.timer, cmd = m.timer.Resume()
		return cmd
	}
	return nil
}

// noteSeated remembers that a seated version was on screen.
func (m *Model) noteSeated() {
	if m.seated && m.playing() && m.steps[m.cur].Stretch.Seated != nil {
		m.usedSeated = true
	}
}

func (m Model) playing() bool {
	return m.phase == LeadIn || m.phase == Holding || m.phase == Reps
}

// Paused reports whether the lead-in or hold on screen is paused.
func (m Model) Paused() bool { return m.timer.Paused() }

func (m Model) holdOf(st Step) time.Duration {
	if m.opts.Hold > 0 {
		return m.opts.Hold
	}
	return st.Stretch.Hold.Duration
}

// Text is what a step says, in its seated version when seated versions are on.
type Text struct {
	Title, Cue, Text, GetReady string
	Sources                    []string
	Seated                     bool
}

// TextOf is what step st says with seated versions on or off.
func TextOf(st Step, seated bool) Text {
	s := st.Stretch
	if seated && s.Seated != nil {
		return Text{Title: s.Seated.Title, Cue: s.Seated.Cue, Text: s.Seated.Text, GetReady: s.Seated.GetReady, Sources: s.Seated.Sources, Seated: true}
	}
	return Text{Title: s.Title, Cue: s.Cue, Text: s.Text, GetReady: s.GetReady, Sources: s.Sources}
}

// announce is the phrase spoken as a hold or a rep step begins: "Left
// wall calf stretch, hold 30 seconds", from the content's voice templates.
func (m Model) announce(st Step) string {
	v := m.s.Content.Routines.Voice
	tmpl := v.Hold
	if st.Stretch.Hold.Duration <= 0 {
		tmpl = v.Reps
	}
	side, title := sideWord(st.Side), TextOf(st, m.seated).Title
	if side != "" {
		title = afterSide(title)
	}
	secs := int(m.holdOf(st).Round(time.Second) / time.Second)
	return strings.NewReplacer(
		"{side}", side,
		"{title}", title,
		// "hold 1 second", never "1 seconds" (a --hold of 1s in tests).
		"{seconds} seconds", history.Count(secs, "second"),
		"{seconds}", strconv.Itoa(secs),
		"{reps}", strconv.Itoa(st.Stretch.Reps),
	).Replace(tmpl)
}

// say speaks the phrases as one utterance, so they never overlap.
func (m Model) say(phrases ...string) tea.Cmd {
	if m.voiceOff {
		return nil
	}
	var parts []string
	for _, p := range phrases {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, strings.TrimRight(p, "."))
		}
	}
	return m.s.Cues.Say(strings.Join(parts, ". "))
}

// afterSide lower-cases a title's first letter to follow a side word
// ("Left wall calf stretch"), unless it begins an acronym ("ACL stretch").
func afterSide(title string) string {
	first, n := utf8.DecodeRuneInString(title)
	if n == 0 {
		return title
	}
	if next, _ := utf8.DecodeRuneInString(title[n:]); unicode.IsUpper(next) {
		return title
	}
	return string(unicode.ToLower(first)) + title[n:]
}

func sideWord(side string) string {
	switch side {
	case content.SideLeft:
		return "Left"
	case content.SideRight:
		return "Right"
	}
	return ""
}

// end queues the routine.end record and writes it in the background.
func (m *Model) end(outcome string) tea.Cmd {
	if m.ended || m.steps == nil {
		return nil
	}
	m.ended = true
	m.s.Journal.Queue(m.endRecord(outcome))
	return m.s.Flush(func(err error) tea.Msg { return savedMsg{err: err} })
}

func (m Model) endRecord(outcome string) journal.Record {
	var doneIDs, skippedIDs []string
	for i, s := range m.status {
		switch s {
		case done:
			doneIDs = append(doneIDs, m.steps[i].ID())
		case skipped:
			skippedIDs = append(skippedIDs, m.steps[i].ID())
		}
	}
	return journal.Record{
		Type:         journal.TypeRoutineEnd,
		Time:         m.s.Clock.Now(),
		Routine:      m.routine.ID,
		Day:          m.night().String(),
		Outcome:      outcome,
		StepsDone:    doneIDs,
		StepsSkipped: skippedIDs,
		Seated:       m.usedSeated,
	}
}

// Finish queues what the journal is owed when the program stops mid-routine
// (the routine record, as left). It does no I/O.
func (m Model) Finish() {
	if m.ended || !m.playing() {
		return
	}
	m.s.Journal.Queue(m.endRecord(journal.OutcomeLeft))
}

// night is the night the routine belongs to: the one it started in.
func (m Model) night() night.Date {
	if m.started.IsZero() {
		return m.tonight()
	}
	return night.Rule{DayStart: m.s.DayStart}.Day(m.started)
}

func (m Model) tonight() night.Date {
	return night.Rule{DayStart: m.s.DayStart}.Tonight(m.s.Clock.Now())
}

// markRest writes a rest night for day, once per screen. After a failed
// write the record is still queued, so z only tries writing it again.
func (m *Model) markRest(day night.Date) tea.Cmd {
	switch {
	case m.restSaving || (m.restMarked != 0 && m.restErr == nil):
		return nil
	case m.restMarked != 0:
		day = m.restMarked
	case slices.Contains(m.restQueued, day):
		m.restMarked = day
	default:
		m.restMarked = day
		// Queued here, not in the command, so the exit's flush writes it
		// even if the program stops first.
		m.s.Journal.Queue(history.RestRecord(day, m.s.Clock.Now()))
	}
	m.restSaving = true
	return m.s.Flush(func(err error) tea.Msg { return restMsg{day: day, err: err} })
}

// readStreak writes what is queued, reads the journal and works out the
// streak for tonight. Records whose write failed still count: they stay
// queued for the next try.
func (m Model) readStreak() tea.Cmd {
	j := m.s.Journal
	today := m.tonight()
	try := m.restTry
	return func() tea.Msg {
		h, bad, err := history.Load(j) // a failed write is reported by the save's own message
		msg := streakMsg{err: err, bad: bad, restTry: try}
		for _, r := range j.Pending() {
			if r.Type == journal.TypeRoutineRest {
				if d, perr := night.Parse(r.Day); perr == nil {
					msg.restQueued = append(msg.restQueued, d)
				}
			}
		}
		if err == nil {
			msg.streak = StreakOf(h, today)
		}
		return msg
	}
}

// StreakOf is the streak on night today, with the last seven nights.
func StreakOf(h *history.History, today night.Date) Streak {
	s := Streak{Known: true, Tonight: today}
	s.Current, s.Best = h.Streak(today)
	for i := range s.Last {
		d := today - night.Date(len(s.Last)-1-i)
		switch {
		case h.Stretched(d):
			s.Last[i] = Stretched
		case h.Rest(d):
			s.Last[i] = Rested
		}
	}
	return s
}

func back() tea.Msg { return tui.BackMsg{} }
