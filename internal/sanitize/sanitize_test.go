package sanitize

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"calf cramp, left", "calf cramp, left"},
		{"two\nlines\tand a tab", "two\nlines\tand a tab"},
		{"\x1b]0;PWNED\a", `\x1b]0;PWNED\x07`},
		{"\x1b]52;c;aGk=\a", `\x1b]52;c;aGk=\x07`},
		{"\x1b[2Jcleared", `\x1b[2Jcleared`},
		{"del\x7f", `del\x7f`},
		{"cr\r", `cr\x0d`},
		{"c1 \u0085 and \u009b31m", `c1 \u0085 and \u009b31m`},
		{"bidi \u202eevil\u202c \u2066x\u2069", `bidi \u202eevil\u202c \u2066x\u2069`},
		{"bad \xff byte", `bad \xff byte`},
		{"Wadenkrampf – ühm 🦵", "Wadenkrampf – ühm 🦵"},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := Text(c.in); !Clean(got) {
			t.Errorf("Text(%q) = %q is not clean", c.in, got)
		}
		if Clean(c.in) != (c.in == c.want) {
			t.Errorf("Clean(%q) = %v", c.in, Clean(c.in))
		}
	}
}

func TestFind(t *testing.T) {
	i, r := Find("ok \x1b[31m")
	if i != 3 || r != 0x1b {
		t.Errorf("Find = %d, %U; want 3, U+001B", i, r)
	}
	if i, _ := Find("fine\ttext\n"); i != -1 {
		t.Errorf("Find(clean) = %d, want -1", i)
	}
	if d := Describe(0x1b); !strings.Contains(d, "U+001B") {
		t.Errorf("Describe = %q", d)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b]0;t\a", "\u0085", "\u202e", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if !Clean(out) {
			t.Fatalf("Text(%q) = %q still holds a control", s, out)
		}
		if Clean(s) && out != s {
			t.Fatalf("Text changed clean %q to %q", s, out)
		}
	})
}
