package golit_test

import (
	"go/format"
	"strings"
	"testing"
	"time"

	"github.com/crampcoach/cramp/internal/content/golit"
)

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	Title  string
	Count  int
	Ratio  float64
	On     bool
	Wait   time.Duration
	Inner  Inner
	Ptr    *Inner
	List   []Inner
	Ptrs   []*Inner
	Empty  []string
	Grid   [][]string
	ByName map[string]Inner
	Fixed  [2]uint8
}

type Kind string

const pkg = "github.com/crampcoach/cramp/internal/content/golit_test"

func literal(t *testing.T, pkgPath string, v any) (string, *golit.Writer) {
	t.Helper()
	w := golit.New(pkgPath)
	s, err := w.Literal(v)
	if err != nil {
		t.Fatal(err)
	}
	// Every literal must be valid Go, formatted or not.
	if _, err := format.Source([]byte("package p\nvar x = " + s + "\n")); err != nil {
		t.Fatalf("not Go: %v\n%s", err, s)
	}
	return s, w
}

func compact(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestLiteral(t *testing.T) {
	v := Outer{
		Title: "say \"hi\"\tnow",
		Count: -3,
		Ratio: 0.25,
		On:    true,
		Wait:  90 * time.Second,
		Inner: Inner{Name: "a"},
		Ptr:   &Inner{Tags: []string{"x"}},
		List:  []Inner{{Name: "b"}, {}},
		Ptrs:  []*Inner{{Name: "c"}, nil},
		Empty: []string{},
		Grid:  [][]string{{"1", "2"}},
		ByName: map[string]Inner{
			"z": {Name: "last"},
			"a": {Name: "first"},
		},
		Fixed: [2]uint8{7, 0},
	}
	got, w := literal(t, pkg, v)
	want := `Outer{ Title: "say \"hi\"\tnow", Count: -3, Ratio: 0.25, On: true, Wait: 90 * time.Second, ` +
		`Inner: Inner{ Name: "a", }, Ptr: &Inner{ Tags: []string{ "x", }, }, ` +
		`List: []Inner{ { Name: "b", }, {}, }, Ptrs: []*Inner{ { Name: "c", }, (*Inner)(nil), }, ` +
		`Empty: []string{}, Grid: [][]string{ { "1", "2", }, }, ` +
		`ByName: map[string]Inner{ "a": { Name: "first", }, "z": { Name: "last", }, }, Fixed: [2]uint8{ 7, 0, }, }`
	if compact(got) != want {
		t.Errorf("got\n%s\nwant\n%s", compact(got), want)
	}
	if !w.Imports["time"] || len(w.Imports) != 1 {
		t.Errorf("imports %v, want time only", w.Imports)
	}
}

// A type of another package is qualified and imported; the output
// package's own types are not.
func TestQualifiedTypes(t *testing.T) {
	got, w := literal(t, "example.com/other", Inner{Name: "n"})
	if compact(got) != `golit_test.Inner{ Name: "n", }` {
		t.Errorf("got %s", compact(got))
	}
	if !w.Imports[pkg] {
		t.Errorf("imports %v, want %s", w.Imports, pkg)
	}
}

func TestZeroAndNil(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{Outer{}, "Outer{}"},
		{[]string(nil), "[]string(nil)"},
		{[]string{}, "[]string{}"},
		{(*Inner)(nil), "(*Inner)(nil)"},
		{Kind("k"), `Kind("k")`},
		{time.Duration(1500), "time.Duration(1500)"},
		{-time.Minute, "-1 * time.Minute"},
		{time.Hour, "time.Hour"},
		{time.Duration(0), "0"},
	} {
		if got, _ := literal(t, pkg, c.v); compact(got) != c.want {
			t.Errorf("%#v: got %s, want %s", c.v, compact(got), c.want)
		}
	}
}

// A text with line breaks reads as it does in its source, as a raw string,
// unless a raw string cannot hold it.
func TestStrings(t *testing.T) {
	for in, want := range map[string]string{
		"one\ntwo":      "`one\ntwo`",
		"tick`\nquote":  `"tick` + "`" + `\nquote"`,
		"cr\r\nline":    `"cr\r\nline"`,
		"esc\x1b\nline": `"esc\x1b\nline"`,
		"plain":         `"plain"`,
	} {
		got, _ := literal(t, pkg, in)
		if got != want {
			t.Errorf("%q: got %s, want %s", in, got, want)
		}
	}
}

func TestRefused(t *testing.T) {
	type private struct{ x int }
	type loop struct{ Next *loop }
	l := &loop{}
	l.Next = l
	for name, v := range map[string]any{
		"func":       func() {},
		"chan":       make(chan int),
		"interface":  []any{1},
		"unexported": private{x: 1},
		"cycle":      l,
		"nil":        nil,
	} {
		if s, err := golit.New(pkg).Literal(v); err == nil {
			t.Errorf("%s: wrote %s, want an error", name, s)
		}
	}
}
