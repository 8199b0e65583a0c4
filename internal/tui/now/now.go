// Package now is the "cramp now" screen: the first stretch and its
// countdown in the very first frame, then stretch again or eased, standing and
// walking behind a balance cue, aftercare (and "it came back", the same
// episode again), the 10-minute escalation, and the episode written to the
// journal as it happens; an opening left before anything says it is a cramp
// is written as discarded.
package now

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/countdown"
	"github.com/crampcoach/cramp/internal/tui/layout"
)

// Options are the refinements given on the command line.
type Options struct {
	Site string // calf, foot, thigh or ""
	Side string // left, right or ""
}

type phase int

const (
	doing  phase = iota // a step is on screen; a timed one counts down
	asking              // the step is over: has it eased?
	eased               // aftercare
)

// Model is the relief screen.
type Model struct {
	s *tui.Session

	start   time.Time
	episode string // id of the cramp.start record
	site    string
	side    string

	phase phase
	step  int // index into the content's relief steps
	hold  countdown.Model
	tried []string

	escalated bool // the 10-minute escalation has come up
	// counted is set by the first action that says this is a cramp (a
	// refinement, eased, stretch again, a next step). Without one, an
	// opening counts once the screen has been open Relief.CountsAfter.
	counted bool
	eases   int // times it eased in this episode (it may come back)
	// leaving is set by the first q/esc: one stray key at 3 a.m. must not
	// end the session, so leaving takes a second press.
	leaving bool
	after   viewport.Model // the aftercare text, which can be long
	// afterText is what after holds.
	afterText []string

	severity   int  // -1 until the person sets it
	rated      bool // the severity has been saved
	endedAfter time.Duration
	ended      bool // the end record has been written (or tried)
	notice     string

	secondGen int // generation of the once-a-second tick that keeps elapsed time fresh
	width     int
	height    int
}

// secondMsg refreshes the elapsed time while no countdown is running.
type secondMsg struct{ gen int }

// savingNotice is shown while a journal write is held up (another program
// holding the lock, a stalled disk); relief goes on meanwhile.
const savingNotice = "Saving to your journal…"

// noteSaving shows or clears savingNotice as the journal's write is held up
// or not. Stalled never waits, so this is safe in Update.
func (m *Model) noteSaving() {
	switch stalled := m.s.Journal.Stalled(); {
	case stalled && m.notice == "":
		m.notice = savingNotice
		m.sizeAftercare()
	case !stalled && m.notice == savingNotice:
		m.notice = ""
		m.sizeAftercare()
	}
}

// savedMsg reports a journal append; only failures matter to the screen.
type savedMsg struct{ err error }

// New opens the relief flow at its first step, with the hold already
// counting, and returns the commands that start the countdown and write the
// start record.
func New(s *tui.Session, opts Options) (Model, tea.Cmd) {
	m := Model{
		s:        s,
		start:    s.Clock.Now(),
		episode:  journal.NewID(),
		site:     opts.Site,
		side:     opts.Side,
		severity: -1,
		// A site or side given on the command line says it is a cramp.
		counted: opts.Site != "" || opts.Side != "",
		after:   viewport.New(),
	}
	m.after.KeyMap = s.Keys.Scroll
	start := m.save(journal.Record{
		ID:   m.episode,
		Type: journal.TypeCrampStart,
		Site: m.site,
		Side: m.side,
	})
	cmd := m.goTo(m.indexOf(s.Content.Relief.First), "")
	return m, tea.Batch(cmd, start)
}

// SetSize tells the screen how much room it has.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = width, height
	m.sizeAftercare()
}

// Elapsed is the time since the flow opened (frozen once it eased).
func (m Model) Elapsed() time.Duration {
	if m.phase == eased {
		return m.endedAfter
	}
	return m.s.Clock.Now().Sub(m.start)
}

// Site is where the person said it cramps ("" until they say).
func (m Model) Site() string { return m.site }

// Step returns the id of the step on screen.
func (m Model) Step() string { return m.current().ID }

// Eased reports whether the person has said the cramp eased.
func (m Model) Eased() bool { return m.phase == eased }

// Asking reports whether the screen is asking "has it eased?".
func (m Model) Asking() bool { return m.phase == asking }

// Hold is the countdown of the current timed step.
func (m Model) Hold() countdown.Model { return m.hold }

// Episode is the id of this episode's start record.
func (m Model) Episode() string { return m.episode }

// Notice is the quiet line shown when the journal could not be written.
func (m Model) Notice() string { return m.notice }

