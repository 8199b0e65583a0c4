package content

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	embedded "github.com/crampcoach/cramp/content"
)

var updateSchemas = flag.Bool("update-schemas", false, "rewrite docs/schema/*.schema.json from the content types")

// schemaBase is where the schemas are published; each content file names
// its own in a yaml-language-server comment so editors complete and check
// it.
const schemaBase = "https://raw.githubusercontent.com/crampcoach/cramp/main/docs/schema/"

// fileTypes maps each content file to the type it is read into.
var fileTypes = map[string]reflect.Type{
	FileSources:   reflect.TypeFor[SourcesFile](),
	FileRelief:    reflect.TypeFor[Relief](),
	FileRedFlags:  reflect.TypeFor[RedFlags](),
	FileAbout:     reflect.TypeFor[About](),
	FileRoutines:  reflect.TypeFor[Routines](),
	FileChecklist: reflect.TypeFor[Checklist](),
	FileLearn:     reflect.TypeFor[Learn](),
	FileRegions:   reflect.TypeFor[Regions](),
}

// schemaFiles are the files with a schema: the set's, and regions.yaml.
var schemaFiles = append(append([]string{}, Files...), FileRegions)

func schemaName(file string) string { return strings.TrimSuffix(file, ".yaml") + ".schema.json" }

// schemaFor is the JSON Schema of a content file, made from its Go type:
// every key the strict loader knows and no other (additionalProperties:
// false, as DisallowUnknownField). Which keys are required, and the rules
// between them, stay with the validator and the README; the schema only
// says "version" is.
func schemaFor(file string) map[string]any {
	s := typeSchema(fileTypes[file])
	s["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	s["$id"] = schemaBase + schemaName(file)
	s["title"] = "Cramp Coach content: " + file
	s["required"] = []string{"version"}
	s["properties"].(map[string]any)["version"] = map[string]any{"const": 1}
	return s
}

func typeSchema(t reflect.Type) map[string]any {
	if t == reflect.TypeFor[Duration]() {
		return map[string]any{"type": "string", "pattern": `^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$`, "description": "a length like 30s, 1m30s or 10m"}
	}
	switch t.Kind() {
	case reflect.Pointer:
		return typeSchema(t.Elem())
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint, reflect.Uint64:
		return map[string]any{"type": "integer"}
	case reflect.Float64, reflect.Float32:
		return map[string]any{"type": "number"}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": typeSchema(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": typeSchema(t.Elem())}
	case reflect.Struct:
		props := map[string]any{}
		for i := range t.NumField() {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if name == "-" || !f.IsExported() {
				continue
			}
			if name == "" {
				name = strings.ToLower(f.Name)
			}
			props[name] = typeSchema(f.Type)
		}
		return map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	}
	panic(fmt.Sprintf("no schema for %v", t))
}

func TestSchemasMatchTheContentTypes(t *testing.T) {
	for _, file := range schemaFiles {
		want, err := json.MarshalIndent(schemaFor(file), "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, '\n')
		path := filepath.Join("..", "..", "docs", "schema", schemaName(file))
		if *updateSchemas {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is not the schema of %s's type (%v); run: go test ./internal/content -run Schemas -update-schemas", path, file, err)
		}
	}
}

// Each built-in file names its schema for editors, so an exported copy
// does too, and the schema accepts the file while rejecting a key the
// loader would.
func TestEachContentFileNamesASchemaThatAcceptsIt(t *testing.T) {
	for _, file := range schemaFiles {
		data, err := embedded.FS.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(string(data), "\n")
		if want := "# yaml-language-server: $schema=" + schemaBase + schemaName(file); first != want {
			t.Errorf("%s: first line %q, want %q", file, first, want)
		}
		var doc any
		if err := yaml.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		schema := roundTrip(t, schemaFor(file))
		if errs := check(doc, schema, file); len(errs) > 0 {
			t.Errorf("the schema rejects the built-in %s:\n%s", file, strings.Join(errs, "\n"))
		}
		doc.(map[string]any)["bogus"] = 1
		if errs := check(doc, schema, file); len(errs) == 0 {
			t.Errorf("the schema of %s accepts an unknown key", file)
		}
	}
}

func roundTrip(t *testing.T, s map[string]any) map[string]any {
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// check applies the part of JSON Schema the generated schemas use: type,
// const, properties, additionalProperties, items, required.
func check(v any, s map[string]any, at string) []string {
	var errs []string
	if c, ok := s["const"]; ok && fmt.Sprint(c) != fmt.Sprint(v) {
		errs = append(errs, fmt.Sprintf("%s: %v is not %v", at, v, c))
	}
	switch s["type"] {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return append(errs, fmt.Sprintf("%s: not a mapping", at))
		}
		props, _ := s["properties"].(map[string]any)
		for k, x := range m {
			if p, ok := props[k].(map[string]any); ok {
				errs = append(errs, check(x, p, at+"."+k)...)
			} else if ap, ok := s["additionalProperties"].(map[string]any); ok {
				errs = append(errs, check(x, ap, at+"."+k)...)
			} else if s["additionalProperties"] == false {
				errs = append(errs, fmt.Sprintf("%s: unknown key %q", at, k))
			}
		}
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := m[r.(string)]; !ok {
					errs = append(errs, fmt.Sprintf("%s: %v is required", at, r))
				}
			}
		}
	case "array":
		list, ok := v.([]any)
		if !ok {
			return append(errs, fmt.Sprintf("%s: not a list", at))
		}
		for i, x := range list {
			errs = append(errs, check(x, s["items"].(map[string]any), fmt.Sprintf("%s[%d]", at, i))...)
		}
	case "string":
		if _, ok := v.(string); !ok {
			errs = append(errs, fmt.Sprintf("%s: %v is not text", at, v))
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			errs = append(errs, fmt.Sprintf("%s: %v is not true or false", at, v))
		}
	case "integer":
		switch v.(type) {
		case int, int64, uint64:
		default:
			errs = append(errs, fmt.Sprintf("%s: %v is not a whole number", at, v))
		}
	}
	return errs
}
