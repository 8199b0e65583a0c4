package content

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// Load reads and validates a whole content set from fsys (the embedded files,
// a user's folder layered over them, or an fstest.MapFS in tests). On failure
// the error is an Errors value listing every problem found, not just the
// first. Each file is parsed once; the decoder works from that syntax tree,
// which is kept only to place error messages.
func Load(fsys fs.FS) (*Set, error) { return load(fsys, true) }

// LoadCore and LoadRest are the app's path through a person's folder (the
// built-in content alone comes whole from Builtin, parsed at build time).
//
// LoadCore is Load without the files nothing needs before relief's first
// frame (routines, checklist and the Learn pages): the person in pain at
// 3 a.m. should not wait while they are parsed. LoadRest adds them
// afterwards. Those files must still be present, and a file of an unknown
// name is still an error. Both check as much as Load does.
func LoadCore(fsys fs.FS) (*Set, error) { return load(fsys, false) }

// coreFile reports whether LoadCore reads the file.
func coreFile(name string) bool {
	return name != FileLearn && name != FileRoutines && name != FileChecklist
}

// LoadRest reads and validates the files LoadCore left out from fsys,
// against the sources of core (a set from LoadCore), with the same checks and
// safety rules as Load, and returns the whole set; core is not changed.
func LoadRest(fsys fs.FS, core *Set) (*Set, error) {
	var errs Errors
	set := *core
	// Decoded afresh, never into lists core may share (a Builtin set's).
	set.Routines, set.Checklist, set.Learn = Routines{}, Checklist{}, Learn{}
	keys := make(map[string]bool, len(core.Sources))
	for _, src := range core.Sources {
		keys[src.Key] = true
	}
	present := map[string]bool{}
	var docs ruleDocs
	for _, name := range Files {
		if coreFile(name) {
			continue
		}
		if _, err := fs.Stat(fsys, name); err != nil {
			errs = append(errs, Error{File: name, Msg: "file is missing; a content set needs " + knownFiles()})
			continue
		}
		present[name] = true
	}
	if p := readMerged(fsys, FileRoutines, present, &set.Routines, &errs); p != nil {
		checkRoutines(p, &set.Routines, keys)
		docs.routines = p
	}
	if p := readMerged(fsys, FileChecklist, present, &set.Checklist, &errs); p != nil {
		checkChecklist(p, &set.Checklist, keys)
		docs.checklist = p
	}
	if d := readDoc(fsys, FileLearn, present, &set.Learn, &errs); d != nil {
		checkVersion(d, set.Learn.Version)
		checkLearn(d, &set.Learn, keys)
		docs.learn = d
	}
	checkRules(docs, &set)
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, errs
	}
	return &set, nil
}