// Update handles keys, ticks and journal results.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	m.noteSaving()
	switch msg := msg.(type) {
	case countdown.TickMsg:
		var cmd tea.Cmd
		m.hold, cmd = m.hold.Update(msg)
		escalate := m.checkEscalation()
		return m, tea.Batch(cmd, escalate)
	case countdown.DoneMsg:
		if msg.ID != m.hold.ID() || m.phase != doing {
			return m, nil
		}
		m.phase = asking
		cmd := m.tickSeconds()
		// One soft bell (and, with --voice, the question spoken) so a person
		// pulling a towel with eyes closed knows to look.
		return m, tea.Batch(cmd, m.s.Cues.Bell(), m.s.Cues.Say(checkInSpoken))
	case secondMsg:
		if msg.gen != m.secondGen || m.phase == eased || m.hold.Running() {
			return m, nil
		}
		escalate := m.checkEscalation()
		return m, tea.Batch(m.nextSecond(), escalate)
	case savedMsg:
		if msg.err != nil && (m.notice == "" || m.notice == savingNotice) {
			m.notice = "Not saved to your journal (" + layout.ShortErr(msg.err) + "). Relief goes on."
			m.sizeAftercare()
		}
		return m, nil
	case tui.CoverMsg:
		m.leaving = false
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	leaving := m.leaving
	m.leaving = false
	if m.phase == eased {
		return m.handleEasedKey(msg)
	}
	step := m.current()
	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.Back) && !leaving:
		m.leaving = true
	case key.Matches(msg, k.Back):
		cmd = tea.Sequence(m.end(m.leftOutcome()), back)
	case key.Matches(msg, k.Eased):
		m.counted = true
		cmd = m.ease()
	case key.Matches(msg, k.Again):
		m.counted = true
		cmd = m.goTo(m.indexOf(m.s.Content.Relief.First), "")
	case key.Matches(msg, k.Done) && m.phase == doing && step.Hold.Duration == 0:
		m.counted = true
		m.phase = asking
	case key.Matches(msg, k.Seated) && step.Stands:
		m.counted = true
		cmd = m.goTo(m.indexOf(m.s.Content.Relief.First), triedSeated)
	case key.Matches(msg, k.Calf):
		cmd = m.refine("calf", m.side)
	case key.Matches(msg, k.Foot):
		cmd = m.refine("foot", m.side)
	case key.Matches(msg, k.Thigh):
		cmd = m.refine("thigh", m.side)
	case key.Matches(msg, k.Left):
		cmd = m.refine(m.site, "left")
	case key.Matches(msg, k.Right):
		cmd = m.refine(m.site, "right")
	default:
		for i, b := range k.Options {
			if key.Matches(msg, b) && m.offersNext() && i < len(step.Next) {
				m.counted = true
				cmd = m.goTo(m.indexOf(step.Next[i]), "")
			}
		}
	}
	return m, cmd
}

func (m Model) handleEasedKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	k := m.s.Keys
	switch {
	case key.Matches(msg, k.CameBack):
		return m, m.cameBack()
	case key.Matches(msg, k.SeverityDown):
		m.rated = false
		if m.severity < 0 {
			m.severity = 5
		} else if m.severity > 0 {
			m.severity--
		}
	case key.Matches(msg, k.SeverityUp):
		m.rated = false
		if m.severity < 0 {
			m.severity = 5
		} else if m.severity < 10 {
			m.severity++
		}
	case key.Matches(msg, k.Scroll.Up, k.Scroll.Down, k.Scroll.PageUp, k.Scroll.PageDown):
		var cmd tea.Cmd
		m.after, cmd = m.after.Update(msg)
		return m, cmd
	case key.Matches(msg, k.Back, k.Done):
		if m.severity < 0 || m.rated {
			return m, back
		}
		m.rated = true
		return m, tea.Sequence(m.save(m.severityRecord()), back)
	}
	return m, nil
}

// Finish queues what the journal is still owed when the program stops
// early (Ctrl+C, a signal, the terminal closing): the end of an episode the
// person did not say had eased, or a rating not yet saved. It does no I/O;
// the caller flushes the journal afterwards.
func (m Model) Finish() {
	switch {
	case !m.ended && m.phase != eased:
		r := m.endRecord(m.leftOutcome(), m.Elapsed())
		r.Time = m.s.Clock.Now()
		m.s.Journal.Queue(r)
	case m.phase == eased && m.severity >= 0 && !m.rated:
		m.s.Journal.Queue(m.severityRecord())
	}
}

func (m Model) severityRecord() journal.Record {
	sev := m.severity
	return journal.Record{Type: journal.TypeCrampUpdate, Episode: m.episode, Severity: &sev, Time: m.s.Clock.Now()}
}

// checkInSpoken is what --voice says when a hold ends.
const checkInSpoken = "Check in: has it eased?"

// triedSeated is what the journal's "tried" list says when the person chose
// to stay seated instead of standing.
const triedSeated = "seated"

