package content

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"

	"github.com/crampcoach/cramp/internal/sanitize"
)

// Error is one problem, always with the file and, whenever it can be known,
// the line and column in that file.
type Error struct {
	File   string
	Line   int // 1-based; 0 if unknown
	Column int // 1-based; 0 if unknown
	// Rule names the content safety rule the problem breaks ("no-doses"),
	// or is empty for a problem of syntax, schema or reference. When set,
	// Msg starts with it in brackets.
	Rule string
	Msg  string
}

// Error formats the problem as "file:line:col: message", leaving out what is
// not known.
func (e Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(e.Line))
			if e.Column > 0 {
				b.WriteByte(':')
				b.WriteString(strconv.Itoa(e.Column))
			}
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	// A message may quote the file (a key, a value, the YAML parser's
	// view of it): shown in a terminal, it must be text, never a command.
	return sanitize.Text(b.String())
}

// Errors is every problem found in a content set, in file order and then in
// the order they appear in each file.
type Errors []Error

// Error lists one problem per line.
func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, err := range e {
		lines[i] = err.Error()
	}
	return strings.Join(lines, "\n")
}

// sortErrors orders problems by file (in Files order, other names after, by
// name) and then by position. Stable, so problems at one spot keep the order
// they were found in.
func sortErrors(errs Errors) {
	rank := func(file string) int {
		if i := slices.Index(Files, file); i >= 0 {
			return i
		}
		return len(Files)
	}
	slices.SortStableFunc(errs, func(a, b Error) int {
		if c := rank(a.File) - rank(b.File); c != 0 {
			return c
		}
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
}

// yamlError is what every goccy error (and our own nodeError) offers: the
// token it is about and the message without the source snippet.
type yamlError interface {
	GetToken() *token.Token
	GetMessage() string
}

// nodeError is a problem found while unmarshalling one node ourselves
// (Duration), shaped like goccy's errors so it converts the same way.
type nodeError struct {
	tok *token.Token
	msg string
}

func (e *nodeError) GetToken() *token.Token { return e.tok }
func (e *nodeError) GetMessage() string     { return e.msg }
func (e *nodeError) Error() string {
	if e.tok != nil && e.tok.Position != nil {
		return fmt.Sprintf("[%d:%d] %s", e.tok.Position.Line, e.tok.Position.Column, e.msg)
	}
	return e.msg
}

// fromYAML turns an error from the parser or decoder into an Error with the
// file, line and column, and a short message without goccy's source snippet.
func fromYAML(file string, err error) Error {
	var ye yamlError
	if !errors.As(err, &ye) {
		return Error{File: file, Msg: err.Error()}
	}
	e := Error{File: file, Msg: ye.GetMessage()}
	tk := ye.GetToken()
	if tk != nil && tk.Position != nil {
		e.Line, e.Column = tk.Position.Line, tk.Position.Column
	}
	var (
		te *yaml.TypeError
		ne *yaml.UnexpectedNodeTypeError
		oe *yaml.OverflowError
		se *yaml.SyntaxError
	)
	switch {
	case errors.As(err, &te):
		// goccy names the wrong struct field for nested values
		// ("Relief.Steps" for a step's "stands"), so say it from the token.
		e.Msg = withKey(tk, fmt.Sprintf("want %s, got %s", goKind(te.DstType), gotValue(te.SrcType, tk)))
	case errors.As(err, &ne):
		e.Msg = withKey(tk, fmt.Sprintf("want %s, got %s", nodeKind(ne.Expected), nodeKind(ne.Actual)))
	case errors.As(err, &oe):
		e.Msg = withKey(tk, fmt.Sprintf("%s is too large", oe.SrcNum))
	case errors.As(err, &se):
		e.Msg = syntaxMsg(se.Message)
	}
	return e
}

// withKey prefixes msg with the mapping key the token is the value of, when
// there is one: "stands: want true or false, got \"yes\"".
func withKey(tk *token.Token, msg string) string {
	if k := keyOf(tk); k != "" {
		return k + ": " + msg
	}
	return msg
}

func keyOf(tk *token.Token) string {
	if tk == nil || tk.Prev == nil || tk.Prev.Type != token.MappingValueType || tk.Prev.Prev == nil {
		return ""
	}
	return tk.Prev.Prev.Value
}

func goKind(t reflect.Type) string {
	if t == nil {
		return "another type"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "a mapping (key: value lines)"
	}
	return t.String()
}

func gotValue(src reflect.Type, tk *token.Token) string {
	if src != nil {
		switch src.Kind() {
		case reflect.Slice, reflect.Array:
			return "a list"
		case reflect.Map:
			return "a mapping"
		}
	}
	if tk == nil {
		return "another type"
	}
	if src != nil && src.Kind() == reflect.String {
		return strconv.Quote(tk.Value)
	}
	return tk.Value
}

func nodeKind(t ast.NodeType) string {
	switch t {
	case ast.MappingType, ast.MappingValueType:
		return "a mapping (key: value lines)"
	case ast.SequenceType:
		return "a list"
	case ast.NullType:
		return "nothing"
	}
	return "a " + t.YAMLName()
}

// syntaxMsg rewords the goccy syntax message people hit most, a repeated
// key, and spells tabs; the rest are left as they are.
func syntaxMsg(msg string) string {
	// `mapping key "first" already defined at [2:1]`
	// A tab in a message is invisible on a terminal: spell it.
	msg = strings.ReplaceAll(msg, "\t", `\t`)
	rest, ok := strings.CutPrefix(msg, "mapping key ")
	if !ok {
		return msg
	}
	key, pos, ok := strings.Cut(rest, " already defined at [")
	if !ok {
		return msg
	}
	line, _, _ := strings.Cut(pos, ":")
	return fmt.Sprintf("duplicate key %s (already set on line %s)", key, line)
}
