package en_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/en"
)

// TestEnglish is the golden table of English: one case per rule, named
// by the function or list it tests.
func TestEnglish(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: Snowball: plural -s.
		{"Stem", "budgets", "budget"},
		// Stem: Snowball: -ing.
		{"Stem", "running", "run"},
		// Stem: Snowball: -ment.
		{"Stem", "governments", "govern"},
		// IsStop: Snowball stop list: article.
		{"IsStop", "the", "true"},
		// IsStop: news word: speech verb.
		{"IsStop", "said", "true"},
		// IsStop: content word.
		{"IsStop", "budget", "false"},
		// IsFunctionWord: function word.
		{"IsFunctionWord", "which", "true"},
		// IsFunctionWord: a news word is no function word.
		{"IsFunctionWord", "said", "false"},
		// TrimApostrophe: possessive.
		{"TrimApostrophe", "iran's", "iran"},
		// TrimApostrophe: plural possessive.
		{"TrimApostrophe", "generals'", "generals"},
		// TrimApostrophe: contraction kept, as the stop list spells it.
		{"TrimApostrophe", "don't", "don't"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "the", "true"},
		// Conjunction: joins two names ("X and Y"); "or" does not.
		{"Conjunction", "and", "true"},
		{"Conjunction", "or", "false"},
		// Title: title before a name.
		{"Title", "president", "true"},
		// Title: transliterated Persian honorific.
		{"Title", "hojatoleslam", "true"},
		// Abbrev: abbreviated title, dot inside a sentence.
		{"Abbrev", "gen", "true"},
		// Terms: pipeline: fold, apostrophe, stop, stem.
		{"Terms", "The Governments announced Iran's budgets", "announc budget govern iran"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "Abbrev":
			got = strconv.FormatBool(slices.Contains(en.Names.Abbrevs, tt.in))
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(en.FunctionWords), tt.in))
		case "IsFunctionWord":
			got = strconv.FormatBool(en.IsFunctionWord(tt.in))
		case "IsStop":
			got = strconv.FormatBool(en.IsStop(tt.in))
		case "Stem":
			got = en.Stem(tt.in)
		case "Terms":
			terms := slices.Sorted(maps.Keys(lang.Terms("en", tt.in)))
			got = strings.Join(terms, " ")
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(en.Names.Conjunctions, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(en.Names.Titles, tt.in))
		case "TrimApostrophe":
			got = en.TrimApostrophe(tt.in)
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
