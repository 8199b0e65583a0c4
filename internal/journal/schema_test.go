package journal

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// docs/schema/journal-record.schema.json must describe every field a record
// can have and every record type, or editors and other tools reading the
// journal would miss them.
func TestTheRecordSchemaKnowsEveryFieldAndType(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "schema", "journal-record.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]struct {
			Enum []string `json:"enum"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	rt := reflect.TypeFor[Record]()
	for i := range rt.NumField() {
		name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
		if _, ok := s.Properties[name]; !ok {
			t.Errorf("the schema lacks %q", name)
		}
	}
	if len(s.Properties) != rt.NumField() {
		t.Errorf("the schema has %d properties, a Record %d fields", len(s.Properties), rt.NumField())
	}
	for _, typ := range []string{TypeCrampStart, TypeCrampUpdate, TypeCrampEnd, TypeCrampLog, TypeCrampDelete, TypeCrampNotCramp, TypeCrampReturn, TypeRoutineEnd, TypeRoutineRest, TypeCheck} {
		if !slices.Contains(s.Properties["type"].Enum, typ) {
			t.Errorf("the schema's types lack %q", typ)
		}
	}
	if !slices.Equal(s.Properties["site"].Enum, Sites) || !slices.Equal(s.Properties["side"].Enum, Sides) {
		t.Error("the schema's sites or sides differ from the code's")
	}
}
