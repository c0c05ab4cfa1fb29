package web

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/story"
)

// TestOpenAPIDocumentsEveryShape holds openapi.json, the one description
// of the JSON that the API and the CLI write, to the types of package api:
// each document, every field filled, writes exactly the fields its schema
// lists. story.Score is what `storyline compare --json` writes.
func TestOpenAPIDocumentsEveryShape(t *testing.T) {
	var doc struct {
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		schema string
		value  any
	}{
		{"Story", api.Story{}},
		{"StoryList", api.StoryList{}},
		{"StoryDetail", api.StoryDetail{}},
		{"Spread", api.SpreadRow{}},
		{"Article", api.Article{}},
		{"ArticleDetail", api.ArticleDetail{}},
		{"Extracted", api.Extracted{}},
		{"Facts", api.Facts{}},
		{"Score", api.Score{}},
		{"Score", story.Score{}},
		{"Entity", api.Entity{}},
		{"Variant", api.Variant{}},
		{"EntityDetail", api.EntityDetail{}},
		{"Quote", api.Quote{}},
		{"Source", api.Source{}},
		{"SearchResult", api.SearchResult{}},
		{"Fragment", api.Fragment{}},
		{"Error", api.Error{}},
		{"Health", api.Health{}},
	}
	for _, tt := range tests {
		name := reflect.TypeOf(tt.value).String()
		t.Run(name, func(t *testing.T) {
			raw, err := json.Marshal(filled(reflect.TypeOf(tt.value)).Interface())
			if err != nil {
				t.Fatal(err)
			}
			var fields map[string]json.RawMessage
			if err := json.Unmarshal(raw, &fields); err != nil {
				t.Fatal(err)
			}
			want := schemaProperties(t, doc.Components.Schemas, tt.schema)
			if got := sortedKeys(fields); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s writes %v; openapi.json's %s lists %v", name, got, tt.schema, want)
			}
		})
	}
}

// schemaProperties lists the properties of a schema, following allOf and
// $ref.
func schemaProperties(t *testing.T, schemas map[string]json.RawMessage, name string) []string {
	t.Helper()
	raw, ok := schemas[name]
	if !ok {
		t.Fatalf("openapi.json has no schema %s", name)
	}
	set := map[string]bool{}
	var collect func(raw json.RawMessage)
	collect = func(raw json.RawMessage) {
		var s struct {
			Ref        string                     `json:"$ref"`
			AllOf      []json.RawMessage          `json:"allOf"`
			Properties map[string]json.RawMessage `json:"properties"`
		}
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatal(err)
		}
		if s.Ref != "" {
			collect(schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")])
		}
		for _, part := range s.AllOf {
			collect(part)
		}
		for p := range s.Properties {
			set[p] = true
		}
	}
	collect(raw)
	return sortedKeys(set)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// filled is a value of type t with every field set, so that no omitempty
// field is left out.
func filled(t reflect.Type) reflect.Value {
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				v.Field(i).Set(filled(t.Field(i).Type))
			}
		}
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		p.Elem().Set(filled(t.Elem()))
		v.Set(p)
	case reflect.Slice:
		v.Set(reflect.Append(reflect.MakeSlice(t, 0, 1), filled(t.Elem())))
	case reflect.Map:
		m := reflect.MakeMap(t)
		m.SetMapIndex(filled(t.Key()), filled(t.Elem()))
		v.Set(m)
	case reflect.String:
		v.SetString("x")
	case reflect.Int, reflect.Int64:
		v.SetInt(1)
	case reflect.Float64:
		v.SetFloat(1)
	case reflect.Bool:
		v.SetBool(true)
	}
	return v
}
