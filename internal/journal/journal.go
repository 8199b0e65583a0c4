// Package journal is the append-only episode journal: plain data owned by the
// person, one JSON object per line in journal.jsonl inside the data folder.
//
// Records are only ever added. An edit or a deletion is a new record; nothing
// in this package rewrites, truncates or reorders the file, and reading it never
// writes to it.
//
// An append is one write(2) of the whole line, "\n" included, to a file opened
// with O_APPEND|O_CREATE, made while holding an exclusive lock on the file
// (flock on Unix, LockFileEx on Windows), and then fsynced. So two processes
// appending at once never interleave or lose a record. On the rare platforms
// with neither, the lock is a no-op and appends rely on O_APPEND alone.
package journal

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/adrg/xdg"
)

// FormatVersion is the version of the record format this package writes, and
// the newest it reads.
const FormatVersion = 1

// Record types. An episode is the cramp.start record (its ID is the episode
// id) plus every later record whose Episode names it.
const (
	TypeCrampStart  = "cramp.start"  // an episode began: Site, Side (may be empty)
	TypeCrampUpdate = "cramp.update" // a change to an episode, live or an edit later: any of Site, Side, Severity, Note, NoteCleared
	TypeCrampEnd    = "cramp.end"    // an episode ended: Outcome, Seconds, Tried, Escalated, Site, Side
	TypeCrampLog    = "cramp.log"    // a past episode added afterwards (cramp log): Time is when it began; Site, Side, Seconds, Severity, Note. Its ID is the episode id
	TypeCrampDelete = "cramp.delete" // the episode named by Episode is deleted (a tombstone)
	// TypeCrampNotCramp marks the episode named by Episode "not a cramp"
	// (opened by mistake, a twinge): kept in the file, left out of every count.
	TypeCrampNotCramp = "cramp.notcramp"
	// TypeCrampReturn says the cramp named by Episode came back after it
	// eased: the same episode goes on; a later cramp.end says it eased again.
	TypeCrampReturn = "cramp.return"

	TypeRoutineEnd  = "routine.end"  // a bedtime routine ended: Routine, Day, Outcome (finished|left), StepsDone, StepsSkipped, Seated, SelfReported
	TypeRoutineRest = "routine.rest" // Day is a rest night: it keeps the stretch streak
	TypeCheck       = "check"        // a checklist tick: Day, Item, Done (true ticked, false unticked)
)

// Outcomes of a cramp.end and a routine.end record.
const (
	OutcomeEased    = "eased"
	OutcomeLeft     = "left"     // the person left the flow (relief or routine) before the end
	OutcomeFinished = "finished" // a routine played to its last step
	// OutcomeDiscarded ends a relief flow opened and left before anything
	// said it was a cramp (see content.Relief.CountAfter): no count, streak,
	// pattern, threshold or report includes it.
	OutcomeDiscarded = "discarded"
)

// The sites and sides an episode can name. Both are optional: a cramp may be
// recorded before the person says where it is.
var (
	Sites = []string{"calf", "foot", "thigh"}
	Sides = []string{"left", "right"}
)

// FileName is the name of the journal file inside the data folder.
const FileName = "journal.jsonl"

// Record is one line of the journal.
type Record struct {
	V         int       `json:"v"`
	ID        string    `json:"id"`
	Type      string    `json:"type"`
	Time      time.Time `json:"time"`              // RFC 3339 with numeric offset, e.g. 2026-11-23T03:12:05.123+01:00
	Zone      string    `json:"zone"`              // IANA name of the zone Time was taken in, e.g. "Europe/Berlin"
	Episode   string    `json:"episode,omitempty"` // id of the cramp.start record this one belongs to
	Site      string    `json:"site,omitempty"`    // calf | foot | thigh
	Side      string    `json:"side,omitempty"`    // left | right
	Outcome   string    `json:"outcome,omitempty"` // OutcomeEased | OutcomeLeft
	Seconds   int       `json:"seconds,omitempty"` // whole seconds from start to end
	Tried     []string  `json:"tried,omitempty"`   // step ids tried, in order
	Escalated bool      `json:"escalated,omitempty"`
	Severity  *int      `json:"severity,omitempty"` // 0-10
	Note      string    `json:"note,omitempty"`
	// NoteCleared, on a cramp.update, says the note was removed: an empty
	// Note alone is left out of the line and would keep the old one. A
	// later Note sets one again.
	NoteCleared bool `json:"note_cleared,omitempty"`

	// Day is the day or night a check or routine record belongs to, as
	// 2006-01-02 (see package night), fixed when it is written.
	Day          string   `json:"day,omitempty"`
	Item         string   `json:"item,omitempty"`    // checklist item id
	Done         *bool    `json:"done,omitempty"`    // check: ticked (true) or unticked (false)
	Routine      string   `json:"routine,omitempty"` // routine id
	StepsDone    []string `json:"steps_done,omitempty"`
	StepsSkipped []string `json:"steps_skipped,omitempty"`
	Seated       bool     `json:"seated,omitempty"` // the routine played its seated versions
	// SelfReported marks a routine.end the person recorded afterwards,
	// done without the app (cramp stretch --done). Like every record it
	// carries when it was written (Time) and the night it is for (Day),
	// which may be an earlier one: backfilled ticks and routines count for
	// their Day.
	SelfReported bool `json:"self_reported,omitempty"`
}

