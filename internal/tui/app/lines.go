package app

import (
	keymap "github.com/crampcoach/cramp/internal/tui/keys"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/crampcoach/cramp/internal/sanitize"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/redflags"
)

// Lines is the accessible player (--accessible): relief and the bedtime
// routine played in time as lines appended one per milestone, written once
// and never redrawn, for a screen reader or a braille display. It runs the
// real root model and its screens, so the flow, the timers, the cues and
// the journal are the ones the full screen has; only the drawing differs:
// its View is empty and each milestone a screen reports (Milestones) is
// printed above it once.
//
// Keys work as on the full screen, one key at a time. Readers that send a
// line at a time send words: what arrives within wordWindow of a first
// character and ends with Enter is read as a word ("eased", "again", or
// the key itself); without Enter the characters are keys after all.
type Lines struct {
	m    Model
	said []tui.Milestone // the screen's milestones as last said
	// log is every line said, in order: what the person has heard.
	log   []string
	first []string // said by Init
	word  []tea.KeyPressMsg
	gen   int // the word being read; a stale flush is dropped
}

// wordWindow is how long after a first character more may arrive as part
// of a word. A line from a reader arrives at once; a key pressed alone waits
// this long, far below what a person notices.
const wordWindow = 40 * time.Millisecond

// textWidth is how wide the player's lines may be: one paragraph a line, as
// a screen reader reads best, never cut.
const textWidth = 1 << 16

// flushWordMsg ends a word that came without Enter.
type flushWordMsg struct{ gen int }

// NewLines builds the accessible player starting as opts say.
func NewLines(s *tui.Session, opts Options) Lines {
	l := Lines{m: New(s, opts)}
	if s.Notice != "" {
		l.log = append(l.log, plainLine(s.Notice))
		l.first = append(l.first, plainLine(s.Notice))
	}
	var said []string
	l, said = l.sayNew()
	l.first = append(l.first, said...)
	return l
}

// WriteFirst writes the first milestones (relief's instruction, the
// routine's first lead-in) to w at once, before the program starts: its
// start-up (the terminal's queries) must not make them late, and the
// timers are already running.
func (l Lines) WriteFirst(w io.Writer) error {
	if len(l.first) == 0 {
		return nil
	}
	_, err := io.WriteString(w, strings.Join(l.first, "\r\n")+"\r\n")
	return err
}

// Init starts what the screen needs; WriteFirst has said the first lines.
func (l Lines) Init() tea.Cmd { return l.m.Init() }

// View is empty: everything the player says is printed above it.
func (l Lines) View() tea.View { return tea.NewView("") }

// Said is every line the player has said, in order.
func (l Lines) Said() []string { return l.log }

// Root is the root model the player runs.
func (l Lines) Root() Model { return l.m }

// Finish writes what the journal is still owed once the program stopped.
func (l Lines) Finish() error { return l.m.Finish() }

// Update reads keys as keys or words and passes the rest to the root.
func (l Lines) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return l.key(msg)
	case flushWordMsg:
		if msg.gen != l.gen || len(l.word) == 0 {
			return l, nil
		}
		keys := l.word
		l.word = nil
		return l.press(keys...)
	case tui.RedFlagsMsg:
		// Relief's 10 minutes: the escalation first, then the tiers.
		return l.print(l.redFlags(msg.EscalationFirst))
	}
	return l.pass(msg)
}

func (l Lines) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, l.m.s.Keys.ForceQuit) {
		return l, tea.Interrupt
	}
	if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
		l.word = append(l.word, msg)
		if len(l.word) > 1 {
			return l, nil
		}
		l.gen++
		gen := l.gen
		return l, l.m.s.Clock.Tick(wordWindow, func(time.Time) tea.Msg { return flushWordMsg{gen: gen} })
	}
	if msg.Code == tea.KeyEnter && len(l.word) > 0 {
		word := l.word
		l.word = nil
		return l.readWord(word)
	}
	// Any other key (esc, arrows) ends a word without Enter first.
	keys := append(l.word, msg)
	l.word = nil
	return l.press(keys...)
}

// readWord acts on a line a reader sent: a key ("e", " ") or a word.
func (l Lines) readWord(keys []tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k.Text)
	}
	text := b.String()
	if len(keys) == 1 {
		return l.press(keys[0])
	}
	w := strings.ToLower(strings.TrimSpace(text))
	if utf8.RuneCountInString(w) == 1 {
		return l.press(tea.KeyPressMsg{Code: []rune(w)[0], Text: w})
	}
	name, ok := l.words()[w]
	if !ok {
		return l.print([]string{"Not a word I know here: " + plainLine(text) + ". " + l.wordHelp()})
	}
	return l.press(keymap.Press(name))
}

