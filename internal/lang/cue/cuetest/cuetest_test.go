package cuetest

import (
	"fmt"
	"maps"
	"testing"
)

// failures is a testing.TB that keeps, as a set, the messages it is told
// to report.
type failures struct {
	testing.TB
	got map[string]bool
}

func (f failures) Helper() {}

func (f failures) Errorf(format string, args ...any) { f.got[fmt.Sprintf(format, args...)] = true }

// lists is a cue struct with a struct of lists inside.
type lists struct {
	Inner  struct{ Verbs, Nouns []string }
	Titles []string
	Empty  []string
}

// TestCheck breaks each check once: every break is reported.
func TestCheck(t *testing.T) {
	var l lists
	l.Inner.Verbs = []string{"said", "told"}
	l.Inner.Nouns = []string{"source"}
	l.Titles = []string{"mr", "mr"}
	f := failures{TB: t, got: map[string]bool{}}
	Check(f, l, []Case{
		// A case that holds, in a struct inside.
		{List: "Inner.Verbs", Word: "said", Out: "walked"},
		// A word the list lacks, and one it holds but must not.
		{List: "Titles", Word: "gen", Out: "mr"},
		// A list there is not.
		{List: "Bylines", Word: "by"},
	})
	want := map[string]bool{
		`cuetest.lists.Titles lacks "gen"`:                     true,
		`cuetest.lists.Titles holds "mr"`:                      true,
		"cuetest.lists has no word list Bylines":               true,
		"cuetest.lists.Inner.Nouns has no case":                true,
		`cuetest.lists.Titles: word "mr" is empty or repeated`: true,
	}
	if !maps.Equal(f.got, want) {
		t.Errorf("Check reported %v, want %v", f.got, want)
	}
}
