package nl_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/nl"
)

// TestDutch is the golden table of Dutch: one case per rule, named
// by the function or list it tests.
func TestDutch(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: plural -en.
		{Rule: "Stem", In: "scholen", Want: "schol"},
		// IsStop: Snowball stop list: article.
		{Rule: "IsStop", In: "het", Want: "true"},
		// IsStop: news word: "according to".
		{Rule: "IsStop", In: "volgens", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "regering", Want: "false"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "niet", Want: "true"},
		// Particle: a lower-case word inside a name; "en" is none.
		{Rule: "Particle", In: "van", Want: "true"},
		{Rule: "Particle", In: "en", Want: "false"},
		// Title: honorific before a name.
		{Rule: "Title", In: "mevrouw", Want: "true"},
		// Terms: pipeline: fold, stop, stem.
		{Rule: "Terms", In: "De regering zei volgens de scholen", Want: "reger schol"},
	}, langtest.Names(nl.Names), langtest.Rules{
		"Stem":         nl.Stem,
		"IsStop":       langtest.Bool(nl.IsStop),
		"FunctionWord": langtest.FunctionWords(nl.FunctionWords),
		"Terms":        langtest.Terms("nl"),
	})
}
