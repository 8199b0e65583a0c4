package report

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// JSON is every journal record that belongs to the period (see inPeriod),
// exactly as the journal stores it, edits and deletions included, in file
// order, one record a line inside an object that names the period:
//
//	{
//	  "first_night": "2026-02-25",
//	  "last_night": "2026-03-10",
//	  "records": [
//	    {"v":1,"id":"…","type":"cramp.start",…},
//	    …
//	  ]
//	}
func (r *Report) JSON() ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "{\n  \"first_night\": %q,\n  \"last_night\": %q,\n  \"records\": [", r.Period.First, r.Period.Last)
	// An Encoder, not json.Marshal, which would escape "<" in a note that
	// the journal keeps as it is.
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	for i, rec := range r.records {
		line.Reset()
		if err := enc.Encode(rec); err != nil {
			return nil, fmt.Errorf("record %s: %w", rec.ID, err)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    ")
		b.Write(bytes.TrimSuffix(line.Bytes(), []byte("\n")))
	}
	if len(r.records) > 0 {
		b.WriteString("\n  ")
	}
	b.WriteString("]\n}\n")
	return b.Bytes(), nil
}
