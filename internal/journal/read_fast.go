package journal

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"github.com/crampcoach/cramp/internal/sanitize"
)

// fastDecoder decodes the lines Append writes many times faster than
// encoding/json, and allocates little per line: values that recur (types,
// zones, days, items, sites, steps…) are made once, ids, episodes and notes
// share a string per few hundred lines, and pointers and string slices are
// carved out of larger batches.
//
// It understands a strict subset of JSON: one object of Record's own keys,
// each at most once, with values of the kinds Record holds (or null), strings
// with the usual escapes and valid UTF-8, integers without fraction or
// exponent, and time as Append writes it. For anything else it reports false
// and Read decodes the line with encoding/json instead, so an unusual line is
// only slower, never read differently. FuzzDecode holds it to that.
//
// Every string it makes is already safe for a terminal (see
// sanitizeRecord): each value that recurs is cleaned once, when it is
// first made, and an id, episode or note only when it has an escape, a
// byte above 0x7f or a DEL (the only control JSON lets through unescaped).
//
// A fastDecoder is for one Read at a time.
type fastDecoder struct {
	times  timeParser
	common stringCache

	// last holds each key's value in the line before, when it had no
	// escapes: the next line mostly has the same, which is then found
	// without reading it byte by byte.
	last [keyUnknown]string

	// nextKey[shape][k] is the key that followed k in the last line of that
	// shape (a hash of its type; shape 0 until the type is read, and
	// k = keyUnknown for the first key).
	nextKey [16][keyUnknown + 1]uint8

	// Ids, episodes and notes are made unique strings: their bytes go to
	// arena and pending says where; settle turns the arena into one
	// string and gives every record its part.
	arena   []byte
	pending []pendingString

	ints  []int    // unused part of the batch Severity pointers come from
	bools []bool   // likewise for Done
	strs  []string // likewise for Tried, StepsDone and StepsSkipped

	scratch []string // elements of the array being decoded
	unesc   []byte   // a string being unescaped
}

// pendingString is a string field of out[rec] waiting for settle.
type pendingString struct {
	rec      int
	key      int
	from, to int  // in arena
	check    bool // it may hold what sanitize.Text replaces
}

// settleEvery is how many arena bytes settle waits for: enough to make few
// strings, few enough that the records are still in the CPU's cache.
const settleEvery = 8 << 10

// settle gives out's records their pending strings.
func (d *fastDecoder) settle(out []Record) {
	if len(d.pending) == 0 {
		return
	}
	all := string(d.arena)
	for _, p := range d.pending {
		v := all[p.from:p.to]
		if p.check {
			v = sanitize.Text(v)
		}
		*stringField(&out[p.rec], p.key) = v
	}
	d.arena, d.pending = d.arena[:0], d.pending[:0]
}

// Record's JSON keys, as bit numbers for spotting a key given twice.
const (
	keyV = iota
	keyID
	keyType
	keyTime
	keyZone
	keyEpisode
	keySite
	keySide
	keyOutcome
	keySeconds
	keyTried
	keyEscalated
	keySeverity
	keyNote
	keyDay
	keyItem
	keyDone
	keyRoutine
	keyStepsDone
	keyStepsSkipped
	keySeated
	keyNoteCleared
	keySelfReported
	keyUnknown
)

// keyName is every key's name in JSON, quotes and colon included.
var keyName = [keyUnknown]string{
	keyV: `"v":`, keyID: `"id":`, keyType: `"type":`, keyTime: `"time":`, keyZone: `"zone":`,
	keyEpisode: `"episode":`, keySite: `"site":`, keySide: `"side":`, keyOutcome: `"outcome":`,
	keySeconds: `"seconds":`, keyTried: `"tried":`, keyEscalated: `"escalated":`,
	keySeverity: `"severity":`, keyNote: `"note":`, keyDay: `"day":`, keyItem: `"item":`,
	keyDone: `"done":`, keyRoutine: `"routine":`, keyStepsDone: `"steps_done":`,
	keyStepsSkipped: `"steps_skipped":`, keySeated: `"seated":`, keyNoteCleared: `"note_cleared":`,
	keySelfReported: `"self_reported":`,
}

