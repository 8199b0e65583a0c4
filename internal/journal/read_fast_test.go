package journal

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/testkit"
)

// useLocal makes loc time.Local until the test ends, so times written at
// Local's offset read back in Local, as they do for a person at home.
func useLocal(tb testing.TB, loc *time.Location) {
	old := time.Local
	time.Local = loc
	tb.Cleanup(func() { time.Local = old })
}

// sameDecode fails t unless the lines in data (split as Read splits them)
// read the same through Read's decoder (the fast one, which keeps what it
// saw in earlier lines and cleans its strings as it makes them, falling
// back to encoding/json) as through encoding/json and sanitizeRecord alone:
// each good or bad for the same reason, and the same records, down to the
// time's location.
func sameDecode(t *testing.T, data []byte) {
	t.Helper()
	var lines [][]byte
	for rest := data; len(rest) > 0; {
		line, after, _ := bytes.Cut(rest, []byte{'\n'})
		lines, rest = append(lines, bytes.TrimSuffix(line, []byte{'\r'})), after
	}
	var want []Record
	var wantBad []BadLine
	for i, l := range lines {
		var r Record
		if i == 0 {
			l = bytes.TrimPrefix(l, []byte("\ufeff"))
		}
		if why := decode(l, &r); why != "" {
			wantBad = append(wantBad, BadLine{i + 1, why})
			continue
		}
		sanitizeRecord(&r)
		want = append(want, r)
	}
	var dec fastDecoder
	out := make([]Record, len(lines))
	good, bad := decodeLines(data, 0, out, &dec, nil)
	if !reflect.DeepEqual(bad, wantBad) {
		t.Fatalf("%q:\nbad lines %v, encoding/json says %v", data, bad, wantBad)
	}
	if good != len(want) {
		t.Fatalf("%q:\n%d good lines, encoding/json says %d", data, good, len(want))
	}
	for i := range want {
		// DeepEqual compares the time's location too: Local, UTC or a
		// fixed zone.
		if !reflect.DeepEqual(out[i], want[i]) {
			t.Fatalf("%q:\nrecord %d\n got %#v\nwant %#v", data, i, out[i], want[i])
		}
	}
	for _, r := range out[good:] {
		if !reflect.DeepEqual(r, Record{}) {
			t.Fatalf("%q:\nroom left by a bad line holds %#v", data, r)
		}
	}
}