func load(fsys fs.FS, withRest bool) (*Set, error) {
	var errs Errors
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		var fe *FolderError
		if errors.As(err, &fe) {
			return nil, Errors{{Msg: fe.Error()}}
		}
		return nil, Errors{{Msg: "cannot list the content files: " + err.Error()}}
	}
	present := make(map[string]bool, len(Files))
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() {
			continue
		}
		if slices.Contains(Files, name) {
			present[name] = true
			continue
		}
		if name == FileRegions {
			continue // optional, read by LoadRegions
		}
		if ext := strings.ToLower(path.Ext(name)); ext == ".yaml" || ext == ".yml" {
			errs = append(errs, Error{File: name, Msg: unknownFileMsg(name)})
		}
	}
	for _, name := range Files {
		if !present[name] {
			errs = append(errs, Error{File: name, Msg: "file is missing; a content set needs " + knownFiles()})
		}
	}

	// The files are independent until validation, and parsing is most of
	// the start-up cost, so they are parsed at once, each with its own errors.
	var (
		set     Set
		sources SourcesFile
		targets = []any{&sources, &set.Relief, &set.RedFlags, &set.About, nil, nil, &set.Learn} // in Files order; routines and checklist merge
		docs    = make([]*doc, len(Files))
		fileErr = make([]Errors, len(Files))
		wg      sync.WaitGroup
	)
	var routines, checklist *parts // merged with the built-in file under a person's folder (merge.go)
	for i, name := range Files {
		if !withRest && !coreFile(name) {
			continue
		}
		switch name {
		case FileRoutines:
			wg.Go(func() { routines = readMerged(fsys, name, present, &set.Routines, &fileErr[i]) })
		case FileChecklist:
			wg.Go(func() { checklist = readMerged(fsys, name, present, &set.Checklist, &fileErr[i]) })
		default:
			wg.Go(func() { docs[i] = readDoc(fsys, name, present, targets[i], &fileErr[i]) })
		}
	}
	wg.Wait()
	srcDoc, relief, redflags, about, learn := docs[0], docs[1], docs[2], docs[3], docs[6]
	// Source keys are only checked against a sources.yaml that could be
	// read; otherwise every citation would be reported as well.
	var keys map[string]bool
	if srcDoc != nil {
		checkVersion(srcDoc, sources.Version)
		keys = checkSources(srcDoc, sources.Sources)
	}
	if relief != nil {
		checkVersion(relief, set.Relief.Version)
		checkRelief(relief, &set.Relief, keys)
	}
	if redflags != nil {
		checkVersion(redflags, set.RedFlags.Version)
		checkRedFlags(redflags, &set.RedFlags, keys)
	}
	if about != nil {
		checkVersion(about, set.About.Version)
		checkAbout(about, &set.About)
	}
	if routines != nil {
		checkRoutines(routines, &set.Routines, keys)
	}
	if checklist != nil {
		checkChecklist(checklist, &set.Checklist, keys)
	}
	if learn != nil {
		checkVersion(learn, set.Learn.Version)
		checkLearn(learn, &set.Learn, keys)
	}
	// The content safety rules (rules.go) read what the structural checks
	// let through; each file that could be decoded is checked.
	checkRules(ruleDocs{relief: relief, redflags: redflags, about: about, routines: routines, checklist: checklist, learn: learn}, &set)
	for _, fe := range fileErr {
		errs = append(errs, fe...)
	}
	if len(errs) > 0 {
		sortErrors(errs)
		return nil, errs
	}
	set.Sources = sources.Sources
	return &set, nil
}

func knownFiles() string {
	return strings.Join(Files[:len(Files)-1], ", ") + " and " + Files[len(Files)-1]
}

func unknownFileMsg(name string) string {
	stem := strings.TrimSuffix(name, path.Ext(name))
	for _, f := range Files {
		if strings.EqualFold(stem, strings.TrimSuffix(f, ".yaml")) {
			return fmt.Sprintf("unknown content file; did you mean %s?", f)
		}
	}
	return "unknown content file; the known files are " + knownFiles()
}

// doc is one parsed file: its syntax tree places the validator's messages.
type doc struct {
	name string
	src  []byte   // the file as read, to place a rule's message inside a long text
	body ast.Node // the first (only) document
	errs *Errors
}

