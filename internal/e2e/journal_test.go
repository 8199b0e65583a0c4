package e2e

import (
	"strings"
	"testing"
	"time"
)

// Two cramps logged with `cramp log`, then `cramp journal` in a terminal
// shows both: counted on the overview, listed with their details on the
// episodes view; q leaves with the terminal restored.
func TestLogTwiceThenJournalShowsBoth(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	// Last night and the night before, at times that say which is which.
	now := time.Now()
	lastNight := now.AddDate(0, 0, -1).Format("2006-01-02") + " 03:10"
	nightBefore := now.AddDate(0, 0, -2).Format("2006-01-02") + " 04:20"
	for _, args := range [][]string{
		{"log", "--site", "calf", "--side", "left", "--minutes", "3", "--severity", "6", "--at", lastNight, "--note", "woke with it"},
		{"log", "--site", "foot", "--minutes", "2", "--at", nightBefore},
	} {
		if out, errs, code := run(t, env, args...); code != 0 {
			t.Fatalf("cramp %v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}

	term := startCramp(t, env, "journal")
	term.WaitFor("Last 7 nights", waitTimeout)
	if scr := term.Screen(); !strings.Contains(scr, "2 cramps on 2 nights") {
		t.Errorf("the overview does not count both cramps:\n%s", scr)
	}
	term.Press("2")
	term.WaitFor("03:10", waitTimeout)
	scr := term.Screen()
	for _, want := range []string{"03:10", "left calf", "04:20", "foot", "woke with it", "3:00", "2:00"} {
		if !strings.Contains(scr, want) {
			t.Errorf("the episodes view lacks %q:\n%s", want, scr)
		}
	}
	if strings.Index(scr, "03:10") > strings.Index(scr, "04:20") {
		t.Errorf("the newest episode is not first:\n%s", scr)
	}
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	checkRestored(t, term.Raw())
}

// An edit in the journal screen is a new line in the file; the lines before
// it stay exactly as they were.
func TestJournalEditAppends(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	at := time.Now().AddDate(0, 0, -1).Format("2006-01-02") + " 02:30"
	if out, errs, code := run(t, env, "log", "--site", "calf", "--minutes", "1", "--severity", "4", "--at", at); code != 0 {
		t.Fatalf("cramp log: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	before := env.Journal(t).Records
	term := startCramp(t, env, "journal")
	term.WaitFor("Last 7 nights", waitTimeout)
	term.Press("2")
	term.WaitFor("02:30", waitTimeout)
	term.Press("e")
	term.WaitFor("How bad: 4 of 10", waitTimeout)
	term.Press("9")
	term.Press("\r")
	term.WaitFor("9 of 10", waitTimeout)
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	after := env.Journal(t).Records
	if len(after) != len(before)+1 || after[0].ID != before[0].ID {
		t.Fatalf("journal before %+v, after %+v: want one record added", before, after)
	}
	last := after[len(after)-1]
	if last.Type != "cramp.update" || last.Episode != before[0].ID || last.Severity == nil || *last.Severity != 9 {
		t.Errorf("the added record is %+v, want a cramp.update with severity 9", last)
	}
}

// A note emptied in the journal screen's edit form is gone from the file's
// reading: a cramp.update says it was cleared, and `cramp journal` printed
// afterwards no longer shows it.
func TestJournalClearsANote(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	at := time.Now().AddDate(0, 0, -1).Format("2006-01-02") + " 02:30"
	if out, errs, code := run(t, env, "log", "--site", "calf", "--minutes", "1", "--at", at, "--note", "woke with it"); code != 0 {
		t.Fatalf("cramp log: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	term := startCramp(t, env, "journal")
	term.WaitFor("Last 7 nights", waitTimeout)
	term.Press("2")
	term.WaitFor("woke with it", waitTimeout)
	term.Press("e")
	term.WaitFor("How bad", waitTimeout)
	term.Press("\t")
	term.Press("\x15") // ctrl+u: delete the text before the cursor
	term.Press("\r")
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Errorf("exit code %d, want 0", code)
	}
	recs := env.Journal(t).Records
	if last := recs[len(recs)-1]; len(recs) != 2 || last.Type != "cramp.update" || !last.NoteCleared || last.Note != "" {
		t.Fatalf("journal %+v: want the logged cramp and a cramp.update that clears its note", recs)
	}
	out, errs, code := run(t, env, "journal")
	if code != 0 || strings.Contains(out, "woke with it") || !strings.Contains(out, "02:30") {
		t.Errorf("cramp journal after clearing the note: exit %d, stderr %q, stdout:\n%s", code, errs, out)
	}
}
