package app_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/crampcoach/cramp/internal/content"
	"github.com/crampcoach/cramp/internal/testkit/drive"
	"github.com/crampcoach/cramp/internal/tui"
	"github.com/crampcoach/cramp/internal/tui/app"
)

func newSession(t *testing.T) *tui.Session {
	s, _ := drive.Session(t, time.Date(2026, 11, 23, 22, 0, 0, 0, time.UTC))
	return s
}

func send(m tea.Model, msg tea.Msg) (app.Model, tea.Cmd) {
	next, cmd := m.Update(msg)
	return next.(app.Model), cmd
}

func press(m app.Model, code rune, text string) (app.Model, tea.Cmd) {
	return send(m, tea.KeyPressMsg{Code: code, Text: text})
}

func view(m app.Model) string { return ansi.Strip(m.View().Content) }

func TestEnterFromHomeOpensReliefAtOnce(t *testing.T) {
	s := newSession(t)
	m, _ := send(app.New(s, app.Options{Start: tui.Home, FirstRun: true}), tea.WindowSizeMsg{Width: 80, Height: 24})
	if !strings.Contains(view(m), "Cramp now") {
		t.Fatalf("home should offer cramp now:\n%s", view(m))
	}
	m, cmd := press(m, tea.KeyEnter, "")
	if cmd == nil {
		t.Fatal("enter did nothing")
	}
	m, _ = send(m, cmd())
	if m.Screen() != tui.Now {
		t.Fatalf("screen = %v, want relief", m.Screen())
	}
	first := s.Content.Relief.Steps[0]
	if got := view(m); !strings.Contains(got, first.Title) {
		t.Errorf("relief's first frame lacks %q:\n%s", first.Title, got)
	}
	if !m.Relief().Hold().Running() {
		t.Error("the hold should be counting from the first frame")
	}
	// Leaving relief (q twice: one stray key must not leave) goes back
	// home, not out of the app.
	for range 2 {
		m, cmd = press(m, 'q', "q")
		for _, msg := range drive.Messages(cmd) {
			m, _ = send(m, msg)
		}
	}
	if m.Screen() != tui.Home {
		t.Fatalf("after q in relief: screen %v, want home", m.Screen())
	}
}

func TestCrampNowStartsOnReliefAndLeavingQuits(t *testing.T) {
	s := newSession(t)
	m := app.New(s, app.Options{Start: tui.Now})
	m, _ = send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.Screen() != tui.Now || m.Init() == nil {
		t.Fatal("cramp now must open on relief with its timer started")
	}
	_, cmd := send(m, tui.BackMsg{})
	if cmd == nil {
		t.Fatal("leaving relief should quit when started as cramp now")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("want tea.Quit")
	}
}

func TestTheFirstFrameHasTheInstructionBeforeAnySizeMessage(t *testing.T) {
	s := newSession(t)
	m := app.New(s, app.Options{Start: tui.Now, Width: 80, Height: 24})
	if got := view(m); !strings.Contains(got, s.Content.Relief.Steps[0].Title) {
		t.Fatalf("first frame:\n%s", got)
	}
}

func TestLearnFromHomeAndBack(t *testing.T) {
	s := newSession(t)
	m, _ := send(app.New(s, app.Options{Start: tui.Home}), tea.WindowSizeMsg{Width: 80, Height: 24})
	m, cmd := press(m, 'l', "l")
	for _, msg := range drive.Messages(cmd) {
		m, _ = send(m, msg)
	}
	if m.Screen() != tui.Learn || !strings.Contains(view(m), "Learn") {
		t.Fatalf("l should open Learn:\n%s", view(m))
	}
	m, cmd = press(m, tea.KeyEscape, "")
	for _, msg := range drive.Messages(cmd) {
		m, _ = send(m, msg)
	}
	if m.Screen() != tui.Home {
		t.Errorf("esc on the topic list should go home, on %v", m.Screen())
	}
}

