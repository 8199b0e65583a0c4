package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/crampcoach/cramp/internal/sanitize"
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
	if j.dir == "" {
		return ReadResult{}, ErrNoDataDir
	}
	f, err := openFile(j.path, os.O_RDONLY, 0)
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
	return j.readFrom(f)
}

// readFrom reads the journal from f, opened on it, whose caller holds a
// lock on the file.
func (j *Journal) readFrom(f *os.File) (ReadResult, error) {
	var res ReadResult
	size := int64(0)
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	// A journal of more than a few hundred lines is decoded on two
	// goroutines. The second makes Records (the most memory Read asks for)
	// while the first reads the file, then decodes the second half of every
	// block of lines; being busy already, it starts on the first at once.
	var work chan func()
	allocated, helped := make(chan struct{}), make(chan struct{})
	if size >= parallelBlock {
		work = make(chan func())
		go func() {
			defer close(helped)
			res.Records = recordsFor(size)
			close(allocated)
			for w := range work {
				w()
			}
		}()
	} else {
		res.Records = recordsFor(size)
		close(allocated)
		close(helped)
	}
	lr := lineReader{buf: readBuffer(min(max(size+1, 4<<10), readBlock))}
	defer func() { buf := lr.buf; readBuffers.Put(&buf) }()
	var decs [2]fastDecoder
	line := 0
	err := lr.each(f, func(b []byte, tooLong bool) {
		<-allocated
		if tooLong {
			line++
			res.Bad = append(res.Bad, BadLine{line, fmt.Sprintf("line longer than %d bytes", MaxLine)})
			return
		}
		line = res.add(b, line, &decs, work)
	})
	if work != nil {
		close(work)
	}
	<-helped
	sanitizeRecords(res.Records)
	if err != nil {
		return res, fmt.Errorf("journal: read %s: %w", j.path, err)
	}
	return res, nil
}

// sanitizeRecords makes every string a record read from the file holds safe
// to show in a terminal (package sanitize): a note is data, never a
// terminal command, whatever wrote it into the file. This is the one place
// journal text enters the app, so screens, --plain and reports all get it.
func sanitizeRecords(recs []Record) {
	// Most fields repeat the line before (the decoder shares those
	// strings), and a value already found clean needs no second look.
	var clean [11]string
	for i := range recs {
		r := &recs[i]
		for k, p := range [...]*string{&r.ID, &r.Type, &r.Zone, &r.Episode, &r.Site, &r.Side,
			&r.Outcome, &r.Note, &r.Day, &r.Item, &r.Routine} {
			if *p == clean[k] {
				continue
			}
			if sanitize.Clean(*p) {
				clean[k] = *p
				continue
			}
			*p = sanitize.Text(*p)
		}
		for _, list := range [...][]string{r.Tried, r.StepsDone, r.StepsSkipped} {
			for k, s := range list {
				if !sanitize.Clean(s) {
					list[k] = sanitize.Text(s)
				}
			}
		}
	}
}

// MaxSeconds is the longest duration a record may hold: a day. A record
// with more, or with a severity outside 0–10, is skipped like an unreadable
// line rather than shown as "severity 2147483648000/10".
const MaxSeconds = 24 * 60 * 60

// outOfRange says why r's numbers cannot be right, or "".
func outOfRange(r *Record) string {
	switch {
	case r.Severity != nil && (*r.Severity < 0 || *r.Severity > 10):
		return fmt.Sprintf("severity %d is outside 0-10", *r.Severity)
	case r.Seconds < 0 || r.Seconds > MaxSeconds:
		return fmt.Sprintf("duration %d s is outside 0-%d", r.Seconds, MaxSeconds)
	}
	return ""
}

// readBuffers keeps the buffer of the last Read for the next: memory the
// process already has is quicker to fill than new memory.
var readBuffers sync.Pool

// readBuffer returns a buffer of n bytes.
func readBuffer(n int64) []byte {
	if p, ok := readBuffers.Get().(*[]byte); ok && int64(cap(*p)) >= n {
		return (*p)[:n]
	}
	return make([]byte, n)
}

// parallelBlock is the size of a block of lines worth decoding on two
// goroutines, each half into its own part of Records.
const parallelBlock = 64 << 10

