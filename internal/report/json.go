package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/crampcoach/cramp/internal/sanitize"
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
	return escapeControls(b.Bytes()), nil
}

// escapeControls writes the C1 controls (U+0080–U+009F) and the
// bidirectional overrides in b, which encoding/json leaves as they are, as
// JSON escapes (\u0085): the same text to a JSON reader, and nothing a
// terminal showing the file would act on. They can only be inside strings.
func escapeControls(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(b); i++ {
		if b[i] != 0xc2 && b[i] != 0xe2 {
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if n == 1 || !sanitize.IsControl(r) {
			continue
		}
		out = append(out, b[last:i]...)
		out = fmt.Appendf(out, `\u%04x`, r)
		i += n - 1
		last = i + 1
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}
