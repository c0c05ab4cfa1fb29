package ru_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/ru"
)

// TestCases is the golden table of the Russian case endings: one case per
// rule of TrimCase and Nominatives.
func TestCases(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// TrimCase: a one-letter ending goes when three letters remain.
		{Rule: "TrimCase", In: "путина", Want: "путин"},
		// TrimCase: a longer ending goes when four letters remain.
		{Rule: "TrimCase", In: "асадом", Want: "асад"},
		// TrimCase: an adjective ending.
		{Rule: "TrimCase", In: "петровского", Want: "петровск"},
		// TrimCase: too short for a two-letter ending, and "м" is none.
		{Rule: "TrimCase", In: "касем", Want: "касем"},
		// TrimCase: a nominative without an ending stays.
		{Rule: "TrimCase", In: "ирак", Want: "ирак"},
		// Nominatives: each ending the word ends with, longest first, each
		// nominative ending in turn.
		{Rule: "Nominatives", In: "сирии", Want: "сирия сирий сирия сириь"},
		// Nominatives: an ending of a feminine noun, and none.
		{Rule: "Nominatives", In: "москве", Want: "москва москв москвя москвь"},
		// Nominatives: an adjective ending gives no nominative.
		{Rule: "Nominatives", In: "белого", Want: ""},
		// Nominatives: three letters must remain.
		{Rule: "Nominatives", In: "рие", Want: ""},
	}, langtest.Rules{
		"TrimCase":    ru.TrimCase,
		"Nominatives": langtest.Words(ru.Nominatives),
	})
}
