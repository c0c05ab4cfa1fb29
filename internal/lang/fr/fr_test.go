package fr_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/fr"
)

// TestFrench is the golden table of French: one case per rule, named
// by the function or list it tests.
func TestFrench(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: -ment.
		{"Stem", "gouvernement", "gouvern"},
		// Stem: Snowball: plural -aux.
		{"Stem", "hôpitaux", "hôpital"},
		// IsStop: Snowball stop list: article.
		{"IsStop", "les", "true"},
		// IsStop: news word: "according to".
		{"IsStop", "selon", "true"},
		// IsStop: content word.
		{"IsStop", "budget", "false"},
		// IsFunctionWord: function word.
		{"IsFunctionWord", "dans", "true"},
		// IsFunctionWord: a news word is no function word.
		{"IsFunctionWord", "dit", "false"},
		// Elide: elided article dropped.
		{"Elide", "l'armée", "armée"},
		// Elide: elided conjunction dropped.
		{"Elide", "qu'il", "il"},
		// Elide: no article before the apostrophe: apostrophe dropped.
		{"Elide", "aujourd'hui", "aujourdhui"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "est", "true"},
		// Conjunction: joins two names ("X et Y"); "ou" does not.
		{"Conjunction", "et", "true"},
		{"Conjunction", "ou", "false"},
		// Particle: a lower-case word inside a name; "et" is none.
		{"Particle", "de", "true"},
		{"Particle", "et", "false"},
		// Title: title before a name.
		{"Title", "ministre", "true"},
		// Abbrev: abbreviated Madame.
		{"Abbrev", "mme", "true"},
		// Terms: pipeline: fold, elision, stop, stem.
		{"Terms", "Le gouvernement a dit que l'armée", "armé gouvern"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "Abbrev":
			got = strconv.FormatBool(slices.Contains(fr.Names.Abbrevs, tt.in))
		case "Elide":
			got = fr.Elide(tt.in)
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(fr.FunctionWords), tt.in))
		case "IsFunctionWord":
			got = strconv.FormatBool(fr.IsFunctionWord(tt.in))
		case "IsStop":
			got = strconv.FormatBool(fr.IsStop(tt.in))
		case "Stem":
			got = fr.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("fr", tt.in)))
			got = strings.Join(terms, " ")
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(fr.Names.Conjunctions, tt.in))
		case "Particle":
			got = strconv.FormatBool(slices.Contains(fr.Names.Particles, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(fr.Names.Titles, tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
