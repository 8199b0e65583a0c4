// Package golit writes a Go value as Go source: a composite literal that,
// compiled, is reflect.DeepEqual to the value. It is for code generators
// that turn data read at build time (the content files) into package-level
// variables, so the program does not parse that data again at every start.
//
// It writes what plain data is made of: booleans, numbers, strings, structs
// with exported fields, pointers to them, slices, arrays and maps (keys in a
// fixed order, so the output is the same on every run). time.Duration is
// written in units ("30 * time.Second"). Zero fields are left out, and a nil
// slice stays nil while an empty one is written as empty, since DeepEqual
// tells the two apart. Funcs, channels, interfaces, unexported fields and
// pointer cycles are refused with an error.
//
// The output is not formatted: pass the whole file through go/format.
package golit

import (
	"cmp"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Writer writes literals for a file of one package.
type Writer struct {
	// Pkg is the import path of the package the output goes into: its
	// types are written without a qualifier.
	Pkg string
	// Imports collects the import paths the written literals need.
	Imports map[string]bool

	b    strings.Builder
	seen map[uintptr]bool // pointers on the current path, to refuse cycles
}

// New returns a Writer for code in the package with import path pkg.
func New(pkg string) *Writer {
	return &Writer{Pkg: pkg, Imports: map[string]bool{}, seen: map[uintptr]bool{}}
}

// Literal returns v as a Go expression of v's own type: "T{…}", "[]T{…}",
// "&T{…}", or a constant converted to v's type when it is named.
func (w *Writer) Literal(v any) (string, error) {
	w.b.Reset()
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return "", fmt.Errorf("golit: cannot write an untyped nil")
	}
	if err := w.value(rv, false, true); err != nil {
		return "", err
	}
	return w.b.String(), nil
}

var durationType = reflect.TypeFor[time.Duration]()

// value writes v. With elide, v is an element of a slice, array or map
// literal, so its composite type may be left out. With typed, a constant is
// converted to a named type (it stands alone; elsewhere the field or element
// type gives it one).
func (w *Writer) value(v reflect.Value, elide, typed bool) error {
	t := v.Type()
	if t == durationType {
		w.b.WriteString(duration(time.Duration(v.Int())))
		w.Imports["time"] = true
		return nil
	}
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.String:
		c, err := constant(v)
		if err != nil {
			return err
		}
		if typed && t.Name() != "" && t.PkgPath() != "" {
			w.b.WriteString(w.typeName(t) + "(" + c + ")")
			return nil
		}
		w.b.WriteString(c)
		return nil
	case reflect.Pointer:
		if v.IsNil() {
			w.b.WriteString("(" + w.typeName(t) + ")(nil)")
			return nil
		}
		if t.Elem().Kind() != reflect.Struct {
			return fmt.Errorf("golit: cannot write a pointer to %s: only pointers to structs have a literal", t.Elem())
		}
		p := v.Pointer()
		if w.seen[p] {
			return fmt.Errorf("golit: %s refers to itself", t)
		}
		w.seen[p] = true
		defer delete(w.seen, p)
		if !elide {
			w.b.WriteByte('&')
		}
		return w.value(v.Elem(), elide, false)
	case reflect.Struct:
		if !elide {
			w.b.WriteString(w.typeName(t))
		}
		w.b.WriteString("{")
		open := false
		for i := range t.NumField() {
			f := t.Field(i)
			fv := v.Field(i)
			if fv.IsZero() {
				continue
			}
			if !f.IsExported() {
				return fmt.Errorf("golit: %s.%s is unexported; a literal outside its package cannot set it", t, f.Name)
			}
			if !open {
				w.b.WriteString("\n")
				open = true
			}
			w.b.WriteString(f.Name + ": ")
			if err := w.value(fv, false, false); err != nil {
				return err
			}
			w.b.WriteString(",\n")
		}
		w.b.WriteString("}")
		return nil
	case reflect.Slice:
		if v.IsNil() {
			w.b.WriteString(w.typeName(t) + "(nil)")
			return nil
		}
		return w.elements(v, t, elide)
	case reflect.Array:
		return w.elements(v, t, elide)
	case reflect.Map:
		if v.IsNil() {
			w.b.WriteString(w.typeName(t) + "(nil)")
			return nil
		}
		return w.mapLiteral(v, t, elide)
	}
	return fmt.Errorf("golit: cannot write a %s (%s)", t.Kind(), t)
}