// keyWords holds every key's name as two little-endian words and masks, so
// a name is checked with two comparisons rather than a call to compare
// bytes. Names are at most 16 bytes.
var keyWords = func() (w [keyUnknown]struct{ lo, loMask, hi, hiMask uint64 }) {
	for k, name := range keyName {
		var padded, mask [16]byte
		copy(padded[:], name)
		for i := range name {
			mask[i] = 0xff
		}
		w[k].lo, w[k].loMask = binary.LittleEndian.Uint64(padded[:8]), binary.LittleEndian.Uint64(mask[:8])
		w[k].hi, w[k].hiMask = binary.LittleEndian.Uint64(padded[8:]), binary.LittleEndian.Uint64(mask[8:])
	}
	return w
}()

// keysByInitial lists the keys by the first letter of their name, so a key
// is found with one or two comparisons.
var keysByInitial = func() (m [256][]uint8) {
	for k, name := range keyName {
		m[name[1]] = append(m[name[1]], uint8(k))
	}
	return m
}()

// keyAt reads the key and colon at b[i:] and returns the key (keyUnknown if
// it is not one of Record's) and the index of the value after white space.
func keyAt(b []byte, i int) (key, next int) {
	if len(b)-i < 4 || b[i] != '"' {
		return keyUnknown, 0
	}
	keys := keysByInitial[b[i+1]]
	if len(b)-i >= 16 {
		lo, hi := binary.LittleEndian.Uint64(b[i:]), binary.LittleEndian.Uint64(b[i+8:])
		for _, k := range keys {
			if w := &keyWords[k]; lo&w.loMask == w.lo && hi&w.hiMask == w.hi {
				return int(k), skipSpace(b, i+len(keyName[k]))
			}
		}
	}
	// Near the end of the line, white space before the colon, or not a
	// key of ours at all.
	for _, k := range keys {
		name := keyName[k]
		quoted := name[:len(name)-1]
		if len(b)-i >= len(quoted) && string(b[i:i+len(quoted)]) == quoted {
			if j := skipSpace(b, i+len(quoted)); j < len(b) && b[j] == ':' {
				return int(k), skipSpace(b, j+1)
			}
		}
	}
	return keyUnknown, 0
}

