package nl_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/nl"
)

// TestDutch is the golden table of Dutch: one case per rule, named
// by the function or list it tests.
func TestDutch(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: plural -en.
		{"Stem", "scholen", "schol"},
		// IsStop: Snowball stop list: article.
		{"IsStop", "het", "true"},
		// IsStop: news word: "according to".
		{"IsStop", "volgens", "true"},
		// IsStop: content word.
		{"IsStop", "regering", "false"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "niet", "true"},
		// Particle: a lower-case word inside a name; "en" is none.
		{"Particle", "van", "true"},
		{"Particle", "en", "false"},
		// Title: honorific before a name.
		{"Title", "mevrouw", "true"},
		// Terms: pipeline: fold, stop, stem.
		{"Terms", "De regering zei volgens de scholen", "reger schol"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(nl.FunctionWords), tt.in))
		case "IsStop":
			got = strconv.FormatBool(nl.IsStop(tt.in))
		case "Stem":
			got = nl.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("nl", tt.in)))
			got = strings.Join(terms, " ")
		case "Particle":
			got = strconv.FormatBool(slices.Contains(nl.Names.Particles, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(nl.Names.Titles, tt.in))
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
