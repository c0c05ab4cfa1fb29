package es_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/es"
)

// TestSpanish is the golden table of Spanish: one case per rule, named
// by the function or list it tests.
func TestSpanish(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: plural -es.
		{"Stem", "hospitales", "hospital"},
		// Stem: Snowball: verb ending.
		{"Stem", "anunció", "anunc"},
		// IsStop: Snowball stop list: article.
		{"IsStop", "los", "true"},
		// IsStop: news word: "according to".
		{"IsStop", "según", "true"},
		// IsStop: content word.
		{"IsStop", "gobierno", "false"},
		// IsFunctionWord: function word.
		{"IsFunctionWord", "que", "true"},
		// IsFunctionWord: a news word is no function word.
		{"IsFunctionWord", "dijo", "false"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "del", "true"},
		// Conjunction: joins two names ("X y Y"); "o" does not.
		{"Conjunction", "y", "true"},
		{"Conjunction", "o", "false"},
		// Particle: a lower-case word inside a name; "con" is none.
		{"Particle", "del", "true"},
		{"Particle", "con", "false"},
		// Title: title before a name.
		{"Title", "presidente", "true"},
		// Abbrev: abbreviated señora.
		{"Abbrev", "sra", "true"},
		// Terms: pipeline: fold, stop, stem.
		{"Terms", "El gobierno dijo que los hospitales", "gobiern hospital"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "Abbrev":
			got = strconv.FormatBool(slices.Contains(es.Names.Abbrevs, tt.in))
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(es.FunctionWords), tt.in))
		case "IsFunctionWord":
			got = strconv.FormatBool(es.IsFunctionWord(tt.in))
		case "IsStop":
			got = strconv.FormatBool(es.IsStop(tt.in))
		case "Stem":
			got = es.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("es", tt.in)))
			got = strings.Join(terms, " ")
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(es.Names.Conjunctions, tt.in))
		case "Particle":
			got = strconv.FormatBool(slices.Contains(es.Names.Particles, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(es.Names.Titles, tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
