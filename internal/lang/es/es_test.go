package es_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/es"
	"github.com/storyline/storyline/internal/lang/langtest"
)

// TestSpanish is the golden table of Spanish: one case per rule, named
// by the function or list it tests.
func TestSpanish(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: plural -es.
		{Rule: "Stem", In: "hospitales", Want: "hospital"},
		// Stem: Snowball: verb ending.
		{Rule: "Stem", In: "anunció", Want: "anunc"},
		// IsStop: Snowball stop list: article.
		{Rule: "IsStop", In: "los", Want: "true"},
		// IsStop: news word: "according to".
		{Rule: "IsStop", In: "según", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "gobierno", Want: "false"},
		// IsFunctionWord: function word.
		{Rule: "IsFunctionWord", In: "que", Want: "true"},
		// IsFunctionWord: a news word is no function word.
		{Rule: "IsFunctionWord", In: "dijo", Want: "false"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "del", Want: "true"},
		// Conjunction: joins two names ("X y Y"); "o" does not.
		{Rule: "Conjunction", In: "y", Want: "true"},
		{Rule: "Conjunction", In: "o", Want: "false"},
		// Particle: a lower-case word inside a name; "con" is none.
		{Rule: "Particle", In: "del", Want: "true"},
		{Rule: "Particle", In: "con", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "presidente", Want: "true"},
		// Abbrev: abbreviated señora.
		{Rule: "Abbrev", In: "sra", Want: "true"},
		// Terms: pipeline: fold, stop, stem.
		{Rule: "Terms", In: "El gobierno dijo que los hospitales", Want: "gobiern hospital"},
	}, langtest.Names(es.Names), langtest.Rules{
		"Stem":           es.Stem,
		"IsStop":         langtest.Bool(es.IsStop),
		"IsFunctionWord": langtest.Bool(es.IsFunctionWord),
		"FunctionWord":   langtest.FunctionWords(es.FunctionWords),
		"Terms":          langtest.Terms("es"),
	})
}
