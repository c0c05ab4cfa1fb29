package en_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/en"
	"github.com/storyline/storyline/internal/lang/langtest"
)

// TestEnglish is the golden table of English: one case per rule, named
// by the function or list it tests.
func TestEnglish(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: plural -s.
		{Rule: "Stem", In: "budgets", Want: "budget"},
		// Stem: Snowball: -ing.
		{Rule: "Stem", In: "running", Want: "run"},
		// Stem: Snowball: -ment.
		{Rule: "Stem", In: "governments", Want: "govern"},
		// IsStop: Snowball stop list: article.
		{Rule: "IsStop", In: "the", Want: "true"},
		// IsStop: news word: speech verb.
		{Rule: "IsStop", In: "said", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "budget", Want: "false"},
		// IsFunctionWord: function word.
		{Rule: "IsFunctionWord", In: "which", Want: "true"},
		// IsFunctionWord: a news word is no function word.
		{Rule: "IsFunctionWord", In: "said", Want: "false"},
		// TrimApostrophe: possessive.
		{Rule: "TrimApostrophe", In: "iran's", Want: "iran"},
		// TrimApostrophe: plural possessive.
		{Rule: "TrimApostrophe", In: "generals'", Want: "generals"},
		// TrimApostrophe: contraction kept, as the stop list spells it.
		{Rule: "TrimApostrophe", In: "don't", Want: "don't"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "the", Want: "true"},
		// Conjunction: joins two names ("X and Y"); "or" does not.
		{Rule: "Conjunction", In: "and", Want: "true"},
		{Rule: "Conjunction", In: "or", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "president", Want: "true"},
		// Title: transliterated Persian honorific.
		{Rule: "Title", In: "hojatoleslam", Want: "true"},
		// Abbrev: abbreviated title, dot inside a sentence.
		{Rule: "Abbrev", In: "gen", Want: "true"},
		// Terms: pipeline: fold, apostrophe, stop, stem.
		{Rule: "Terms", In: "The Governments announced Iran's budgets", Want: "announc budget govern iran"},
	}, langtest.Names(en.Names), langtest.Rules{
		"Stem":           en.Stem,
		"IsStop":         langtest.Bool(en.IsStop),
		"IsFunctionWord": langtest.Bool(en.IsFunctionWord),
		"FunctionWord":   langtest.FunctionWords(en.FunctionWords),
		"TrimApostrophe": en.TrimApostrophe,
		"Terms":          langtest.Terms("en"),
	})
}
