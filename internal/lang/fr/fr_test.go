package fr_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/fr"
	"github.com/storyline/storyline/internal/lang/langtest"
)

// TestFrench is the golden table of French: one case per rule, named
// by the function or list it tests.
func TestFrench(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: -ment.
		{Rule: "Stem", In: "gouvernement", Want: "gouvern"},
		// Stem: Snowball: plural -aux.
		{Rule: "Stem", In: "hôpitaux", Want: "hôpital"},
		// IsStop: Snowball stop list: article.
		{Rule: "IsStop", In: "les", Want: "true"},
		// IsStop: news word: "according to".
		{Rule: "IsStop", In: "selon", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "budget", Want: "false"},
		// IsFunctionWord: function word.
		{Rule: "IsFunctionWord", In: "dans", Want: "true"},
		// IsFunctionWord: a news word is no function word.
		{Rule: "IsFunctionWord", In: "dit", Want: "false"},
		// Elide: elided article dropped.
		{Rule: "Elide", In: "l'armée", Want: "armée"},
		// Elide: elided conjunction dropped.
		{Rule: "Elide", In: "qu'il", Want: "il"},
		// Elide: no article before the apostrophe: apostrophe dropped.
		{Rule: "Elide", In: "aujourd'hui", Want: "aujourdhui"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "est", Want: "true"},
		// Conjunction: joins two names ("X et Y"); "ou" does not.
		{Rule: "Conjunction", In: "et", Want: "true"},
		{Rule: "Conjunction", In: "ou", Want: "false"},
		// Particle: a lower-case word inside a name; "et" is none.
		{Rule: "Particle", In: "de", Want: "true"},
		{Rule: "Particle", In: "et", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "ministre", Want: "true"},
		// Abbrev: abbreviated Madame.
		{Rule: "Abbrev", In: "mme", Want: "true"},
		// Terms: pipeline: fold, elision, stop, stem.
		{Rule: "Terms", In: "Le gouvernement a dit que l'armée", Want: "armé gouvern"},
	}, langtest.Names(fr.Names), langtest.Rules{
		"Stem":           fr.Stem,
		"IsStop":         langtest.Bool(fr.IsStop),
		"IsFunctionWord": langtest.Bool(fr.IsFunctionWord),
		"FunctionWord":   langtest.FunctionWords(fr.FunctionWords),
		"Elide":          fr.Elide,
		"Terms":          langtest.Terms("fr"),
	})
}