// decode decodes line b into out[rec], which must be zero, and reports
// whether it is a good record (a version this package reads, an id, a type
// and a time). Its id, episode and note are set by settle. When it reports
// false, the record holds garbage and the caller drops what it left pending.
func (d *fastDecoder) decode(b []byte, out []Record, rec int) bool {
	r := &out[rec]
	hasID := false
	i := skipSpace(b, 0)
	if i == len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	var seen uint32
	shape, prev := 0, keyUnknown // keyUnknown stands for the start
	for {
		// Lines of one type mostly have the same keys: try the key that
		// came after prev last time before looking the key up.
		key, next := keyUnknown, 0
		if k := d.nextKey[shape][prev]; len(b)-i >= 16 {
			lo, hi := binary.LittleEndian.Uint64(b[i:]), binary.LittleEndian.Uint64(b[i+8:])
			if w := &keyWords[k]; lo&w.loMask == w.lo && hi&w.hiMask == w.hi {
				key, next = int(k), skipSpace(b, i+len(keyName[k]))
			}
		}
		if key == keyUnknown {
			if key, next = keyAt(b, i); key == keyUnknown {
				return false // also "{}": not a good record anyway
			}
			d.nextKey[shape][prev] = uint8(key)
		}
		if seen&(1<<key) != 0 {
			return false
		}
		seen |= 1 << key
		prev = key
		i = next
		if i == len(b) {
			return false
		}

		ok := true
		switch key {
		case keyV:
			r.V, i, ok = d.integer(b, i)
		case keySeconds:
			r.Seconds, i, ok = d.integer(b, i)
		case keySeverity:
			if isNull(b, i) {
				i += len("null")
				break
			}
			var n int
			if n, i, ok = d.integer(b, i); ok {
				r.Severity = d.newInt(n)
			}
		case keyEscalated:
			r.Escalated, _, i, ok = d.boolean(b, i)
		case keySeated:
			r.Seated, _, i, ok = d.boolean(b, i)
		case keyNoteCleared:
			r.NoteCleared, _, i, ok = d.boolean(b, i)
		case keySelfReported:
			r.SelfReported, _, i, ok = d.boolean(b, i)
		case keyDone:
			var v, null bool
			if v, null, i, ok = d.boolean(b, i); ok && !null {
				r.Done = d.newBool(v)
			}
		case keyTime:
			if b[i] != '"' {
				return false // null would leave it zero: not a good record
			}
			end := i + 1
			for end < len(b) && b[end] != '"' {
				end++
			}
			if end == len(b) {
				return false
			}
			r.Time, ok = d.times.parse(b[i+1 : end])
			i = end + 1
		case keyTried:
			r.Tried, i, ok = d.strings(b, i)
		case keyStepsDone:
			r.StepsDone, i, ok = d.strings(b, i)
		case keyStepsSkipped:
			r.StepsSkipped, i, ok = d.strings(b, i)
		default:
			if key == keyID || key == keyEpisode || key == keyNote {
				var raw []byte
				var escaped, high bool
				if raw, escaped, high, i, ok = d.str(b, i); ok && len(raw) > 0 {
					hasID = hasID || key == keyID
					check := escaped || high || bytes.IndexByte(raw, 0x7f) >= 0
					d.pending = append(d.pending, pendingString{rec, key, len(d.arena), len(d.arena) + len(raw), check})
					d.arena = append(d.arena, raw...)
				}
				break
			}
			// The same value as the line before, then without a scan.
			if last := d.last[key]; last != "" && len(b)-i > len(last)+1 && b[i] == '"' &&
				b[i+1+len(last)] == '"' && string(b[i+1:i+1+len(last)]) == last {
				*stringField(r, key) = last
				i += len(last) + 2
				break
			}
			var raw []byte
			var escaped bool
			if raw, escaped, _, i, ok = d.str(b, i); ok {
				v, same := d.common.get(raw)
				*stringField(r, key) = v
				if !escaped && same {
					d.last[key] = v
				}
			}
		}
		if key == keyType {
			shape = shapeOf(r.Type)
		}
		if !ok {
			return false
		}

		i = skipSpace(b, i)
		if i == len(b) {
			return false
		}
		if b[i] == '}' {
			break
		}
		if b[i] != ',' {
			return false
		}
		i = skipSpace(b, i+1)
	}
	if skipSpace(b, i+1) != len(b) {
		return false
	}
	return r.V >= 1 && r.V <= FormatVersion && hasID && r.Type != "" && !r.Time.IsZero()
}

// shapeOf is one of 1-15 for a record type, the same for the same type.
func shapeOf(typ string) int {
	if typ == "" {
		return 1
	}
	return 1 + (len(typ)*7+int(typ[len(typ)-1])+int(typ[len(typ)/2])*3)%15
}

// stringCache keeps strings that recur so each is made, and made safe for
// a terminal, once. A string has two slots of 256, picked by its hash; a
// new one takes the one of the two used longer ago.
type stringCache struct {
	slot  [256]string
	used  [256]uint32 // when each slot was last used, by clock
	clock uint32
}

// get returns b as a string, cleaned by sanitize.Text; same reports that
// the string holds b's bytes (nothing was replaced).
func (c *stringCache) get(b []byte) (s string, same bool) {
	var h uint64
	switch n := len(b); {
	case n == 0:
		return "", true
	case n >= 8: // the first and last eight bytes: all of most values
		h = binary.LittleEndian.Uint64(b) ^ bits.RotateLeft64(binary.LittleEndian.Uint64(b[n-8:]), 29) ^ uint64(n)
	default:
		for _, c := range b {
			h = h<<8 | uint64(c)
		}
	}
	h *= 0x9e3779b97f4a7c15
	c.clock++
	i, j := h>>56, h>>48&0xff
	switch string(b) {
	case c.slot[i]:
	case c.slot[j]:
		i = j
	default:
		// Not found: a new string, or one that was cleaned (never equal to
		// the bytes it was made from), made again.
		if c.used[j] < c.used[i] {
			i = j
		}
		v := string(b)
		clean := sanitize.Text(v)
		if clean != v {
			return clean, false // not kept: it would never be found
		}
		c.slot[i] = v
	}
	c.used[i] = c.clock
	return c.slot[i], true
}