// decodeSeeds are lines as Append writes them, of every type, and lines
// that are odd in every way the fast decoder has to notice.
func decodeSeeds(tb testing.TB) []string {
	berlin := testkit.Zone(tb, "Europe/Berlin")
	stJohns := testkit.Zone(tb, "America/St_Johns")
	yes, no, sev := true, false, 7
	var seeds []string
	for _, r := range []Record{
		{ID: "79453987c8733bc8", Type: TypeCrampStart, Time: time.Date(2026, 11, 23, 3, 12, 5, 616e6, berlin), Site: "calf", Side: "left"},
		{ID: "d7a0f0e3ef65f761", Type: TypeCrampUpdate, Time: time.Date(2026, 7, 1, 3, 12, 25, 123456789, berlin), Episode: "79453987c8733bc8", Severity: &sev},
		{ID: "0b21873b419eb025", Type: TypeCrampUpdate, Time: time.Date(2026, 11, 23, 3, 12, 45, 0, stJohns), Episode: "79453987c8733bc8",
			Note: "Wade \"wie ein Stein\" – nach dem Radfahren 🚲\nzweite Zeile\t\\ <b>&</b> \u2028 \x01"},
		{ID: "fdfa9aef098e1196", Type: TypeCrampEnd, Time: time.Date(2026, 11, 23, 3, 16, 5, 0, time.UTC), Episode: "79453987c8733bc8",
			Site: "calf", Side: "left", Outcome: OutcomeEased, Seconds: 240, Tried: []string{"stretch", "stretch-again"}, Escalated: true},
		{ID: "815e4c2d6062fba4", Type: TypeCrampLog, Time: time.Date(2026, 11, 20, 2, 0, 0, 0, berlin), Site: "foot", Seconds: 300, Severity: &sev, Note: "logged later"},
		{ID: "2ea9845913c9cd53", Type: TypeCrampDelete, Time: time.Date(2026, 11, 24, 9, 0, 0, 0, berlin), Episode: "815e4c2d6062fba4"},
		{ID: "bd2c280eda3d2873", Type: TypeRoutineEnd, Time: time.Date(2026, 11, 23, 22, 58, 45, 46e7, berlin), Routine: "evening", Day: "2026-11-23",
			Outcome: OutcomeFinished, StepsDone: []string{"calf-wall", "hamstring"}, StepsSkipped: []string{"quad"}, Seated: true},
		// Done without the app, recorded the next morning for the night before.
		{ID: "a1c3e5f7092b4d6e", Type: TypeRoutineEnd, Time: time.Date(2026, 11, 24, 9, 0, 0, 0, berlin), Routine: "evening", Day: "2026-11-23",
			Outcome: OutcomeFinished, SelfReported: true},
		{ID: "6f03eacee5dd9db2", Type: TypeRoutineRest, Time: time.Date(2026, 11, 24, 21, 0, 0, 0, berlin), Day: "2026-11-24"},
		{ID: "975f41f5b87ff8b6", Type: TypeCheck, Time: time.Date(2026, 11, 23, 21, 57, 8, 699e6, berlin), Day: "2026-11-23", Item: "fluids", Done: &yes},
		{ID: "f9fcaeae698e6709", Type: TypeCheck, Time: time.Date(2026, 11, 23, 21, 57, 9, 0, berlin), Day: "2026-11-23", Item: "fluids", Done: &no},
	} {
		r.V, r.Zone = FormatVersion, r.Time.Location().String()
		line, err := encodeLine(r)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, strings.TrimSuffix(string(line), "\n"))
	}
	const head = `{"v":1,"id":"a","type":"check",`
	const ts = `"time":"2026-11-23T03:12:05+01:00"`
	for _, odd := range []string{
		``, ` `, `{}`, `[]`, `null`, `"x"`, `this is not json`, `{"v":1}`,
		head + ts + `}`,
		head + ts + `,"zone":"Europe/Berlin"}` + "\r",
		" \t{ \"v\" : 1 ,\"id\"\t:\"a\", \"type\":\"check\" , " + ts + " } \t",
		head + ts + "}\u00a0",
		head + ts + `} {"v":1}`,
		head + ts + `,}`,
		head + ts + `,"zone":"Europe/Berlin"`,
		`{"V":1,"ID":"a","Type":"check","Time":"2026-11-23T03:12:05+01:00"}`,
		`{"v":1,"v":1,"id":"a","type":"check",` + ts + `}`,
		`{"v":1,"id":"a","id":"b","type":"check",` + ts + `}`,
		head + ts + `,"tried":["a"],"tried":["b","c"]}`,
		head + ts + `,"new":{"nested":[1,2,{"x":null}]}}`,
		head + ts + `,"ti\u006de":"2026-11-23T03:12:05Z"}`,
		`{"v":2,"id":"f","type":"cramp.start",` + ts + `,"site":{"new":"shape"}}`,
		`{"v":0,"id":"a","type":"check",` + ts + `}`,
		`{"v":-1,"id":"a","type":"check",` + ts + `}`,
		`{"v":"1","id":"a","type":"check",` + ts + `}`,
		`{"v":1.0,"id":"a","type":"check",` + ts + `}`,
		`{"v":1e0,"id":"a","type":"check",` + ts + `}`,
		`{"v":01,"id":"a","type":"check",` + ts + `}`,
		`{"v":-0,"id":"a","type":"check",` + ts + `}`,
		`{"v":null,"id":"a","type":"check",` + ts + `}`,
		`{"v":true,"id":"a","type":"check",` + ts + `}`,
		`{"v":1,"id":"","type":"check",` + ts + `}`,
		`{"v":1,"id":null,"type":"check",` + ts + `}`,
		`{"v":1,"id":7,"type":"check",` + ts + `}`,
		head + ts + `,"seconds":99999999999999999999}`,
		head + ts + `,"seconds":999999999999999999}`,
		head + ts + `,"seconds":-12,"severity":-0}`,
		head + ts + `,"severity":null,"done":null,"tried":null,"escalated":null,"note":null}`,
		head + ts + `,"severity":"7"}`,
		head + ts + `,"done":1}`,
		head + ts + `,"done":truex}`,
		head + ts + `,"done":tru}`,
		head + ts + `,"seated":false,"escalated":true}`,
		head + ts + `,"tried":[]}`,
		head + ts + `,"tried":[ ]}`,
		head + ts + `,"tried":[ "a" , "b" ]}`,
		head + ts + `,"tried":["a",null]}`,
		head + ts + `,"tried":[1]}`,
		head + ts + `,"tried":["a",]}`,
		head + ts + `,"tried":"a"}`,
		head + ts + `,"note":"\"\\\/\b\f\n\r\t\u00e9\u2028\u0000 \uD83E\uDD35 \ud800 \udc00x"}`,
		head + ts + `,"note":"\x"}`,
		head + ts + `,"note":"\u12"}`,
		head + ts + `,"note":"raw	tab"}`,
		head + ts + ",\"note\":\"bad \xff utf-8\"}",
		head + ts + ",\"note\":\"bad \xb2 utf-8 before an escape \\b\"}",
		head + ts + ",\"note\":\"cut \xe2\x82\"}",
		head + ts + `,"note":"ok – ✓ 🦵"}`,
		head + ts + `,"note":"unterminated}`,
		`{"v":1,"id":"a","type":"check","time":null}`,
		`{"v":1,"id":"a","type":"check","time":""}`,
		`{"v":1,"id":"a","type":"check","time":12}`,
		`{"v":1,"id":"a","type":"check","time":"0001-01-01T00:00:00Z"}`,
		`{"v":1,"id":"a","type":"check","time":"0000-01-01T00:00:00+00:00"}`,
		`{"v":1,"id":"a","type":"check","time":"0000-02-29T12:00:00-01:00"}`,
		`{"v":1,"id":"a","type":"check","time":"9999-12-31T23:59:59.999999999-23:59"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23t03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23 03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T3:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05,5Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05.Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05.1234567891Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05.000000000+00:00"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05-00:00"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05+05:45"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05+24:00"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05+01:60"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05+0100"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:60Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T24:00:00Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-02-29T03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2024-02-29T03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2100-02-29T03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-04-31T03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-13-01T03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-11-23T03:12:05+01:00\u0000"}`,
		`{"v":1,"id":"a","type":"check","time":"\u0032026-11-23T03:12:05Z"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-03-29T02:30:00+01:00"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-10-25T02:30:00+02:00"}`,
		`{"v":1,"id":"a","type":"check","time":"2026-10-25T02:30:00+01:00"}`,
		`{"v":1,"id":"a","type":"check","time":"1890-01-01T00:00:00+00:53"}`,
	} {
		seeds = append(seeds, odd)
	}
	return seeds
}

