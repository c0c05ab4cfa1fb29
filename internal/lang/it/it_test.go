package it_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/it"
)

// TestItalian is the golden table of Italian: one case per rule, named
// by the function or list it tests.
func TestItalian(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: plural -i.
		{"Stem", "ospedali", "ospedal"},
		// Stem: Snowball: participle.
		{"Stem", "annunciato", "annunc"},
		// IsStop: Snowball stop list: article.
		{"IsStop", "gli", "true"},
		// IsStop: news word: "according to".
		{"IsStop", "secondo", "true"},
		// IsStop: content word.
		{"IsStop", "governo", "false"},
		// IsFunctionWord: function word.
		{"IsFunctionWord", "della", "true"},
		// IsFunctionWord: a news word is no function word.
		{"IsFunctionWord", "detto", "false"},
		// Elide: elided article dropped.
		{"Elide", "dell'iran", "iran"},
		// Elide: no article before the apostrophe: apostrophe dropped.
		{"Elide", "po'", "po"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "che", "true"},
		// Conjunction: joins two names ("X e Y"); "o" does not.
		{"Conjunction", "e", "true"},
		{"Conjunction", "o", "false"},
		// Particle: a lower-case word inside a name; "con" is none.
		{"Particle", "della", "true"},
		{"Particle", "con", "false"},
		// Title: title before a name.
		{"Title", "sindaco", "true"},
		// Abbrev: abbreviated signor.
		{"Abbrev", "sig", "true"},
		// Terms: pipeline: fold, elision, stop, stem.
		{"Terms", "Il governo ha detto che l'esercito", "eserc govern"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "Abbrev":
			got = strconv.FormatBool(slices.Contains(it.Names.Abbrevs, tt.in))
		case "Elide":
			got = it.Elide(tt.in)
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(it.FunctionWords), tt.in))
		case "IsFunctionWord":
			got = strconv.FormatBool(it.IsFunctionWord(tt.in))
		case "IsStop":
			got = strconv.FormatBool(it.IsStop(tt.in))
		case "Stem":
			got = it.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("it", tt.in)))
			got = strings.Join(terms, " ")
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(it.Names.Conjunctions, tt.in))
		case "Particle":
			got = strconv.FormatBool(slices.Contains(it.Names.Particles, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(it.Names.Titles, tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