func stringField(r *Record, key int) *string {
	switch key {
	case keyID:
		return &r.ID
	case keyType:
		return &r.Type
	case keyZone:
		return &r.Zone
	case keyEpisode:
		return &r.Episode
	case keySite:
		return &r.Site
	case keySide:
		return &r.Side
	case keyOutcome:
		return &r.Outcome
	case keyNote:
		return &r.Note
	case keyDay:
		return &r.Day
	case keyItem:
		return &r.Item
	case keyRoutine:
		return &r.Routine
	}
	panic("journal: no string field for key")
}

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

func isNull(b []byte, i int) bool {
	return len(b)-i >= 4 && string(b[i:i+4]) == "null"
}

// integer decodes a JSON integer of up to 18 digits (so it fits an int
// whatever its digits) at b[i:], or null as 0, the way encoding/json
// leaves an int field for null. It returns the index after it.
func (d *fastDecoder) integer(b []byte, i int) (n int, next int, ok bool) {
	if isNull(b, i) {
		return 0, i + 4, true
	}
	neg := b[i] == '-'
	if neg {
		i++
	}
	start := i
	for i < len(b) && '0' <= b[i] && b[i] <= '9' {
		n = n*10 + int(b[i]-'0')
		i++
	}
	switch digits := i - start; {
	case digits == 0 || digits > 18:
		return 0, 0, false
	case digits > 1 && b[start] == '0':
		return 0, 0, false // a leading zero is not JSON
	}
	if i < len(b) && (b[i] == '.' || b[i] == 'e' || b[i] == 'E') {
		return 0, 0, false // encoding/json refuses a fraction for an int
	}
	if neg {
		n = -n
	}
	return n, i, true
}

// boolean decodes true, false or null (as false, with null set) at b[i:].
func (d *fastDecoder) boolean(b []byte, i int) (v, null bool, next int, ok bool) {
	switch {
	case len(b)-i >= 4 && string(b[i:i+4]) == "true":
		return true, false, i + 4, true
	case len(b)-i >= 5 && string(b[i:i+5]) == "false":
		return false, false, i + 5, true
	case isNull(b, i):
		return false, true, i + 4, true
	}
	return false, false, 0, false
}