// From home, the content relief does not need loads once, after the first
// frame; a screen that needs it and is asked for earlier opens when it arrives.
func TestTheRestOfTheContentLoadsOnceAfterTheFirstFrame(t *testing.T) {
	s := newSession(t)
	full := *s.Content
	s.Content.Learn = content.Learn{} // as after content.LoadCore
	loads := 0
	load := func() (*content.Set, string) { loads++; return &full, "" }
	m, _ := send(app.New(s, app.Options{Start: tui.Home, LoadRest: load}), tea.WindowSizeMsg{Width: 80, Height: 24})
	if loads != 0 {
		t.Fatal("nothing should load before the first frame")
	}
	initCmd := m.Init()
	if initCmd == nil {
		t.Fatal("home should start loading the rest of the content")
	}
	// The person presses l before the load is done: Learn waits for it.
	m, cmd := press(m, 'l', "l")
	for _, msg := range drive.Messages(cmd) {
		m, cmd = send(m, msg)
		if len(drive.Messages(cmd)) != 0 {
			t.Error("a second load was asked for")
		}
	}
	if m.Screen() != tui.Home {
		t.Fatalf("Learn opened before its pages arrived")
	}
	for _, msg := range drive.Messages(initCmd) {
		m, _ = send(m, msg)
	}
	if m.Screen() != tui.Learn || !strings.Contains(view(m), full.Learn.Topics[0].Title) {
		t.Fatalf("once loaded, Learn should open with its topics:\n%s", view(m))
	}
	// Leaving and coming back does not load again.
	m, cmd = press(m, tea.KeyEscape, "")
	for _, msg := range drive.Messages(cmd) {
		m, _ = send(m, msg)
	}
	m, cmd = press(m, 'l', "l")
	for _, msg := range drive.Messages(cmd) {
		m, cmd = send(m, msg)
		drive.Messages(cmd)
	}
	if loads != 1 || m.Screen() != tui.Learn {
		t.Errorf("loaded %d times, on %v", loads, m.Screen())
	}
}

func TestCtrlCInterrupts(t *testing.T) {
	m := app.New(newSession(t), app.Options{Start: tui.Home})
	_, cmd := send(m, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+c did nothing")
	}
	if _, ok := cmd().(tea.InterruptMsg); !ok {
		t.Error("ctrl+c should interrupt (exit 130)")
	}
}

func TestHomeRedFlagsAndHelp(t *testing.T) {
	s := newSession(t)
	m, _ := send(app.New(s, app.Options{Start: tui.Home}), tea.WindowSizeMsg{Width: 80, Height: 40})
	m, _ = press(m, '!', "!")
	if !strings.Contains(view(m), s.Content.RedFlags.Tiers[0].Title) {
		t.Errorf("! should show the red flags:\n%s", view(m))
	}
	m, _ = press(m, tea.KeyEscape, "")
	m, _ = press(m, '?', "?")
	if !strings.Contains(view(m), "About") {
		t.Errorf("? should show help and about:\n%s", view(m))
	}
}

func TestHomeGolden(t *testing.T) {
	for _, first := range []bool{true, false} {
		for _, sz := range []struct{ w, h int }{{80, 24}, {40, 12}, {20, 6}} {
			name := fmt.Sprintf("home-first%v-%dx%d", first, sz.w, sz.h)
			t.Run(name, func(t *testing.T) {
				m, _ := send(app.New(newSession(t), app.Options{Start: tui.Home, FirstRun: first}), tea.WindowSizeMsg{Width: sz.w, Height: sz.h})
				got := view(m)
				lines := strings.Split(got, "\n")
				if len(lines) > sz.h {
					t.Errorf("%d lines for height %d", len(lines), sz.h)
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > sz.w {
						t.Errorf("line too wide: %q", l)
					}
				}
				if !strings.Contains(got, "Cramp now") && sz.h >= 6 {
					t.Errorf("the cramp-now choice must always show:\n%s", got)
				}
				golden.RequireEqual(t, got)
			})
		}
	}
}

// A screen asked for while the content loads is overtaken by "cramp now":
// when the content arrives, relief stays on screen.
func TestReliefIsNeverReplacedByAScreenThatWasLoading(t *testing.T) {
	s := newSession(t)
	full := *s.Content
	load := func() (*content.Set, string) { return &full, "" }
	m, _ := send(app.New(s, app.Options{Start: tui.Home, LoadRest: load}), tea.WindowSizeMsg{Width: 80, Height: 24})
	initCmd := m.Init()
	m, _ = send(m, tui.OpenMsg{Screen: tui.Stretch})
	m, _ = send(m, tui.OpenMsg{Screen: tui.Now})
	for _, msg := range drive.Messages(initCmd) {
		m, _ = send(m, msg)
	}
	if m.Screen() != tui.Now {
		t.Fatalf("on %v after the content arrived, want relief", m.Screen())
	}
}