// The fast decoder reads every line exactly as encoding/json does, or leaves
// it to encoding/json: `go test -fuzz FuzzDecode` searches for lines where
// that fails; plain `go test` runs the seeds.
func FuzzDecode(f *testing.F) {
	useLocal(f, testkit.Zone(f, "Europe/Berlin"))
	seeds := decodeSeeds(f)
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	// Several lines, so that what the decoder keeps from one line to the
	// next is tried too: the same line twice, good lines then odd ones.
	good := strings.Join(seeds[:10], "\n")
	f.Add([]byte(good + "\n" + good + "\n"))
	for _, odd := range seeds[10:] {
		f.Add([]byte(seeds[0] + "\n" + odd + "\r\n" + seeds[0] + "\n" + seeds[9]))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		sameDecode(t, line)
	})
}

// The lines Append writes take the fast way, so Read is fast for real
// journals (the fuzz test only shows it is never wrong).
func TestFastDecoderReadsWhatAppendWrites(t *testing.T) {
	for _, s := range decodeSeeds(t)[:10] {
		var dec fastDecoder
		if !dec.decode([]byte(s), make([]Record, 1), 0) {
			t.Errorf("fast decoder gave up on %s", s)
		}
	}
}

// Every field of Record is one the fast decoder knows: a field added to
// Record without teaching it would send every line that has it down the
// slow way.
func TestFastDecoderKnowsEveryField(t *testing.T) {
	base := Record{V: 1, ID: "a", Type: TypeCheck, Time: time.Date(2026, 11, 23, 3, 12, 5, 0, time.UTC)}
	for i := range reflect.TypeFor[Record]().NumField() {
		r := base
		f := reflect.ValueOf(&r).Elem().Field(i)
		name, _, _ := strings.Cut(reflect.TypeFor[Record]().Field(i).Tag.Get("json"), ",")
		switch {
		case !f.IsZero(): // one of base's
		case f.Kind() == reflect.String:
			f.SetString("x")
		case f.Kind() == reflect.Int:
			f.SetInt(1)
		case f.Kind() == reflect.Bool:
			f.SetBool(true)
		case f.Kind() == reflect.Pointer && f.Type().Elem().Kind() == reflect.Int:
			f.Set(reflect.ValueOf(new(3)))
		case f.Kind() == reflect.Pointer && f.Type().Elem().Kind() == reflect.Bool:
			f.Set(reflect.ValueOf(new(true)))
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
			f.Set(reflect.ValueOf([]string{"x", "y"}))
		default:
			t.Fatalf("field %q (%s): a kind the fast decoder does not read", name, f.Type())
		}
		line, err := encodeLine(r)
		if err != nil {
			t.Fatal(err)
		}
		var dec fastDecoder
		if !dec.decode(line, make([]Record, 1), 0) {
			t.Errorf("fast decoder gave up on key %q: add it to keyName", name)
		}
	}
}