// strings decodes an array of strings, or null as nil, at b[i:]. An empty
// array is an empty slice, not nil, as encoding/json makes it.
func (d *fastDecoder) strings(b []byte, i int) ([]string, int, bool) {
	if isNull(b, i) {
		return nil, i + 4, true
	}
	if b[i] != '[' {
		return nil, 0, false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == ']' {
		return []string{}, i + 1, true
	}
	d.scratch = d.scratch[:0]
	for {
		if i == len(b) || b[i] != '"' {
			return nil, 0, false // null inside is left to encoding/json
		}
		raw, _, _, next, ok := d.str(b, i)
		if !ok {
			return nil, 0, false
		}
		v, _ := d.common.get(raw)
		d.scratch = append(d.scratch, v)
		i = skipSpace(b, next)
		if i == len(b) {
			return nil, 0, false
		}
		if b[i] == ']' {
			break
		}
		if b[i] != ',' {
			return nil, 0, false
		}
		i = skipSpace(b, i+1)
	}
	n := len(d.scratch)
	if len(d.strs) < n {
		d.strs = make([]string, max(512, n))
	}
	// The full slice expression keeps an append by the caller from
	// writing into the next record's elements.
	out := d.strs[:n:n]
	d.strs = d.strs[n:]
	copy(out, d.scratch)
	return out, i + 1, true
}

// Byte classes inside a JSON string.
const (
	plainByte   = iota // ASCII that stands for itself
	quoteByte          // '"', the end
	escapeByte         // '\\'
	controlByte        // below 0x20: not allowed in JSON
	highByte           // part of a UTF-8 sequence
)

var stringByte = func() (c [256]byte) {
	for i := range 0x20 {
		c[i] = controlByte
	}
	c['"'], c['\\'] = quoteByte, escapeByte
	for i := 0x80; i < 0x100; i++ {
		c[i] = highByte
	}
	return c
}()

// str decodes a JSON string, or null as empty, at b[i:], and says whether
// it had escapes and whether it has bytes above 0x7f. The bytes are valid
// until the next call.
func (d *fastDecoder) str(b []byte, i int) (_ []byte, escaped, high bool, next int, ok bool) {
	if b[i] != '"' {
		if isNull(b, i) {
			return nil, false, false, i + 4, true
		}
		return nil, false, false, 0, false
	}
	start := i + 1
	for j := start; j < len(b); {
		// Skip eight plain bytes at a time; most strings are all plain.
		for ; len(b)-j >= 8; j += 8 {
			if m := specialBytes(binary.LittleEndian.Uint64(b[j:])); m != 0 {
				j += bits.TrailingZeros64(m) / 8
				break
			}
		}
		if j == len(b) {
			break
		}
		switch stringByte[b[j]] {
		case plainByte:
		case quoteByte:
			// encoding/json would replace invalid UTF-8; that is left to it.
			if high && !utf8.Valid(b[start:j]) {
				return nil, false, false, 0, false
			}
			return b[start:j], false, high, j + 1, true
		case escapeByte:
			raw, next, ok := d.unescape(b, start, j, high)
			return raw, true, high, next, ok
		case highByte:
			high = true
		default:
			return nil, false, false, 0, false
		}
		j++
	}
	return nil, false, false, 0, false
}

// specialBytes has the high bit set in (at least) the lowest byte of w that
// is not a plain byte in a JSON string: '"', '\\', below 0x20 or above 0x7f.
// (Bytes above that may be marked wrongly; the caller looks at the lowest.)
func specialBytes(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	quote, backslash := w^(ones*'"'), w^(ones*'\\')
	below20 := (w - ones*0x20) &^ w // "has a byte less than n", for n = 0x20
	isQuote := (quote - ones) &^ quote
	isBackslash := (backslash - ones) &^ backslash
	return (below20 | isQuote | isBackslash | w) & highs
}

// unescape decodes the rest of a string that starts at b[start] and has its
// first escape at b[j]; high says whether a byte before it was above 0x7f.
func (d *fastDecoder) unescape(b []byte, start, j int, high bool) ([]byte, int, bool) {
	out := append(d.unesc[:0], b[start:j]...)
	for j < len(b) {
		c := b[j]
		switch stringByte[c] {
		case plainByte:
			out = append(out, c)
			j++
		case highByte:
			out = append(out, c)
			high = true
			j++
		case quoteByte:
			d.unesc = out
			// Escapes only ever add valid UTF-8, so checking everything
			// checks the bytes that were not escaped.
			if high && !utf8.Valid(out) {
				return nil, 0, false
			}
			return out, j + 1, true
		case escapeByte:
			if j+1 == len(b) {
				return nil, 0, false
			}
			switch e := b[j+1]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := hex4(b[j+2:])
				if !ok || utf16Surrogate(r) {
					return nil, 0, false // surrogate pairs are left to encoding/json
				}
				out = utf8.AppendRune(out, r)
				j += 4
			default:
				return nil, 0, false
			}
			j += 2
		default:
			return nil, 0, false
		}
	}
	return nil, 0, false
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

func utf16Surrogate(r rune) bool { return 0xd800 <= r && r < 0xe000 }

func (d *fastDecoder) newInt(n int) *int {
	if len(d.ints) == 0 {
		d.ints = make([]int, 256)
	}
	p := &d.ints[0]
	d.ints = d.ints[1:]
	*p = n
	return p
}

func (d *fastDecoder) newBool(v bool) *bool {
	if len(d.bools) == 0 {
		d.bools = make([]bool, 1024)
	}
	p := &d.bools[0]
	d.bools = d.bools[1:]
	*p = v
	return p
}