// wireRecord is Record as it is written: the same fields, names and order,
// but Time always carries a numeric offset ("+00:00", never "Z").
type wireRecord struct {
	V         int      `json:"v"`
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Time      wireTime `json:"time"`
	Zone      string   `json:"zone"`
	Episode   string   `json:"episode,omitempty"`
	Site      string   `json:"site,omitempty"`
	Side      string   `json:"side,omitempty"`
	Outcome   string   `json:"outcome,omitempty"`
	Seconds   int      `json:"seconds,omitempty"`
	Tried     []string `json:"tried,omitempty"`
	Escalated bool     `json:"escalated,omitempty"`
	Severity  *int     `json:"severity,omitempty"`
	Note      string   `json:"note,omitempty"`

	NoteCleared bool `json:"note_cleared,omitempty"`

	Day          string   `json:"day,omitempty"`
	Item         string   `json:"item,omitempty"`
	Done         *bool    `json:"done,omitempty"`
	Routine      string   `json:"routine,omitempty"`
	StepsDone    []string `json:"steps_done,omitempty"`
	StepsSkipped []string `json:"steps_skipped,omitempty"`
	Seated       bool     `json:"seated,omitempty"`
	SelfReported bool     `json:"self_reported,omitempty"`
}

// timeLayout is RFC 3339 with nanoseconds (trailing zeros dropped) and an
// offset that is always numeric.
const timeLayout = "2006-01-02T15:04:05.999999999-07:00"

type wireTime time.Time

func (w wireTime) MarshalJSON() ([]byte, error) {
	t := time.Time(w)
	if y := t.Year(); y < 0 || y > 9999 {
		return nil, fmt.Errorf("time %v: year outside 0-9999", t)
	}
	if _, off := t.Zone(); off%60 != 0 {
		// RFC 3339 offsets have no seconds (only old local mean times do);
		// keep the instant exact rather than the wall clock.
		t = t.UTC()
	}
	b := make([]byte, 0, len(timeLayout)+2)
	b = append(b, '"')
	b = t.AppendFormat(b, timeLayout)
	return append(b, '"'), nil
}

// MarshalJSON encodes r exactly as the journal stores it: Time in RFC 3339
// with a numeric offset, even for UTC.
func (r Record) MarshalJSON() ([]byte, error) {
	line, err := encodeLine(r)
	if err != nil {
		return nil, err
	}
	return line[:len(line)-1], nil
}

// encodeLine returns r as one journal line: a JSON object and "\n". Strings
// are escaped as JSON needs and no more ("<" stays "<"), so the file stays
// easy to read, and a newline inside a note can never split the line.
func encodeLine(r Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(wireRecord{
		V: r.V, ID: r.ID, Type: r.Type, Time: wireTime(r.Time), Zone: r.Zone,
		Episode: r.Episode, Site: r.Site, Side: r.Side, Outcome: r.Outcome,
		Seconds: r.Seconds, Tried: r.Tried, Escalated: r.Escalated,
		Severity: r.Severity, Note: r.Note, NoteCleared: r.NoteCleared,
		Day: r.Day, Item: r.Item, Done: r.Done, Routine: r.Routine,
		StepsDone: r.StepsDone, StepsSkipped: r.StepsSkipped, Seated: r.Seated,
		SelfReported: r.SelfReported,
	})
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Journal is a handle on one journal file. Open does no I/O, so a missing or
// unwritable folder only shows up as an error from Append. A Journal is safe
// for concurrent use; every Append and Read opens the file afresh.
type Journal struct {
	dir  string
	path string

	// queued holds records handed over with Queue and not yet written,
	// the one being written included. mu guards it and is only ever held
	// for a moment: Queue runs in Update and must never wait for a write
	// (another process may hold the file's lock for as long as it likes).
	mu     sync.Mutex
	queued []Record
	// flushing makes Flushes run one at a time; it is held across writes.
	flushing sync.Mutex
	// writeSince is when the write in progress began (zero when none);
	// guarded by mu.
	writeSince time.Time
}

// SlowWrite is how long a write may take before Stalled says so.
var SlowWrite = time.Second

// Stalled reports whether a write has been waiting longer than SlowWrite
// (another program holding the lock, a stalled disk). It does no I/O and
// never waits, so a screen may ask it in Update to show a quiet "saving…".
func (j *Journal) Stalled() bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	return !j.writeSince.IsZero() && time.Since(j.writeSince) > SlowWrite
}

