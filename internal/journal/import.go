package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Export is a `cramp report --format json` file: the records of a span of
// nights exactly as a journal stores them.
type Export struct {
	FirstNight string
	LastNight  string
	Records    []Record
}

// ParseExport reads an export strictly: one JSON object with first_night,
// last_night and records and nothing after it, every record one the
// journal's reader would keep (v, id, type and time present, a format
// version this app reads). Any problem is an error naming the first bad
// record, and nothing of the file is returned: an import is all or
// nothing.
func ParseExport(data []byte) (Export, error) {
	var wire struct {
		FirstNight *string           `json:"first_night"`
		LastNight  *string           `json:"last_night"`
		Records    []json.RawMessage `json:"records"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&wire); err != nil {
		return Export{}, fmt.Errorf("not a cramp export (cramp report --format json): %v", err)
	}
	if _, err := dec.Token(); err == nil {
		return Export{}, errors.New("not a cramp export: something follows its closing brace")
	}
	if wire.FirstNight == nil || wire.LastNight == nil || wire.Records == nil {
		return Export{}, errors.New(`not a cramp export: it needs "first_night", "last_night" and "records"`)
	}
	out := Export{FirstNight: *wire.FirstNight, LastNight: *wire.LastNight, Records: make([]Record, len(wire.Records))}
	for i, raw := range wire.Records {
		if why := decode(raw, &out.Records[i]); why != "" {
			return Export{}, fmt.Errorf("record %d of %d: %s", i+1, len(wire.Records), why)
		}
	}
	return out, nil
}

// NewRecords picks from incoming, in order, the records whose id is in
// neither have nor earlier in incoming; skipped is how many it left out.
func NewRecords(have, incoming []Record) (add []Record, skipped int) {
	seen := make(map[string]bool, len(have)+len(incoming))
	for _, r := range have {
		seen[r.ID] = true
	}
	for _, r := range incoming {
		if seen[r.ID] {
			skipped++
			continue
		}
		seen[r.ID] = true
		add = append(add, r)
	}
	return add, skipped
}

// AppendAll appends recs, as they are (ids, times and zones kept), in one
// write under the lock, then fsyncs: all of them land or none does (short
// of the disk failing mid-write, when Read skips the cut line). A record
// without an id, a type or a time is refused before anything is written.
func (j *Journal) AppendAll(recs []Record) error {
	if len(recs) == 0 {
		return nil
	}
	var buf bytes.Buffer
	for i, r := range recs {
		if r.V == 0 {
			r.V = FormatVersion
		}
		if r.ID == "" || r.Type == "" || r.Time.IsZero() {
			return fmt.Errorf("journal: record %d has no id, type or time", i+1)
		}
		line, err := encodeLine(r)
		if err != nil {
			return fmt.Errorf("journal: encode record %d: %w", i+1, err)
		}
		buf.Write(line)
	}
	if err := j.makeDir(); err != nil {
		return err
	}
	// Opened as Append opens it: only a regular file, never waiting on a FIFO.
	f, err := openFile(j.path, openForAppend, 0o600)
	if err != nil {
		return fmt.Errorf("journal: %w", err)
	}
	created, err := j.appendLine(f, buf.Bytes(), nil)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("journal: append to %s: %w", j.path, err)
	}
	if created {
		_ = syncDir(j.dir)
	}
	return nil
}
