package reportgen_test

import (
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
	"github.com/crampcoach/cramp/internal/testkit/reportgen"
)

// The benchmarks read 20,000 records as ten-odd years of every kind of
// record, in time order, none after the end.
func TestRecordsAreYearsOfEveryType(t *testing.T) {
	end := time.Date(2026, 11, 23, 21, 30, 0, 0, testkit.Berlin)
	recs := reportgen.Records(20000, end)
	if len(recs) != 20000 {
		t.Fatalf("%d records", len(recs))
	}
	if years := end.Sub(recs[0].Time).Hours() / 24 / 365; years < 9 || years > 15 {
		t.Errorf("the records span %.1f years", years)
	}
	types := map[string]bool{}
	for i, r := range recs {
		types[r.Type] = true
		if r.Time.After(end) || (i > 0 && r.Time.Before(recs[i-1].Time)) {
			t.Fatalf("record %d out of order or after the end: %+v", i, r)
		}
	}
	if len(types) != 8 {
		t.Errorf("record types: %v, want all 8", types)
	}
}