// Times read in time.Local when Local had the written offset at that
// instant, as encoding/json reads them, across years of DST changes and
// whatever order they come in.
func TestTimeParserMatchesUnmarshalJSON(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe", "UTC"} {
		t.Run(zone, func(t *testing.T) {
			useLocal(t, testkit.Zone(t, zone))
			others := []*time.Location{time.Local, time.UTC, testkit.Zone(t, "Asia/Kathmandu"), testkit.Zone(t, "America/New_York")}
			rng := rand.New(rand.NewPCG(3, 4))
			var p timeParser
			at := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC)
			for range 20000 {
				// Mostly forward in small steps, like a journal, now and then
				// anywhere.
				if rng.IntN(50) == 0 {
					at = time.Unix(rng.Int64N(5e9)-2e9, 0)
				}
				at = at.Add(time.Duration(rng.Int64N(int64(72 * time.Hour))))
				s := at.In(others[rng.IntN(len(others))]).Format(timeLayout)
				var want time.Time
				if err := want.UnmarshalJSON([]byte(`"` + s + `"`)); err != nil {
					t.Fatal(err)
				}
				got, ok := p.parse([]byte(s))
				if !ok || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: got %v (%v, ok %v), want %v (%v)", s, got, got.Location(), ok, want, want.Location())
				}
			}
		})
	}
}

func TestSpecialBytesFindsTheFirst(t *testing.T) {
	special := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 || c >= 0x80 }
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte{'a', ' ', '~', '"', '\\', 0, 0x1f, 0x20, 0x21, 0x7f, 0x80, 0xff, 0xc3, '#', '$', '[', ']'}
	for range 200000 {
		var w [8]byte
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		want := 8
		for i, c := range w {
			if special(c) {
				want = i
				break
			}
		}
		got := 8
		if m := specialBytes(uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56); m != 0 {
			got = bitsTrailingBytes(m)
		}
		if got != want {
			t.Fatalf("%q: first special byte at %d, want %d", w, got, want)
		}
	}
}

func bitsTrailingBytes(m uint64) int {
	n := 0
	for m&0xff == 0 {
		m >>= 8
		n++
	}
	return n
}

// referenceRead is Read as it was before the fast decoder: bufio.Scanner
// and encoding/json on every line.
func referenceRead(tb testing.TB, path string) ReadResult {
	tb.Helper()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ReadResult{}
	}
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var res ReadResult
	sp := referenceSplitter{}
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
		var r Record
		l := sc.Bytes()
		if line == 1 {
			l = bytes.TrimPrefix(l, []byte("\ufeff"))
		}
		if why := decode(l, &r); why != "" {
			res.Bad = append(res.Bad, BadLine{line, why})
			continue
		}
		res.Records = append(res.Records, r)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	for i := range res.Records {
		sanitizeRecord(&res.Records[i])
	}
	return res
}

type referenceSplitter struct {
	skipping bool
	tooLong  bool
}

func (s *referenceSplitter) split(data []byte, atEOF bool) (advance int, token []byte, err error) {
	dropCR := func(b []byte) []byte { return bytes.TrimSuffix(b, []byte{'\r'}) }
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
		return len(data), dropCR(data), nil
	case s.skipping:
		return len(data), nil, nil
	case len(data) > MaxLine:
		s.skipping = true
		return len(data), nil, nil
	}
	return 0, nil, nil
}

