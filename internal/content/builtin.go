package content

import "errors"

//go:generate go run -tags cramp_regen ./gen

// The built-in content, made at build time: builtin_gen.go holds the files
// of content/ as Go values, loaded and validated by the generator (gen/),
// so that a start without a person's folder parses no YAML. The files stay
// the source: after editing one, run `go generate ./internal/content`; a
// test fails while builtin_gen.go is stale.
//
// builtin_gen.go sets these in its init. They are nil only in a build
// without it: the generator's (tag cramp_regen, so that an old file that no
// longer compiles cannot stop it), or a tree where it was deleted.
var (
	genSet     *Set
	genRegions *Regions
)

var errNotGenerated = errors.New("internal/content/builtin_gen.go is missing; run: go generate ./internal/content")

// Builtin returns the built-in content set, the one Load(embedded files)
// gives, without parsing or checking anything at run time (the generator
// and the tests did). Each call returns a Set of its own, so replacing a
// part of it (Regions.Localize replaces two) changes no other caller's; the
// lists inside are shared by every call and, like all loaded content, are
// never changed in place. The error is only for a tree whose generated
// file is missing.
func Builtin() (*Set, error) {
	if genSet == nil {
		return nil, errNotGenerated
	}
	set := *genSet
	return &set, nil
}

// BuiltinRegions returns the built-in regions.yaml, the one LoadRegions
// gives from the embedded files against the built-in set's sources, as
// Builtin does.
func BuiltinRegions() (*Regions, error) {
	if genRegions == nil {
		return nil, errNotGenerated
	}
	r := *genRegions
	return &r, nil
}
