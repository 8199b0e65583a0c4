package content

import (
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"strings"
)

// Merging a person's routines.yaml and checklist.yaml with the built-in ones.
//
// Every other file in a person's content folder replaces the built-in file of
// the same name as a whole. These two are merged instead, so that a folder can
// add one routine or hide one habit without copying, and then maintaining,
// all the others:
//
//   - A stretch, routine or checklist item whose id is built in replaces the
//     built-in one where it stands; a new id is added after the built-in ones,
//     in the person's order.
//   - `hide: [ids]` removes built-in routines (in routines.yaml) or items (in
//     checklist.yaml). Hiding an id that is not built in, or one the same
//     file also defines, is an error; so is hiding the default routine unless
//     the file sets a new `default`. Stretches are not hidden: one that no
//     routine lists is never shown.
//   - Any other top-level field the person's file writes (default, get_ready,
//     switch, during, intro, finished, safety, voice; the checklist's intro)
//     replaces the built-in one as a whole.
//
// The merged result is validated as one file, and each problem is reported in
// the file it is written in: "routines.yaml:12:5: …" for the person's file,
// "built-in routines.yaml:40:7: …" for a built-in part (say, a stretch citing
// a source the person's sources.yaml dropped). `hide` in the built-in file, or
// in a set loaded without a built-in one, is an error.

// builtinPrefix names the built-in file in errors about its parts when a
// person's file is merged over it.
const builtinPrefix = "built-in "

// parts says where each part of a merged file (routines.yaml, checklist.yaml)
// is written, so that a problem is reported in the file and at the line that
// holds it. Without a person's file, everything is in base.
type parts struct {
	base *doc // the file, or the built-in file under a person's one
	over *doc // the person's file, or nil
	// top holds the top-level keys taken from over.
	top map[string]bool
	// lists gives, for a merged list ("stretches", "routines", "items"), where
	// each element of the result is written.
	lists map[string][]place
}

// place is a node of one file: the file and the goccy path to the node.
type place struct {
	d *doc
	p string
}

func (pl place) errorf(sub, format string, args ...any) {
	pl.d.errorf(pl.p+sub, format, args...)
}

func (pl place) has(sub string) bool { return pl.d.has(pl.p + sub) }

// field is where top-level key is written.
func (p *parts) field(key string) place {
	if p.over != nil && p.top[key] {
		return place{p.over, "$." + key}
	}
	return place{p.base, "$." + key}
}

// elem is where element i of a merged list is written.
func (p *parts) elem(list string, i int) place {
	if pl, ok := p.lists[list]; ok && i < len(pl) {
		return pl[i]
	}
	return p.field(list).index(i)
}

func (pl place) index(i int) place { return place{pl.d, fmt.Sprintf("%s[%d]", pl.p, i)} }

// mergeable is a file that merges: Routines or Checklist.
type mergeable[T any] interface {
	*T
	fileVersion() int
	// merge merges over, a person's file, into the receiver, the built-in
	// file, recording in p where each part of the result is written.
	merge(over *T, p *parts)
	// hidden is the file's hide list.
	hidden() []string
}

func (r *Routines) fileVersion() int  { return r.Version }
func (c *Checklist) fileVersion() int { return c.Version }
func (r *Routines) hidden() []string  { return r.Hide }
func (c *Checklist) hidden() []string { return c.Hide }

// readMerged reads a file that merges into v: from a person's folder merged
// over the built-in file when fsys is a Layer whose overlay has the file,
// else from fsys alone. It checks the version of each file read and returns
// where the parts of v are written, or nil when a file could not be decoded
// well enough to check its meaning (the problems are already in errs).
func readMerged[T any, PT mergeable[T]](fsys fs.FS, name string, present map[string]bool, v PT, errs *Errors) *parts {
	l, ok := fsys.(layered)
	if ok && (!exists(l.overlay, name) || !exists(l.base, name)) {
		ok = false
	}
	if !ok {
		d := readDoc(fsys, name, present, v, errs)
		if d == nil {
			return nil
		}
		checkVersion(d, v.fileVersion())
		p := &parts{base: d}
		if len(v.hidden()) > 0 {
			p.field("hide").errorf("", "hide may only be used in your own folder's %s, to remove built-in ones", name)
		}
		return p
	}
	both := map[string]bool{name: true}
	var over T
	before := len(*errs)
	bd := readDoc(l.base, name, both, v, errs)
	for i := before; i < len(*errs); i++ {
		(*errs)[i].File = builtinPrefix + name
	}
	od := readDoc(l.overlay, name, both, PT(&over), errs)
	if bd != nil {
		bd.name = builtinPrefix + name
		checkVersion(bd, v.fileVersion())
		if len(v.hidden()) > 0 {
			bd.errorf("$.hide", "hide may only be used in your own folder's %s, to remove built-in ones", name)
		}
	}
	if od != nil {
		checkVersion(od, PT(&over).fileVersion())
	}
	if bd == nil || od == nil {
		return nil
	}
	p := &parts{base: bd, over: od, top: map[string]bool{}, lists: map[string][]place{}}
	v.merge(&over, p)
	return p
}