// Open returns a handle on the journal in dir. The file is
// filepath.Join(dir, "journal.jsonl"); neither needs to exist yet.
func Open(dir string) *Journal {
	return &Journal{dir: dir, path: filepath.Join(dir, FileName)}
}

// Path is the journal file's path.
func (j *Journal) Path() string { return j.path }

// Queue hands r over for writing without doing any I/O, so a Bubble Tea
// Update can call it; Flush writes it. A record queued is never lost to a
// quick exit: the app flushes once more after the program stops.
func (j *Journal) Queue(r Record) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.queued = append(j.queued, r)
}

// Pending returns a copy of the records queued and not yet written.
func (j *Journal) Pending() []Record {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.queued)
}

// Flush appends the queued records in the order they were queued. It stops
// at the first failure and keeps that record and the rest queued, so a
// later Flush tries them again. Flushes run one at a time.
func (j *Journal) Flush() error {
	j.flushing.Lock()
	defer j.flushing.Unlock()
	for {
		j.mu.Lock()
		if len(j.queued) == 0 {
			j.mu.Unlock()
			return nil
		}
		r := j.queued[0]
		j.writeSince = time.Now()
		j.mu.Unlock()
		_, err := j.Append(r)
		j.mu.Lock()
		j.writeSince = time.Time{}
		if err == nil {
			j.queued = j.queued[1:] // only Flush removes, and one runs at a time
		}
		j.mu.Unlock()
		if err != nil {
			return err
		}
	}
}

// Append fills in V (FormatVersion), ID (NewID() if empty) and Zone (from
// r.Time's location if empty; see below), creates the folder (0700) if
// missing, and appends the record as one line to the file (created 0600):
// a single write under an exclusive lock, then fsync. It returns the record as
// written.
//
// For a time in time.Local, Zone is a real IANA name where one can be found:
// the TZ the process started with if it was set and loadable, else the target
// of /etc/localtime after ".../zoneinfo/", else "Local". If TZ was set but not
// loadable Go itself falls back to UTC, and Zone says "UTC" to match the
// offset actually written. For other locations Zone is the location's name
// (empty for an unnamed fixed offset, whose offset is in Time anyway).
//
// A record without a Type or with a zero Time is refused (Read would skip
// it). Any failure is returned as an error, never a panic; the returned
// record is filled in even then, but is not in the journal.
func (j *Journal) Append(r Record) (Record, error) { return j.AppendIf(r, nil) }

// AppendIf is Append, except that, while it holds the lock the write is made
// under, it reads the journal and calls check with what is there; if check
// returns an error, nothing is written and that error is returned (wrapped).
// So "is this already in the journal?" and the append are one step: two
// identical commands run at once store one record, not two. If the journal
// cannot be read, check is not called and the record is written.
func (j *Journal) AppendIf(r Record, check func(ReadResult) error) (Record, error) {
	r.V = FormatVersion
	if r.ID == "" {
		r.ID = NewID()
	}
	if r.Zone == "" && !r.Time.IsZero() {
		r.Zone = zoneName(r.Time.Location())
	}
	switch {
	case r.Type == "":
		return r, errors.New("journal: record has no type")
	case r.Time.IsZero():
		return r, errors.New("journal: record has no time")
	}
	line, err := encodeLine(r)
	if err != nil {
		return r, fmt.Errorf("journal: encode record: %w", err)
	}

	if err := j.makeDir(); err != nil {
		return r, err
	}
	f, err := openFile(j.path, openForAppend, 0o600)
	if err != nil {
		return r, fmt.Errorf("journal: %w", err)
	}
	created, err := j.appendLine(f, line, check)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return r, fmt.Errorf("journal: append to %s: %w", j.path, err)
	}
	if created {
		// Make the new file's directory entry durable too. Best effort: the
		// record itself is already on disk.
		_ = syncDir(j.dir)
	}
	return r, nil
}

