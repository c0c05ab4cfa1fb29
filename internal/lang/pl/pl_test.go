package pl_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/pl"
)

// TestPolish is the golden table of Polish: one case per rule, named by the
// function or list it tests.
func TestPolish(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: genitive singular -y.
		{"Stem", "szkoły", "szkoł"},
		// Stem: locative plural -ach.
		{"Stem", "szkołach", "szkoł"},
		// Stem: instrumental plural -ami.
		{"Stem", "szkołami", "szkoł"},
		// Stem: instrumental singular -em.
		{"Stem", "budżetem", "budżet"},
		// Stem: genitive plural -ów.
		{"Stem", "budżetów", "budżet"},
		// Stem: dative -owi.
		{"Stem", "prezydentowi", "prezydent"},
		// Stem: past tense -ła.
		{"Stem", "ogłosiła", "ogłos"},
		// Stem: adjective -ego.
		{"Stem", "nowego", "now"},
		// Stem: short words stay whole.
		{"Stem", "rząd", "rząd"},
		// IsStop: preposition.
		{"IsStop", "na", "true"},
		// IsStop: reporting verb.
		{"IsStop", "powiedział", "true"},
		// IsStop: content word.
		{"IsStop", "budżet", "false"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "się", "true"},
		// Conjunction: joins two names ("X i Y"); "lub" does not.
		{"Conjunction", "i", "true"},
		{"Conjunction", "lub", "false"},
		// Title: title before a name.
		{"Title", "prezydent", "true"},
		// Terms: pipeline: fold, stop, stem.
		{"Terms", "Rząd powiedział, że szkoły", "rząd szkoł"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "Stem":
			got = pl.Stem(tt.in)
		case "IsStop":
			got = strconv.FormatBool(pl.IsStop(tt.in))
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(pl.FunctionWords), tt.in))
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(pl.Names.Conjunctions, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(pl.Names.Titles, tt.in))
		case "Terms":
			got = strings.Join(slices.Sorted(maps.Keys(lang.Terms("pl", tt.in))), " ")
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
