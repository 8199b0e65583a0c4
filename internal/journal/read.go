package journal

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// MaxLine is the longest line Read accepts, not counting the newline. A
// longer line is skipped as a bad line; reading goes on after it.
const MaxLine = 1 << 20

// ReadResult is everything Read found in the journal.
type ReadResult struct {
	Records []Record  // every good record, in file order
	Bad     []BadLine // every skipped line, in file order
}

// BadLine is a line Read skipped.
type BadLine struct {
	Line   int    // 1-based line number
	Reason string // why, in a few words
}

// Read returns every good record in file order plus the bad lines (1-based
// line number and why). A line is bad if it is empty, longer than MaxLine,
// not a JSON object, has a value of the wrong kind, lacks v, id, type or
// time, or has a format version newer than FormatVersion. A missing file is
// an empty journal, not an error. Read takes a shared lock so it never sees
// half of an append, and it never writes to the file.
//
// An error means the file could not be opened or read; the records and bad
// lines up to that point are still returned.
func (j *Journal) Read() (ReadResult, error) {
	f, err := os.Open(j.path)
	if errors.Is(err, fs.ErrNotExist) {
		return ReadResult{}, nil
	}
	if err != nil {
		return ReadResult{}, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	// Waits for an append in progress to finish. If locks are not supported
	// here, read anyway: at worst a half-written last line is skipped.
	_ = lockShared(f)
	defer unlock(f) // before Close, which would release it anyway

	var res ReadResult
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		// Journal lines are mostly 150-250 bytes. Guessing a little high
		// saves regrowing (and copying) a slice of 20,000 records.
		res.Records = make([]Record, 0, fi.Size()/160+16)
	}
	sp := splitter{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), MaxLine+1)
	sc.Split(sp.split)
	line := 0
	for sc.Scan() {
		line++
		if sp.tooLong {
			res.Bad = append(res.Bad, BadLine{line, fmt.Sprintf("line longer than %d bytes", MaxLine)})
			continue
		}
		res.Records = append(res.Records, Record{})
		if why := decode(sc.Bytes(), &res.Records[len(res.Records)-1]); why != "" {
			res.Records = res.Records[:len(res.Records)-1]
			res.Bad = append(res.Bad, BadLine{line, why})
		}
	}
	if err := sc.Err(); err != nil {
		return res, fmt.Errorf("journal: read %s: %w", j.path, err)
	}
	return res, nil
}

// decode parses one line into r and returns why it is bad, or "" if it is good.
func decode(line []byte, r *Record) string {
	trimmed := bytes.TrimSpace(line)
	switch {
	case len(trimmed) == 0:
		return "empty line"
	case trimmed[0] != '{':
		return "not a JSON object"
	}
	if err := json.Unmarshal(trimmed, r); err != nil {
		// A newer format may change what a field holds; say so rather than
		// blaming the field.
		var v struct {
			V int `json:"v"`
		}
		if json.Unmarshal(trimmed, &v) == nil && v.V > FormatVersion {
			return futureVersion(v.V)
		}
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return "not valid JSON: " + strings.TrimPrefix(err.Error(), "json: ")
		}
		return "bad value: " + strings.TrimPrefix(err.Error(), "json: ")
	}
	if r.V > FormatVersion {
		return futureVersion(r.V)
	}
	var missing []string
	if r.V == 0 {
		missing = append(missing, "v")
	}
	if r.ID == "" {
		missing = append(missing, "id")
	}
	if r.Type == "" {
		missing = append(missing, "type")
	}
	if r.Time.IsZero() {
		missing = append(missing, "time")
	}
	if len(missing) > 0 {
		return "missing " + strings.Join(missing, ", ")
	}
	if r.V < 0 {
		return fmt.Sprintf("bad format version %d", r.V)
	}
	return ""
}

func futureVersion(v int) string {
	return fmt.Sprintf("format version %d is newer than this app reads (%d)", v, FormatVersion)
}

// splitter splits lines like bufio.ScanLines (dropping a trailing "\r" and
// returning a last line that has no "\n"), but instead of failing the whole
// scan on a line longer than MaxLine it skips to the end of that line and
// returns it as one empty token with tooLong set.
type splitter struct {
	skipping bool // inside an over-long line, discarding up to its "\n"
	tooLong  bool // the token just returned stands for an over-long line
}

func (s *splitter) split(data []byte, atEOF bool) (advance int, token []byte, err error) {
	s.tooLong = false
	if i := bytes.IndexByte(data, '\n'); i >= 0 {
		if s.skipping || i > MaxLine {
			s.skipping, s.tooLong = false, true
			return i + 1, []byte{}, nil
		}
		return i + 1, dropCR(data[:i]), nil
	}
	switch {
	case atEOF && s.skipping:
		s.skipping, s.tooLong = false, true
		return len(data), []byte{}, nil
	case atEOF && len(data) == 0:
		return 0, nil, nil
	case atEOF && len(data) > MaxLine:
		s.tooLong = true
		return len(data), []byte{}, nil
	case atEOF:
		return len(data), dropCR(data), nil // a last line with no "\n"
	case s.skipping:
		return len(data), nil, nil
	case len(data) > MaxLine:
		// The buffer (MaxLine+1 bytes) is full and holds no "\n".
		s.skipping = true
		return len(data), nil, nil
	}
	return 0, nil, nil // need more data
}

func dropCR(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] == '\r' {
		return b[:len(b)-1]
	}
	return b
}