// makeDir creates the data folder (0700) if it is missing, and fsyncs the
// folder it was created in, so the new folder survives a crash along with
// the first record.
func (j *Journal) makeDir() error {
	if j.dir == "" {
		return ErrNoDataDir
	}
	if _, err := os.Stat(j.dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(j.dir, 0o700); err != nil {
		return fmt.Errorf("journal: create data folder: %w", err)
	}
	_ = syncDir(filepath.Dir(j.dir)) // best effort, like the file's entry
	return nil
}

// ErrNoDataDir says there is nowhere to keep the journal: no --data, no
// CRAMP_DATA_DIR, and neither HOME nor XDG_DATA_HOME to find the usual place.
var ErrNoDataDir = errors.New("journal: no data folder: HOME and XDG_DATA_HOME are not set; set one, or give --data DIR or CRAMP_DATA_DIR")

// openFile opens the journal at path and makes sure it is a regular file:
// a FIFO, a device (/dev/zero) or a socket in its place is an error at
// once, never a wait or an endless read.
func openFile(path string, flag int, perm os.FileMode) (*os.File, error) {
	f, err := openNoWait(path, flag, perm)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s is not a regular file (%s); the journal must be a plain file", path, kindOf(st.Mode()))
	}
	return f, nil
}

// kindOf names what a file that is not a regular one is.
func kindOf(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file"
}

// appendLine writes line to f (opened for appending) in one write while
// holding the exclusive lock, releases the lock and fsyncs. created reports
// whether the file was empty before, i.e. most likely new.
func (j *Journal) appendLine(f *os.File, line []byte, check func(ReadResult) error) (created bool, err error) {
	if err := lockExclusive(f); err != nil {
		return false, fmt.Errorf("lock: %w", err)
	}
	if check != nil {
		if rf, err := openFile(j.path, os.O_RDONLY, 0); err == nil {
			res, rerr := readAll(rf) // no lock of its own: this one holds it
			rf.Close()
			if rerr == nil {
				if err := check(res); err != nil {
					_ = unlock(f)
					return false, err
				}
			}
		}
	}
	fi, err := f.Stat()
	if err != nil {
		_ = unlock(f)
		return false, err
	}
	if fi.Size() > 0 && !endsWithNewline(j.path, fi) {
		// The last line was cut short (a crash or a full disk mid-write, or a
		// hand edit). Start a fresh line so this record does not merge into
		// that one; the cut line stays as it is and is skipped by Read.
		line = append([]byte{'\n'}, line...)
	}
	// One write(2) for the whole line: os.File.Write only issues another if
	// the kernel writes short, and then still under the lock, so no other
	// append can land in between.
	_, err = f.Write(line)
	if uerr := unlock(f); err == nil && uerr != nil {
		err = fmt.Errorf("unlock: %w", uerr)
	}
	if err != nil {
		return false, err
	}
	if err := f.Sync(); err != nil {
		return false, fmt.Errorf("fsync: %w", err)
	}
	return fi.Size() == 0, nil
}

// endsWithNewline reports whether the file at path, which must be the file fi
// describes, ends in "\n". The append handle is write-only, so this reads
// through a second, read-only one. If it cannot tell, it says yes: a stray
// empty line would be worse than nothing in the common case of a good file.
func endsWithNewline(path string, fi os.FileInfo) bool {
	rf, err := os.Open(path)
	if err != nil {
		return true
	}
	defer rf.Close()
	if rfi, err := rf.Stat(); err != nil || !os.SameFile(fi, rfi) {
		return true
	}
	var b [1]byte
	if n, _ := rf.ReadAt(b[:], fi.Size()-1); n != 1 {
		return true
	}
	return b[0] == '\n'
}

// NewID returns a new random record id: 16 lowercase hex chars from crypto/rand.
func NewID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // never fails (Go 1.24+ crashes the program instead)
	return hex.EncodeToString(b[:])
}

// Dir picks the data folder: flagDir if not empty, else env("CRAMP_DATA_DIR")
// if not empty, else filepath.Join(xdg.DataHome, "cramp"), or "" when
// neither XDG_DATA_HOME nor HOME is set (Read and Append then fail with
// ErrNoDataDir). env is os.Getenv
// in production, a map lookup in tests; nil means os.Getenv.
func Dir(flagDir string, env func(string) string) string {
	if flagDir != "" {
		return flagDir
	}
	if env == nil {
		env = os.Getenv
	}
	if d := env("CRAMP_DATA_DIR"); d != "" {
		return d
	}
	// xdg reads the process's own environment, so this does too. Without
	// a home xdg would name a folder under "/": there is no place to keep
	// the journal, and Read and Append say so.
	if os.Getenv("XDG_DATA_HOME") == "" && os.Getenv("HOME") == "" {
		return ""
	}
	return filepath.Join(xdg.DataHome, "cramp")
}
