package e2e

import (
	"strings"
	"testing"

	"github.com/crampcoach/cramp/internal/journal"
)

// Opening cramp now and leaving at once (well within count_after) changes
// no count: the report and the journal both say there were no cramps.
func TestNowOpenedAndLeftCountsNoCramp(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	term := startCramp(t, env, "now")
	term.WaitFor(firstInstruction, waitTimeout)
	term.Press("q")
	term.WaitFor("Press q again to leave", waitTimeout)
	term.Press("q")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Fatalf("exit code %d, want 0", code)
	}
	checkEpisode(t, env.Journal(t).Records, journal.OutcomeDiscarded)

	out, errOut, code := run(t, env, "report")
	if code != 0 || !strings.Contains(out, "No cramps were recorded") {
		t.Errorf("cramp report (exit %d, stderr %q) counts a cramp:\n%s", code, errOut, out)
	}
	out, errOut, code = run(t, env, "journal")
	for _, want := range []string{"Last 7 nights:  no cramps", "Last 30 nights: no cramps", "None yet."} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("cramp journal | cat (exit %d, stderr %q) lacks %q:\n%s", code, errOut, want, out)
		}
	}
}

// A cramp that eases, comes back (b in aftercare) and eases again is one
// episode with two eases.
func TestNowCameBackIsOneEpisodeWithTwoEases(t *testing.T) {
	t.Parallel()
	env := newEnv(t)
	term := startCramp(t, env, "now")
	term.WaitFor(firstInstruction, waitTimeout)
	term.Press("e")
	term.WaitFor(aftercareTitle, waitTimeout)
	term.Press("b")
	term.WaitFor(firstInstruction, waitTimeout)
	term.Press("e")
	term.WaitFor("Eased again", waitTimeout)
	term.Press("\r")
	if code := term.WaitExit(exitTimeout); code != 0 {
		t.Fatalf("exit code %d, want 0", code)
	}
	var starts, eased, returns int
	recs := env.Journal(t).Records
	for _, r := range recs {
		switch {
		case r.Type == journal.TypeCrampStart:
			starts++
		case r.Type == journal.TypeCrampEnd && r.Outcome == journal.OutcomeEased && r.Episode == recs[0].ID:
			eased++
		case r.Type == journal.TypeCrampReturn && r.Episode == recs[0].ID:
			returns++
		}
	}
	if starts != 1 || eased != 2 || returns != 1 {
		t.Fatalf("journal: %d starts, %d eases, %d returns of the first episode; want 1, 2, 1: %+v", starts, eased, returns, recs)
	}
	out, _, _ := run(t, env, "journal")
	if !strings.Contains(out, "Last 7 nights:  1 cramp on 1 night") {
		t.Errorf("cramp journal | cat does not count one cramp:\n%s", out)
	}
}
