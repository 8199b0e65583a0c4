package learn_test

import (
	"bytes"
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
	"github.com/crampcoach/cramp/internal/tui/learn"
	"github.com/crampcoach/cramp/internal/tui/theme"
)

func newSession(t *testing.T) *tui.Session {
	s, _ := drive.Session(t, time.Date(2026, 11, 23, 21, 0, 0, 0, time.UTC))
	return s
}

func press(m learn.Model, names ...string) (learn.Model, []tea.Msg) {
	var msgs []tea.Msg
	for _, n := range names {
		var cmd tea.Cmd
		m, cmd = m.Update(drive.Key(n))
		msgs = append(msgs, drive.Messages(cmd)...)
	}
	return m, msgs
}

func leaves(msgs []tea.Msg) bool {
	for _, m := range msgs {
		if _, ok := m.(tui.BackMsg); ok {
			return true
		}
	}
	return false
}

func sized(m learn.Model, w, h int) learn.Model {
	m.SetSize(w, h)
	return m
}

func screen(m learn.Model) string { return ansi.Strip(m.View()) }

func TestEveryRequiredTopicIsListed(t *testing.T) {
	s := newSession(t)
	scr := screen(sized(learn.New(s, ""), 100, 30))
	for _, id := range content.RequiredTopics {
		topic, ok := s.Content.Learn.Topic(id)
		if !ok {
			t.Fatalf("no topic %q", id)
		}
		if !strings.Contains(scr, topic.Title) {
			t.Errorf("list lacks %q:\n%s", topic.Title, scr)
		}
	}
}

func TestListToPageAndBack(t *testing.T) {
	s := newSession(t)
	m := sized(learn.New(s, ""), 80, 24)
	m, _ = press(m, "down", "enter")
	second := s.Content.Learn.Topics[1]
	if m.Topic() != second.ID || !strings.Contains(screen(m), second.Title) {
		t.Fatalf("down, enter should open %q; on %q", second.ID, m.Topic())
	}
	m, msgs := press(m, "esc")
	if m.Topic() != "" || leaves(msgs) {
		t.Fatal("esc on a page opened from the list goes back to the list")
	}
	if _, msgs = press(m, "esc"); !leaves(msgs) {
		t.Error("esc on the list leaves the screen")
	}
}

func TestNextAndPreviousTopicWrapAround(t *testing.T) {
	s := newSession(t)
	topics := s.Content.Learn.Topics
	m := sized(learn.New(s, topics[0].ID), 80, 24)
	m, _ = press(m, "p")
	if m.Topic() != topics[len(topics)-1].ID {
		t.Errorf("p on the first topic: %q, want the last", m.Topic())
	}
	m, _ = press(m, "n", "n")
	if m.Topic() != topics[1].ID {
		t.Errorf("n twice from the last: %q, want %q", m.Topic(), topics[1].ID)
	}
	m, _ = press(m, "/")
	if m.Topic() != "" {
		t.Error("/ shows all topics")
	}
}

func TestATopicOpenedDirectlyLeavesOnEsc(t *testing.T) {
	m := sized(learn.New(newSession(t), content.TopicCompare), 80, 24)
	if _, msgs := press(m, "esc"); !leaves(msgs) {
		t.Error("cramp learn compare: esc should leave, not show a list never asked for")
	}
}

func TestPagesReflowToTheWidth(t *testing.T) {
	s := newSession(t)
	for _, topic := range s.Content.Learn.Topics {
		for _, w := range []int{20, 40, 80, 120} {
			for _, l := range learn.Lines(s.Content, topic, &s.Styles, w) {
				if lw := ansi.StringWidth(l); lw > w {
					t.Errorf("%s at %d: line %d wide: %q", topic.ID, w, lw, ansi.Strip(l))
				}
			}
		}
		narrow := len(learn.Lines(s.Content, topic, &s.Styles, 40))
		wide := len(learn.Lines(s.Content, topic, &s.Styles, 120))
		if narrow < wide {
			t.Errorf("%s: %d lines at 40 but %d at 120", topic.ID, narrow, wide)
		}
	}
}

func TestTheComparisonShowsEveryCellUnderItsColumn(t *testing.T) {
	s := newSession(t)
	topic := mustTopic(t, s, content.TopicCompare)
	page := strings.Join(learn.Lines(s.Content, topic, &theme.Styles{}, 1000), "\n")
	found := false
	for _, sec := range topic.Sections {
		if sec.Table == nil {
			continue
		}
		found = true
		for _, row := range sec.Table.Rows {
			for j := 1; j < len(row); j++ {
				if want := sec.Table.Columns[j] + ": " + row[j]; !strings.Contains(page, want) {
					t.Errorf("missing %q", want)
				}
			}
		}
	}
	if !found {
		t.Fatal("the comparison topic has no table")
	}
}

func TestSourcesTopicListsEveryKeyWithItsAddress(t *testing.T) {
	s := newSession(t)
	page := strings.Join(learn.Lines(s.Content, mustTopic(t, s, content.TopicSourceID), &theme.Styles{}, 1000), "\n")
	for _, src := range s.Content.Sources {
		if !strings.Contains(page, src.Key+"  "+src.Title) || !strings.Contains(page, src.URL) {
			t.Errorf("source %s missing or without its URL", src.Key)
		}
	}
}

func TestPlainTopicHasNoEscapes(t *testing.T) {
	s := newSession(t)
	var b bytes.Buffer
	if err := learn.Plain(&b, s.Content, mustTopic(t, s, content.TopicDoctor)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsRune(out, '\x1b') {
		t.Error("plain output has escape sequences")
	}
	for _, tier := range s.Content.RedFlags.Tiers {
		if !strings.Contains(out, tier.Title) {
			t.Errorf("plain doctor topic lacks %q", tier.Title)
		}
	}
	golden.RequireEqual(t, out)
}

func TestGoldenViews(t *testing.T) {
	s := newSession(t)
	for _, topic := range []string{"", content.TopicDoctor, content.TopicCompare} {
		for _, sz := range []struct{ w, h int }{{80, 24}, {40, 12}} {
			name := topic
			if name == "" {
				name = "list"
			}
			t.Run(fmt.Sprintf("%s-%dx%d", name, sz.w, sz.h), func(t *testing.T) {
				got := screen(sized(learn.New(s, topic), sz.w, sz.h))
				lines := strings.Split(got, "\n")
				if len(lines) > sz.h {
					t.Errorf("%d lines for height %d", len(lines), sz.h)
				}
				for _, l := range lines {
					if ansi.StringWidth(l) > sz.w {
						t.Errorf("too wide: %q", l)
					}
				}
				golden.RequireEqual(t, got)
			})
		}
	}
}

func mustTopic(t *testing.T, s *tui.Session, id string) content.Topic {
	t.Helper()
	topic, ok := s.Content.Learn.Topic(id)
	if !ok {
		t.Fatalf("no topic %q", id)
	}
	return topic
}
