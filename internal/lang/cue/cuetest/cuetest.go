// Package cuetest checks the word lists that a language package fills in
// (a cue.Page, say) against the golden table of its test: one commented
// case per list, with a word the list holds and, where a near miss
// documents the list, one it does not.
package cuetest

import (
	"reflect"
	"slices"
	"testing"
)

// Case is one row of a golden table: the list named List holds Word and,
// when Out is not empty, does not hold Out. List names a field of the cue
// struct ("Bylines"), or a field of one of its struct fields
// ("Cues.SpeechVerbs").
type Case struct {
	List string
	Word string
	Out  string
}

// Check reports through t a case whose word is missing from its list or
// whose Out word is in it, a list of lists (a cue struct of []string
// fields, and of structs of them) that holds words but has no case, and a
// list that holds an empty or repeated word.
func Check(t testing.TB, lists any, cases []Case) {
	t.Helper()
	v := reflect.ValueOf(lists)
	if v.Kind() != reflect.Struct {
		t.Fatalf("cuetest: %T is not a struct of word lists", lists)
	}
	all := map[string][]string{}
	var names []string
	collect(v, "", all, &names)
	covered := map[string]bool{}
	for _, c := range cases {
		words, ok := all[c.List]
		if !ok {
			t.Errorf("%T has no word list %s", lists, c.List)
			continue
		}
		covered[c.List] = true
		if !slices.Contains(words, c.Word) {
			t.Errorf("%T.%s lacks %q", lists, c.List, c.Word)
		}
		if c.Out != "" && slices.Contains(words, c.Out) {
			t.Errorf("%T.%s holds %q", lists, c.List, c.Out)
		}
	}
	for _, name := range names {
		words := all[name]
		if len(words) > 0 && !covered[name] {
			t.Errorf("%T.%s has no case", lists, name)
		}
		for k, w := range words {
			if w == "" || slices.Contains(words[:k], w) {
				t.Errorf("%T.%s: word %q is empty or repeated", lists, name, w)
			}
		}
	}
}

// collect adds the []string fields of struct v, and of its struct fields,
// to all under their names, prefix and dots before them, and the names to
// names in the order of the fields.
func collect(v reflect.Value, prefix string, all map[string][]string, names *[]string) {
	for i := range v.NumField() {
		if !v.Type().Field(i).IsExported() {
			continue
		}
		name := prefix + v.Type().Field(i).Name
		f := v.Field(i)
		if f.Kind() == reflect.Struct {
			collect(f, name+".", all, names)
			continue
		}
		if words, ok := f.Interface().([]string); ok {
			all[name] = words
			*names = append(*names, name)
		}
	}
}