// A journal with the odd lines scattered through it (some longer than a
// block, some longer than MaxLine) reads exactly as it did with
// encoding/json alone, in one block or many: the same records in the same
// order, the same bad lines with the same numbers and reasons.
func TestReadMatchesEncodingJSON(t *testing.T) {
	useLocal(t, testkit.Zone(t, "Europe/Berlin"))
	dir := t.TempDir()
	writeRealisticJournal(t, dir, 14000)
	path := filepath.Join(dir, FileName)
	lines := strings.SplitAfter(string(readFile(t, path)), "\n")
	odd := decodeSeeds(t)
	odd = append(odd,
		strings.Repeat(" ", 200<<10)+odd[0], // good, and longer than a small block
		strings.Repeat(" ", 9<<20)+odd[0],   // longer than MaxLine and a block
		`{"v":1,"id":"long","type":"check","time":"2026-11-23T03:12:05Z","note":"`+strings.Repeat("ü", MaxLine/2)+`"}`, // MaxLine+58
	)
	rng := rand.New(rand.NewPCG(7, 8))
	for _, o := range odd {
		i := rng.IntN(len(lines))
		lines = append(lines[:i], append([]string{o + "\n"}, lines[i:]...)...)
	}
	for _, tt := range []struct {
		tail  string
		block int64
	}{
		{"", readBlock},
		{"\n", readBlock},
		{`{"v":1,"id":"cut","type":"cramp.up`, readBlock},
		{"\n", 100 << 10}, // blocks decoded in halves
		{"", 8 << 10},     // blocks decoded whole
	} {
		tail := tt.tail
		t.Run(fmt.Sprintf("ending %q, blocks of %d bytes", tail, tt.block), func(t *testing.T) {
			defer func(old int64) { readBlock = old }(readBlock)
			readBlock = tt.block
			content := strings.Join(lines, "") + tail
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			got, err := Open(dir).Read()
			if err != nil {
				t.Fatal(err)
			}
			want := referenceRead(t, path)
			if len(got.Records) != len(want.Records) || len(want.Records) < 14000 {
				t.Fatalf("%d records, want %d", len(got.Records), len(want.Records))
			}
			for i := range want.Records {
				if !reflect.DeepEqual(got.Records[i], want.Records[i]) {
					t.Fatalf("record %d:\n got %#v\nwant %#v", i, got.Records[i], want.Records[i])
				}
			}
			if !reflect.DeepEqual(got.Bad, want.Bad) {
				t.Errorf("bad lines\n got %v\nwant %v", got.Bad, want.Bad)
			}

			// Scan hands out the same records, one block at a time into
			// the same room: the copies kept must not change as it goes on.
			var scanned []Record
			bad, err := Open(dir).Scan(func(r *Record) { scanned = append(scanned, *r) })
			if err != nil {
				t.Fatal(err)
			}
			if len(scanned) != len(want.Records) {
				t.Fatalf("Scan: %d records, want %d", len(scanned), len(want.Records))
			}
			for i := range want.Records {
				if !reflect.DeepEqual(scanned[i], want.Records[i]) {
					t.Fatalf("Scan: record %d:\n got %#v\nwant %#v", i, scanned[i], want.Records[i])
				}
			}
			if !reflect.DeepEqual(bad, want.Bad) {
				t.Errorf("Scan: bad lines\n got %v\nwant %v", bad, want.Bad)
			}
		})
	}
}

// Records from Read can be changed without touching one another: their
// slices and pointers share no memory. Nor do they share any with Read's
// buffer, which the next Read fills again.
func TestReadRecordsShareNothing(t *testing.T) {
	dir := t.TempDir()
	writeRealisticJournal(t, dir, 3000)
	res, err := Open(dir).Read()
	if err != nil {
		t.Fatal(err)
	}
	before := referenceRead(t, filepath.Join(dir, FileName))
	other := t.TempDir()
	writeRealisticJournal(t, other, 3500)
	if _, err := Open(other).Read(); err != nil {
		t.Fatal(err)
	}
	for i := range res.Records {
		r := &res.Records[i]
		if r.Severity != nil {
			*r.Severity = -1
		}
		if r.Done != nil {
			*r.Done = !*r.Done
		}
		r.Tried = append(r.Tried, "changed")
		r.StepsDone = append(r.StepsDone, "changed")
		r.StepsSkipped = append(r.StepsSkipped, "changed")
	}
	for i, r := range res.Records {
		want := before.Records[i]
		if want.Severity != nil {
			*want.Severity = -1
		}
		if want.Done != nil {
			*want.Done = !*want.Done
		}
		want.Tried = append(want.Tried, "changed")
		want.StepsDone = append(want.StepsDone, "changed")
		want.StepsSkipped = append(want.StepsSkipped, "changed")
		if !reflect.DeepEqual(r, want) {
			t.Fatalf("record %d:\n got %#v\nwant %#v", i, r, want)
		}
	}
}
