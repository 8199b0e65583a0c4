package content

import (
	"fmt"
	"strings"
	"unicode"
)

// short-sentences (brief change log 5): the relief steps, the aftercare and
// escalation blocks, and the red-flag tiers (the panel "!" opens) are read
// in pain, at night, perhaps without glasses. No sentence there may be
// longer than MaxSentenceWords words; a list of signs reads better as
// "One leg only: swollen, warm, …" than as one long sentence.

// RuleSentences is the rule's name, as it appears in brackets in messages.
const RuleSentences = "short-sentences"

// MaxSentenceWords is the longest sentence the rule allows.
const MaxSentenceWords = 25

// checkSentences counts the words of every sentence of a text the relief
// flow or the red-flag tiers show (see readInPain).
func checkSentences(t shown) []finding {
	var out []finding
	for _, s := range sentences(t.s) {
		if n := len(strings.Fields(s.text)); n > MaxSentenceWords {
			out = append(out, finding{at: s.at, msg: fmt.Sprintf("a sentence of %d words (%s); keep each sentence to %d words or fewer: it is read in pain, at night. Split it, or write the signs as a short list after a colon", n, quote(clip(s.text, 8)), MaxSentenceWords)})
		}
	}
	return out
}

// readInPain reports whether the text at path is one the rule reads: any
// relief text but the footer (a line of fragments, not sentences), and the
// red-flag tiers; the see_doctor texts are read in the journal, by day.
func readInPain(docs ruleDocs, path string, d *doc) bool {
	switch d {
	case docs.relief:
		return path != "$.footer"
	case docs.redflags:
		return strings.HasPrefix(path, "$.tiers") || path == "$.title"
	}
	return false
}

// sentence is one sentence of a text and the byte offset it starts at.
type sentence struct {
	text string
	at   int
}

// sentences splits s after each '.', '!' or '?' that ends the text or is
// followed by a space ("1.5" and "e.g." inside a word do not split).
func sentences(s string) []sentence {
	var out []sentence
	start := 0
	for i, r := range s {
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i + 1
		if end < len(s) && !unicode.IsSpace(rune(s[end])) {
			continue
		}
		out = appendSentence(out, s, start, end)
		start = end
	}
	return appendSentence(out, s, start, len(s))
}

func appendSentence(out []sentence, s string, start, end int) []sentence {
	part := s[start:end]
	trimmed := strings.TrimLeftFunc(part, unicode.IsSpace)
	if strings.TrimSpace(trimmed) == "" {
		return out
	}
	return append(out, sentence{text: trimmed, at: start + len(part) - len(trimmed)})
}

// clip is the first n words of s, with "…" when there were more.
func clip(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return strings.Join(w, " ")
	}
	return strings.Join(w[:n], " ") + " …"
}
