// Package cuetest checks the word lists that a language package fills in
// (a cue.Page, say) against the golden table of its test: one commented
// case per list.
package cuetest

import (
	"reflect"
	"slices"
	"testing"
)

// Case is one row of a golden table: the list named List (a field of the
// cue struct, such as "Bylines") holds Word.
type Case struct {
	List string
	Word string
}

// Check reports through t a case whose word is missing from its list, a
// list of lists (a cue struct of []string fields) that holds words but has
// no case, and a list that holds an empty or repeated word.
func Check(t testing.TB, lists any, cases []Case) {
	t.Helper()
	v := reflect.ValueOf(lists)
	if v.Kind() != reflect.Struct {
		t.Fatalf("cuetest: %T is not a struct of word lists", lists)
	}
	covered := map[string]bool{}
	for _, c := range cases {
		f := v.FieldByName(c.List)
		var words []string
		ok := f.IsValid()
		if ok {
			words, ok = f.Interface().([]string)
		}
		if !ok {
			t.Errorf("%T has no word list %s", lists, c.List)
			continue
		}
		covered[c.List] = true
		if !slices.Contains(words, c.Word) {
			t.Errorf("%T.%s lacks %q", lists, c.List, c.Word)
		}
	}
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		words, ok := v.Field(i).Interface().([]string)
		if !ok {
			continue
		}
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
