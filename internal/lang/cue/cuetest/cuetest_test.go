package cuetest

import (
	"fmt"
	"slices"
	"testing"
)

// recorder is a testing.TB that keeps what is reported.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

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
	r := &recorder{TB: t}
	Check(r, l, []Case{
		// A case that holds, in a struct inside.
		{List: "Inner.Verbs", Word: "said", Out: "walked"},
		// A word the list lacks, and one it holds but must not.
		{List: "Titles", Word: "gen", Out: "mr"},
		// A list there is not.
		{List: "Bylines", Word: "by"},
	})
	want := []string{
		`cuetest.lists.Titles lacks "gen"`,
		`cuetest.lists.Titles holds "mr"`,
		"cuetest.lists has no word list Bylines",
		"cuetest.lists.Inner.Nouns has no case",
		`cuetest.lists.Titles: word "mr" is empty or repeated`,
	}
	if !slices.Equal(r.errors, want) {
		t.Errorf("Check reported\n%q\nwant\n%q", r.errors, want)
	}
}
