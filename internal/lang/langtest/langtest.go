// Package langtest runs the golden table of a language package under
// internal/lang (lang/<code>/<code>_test.go): one commented case per rule,
// each rule a function of the package, or of a list it fills in, from a
// word or a text to the string it gives. Predicates give "true" or "false"
// (Bool), lists of words give them joined by spaces.
//
// The rules every language shares have helpers: Terms (the term pipeline,
// lang.Terms), FunctionWords (the words language identification counts)
// and Names (the lists of the language's cue.Names). The word lists of the
// other cue structs are checked by package cuetest.
package langtest

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/cue"
)

// Case is one row of a golden table: the rule named Rule gives Want for In.
type Case struct {
	Rule string
	In   string
	Want string
}

// Rules maps the name of a rule to the function it tests.
type Rules map[string]func(string) string

// Run checks the cases against the rules of rules, several Rules taken as
// one. It reports through t a case whose rule gives another string than
// Want, a case whose rule is in none of rules, a rule without a case and a
// rule named in two of rules.
func Run(t testing.TB, cases []Case, rules ...Rules) {
	t.Helper()
	all := Rules{}
	for _, r := range rules {
		for name, f := range r {
			if _, ok := all[name]; ok {
				t.Errorf("rule %s is given twice", name)
			}
			all[name] = f
		}
	}
	covered := map[string]bool{}
	for _, c := range cases {
		f, ok := all[c.Rule]
		if !ok {
			t.Errorf("unknown rule %s (case %q)", c.Rule, c.In)
			continue
		}
		covered[c.Rule] = true
		if got := f(c.In); got != c.Want {
			t.Errorf("%s(%q) = %q, want %q", c.Rule, c.In, got, c.Want)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(all)) {
		if !covered[name] {
			t.Errorf("rule %s has no case", name)
		}
	}
}

// Bool is the rule of predicate f: "true" or "false".
func Bool(f func(string) bool) func(string) string {
	return func(s string) string { return strconv.FormatBool(f(s)) }
}

// in is the rule "the word is in words": "true" or "false".
func in(words []string) func(string) string {
	return Bool(func(w string) bool { return slices.Contains(words, w) })
}

// Terms is the rule of the term pipeline of language code (lang.Terms):
// the terms of a text, sorted and joined by spaces.
func Terms(code string) func(string) string {
	return func(text string) string {
		return strings.Join(slices.Sorted(maps.Keys(lang.Terms(code, text))), " ")
	}
}

// FunctionWords is the rule "the word is one of the function words
// language identification counts", words as a language package declares
// them (FunctionWords: one string, separated by spaces).
func FunctionWords(words string) func(string) string {
	return in(strings.Fields(words))
}

// Names are the rules of the lists of n that hold words: "Title"
// (Titles), "Abbrev" (Abbrevs), "Conjunction" (Conjunctions) and
// "Particle" (Particles), each "the word is in the list". Compound titles
// (TitleSuffixes) are read by lang.HasTitleSuffix, a rule of its own.
func Names(n cue.Names) Rules {
	rules := Rules{}
	for name, words := range map[string][]string{
		"Title":       n.Titles,
		"Abbrev":      n.Abbrevs,
		"Conjunction": n.Conjunctions,
		"Particle":    n.Particles,
	} {
		if len(words) > 0 {
			rules[name] = in(words)
		}
	}
	return rules
}

// Words is the rule of f, which gives a list of words: the words joined by
// spaces.
func Words(f func(string) []string) func(string) string {
	return func(s string) string { return strings.Join(f(s), " ") }
}
