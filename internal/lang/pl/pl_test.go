package pl_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/pl"
)

// TestPolish is the golden table of Polish: one case per rule, named by the
// function or list it tests.
func TestPolish(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: genitive singular -y.
		{Rule: "Stem", In: "szkoły", Want: "szkoł"},
		// Stem: locative plural -ach.
		{Rule: "Stem", In: "szkołach", Want: "szkoł"},
		// Stem: instrumental plural -ami.
		{Rule: "Stem", In: "szkołami", Want: "szkoł"},
		// Stem: instrumental singular -em.
		{Rule: "Stem", In: "budżetem", Want: "budżet"},
		// Stem: genitive plural -ów.
		{Rule: "Stem", In: "budżetów", Want: "budżet"},
		// Stem: dative -owi.
		{Rule: "Stem", In: "prezydentowi", Want: "prezydent"},
		// Stem: past tense -ła.
		{Rule: "Stem", In: "ogłosiła", Want: "ogłos"},
		// Stem: adjective -ego.
		{Rule: "Stem", In: "nowego", Want: "now"},
		// Stem: short words stay whole.
		{Rule: "Stem", In: "rząd", Want: "rząd"},
		// IsStop: preposition.
		{Rule: "IsStop", In: "na", Want: "true"},
		// IsStop: reporting verb.
		{Rule: "IsStop", In: "powiedział", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "budżet", Want: "false"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "się", Want: "true"},
		// Conjunction: joins two names ("X i Y"); "lub" does not.
		{Rule: "Conjunction", In: "i", Want: "true"},
		{Rule: "Conjunction", In: "lub", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "prezydent", Want: "true"},
		// Terms: pipeline: fold, stop, stem.
		{Rule: "Terms", In: "Rząd powiedział, że szkoły", Want: "rząd szkoł"},
	}, langtest.Names(pl.Names), langtest.Rules{
		"Stem":         pl.Stem,
		"IsStop":       langtest.Bool(pl.IsStop),
		"FunctionWord": langtest.FunctionWords(pl.FunctionWords),
		"Terms":        langtest.Terms("pl"),
	})
}