// readDoc reads, parses and strictly decodes one file into v. It returns nil
// when the file is absent or could not be decoded well enough to validate
// its meaning (the problems are already in errs).
func readDoc(fsys fs.FS, name string, present map[string]bool, v any, errs *Errors) (d *doc) {
	if !present[name] {
		return nil
	}
	// A user's file must never crash the app before relief shows: a panic in
	// the YAML library becomes one more error, and the built-in content is used.
	defer func() {
		if r := recover(); r != nil {
			*errs = append(*errs, Error{File: name, Msg: fmt.Sprintf("could not be read (the YAML parser failed: %v)", r)})
			d = nil
		}
	}()
	data, why := readLimited(fsys, name)
	if why != "" {
		*errs = append(*errs, Error{File: name, Msg: why})
		return nil
	}
	if line, col, err := checkDepth(data); err != nil {
		*errs = append(*errs, Error{File: name, Line: line, Column: col,
			Msg: fmt.Sprintf("lists and mappings nest more than %d deep here; content needs far fewer", MaxDepth)})
		return nil
	}
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		*errs = append(*errs, fromYAML(name, err))
		return nil
	}
	if len(f.Docs) == 0 || f.Docs[0].Body == nil {
		*errs = append(*errs, Error{File: name, Msg: fmt.Sprintf("file is empty; it needs at least \"version: %d\"", Version)})
		return nil
	}
	d = &doc{name: name, src: data, body: f.Docs[0].Body, errs: errs}
	if !d.checkSize() {
		return nil
	}
	before := len(*errs)
	ast.Walk(controlText{d}, d.body)
	if len(*errs) > before {
		return nil
	}
	if len(f.Docs) > 1 {
		tk := f.Docs[1].Start
		if tk == nil && f.Docs[1].Body != nil {
			tk = f.Docs[1].Body.GetToken()
		}
		d.errorAt(tk, "only one YAML document is allowed per file; remove this \"---\" and what follows")
	}
	body := d.body
	err = yaml.NodeToValue(body, v, yaml.DisallowUnknownField())
	if err == nil {
		return d
	}
	// goccy stops at the first unknown field (and picks it at random when a
	// mapping has several), so find them all ourselves.
	before = len(*errs)
	unknownFields(d, reflect.TypeOf(v).Elem(), body)
	var ufe *yaml.UnknownFieldError
	if !errors.As(err, &ufe) {
		*errs = append(*errs, fromYAML(name, err))
		return nil
	}
	if len(*errs) == before { // should not happen; never lose goccy's report
		*errs = append(*errs, fromYAML(name, err))
	}
	// Unknown fields only: decode again without them so that the file's
	// meaning can still be checked and every problem reported in one go.
	reflect.ValueOf(v).Elem().SetZero()
	if err := yaml.NodeToValue(body, v); err != nil {
		*errs = append(*errs, fromYAML(name, err))
		return nil
	}
	return d
}

// unknownFields reports every mapping key under n that type t has no field
// for, with the fields it does have.
func unknownFields(d *doc, t reflect.Type, n ast.Node) {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
			continue
		case *ast.TagNode:
			n = v.Value
			continue
		}
		break
	}
	if n == nil {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if reflect.PointerTo(t).Implements(nodeUnmarshalerType) {
			return
		}
		m, ok := n.(ast.MapNode)
		if !ok {
			return
		}
		fields := fieldsOf(t)
		it := m.MapRange()
		for it.Next() {
			k := it.Key()
			if k.IsMergeKey() {
				continue
			}
			name := k.GetToken().Value
			ft, ok := fields.types[name]
			if !ok {
				d.errorAt(k.GetToken(), unknownFieldMsg(name, fields.names))
				continue
			}
			unknownFields(d, ft, it.Value())
		}
	case reflect.Slice:
		if s, ok := n.(*ast.SequenceNode); ok {
			for _, v := range s.Values {
				unknownFields(d, t.Elem(), v)
			}
		}
	}
}

var nodeUnmarshalerType = reflect.TypeFor[interface{ UnmarshalYAML(ast.Node) error }]()

type structFields struct {
	types map[string]reflect.Type
	names []string // in declaration order, for messages
}

var fieldCache sync.Map // reflect.Type → *structFields

func fieldsOf(t reflect.Type) *structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*structFields)
	}
	f := &structFields{types: map[string]reflect.Type{}}
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = strings.ToLower(sf.Name)
		}
		f.types[name] = sf.Type
		f.names = append(f.names, name)
	}
	fieldCache.Store(t, f)
	return f
}

func unknownFieldMsg(name string, known []string) string {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editDistance(name, k); d < bestDist {
			best, bestDist = k, d
		}
	}
	if best != "" {
		return fmt.Sprintf("unknown field %q; did you mean %q?", name, best)
	}
	return fmt.Sprintf("unknown field %q; the fields here are %s", name, strings.Join(known, ", "))
}