func (w *Writer) elements(v reflect.Value, t reflect.Type, elide bool) error {
	if !elide {
		w.b.WriteString(w.typeName(t))
	}
	w.b.WriteString("{")
	if v.Len() > 0 {
		w.b.WriteString("\n")
	}
	for i := range v.Len() {
		if err := w.value(v.Index(i), true, false); err != nil {
			return err
		}
		w.b.WriteString(",\n")
	}
	w.b.WriteString("}")
	return nil
}

func (w *Writer) mapLiteral(v reflect.Value, t reflect.Type, elide bool) error {
	type entry struct {
		key string
		val reflect.Value
	}
	entries := make([]entry, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		k := New(w.Pkg)
		if err := k.value(it.Key(), true, false); err != nil {
			return err
		}
		for imp := range k.Imports {
			w.Imports[imp] = true
		}
		entries = append(entries, entry{k.b.String(), it.Value()})
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	if !elide {
		w.b.WriteString(w.typeName(t))
	}
	w.b.WriteString("{")
	if len(entries) > 0 {
		w.b.WriteString("\n")
	}
	for _, e := range entries {
		w.b.WriteString(e.key + ": ")
		if err := w.value(e.val, true, false); err != nil {
			return err
		}
		w.b.WriteString(",\n")
	}
	w.b.WriteString("}")
	return nil
}

// typeName spells t as the output package sees it.
func (w *Writer) typeName(t reflect.Type) string {
	if t.Name() != "" {
		if t.PkgPath() == "" || t.PkgPath() == w.Pkg {
			return t.Name()
		}
		w.Imports[t.PkgPath()] = true
		return t.String() // "time.Duration": the package's name, then the type's
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + w.typeName(t.Elem())
	case reflect.Slice:
		return "[]" + w.typeName(t.Elem())
	case reflect.Array:
		return "[" + strconv.Itoa(t.Len()) + "]" + w.typeName(t.Elem())
	case reflect.Map:
		return "map[" + w.typeName(t.Key()) + "]" + w.typeName(t.Elem())
	}
	return t.String()
}

// constant is v, a boolean, number or string, as an untyped Go constant.
func constant(v reflect.Value) (string, error) {
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return "", fmt.Errorf("golit: %v has no constant", f)
		}
		if math.Signbit(f) && f == 0 {
			return "", fmt.Errorf("golit: -0 has no constant")
		}
		bits := 64
		if v.Kind() == reflect.Float32 {
			bits = 32
		}
		return strconv.FormatFloat(f, 'g', -1, bits), nil
	}
	return quote(v.String()), nil
}

// quote writes a text with line breaks as a raw string, so that a long
// paragraph reads in the generated file as it does in its source, when it
// can be one (no backquote, no control character but tab and newline);
// otherwise as a quoted string.
func quote(s string) string {
	if strings.Contains(s, "\n") && !strings.Contains(s, "\r") {
		raw := true
		for line := range strings.SplitSeq(s, "\n") {
			if !strconv.CanBackquote(line) {
				raw = false
				break
			}
		}
		if raw {
			return "`" + s + "`"
		}
	}
	return strconv.Quote(s)
}

// duration writes d in the largest unit that divides it: "30 * time.Second",
// "10 * time.Minute", "time.Duration(1500)".
func duration(d time.Duration) string {
	units := []struct {
		d    time.Duration
		name string
	}{{time.Hour, "Hour"}, {time.Minute, "Minute"}, {time.Second, "Second"}, {time.Millisecond, "Millisecond"}, {time.Microsecond, "Microsecond"}}
	if d == 0 {
		return "0"
	}
	for _, u := range units {
		if d%u.d == 0 {
			n := d / u.d
			if n == 1 {
				return "time." + u.name
			}
			return strconv.FormatInt(int64(n), 10) + " * time." + u.name
		}
	}
	return "time.Duration(" + strconv.FormatInt(int64(d), 10) + ")"
}
