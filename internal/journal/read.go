package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
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
	var res ReadResult
	var err error
	res.Bad, err = j.read((*collector)(&res))
	return res, err
}

// readAll is Read on f, opened on the journal, whose caller holds a lock.
func readAll(f *os.File) (ReadResult, error) {
	var res ReadResult
	var err error
	res.Bad, err = readFrom(f, (*collector)(&res))
	return res, err
}

// Scan reads the journal as Read does (the same records, sanitized, and the
// same bad lines) but hands each good record to fn, in file order, as soon
// as its block of lines is decoded, instead of keeping them all: whatever
// the size of the file, it holds a few blocks of lines and their records at
// a time (see readFrom), not the file and every record in it. r points into
// room Scan reuses for a later block: fn may keep *r and what it holds
// (strings, slices and pointers are its own, shared with no other record),
// never r itself. fn runs on the caller's goroutine, one record at a time.
func (j *Journal) Scan(fn func(r *Record)) ([]BadLine, error) {
	return j.read(&scanner{fn: fn})
}

// A sink is what readFrom hands the records to.
type sink interface {
	// sized is told the file's size before anything is read.
	sized(size int64)
	// took gets the good records of the next block of lines, in file
	// order. They are valid only during the call: their room is cleared
	// and reused for a later block.
	took(good []Record)
}

// collector keeps every record, in ReadResult.Records.
type collector ReadResult

func (c *collector) sized(size int64) { c.Records = recordsFor(size) }

func (c *collector) took(good []Record) { c.Records = append(c.Records, good...) }

// scanner hands each record to fn.
type scanner struct{ fn func(*Record) }

func (s *scanner) sized(int64) {}

func (s *scanner) took(good []Record) {
	for i := range good {
		s.fn(&good[i])
	}
}

// read opens the journal, takes a shared lock and reads it into to (see
// readFrom). A missing file is an empty journal.
func (j *Journal) read(to sink) ([]BadLine, error) {
	if j.dir == "" {
		return nil, ErrNoDataDir
	}
	f, err := openFile(j.path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("journal: %w", err)
	}
	defer f.Close()
	// Waits for an append in progress to finish. If locks are not supported
	// here, read anyway: at worst a half-written last line is skipped.
	_ = lockShared(f)
	defer unlock(f) // before Close, which would release it anyway
	bad, err := readFrom(f, to)
	if err != nil {
		return bad, fmt.Errorf("journal: read %s: %w", j.path, err)
	}
	return bad, nil
}

// readFrom reads the journal from f, whose caller holds a lock on it, a
// block of whole lines at a time, and hands its records to to, in file
// order. It returns the bad lines, in file order.
//
// A journal of more than a few blocks is decoded on two more goroutines,
// each decoding the blocks it is given with its own decoder, while this
// one reads the next blocks and hands the ones decoded to to. A few blocks
// at most are on their way at any time, so memory stays the same however
// long the file is.
func readFrom(f *os.File, to sink) ([]BadLine, error) {
	size := int64(0)
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	to.sized(size)
	var (
		work chan *block // to the decoders; nil: decode here
		dec  fastDecoder // this goroutine's, without them
	)
	if size >= 2*readBlock {
		work = make(chan *block, blocksAhead)
		defer close(work)
		for range 2 {
			go func() {
				var dec fastDecoder
				for b := range work {
					b.decode(&dec)
					b.done <- struct{}{}
				}
			}()
		}
	}
	var (
		bad         []BadLine
		free, queue []*block // blocks to reuse; blocks on their way, oldest first
	)
	take := func() {
		b := queue[0]
		queue = queue[1:]
		<-b.done
		bad = append(bad, b.bad...)
		to.took(b.room[:b.good])
		clear(b.room[:b.good]) // the room bad lines took is clear already
		free = append(free, b)
	}
	lr := lineReader{buf: readBuffer(min(max(size+1, 4<<10), readBlock))}
	defer func() { buf := lr.buf; readBuffers.Put(&buf) }()
	line := 0
	err := lr.each(f, func(lines []byte, tooLong bool) {
		if tooLong {
			line++
			if len(queue) == 0 {
				bad = append(bad, BadLine{line, fmt.Sprintf("line longer than %d bytes", MaxLine)})
				return
			}
		}
		var b *block
		if n := len(free); n > 0 {
			b, free = free[n-1], free[:n-1]
		} else {
			b = newBlock()
		}
		line = b.fill(lines, line, tooLong)
		queue = append(queue, b)
		if work != nil && !tooLong {
			work <- b
		} else {
			b.decode(&dec)
			b.done <- struct{}{}
		}
		if len(queue) > blocksAhead || work == nil {
			take()
		}
	})
	for len(queue) > 0 {
		take()
	}
	for _, b := range free {
		blocks.Put(b)
	}
	return bad, err
}