// editDistance is the Levenshtein distance, for "did you mean" hints.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// errorf reports a problem at the node found by a goccy path such as
// "$.steps[2].hold". When that node does not exist (a missing field), the
// nearest existing parent is used instead, so a missing title points at its
// step.
func (d *doc) errorf(p string, format string, args ...any) {
	d.errorAt(d.tokenAt(p), fmt.Sprintf(format, args...))
}

func (d *doc) errorAt(tk *token.Token, msg string) {
	e := Error{File: d.name, Msg: msg}
	if tk != nil && tk.Position != nil {
		e.Line, e.Column = tk.Position.Line, tk.Position.Column
	}
	*d.errs = append(*d.errs, e)
}

// tokenAt returns the token that marks the node at path p or, when there is
// none, at its nearest parent. A mapping, list or empty value that is the
// value of a key is marked by that key ("sites:"); a mapping that is a list
// item (a step) by its first key, rather than by goccy's choice, the first
// colon.
func (d *doc) tokenAt(p string) *token.Token {
	for {
		if n := d.node(p); n != nil {
			if t := n.Type(); t == ast.MappingType || t == ast.SequenceType || t == ast.NullType {
				if k := d.keyToken(p); k != nil {
					return k
				}
			}
			return startToken(n)
		}
		if p == "$" {
			return nil
		}
		p = parentPath(p)
	}
}

// topValue returns the value of a top-level key, or nil; cheaper than a path
// for the checks every valid file goes through.
func (d *doc) topValue(key string) ast.Node {
	m, ok := d.body.(ast.MapNode)
	if !ok {
		return nil
	}
	for it := m.MapRange(); it.Next(); {
		if it.Key().GetToken().Value == key {
			return it.Value()
		}
	}
	return nil
}

// has reports whether the node at path p is written in the file.
func (d *doc) has(p string) bool { return d.node(p) != nil }

func (d *doc) node(p string) ast.Node {
	yp, err := yaml.PathString(p)
	if err != nil {
		return nil
	}
	n, err := yp.FilterNode(d.body)
	if err != nil {
		return nil
	}
	return n
}

// keyToken returns the key token for a path that ends in a key ("$.x.sites"),
// or nil when it ends in a list index or is the root.
func (d *doc) keyToken(p string) *token.Token {
	i := strings.LastIndexByte(p, '.')
	if i < 0 || strings.ContainsRune(p[i:], '[') {
		return nil
	}
	parent, key := p[:i], p[i+1:]
	if parent == "" {
		parent = "$"
	}
	m, ok := d.node(parent).(ast.MapNode)
	if !ok {
		return nil
	}
	for it := m.MapRange(); it.Next(); {
		if k := it.Key(); k.GetToken().Value == key {
			return k.GetToken()
		}
	}
	return nil
}

func startToken(n ast.Node) *token.Token {
	switch v := n.(type) {
	case *ast.MappingNode:
		if len(v.Values) > 0 && !v.IsFlowStyle {
			return v.Values[0].Key.GetToken()
		}
	case *ast.MappingValueNode:
		return v.Key.GetToken()
	}
	return n.GetToken()
}

// parentPath drops the last step of a goccy path: "$.steps[2].hold" →
// "$.steps[2]" → "$.steps" → "$".
func parentPath(p string) string {
	i := max(strings.LastIndexByte(p, '.'), strings.LastIndexByte(p, '['))
	if i <= 0 {
		return "$"
	}
	return p[:i]
}

// Decode reads name from fsys and decodes it into v as strictly as a
// content file: a size and depth limit, no unknown keys, no wrong types,
// every problem placed at its line and column. It is for the app's other
// YAML files (the settings file), so that they read and fail alike. An
// empty file is an error here; a caller that allows one checks first.
func Decode(fsys fs.FS, name string, v any) Errors {
	var errs Errors
	readDoc(fsys, name, map[string]bool{name: true}, v, &errs)
	return errs
}