// words are the words a screen takes and the key each stands for.
func (l Lines) words() map[string]string {
	both := map[string]string{"help": "?", "keys": "?", "flags": "!", "red flags": "!", "urgent": "!",
		"quit": "q", "leave": "q", "done": "d"}
	var own map[string]string
	switch l.m.id {
	case tui.Now:
		own = map[string]string{"eased": "e", "again": "space", "stretch again": "space", "came back": "b",
			"back": "b", "seated": "s", "stay seated": "s", "calf": "c", "foot": "f", "thigh": "t",
			"left": "l", "right": "r", "worse": "+", "better": "-", "one": "1", "two": "2", "three": "3"}
	case tui.Stretch:
		own = map[string]string{"pause": "space", "go": "space", "resume": "space", "skip": "n", "next": "n",
			"previous": "p", "restart": "r", "seated": "t", "rest": "z", "start": "enter",
			"up": "up", "down": "down"}
	}
	for k, v := range own {
		both[k] = v
	}
	return both
}

// wordHelp lists the words the screen takes.
func (l Lines) wordHelp() string {
	var ws []string
	for w := range l.words() {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return "Words: " + strings.Join(ws, ", ") + "."
}

// press gives each key to the root in turn; ? and ! are said as lines
// rather than opened over the screen, so the next key still reaches it.
func (l Lines) press(keys ...tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	for _, k := range keys {
		var cmd tea.Cmd
		switch {
		case key.Matches(k, l.m.s.Keys.RedFlags):
			l, cmd = l.say(l.redFlags(false))
		case key.Matches(k, l.m.s.Keys.Help):
			l, cmd = l.say(l.help())
		default:
			var next tea.Model
			next, cmd = l.pass(k)
			l = next.(Lines)
		}
		cmds = append(cmds, cmd)
	}
	return l, tea.Sequence(cmds...)
}

// pass gives msg to the root and says the milestones it brought.
func (l Lines) pass(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := l.m.Update(msg)
	l.m = next.(Model)
	if l.m.over.open() {
		// Nothing is drawn over the lines; the keys stay the screen's.
		l.m.over.close()
	}
	l, said := l.sayNew()
	if len(said) == 0 {
		return l, cmd
	}
	return l, tea.Sequence(printLines(said), cmd)
}

// sayNew notes the screen's milestones and returns the lines not said yet.
func (l Lines) sayNew() (Lines, []string) {
	now := tui.Milestones(l.m.screen)
	var out []string
	for _, m := range now {
		if !slices.Contains(l.said, m) {
			out = append(out, plainLine(m.Line))
		}
	}
	l.said = now
	l.log = append(l.log, out...)
	return l, out
}

func (l Lines) print(lines []string) (tea.Model, tea.Cmd) { return l.say(lines) }

func (l Lines) say(lines []string) (Lines, tea.Cmd) {
	for i := range lines {
		lines[i] = plainLine(lines[i])
	}
	l.log = append(l.log, lines...)
	return l, printLines(lines)
}

// redFlags is "when to get help" as lines, the escalation first when relief
// opened it at 10 minutes.
func (l Lines) redFlags(escalationFirst bool) []string {
	var out []string
	if t := l.m.s.Content.RedFlags.Title; t != "" && !escalationFirst {
		out = append(out, t)
	}
	for _, line := range redflags.Lines(l.m.s.Content, &l.m.s.Styles, textWidth, escalationFirst) {
		if line = strings.TrimSpace(ansi.Strip(line)); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// help is the screen's keys as one line each, and the words it takes.
func (l Lines) help() []string {
	out := []string{"Keys:"}
	for _, b := range slices.Concat(l.m.screen.FullHelp()...) {
		if b.Enabled() {
			out = append(out, b.Help().Key+" "+b.Help().Desc)
		}
	}
	out = append(out, "! when to get help", l.wordHelp())
	return out
}

// plainLine is text as the player writes it: no escape sequences, one line.
func plainLine(s string) string {
	return sanitize.Text(strings.Join(strings.Fields(ansi.Strip(s)), " "))
}

// printLines writes lines as they are, each ended with CR LF, in one
// write so they keep their order. They are written raw rather than printed
// above the view (tea.Println), which moves the cursor up to insert them:
// a screen reader or braille display must only ever get lines appended.
func printLines(lines []string) tea.Cmd {
	if len(lines) == 0 {
		return nil
	}
	return tea.Raw(strings.Join(lines, "\r\n") + "\r\n")
}
