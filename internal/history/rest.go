package history

import (
	"time"

	"github.com/crampcoach/cramp/internal/journal"
	"github.com/crampcoach/cramp/internal/night"
)

// RestNight is the night a rest night marked on night tonight goes to
// (z on the routine screens, `cramp stretch --rest`): tonight, or tomorrow
// night when a finished routine already counts for tonight (stretched), as
// a rest night there would add nothing to the streak.
func RestNight(tonight night.Date, stretched bool) night.Date {
	if stretched {
		return tonight + 1
	}
	return tonight
}

// RestRecord is the routine.rest record that marks night day as a rest
// night, made at now.
func RestRecord(day night.Date, now time.Time) journal.Record {
	return journal.Record{Type: journal.TypeRoutineRest, Time: now, Day: day.String()}
}