// recordsFor makes room for the records of a file of size bytes. Lines are
// 130-250 bytes (a checklist tick is about 150): guessing short saves growing
// the slice, which would copy every record read so far.
func recordsFor(size int64) []Record {
	if size == 0 {
		return nil
	}
	return make([]Record, 0, size/140+16)
}

// add decodes the whole lines in b, which follow line number line, and
// returns the number of the last. With work it hands the second half of a
// large block to the goroutine reading from it.
func (res *ReadResult) add(b []byte, line int, decs *[2]fastDecoder, work chan<- func()) int {
	n := bytes.Count(b, []byte{'\n'})
	if len(b) > 0 && b[len(b)-1] != '\n' {
		n++
	}
	base := len(res.Records)
	res.Records = slices.Grow(res.Records, n)[:base+n]
	out := res.Records[base:]

	half := 0 // where the second half starts, if there are two
	if work != nil && len(b) >= parallelBlock {
		if nl := bytes.IndexByte(b[len(b)/2:], '\n'); nl >= 0 && len(b)/2+nl+1 < len(b) {
			half = len(b)/2 + nl + 1
		}
	}
	var good, good2 int
	var bad2 []BadLine
	if half == 0 {
		good, res.Bad = decodeLines(b, line, out, &decs[0], res.Bad)
	} else {
		n1 := bytes.Count(b[:half], []byte{'\n'})
		done := make(chan struct{})
		work <- func() {
			good2, bad2 = decodeLines(b[half:], line+n1, out[n1:], &decs[1], nil)
			close(done)
		}
		good, res.Bad = decodeLines(b[:half], line, out[:n1], &decs[0], res.Bad)
		<-done
		if good < n1 {
			copy(out[good:], out[n1:n1+good2]) // close the gap left by bad lines
		}
		good += good2
		res.Bad = append(res.Bad, bad2...)
	}
	clear(out[good:]) // the room bad lines took holds nothing
	res.Records = res.Records[:base+good]
	return line + n
}

// decodeLines decodes the lines in b, which follow line number line, into
// out, which has room for all of them. It returns how many were good
// records, and bad with the others appended.
func decodeLines(b []byte, line int, out []Record, dec *fastDecoder, bad []BadLine) (good int, _ []BadLine) {
	for len(b) > 0 {
		end := bytes.IndexByte(b, '\n')
		next := end + 1
		if end < 0 {
			end, next = len(b), len(b)
		}
		line++
		l := b[:end]
		b = b[next:]
		if end > MaxLine { // never, as lineReader hands these out apart
			bad = append(bad, BadLine{line, fmt.Sprintf("line longer than %d bytes", MaxLine)})
			continue
		}
		if end > 0 && l[end-1] == '\r' {
			l = l[:end-1]
		}
		if line == 1 { // a byte-order mark some editors add is not part of the data
			l = bytes.TrimPrefix(l, []byte("\ufeff"))
		}
		if why := dec.line(l, out, good); why != "" {
			bad = append(bad, BadLine{line, why})
			continue
		}
		good++
		if len(dec.arena) >= settleEvery {
			dec.settle(out)
		}
	}
	dec.settle(out)
	return good, bad
}

// line decodes one line into out[rec], which must be zero, the fast way if
// it can and else with encoding/json, and returns why it is bad, or "" if it
// is good (then out[rec] holds it, but for strings left to settle; else it
// is zero).
func (d *fastDecoder) line(b []byte, out []Record, rec int) string {
	arena, pending := len(d.arena), len(d.pending)
	r := &out[rec]
	if d.decode(b, out, rec) {
		why := outOfRange(r)
		if why == "" {
			return ""
		}
		d.arena, d.pending = d.arena[:arena], d.pending[:pending]
		*r = Record{}
		return why
	}
	d.arena, d.pending = d.arena[:arena], d.pending[:pending]
	*r = Record{}
	why := decode(b, r)
	if why != "" {
		*r = Record{}
	}
	return why
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
	return outOfRange(r)
}

func futureVersion(v int) string {
	return fmt.Sprintf("format version %d is newer than this app reads (%d)", v, FormatVersion)
}
