package pt_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/pt"
)

// TestPortuguese is the golden table of Portuguese: one case per rule, named
// by the function or list it tests.
func TestPortuguese(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: plural -ais.
		{"Stem", "hospitais", "hospit"},
		// IsStop: Snowball stop list: article.
		{"IsStop", "os", "true"},
		// IsStop: news word: speech verb.
		{"IsStop", "disse", "true"},
		// IsStop: content word.
		{"IsStop", "governo", "false"},
		// IsFunctionWord: function word.
		{"IsFunctionWord", "não", "true"},
		// IsFunctionWord: a news word is no function word.
		{"IsFunctionWord", "disse", "false"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "pela", "true"},
		// Conjunction: joins two names ("X e Y"); "ou" does not.
		{"Conjunction", "e", "true"},
		{"Conjunction", "ou", "false"},
		// Particle: a lower-case word inside a name; "com" is none.
		{"Particle", "dos", "true"},
		{"Particle", "com", "false"},
		// Title: honorific before a name.
		{"Title", "senhora", "true"},
		// Terms: pipeline: fold, stop, stem.
		{"Terms", "O governo disse que os hospitais", "govern hospit"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(pt.FunctionWords), tt.in))
		case "IsFunctionWord":
			got = strconv.FormatBool(pt.IsFunctionWord(tt.in))
		case "IsStop":
			got = strconv.FormatBool(pt.IsStop(tt.in))
		case "Stem":
			got = pt.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("pt", tt.in)))
			got = strings.Join(terms, " ")
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(pt.Names.Conjunctions, tt.in))
		case "Particle":
			got = strconv.FormatBool(slices.Contains(pt.Names.Particles, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(pt.Names.Titles, tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
