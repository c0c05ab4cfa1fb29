package uk_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/uk"
)

// TestUkrainian is the golden table of Ukrainian: one case per rule, named
// by the function or list it tests.
func TestUkrainian(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// IsFunctionWord: conjunction.
		{Rule: "IsFunctionWord", In: "або", Want: "true"},
		// IsFunctionWord: content word.
		{Rule: "IsFunctionWord", In: "уряд", Want: "false"},
		// Conjunction: joins two names ("X та Y"); "або" does not.
		{Rule: "Conjunction", In: "та", Want: "true"},
		{Rule: "Conjunction", In: "або", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "речник", Want: "true"},
	}, langtest.Names(uk.Names), langtest.Rules{
		"IsFunctionWord": langtest.Bool(uk.IsFunctionWord),
	})
}
