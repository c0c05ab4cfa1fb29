package it_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/it"
	"github.com/storyline/storyline/internal/lang/langtest"
)

// TestItalian is the golden table of Italian: one case per rule, named
// by the function or list it tests.
func TestItalian(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: plural -i.
		{Rule: "Stem", In: "ospedali", Want: "ospedal"},
		// Stem: Snowball: participle.
		{Rule: "Stem", In: "annunciato", Want: "annunc"},
		// IsStop: Snowball stop list: article.
		{Rule: "IsStop", In: "gli", Want: "true"},
		// IsStop: news word: "according to".
		{Rule: "IsStop", In: "secondo", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "governo", Want: "false"},
		// IsFunctionWord: function word.
		{Rule: "IsFunctionWord", In: "della", Want: "true"},
		// IsFunctionWord: a news word is no function word.
		{Rule: "IsFunctionWord", In: "detto", Want: "false"},
		// Elide: elided article dropped.
		{Rule: "Elide", In: "dell'iran", Want: "iran"},
		// Elide: no article before the apostrophe: apostrophe dropped.
		{Rule: "Elide", In: "po'", Want: "po"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "che", Want: "true"},
		// Conjunction: joins two names ("X e Y"); "o" does not.
		{Rule: "Conjunction", In: "e", Want: "true"},
		{Rule: "Conjunction", In: "o", Want: "false"},
		// Particle: a lower-case word inside a name; "con" is none.
		{Rule: "Particle", In: "della", Want: "true"},
		{Rule: "Particle", In: "con", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "sindaco", Want: "true"},
		// Abbrev: abbreviated signor.
		{Rule: "Abbrev", In: "sig", Want: "true"},
		// Terms: pipeline: fold, elision, stop, stem.
		{Rule: "Terms", In: "Il governo ha detto che l'esercito", Want: "eserc govern"},
	}, langtest.Names(it.Names), langtest.Rules{
		"Stem":           it.Stem,
		"IsStop":         langtest.Bool(it.IsStop),
		"IsFunctionWord": langtest.Bool(it.IsFunctionWord),
		"FunctionWord":   langtest.FunctionWords(it.FunctionWords),
		"Elide":          it.Elide,
		"Terms":          langtest.Terms("it"),
	})
}
