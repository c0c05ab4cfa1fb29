package pt_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/pt"
)

// TestPortuguese is the golden table of Portuguese: one case per rule, named
// by the function or list it tests.
func TestPortuguese(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: plural -ais.
		{Rule: "Stem", In: "hospitais", Want: "hospit"},
		// IsStop: Snowball stop list: article.
		{Rule: "IsStop", In: "os", Want: "true"},
		// IsStop: news word: speech verb.
		{Rule: "IsStop", In: "disse", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "governo", Want: "false"},
		// IsFunctionWord: function word.
		{Rule: "IsFunctionWord", In: "não", Want: "true"},
		// IsFunctionWord: a news word is no function word.
		{Rule: "IsFunctionWord", In: "disse", Want: "false"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "pela", Want: "true"},
		// Conjunction: joins two names ("X e Y"); "ou" does not.
		{Rule: "Conjunction", In: "e", Want: "true"},
		{Rule: "Conjunction", In: "ou", Want: "false"},
		// Particle: a lower-case word inside a name; "com" is none.
		{Rule: "Particle", In: "dos", Want: "true"},
		{Rule: "Particle", In: "com", Want: "false"},
		// Title: honorific before a name.
		{Rule: "Title", In: "senhora", Want: "true"},
		// Terms: pipeline: fold, stop, stem.
		{Rule: "Terms", In: "O governo disse que os hospitais", Want: "govern hospit"},
	}, langtest.Names(pt.Names), langtest.Rules{
		"Stem":           pt.Stem,
		"IsStop":         langtest.Bool(pt.IsStop),
		"IsFunctionWord": langtest.Bool(pt.IsFunctionWord),
		"FunctionWord":   langtest.FunctionWords(pt.FunctionWords),
		"Terms":          langtest.Terms("pt"),
	})
}