// goTo shows step i from its start, restarting its hold when it has one, and
// adds it to what was tried (as label when one is given).
func (m *Model) goTo(i int, label string) tea.Cmd {
	m.step = i
	m.phase = doing
	step := m.current()
	if label == "" {
		label = step.ID
	}
	m.tried = append(m.tried, label)
	if step.Hold.Duration > 0 {
		var cmd tea.Cmd
		m.hold, cmd = countdown.New(m.s.Clock, step.Hold.Duration).Start()
		m.secondGen++ // the countdown's ticks keep the screen fresh now
		return cmd
	}
	m.hold = m.hold.Pause()
	return m.tickSeconds()
}

// leftOutcome is how an episode left before it eased ends: left, or
// discarded when nothing said it was a cramp and the screen was open less
// than the content's count_after (opened by mistake, or to look).
func (m Model) leftOutcome() string {
	if m.counted || m.s.Clock.Now().Sub(m.start) >= m.s.Content.Relief.CountsAfter() {
		return journal.OutcomeLeft
	}
	return journal.OutcomeDiscarded
}

// cameBack reopens the episode when the cramp returns after it eased: the
// stretch again, the elapsed time going on from the start, and a
// cramp.return record so the journal keeps one episode with each ease. It
// is also the undo of a stray e.
func (m *Model) cameBack() tea.Cmd {
	var rate tea.Cmd
	if m.severity >= 0 && !m.rated {
		m.rated = true
		rate = m.save(m.severityRecord())
	}
	ret := m.save(journal.Record{Type: journal.TypeCrampReturn, Episode: m.episode})
	m.ended = false
	cmd := m.goTo(m.indexOf(m.s.Content.Relief.First), "")
	return tea.Batch(rate, ret, cmd)
}

// Eases is how many times the cramp has eased in this episode.
func (m Model) Eases() int { return m.eases }

func (m *Model) ease() tea.Cmd {
	m.endedAfter = m.Elapsed()
	m.eases++
	m.phase = eased
	m.hold = m.hold.Pause()
	m.secondGen++
	m.sizeAftercare()
	return m.end(journal.OutcomeEased)
}

func (m *Model) end(outcome string) tea.Cmd {
	if m.ended {
		return nil
	}
	m.ended = true
	return m.save(m.endRecord(outcome, m.Elapsed()))
}

func (m Model) endRecord(outcome string, after time.Duration) journal.Record {
	return journal.Record{
		Type:      journal.TypeCrampEnd,
		Episode:   m.episode,
		Site:      m.site,
		Side:      m.side,
		Outcome:   outcome,
		Seconds:   int(after / time.Second),
		Tried:     append([]string(nil), m.tried...),
		Escalated: m.escalated,
	}
}

func (m *Model) refine(site, side string) tea.Cmd {
	m.counted = true
	if site == m.site && side == m.side {
		return nil
	}
	m.site, m.side = site, side
	return m.save(journal.Record{
		Type:    journal.TypeCrampUpdate,
		Episode: m.episode,
		Site:    site,
		Side:    side,
	})
}

// save queues a record at once and writes it in the background; the flow
// never waits for the disk, and a quick exit cannot lose the record (the app
// flushes the journal when the program stops).
func (m Model) save(r journal.Record) tea.Cmd {
	if r.Time.IsZero() {
		r.Time = m.s.Clock.Now()
	}
	m.s.Journal.Queue(r)
	return m.s.Flush(func(err error) tea.Msg { return savedMsg{err: err} })
}

// checkEscalation asks the root for the red-flag panel, the escalation
// first, once the cramp has lasted as long as the content says.
func (m *Model) checkEscalation() tea.Cmd {
	if m.escalated || m.phase == eased || m.Elapsed() < m.s.Content.Relief.EscalateAfter.Duration {
		return nil
	}
	m.escalated = true
	m.leaving = false
	return func() tea.Msg { return tui.RedFlagsMsg{EscalationFirst: true} }
}

// Cover keeps "eased" working under the overlays: the panel may have
// opened by itself at 10 minutes just as the cramp let go.
func (m Model) Cover() tui.Cover {
	if m.phase == eased {
		return tui.Cover{}
	}
	return tui.Cover{Keys: []key.Binding{m.s.Keys.Eased}}
}

// tickSeconds starts a fresh once-a-second tick, dropping any earlier chain.
func (m *Model) tickSeconds() tea.Cmd {
	m.secondGen++
	return m.nextSecond()
}

func (m Model) nextSecond() tea.Cmd {
	gen := m.secondGen
	wait := time.Second - m.Elapsed()%time.Second
	return m.s.Clock.Tick(wait, func(time.Time) tea.Msg { return secondMsg{gen: gen} })
}

func (m Model) current() content.Step {
	return m.s.Content.Relief.Steps[m.step]
}

// indexOf is the position of step id; validated content always has it.
func (m Model) indexOf(id string) int {
	return max(0, m.s.Content.Relief.StepIndex(id))
}

func (m Model) offersNext() bool {
	return m.phase == asking || (m.phase == doing && m.current().Hold.Duration == 0)
}

func back() tea.Msg { return tui.BackMsg{} }