// blocksAhead is how many blocks of lines may be read before the oldest has
// been handed on: enough that neither decoder waits for the next.
const blocksAhead = 3

// block is a run of whole lines on its way through readFrom: read, then
// decoded (by either goroutine), then handed on in file order.
type block struct {
	lines   []byte   // a copy: the line reader's buffer is reused at once
	line    int      // the number of the line before the first
	tooLong bool     // it stands for one line longer than MaxLine
	room    []Record // a zero record for each line, the good ones first once decoded
	good    int
	bad     []BadLine
	done    chan struct{} // a value once decoded
}

// blocks keeps the blocks of the last read for the next (the journal
// screen reads again after every change).
var blocks sync.Pool

func newBlock() *block {
	if b, ok := blocks.Get().(*block); ok {
		return b
	}
	// Room for the lines of a block as Append writes them (130-250 bytes
	// each) from the start, so that it rarely grows.
	return &block{
		lines: make([]byte, 0, readBlock),
		room:  make([]Record, 0, readBlock/120),
		done:  make(chan struct{}, 1),
	}
}

// fill makes b the lines that follow line number line, or with tooLong the
// mark of a line longer than MaxLine, and returns the number of its last.
func (b *block) fill(lines []byte, line int, tooLong bool) int {
	b.lines = append(b.lines[:0], lines...)
	b.line, b.tooLong, b.good, b.bad = line, tooLong, 0, b.bad[:0]
	if tooLong {
		return line // counted already
	}
	n := bytes.Count(lines, []byte{'\n'})
	if len(lines) > 0 && lines[len(lines)-1] != '\n' {
		n++
	}
	if cap(b.room) < n {
		b.room = make([]Record, n+n/4)
	}
	b.room = b.room[:n]
	return line + n
}

// decode decodes b's lines with dec.
func (b *block) decode(dec *fastDecoder) {
	if b.tooLong {
		b.bad = append(b.bad, BadLine{b.line, fmt.Sprintf("line longer than %d bytes", MaxLine)})
		return
	}
	b.good, b.bad = decodeLines(b.lines, b.line, b.room, dec, b.bad)
	clear(b.room[b.good:]) // the room bad lines took holds nothing
}

// sanitizeRecord makes every string r holds safe to show in a terminal
// (package sanitize): a note is data, never a terminal command, whatever
// wrote it into the file. Reading is the one place journal text enters the
// app, so screens, --plain and reports all get it. The fast decoder cleans
// its strings as it makes them (each once); a line read with encoding/json
// is cleaned here.
func sanitizeRecord(r *Record) {
	for _, p := range [...]*string{&r.ID, &r.Type, &r.Zone, &r.Episode, &r.Site, &r.Side,
		&r.Outcome, &r.Note, &r.Day, &r.Item, &r.Routine} {
		*p = sanitize.Text(*p)
	}
	for _, list := range [...][]string{r.Tried, r.StepsDone, r.StepsSkipped} {
		for k, s := range list {
			list[k] = sanitize.Text(s)
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

// readBuffers keeps the buffer of the last read for the next: memory the
// process already has is quicker to fill than new memory.
var readBuffers sync.Pool

// readBuffer returns a buffer of n bytes.
func readBuffer(n int64) []byte {
	if p, ok := readBuffers.Get().(*[]byte); ok && int64(cap(*p)) >= n {
		return (*p)[:n]
	}
	return make([]byte, n)
}

// recordsFor makes room for the records of a file of size bytes. Lines are
// 130-250 bytes (a checklist tick is about 150): guessing short saves growing
// the slice, which would copy every record read so far.
func recordsFor(size int64) []Record {
	if size == 0 {
		return nil
	}
	return make([]Record, 0, size/140+16)
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
		return why
	}
	sanitizeRecord(r)
	return ""
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