func exists(fsys fs.FS, name string) bool {
	_, err := fs.Stat(fsys, name)
	return err == nil
}

// takeTop copies into base every top-level field that over's file writes,
// except version and the fields named in keep (the merged lists and hide),
// and records them in p.top.
func (p *parts) takeTop(base, over any, keep ...string) {
	bv, ov := reflect.ValueOf(base).Elem(), reflect.ValueOf(over).Elem()
	t := bv.Type()
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name == "version" || name == "" || name == "-" || slices.Contains(keep, name) {
			continue
		}
		if p.over.topValue(name) != nil {
			bv.Field(i).Set(ov.Field(i))
			p.top[name] = true
		}
	}
}

// mergeList merges over's list into base's by id (see the comment at the top
// of the file) and records where each element of the result is written. A
// second element of over with the same id is added, not merged, so that the
// duplicate is reported.
func mergeList[E any](p *parts, list string, base, over []E, id func(E) string) []E {
	out := make([]E, len(base), len(base)+len(over))
	copy(out, base)
	at := make([]place, len(base), cap(out))
	builtin := make(map[string]int, len(base))
	for i, e := range base {
		at[i] = place{p.base, fmt.Sprintf("$.%s[%d]", list, i)}
		if _, dup := builtin[id(e)]; !dup && id(e) != "" {
			builtin[id(e)] = i
		}
	}
	replaced := map[string]bool{}
	for j, e := range over {
		pl := place{p.over, fmt.Sprintf("$.%s[%d]", list, j)}
		if i, ok := builtin[id(e)]; ok && !replaced[id(e)] {
			out[i], at[i] = e, pl
			replaced[id(e)] = true
			continue
		}
		out = append(out, e)
		at = append(at, pl)
	}
	p.lists[list] = at
	return out
}

// hideFrom removes the built-in elements named in the person's hide list from
// a merged list, reporting ids that are not built in or that the person's
// file also defines; entry skip (-1 for none) is left alone. what names an
// element ("routine").
func hideFrom[E any](p *parts, list, what string, merged []E, builtin, over []E, hide []string, skip int, id func(E) string) []E {
	isBuiltin := map[string]bool{}
	for _, e := range builtin {
		isBuiltin[id(e)] = true
	}
	defined := map[string]bool{}
	for _, e := range over {
		defined[id(e)] = true
	}
	drop := map[string]bool{}
	for k, h := range hide {
		hp := fmt.Sprintf("$.hide[%d]", k)
		switch {
		case k == skip:
		case !isBuiltin[h]:
			p.over.errorf(hp, "hide names %s %q, which is not a built-in %s", what, h, what)
		case defined[h]:
			p.over.errorf(hp, "hide names %s %q, which this file also defines; remove one of the two", what, h)
		default:
			drop[h] = true
		}
	}
	if len(drop) == 0 {
		return merged
	}
	out := make([]E, 0, len(merged))
	at := make([]place, 0, len(merged))
	for i, e := range merged {
		if drop[id(e)] && p.lists[list][i].d == p.base {
			continue
		}
		out = append(out, e)
		at = append(at, p.lists[list][i])
	}
	p.lists[list] = at
	return out
}

func (r *Routines) merge(o *Routines, p *parts) {
	builtin := r.Routines
	p.takeTop(r, o, "stretches", "routines", "hide")
	// The built-in default stays when hidden without a new one, so that the
	// one problem is reported once, at the hide entry.
	skip := -1
	if k := slices.Index(o.Hide, r.Default); k >= 0 && !p.top["default"] {
		p.over.errorf(fmt.Sprintf("$.hide[%d]", k), "hide removes routine %q, the default; set default to another routine", r.Default)
		skip = k
	}
	r.Stretches = mergeList(p, "stretches", r.Stretches, o.Stretches, func(s Stretch) string { return s.ID })
	routineID := func(x Routine) string { return x.ID }
	r.Routines = mergeList(p, "routines", r.Routines, o.Routines, routineID)
	r.Routines = hideFrom(p, "routines", "routine", r.Routines, builtin, o.Routines, o.Hide, skip, routineID)
	r.Hide = nil
}

func (c *Checklist) merge(o *Checklist, p *parts) {
	builtin := c.Items
	p.takeTop(c, o, "items", "hide")
	itemID := func(x Item) string { return x.ID }
	c.Items = mergeList(p, "items", c.Items, o.Items, itemID)
	c.Items = hideFrom(p, "items", "item", c.Items, builtin, o.Items, o.Hide, -1, itemID)
	c.Hide = nil
}
