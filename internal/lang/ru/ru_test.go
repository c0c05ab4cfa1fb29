package ru_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/ru"
)

// TestRussian is the golden table of Russian: one case per rule, named
// by the function or list it tests.
func TestRussian(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: plural.
		{Rule: "Stem", In: "бюджеты", Want: "бюджет"},
		// Stem: Snowball: case ending.
		{Rule: "Stem", In: "правительства", Want: "правительств"},
		// IsStop: Snowball stop list: conjunction.
		{Rule: "IsStop", In: "что", Want: "true"},
		// IsStop: news word: speech verb.
		{Rule: "IsStop", In: "заявил", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "школа", Want: "false"},
		// IsFunctionWord: function word.
		{Rule: "IsFunctionWord", In: "на", Want: "true"},
		// IsFunctionWord: a news word is no function word.
		{Rule: "IsFunctionWord", In: "заявил", Want: "false"},
		// Conjunction: joins two names ("X и Y"); "или" does not.
		{Rule: "Conjunction", In: "и", Want: "true"},
		{Rule: "Conjunction", In: "или", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "президент", Want: "true"},
		// Title: inflected title.
		{Rule: "Title", In: "президента", Want: "true"},
		// Terms: pipeline: fold, stop, stem; Latin words are not stemmed.
		{Rule: "Terms", In: "Правительство заявил, что бюджеты NATO", Want: "nato бюджет правительств"},
	}, langtest.Names(ru.Names), langtest.Rules{
		"Stem":           ru.Stem,
		"IsStop":         langtest.Bool(ru.IsStop),
		"IsFunctionWord": langtest.Bool(ru.IsFunctionWord),
		"Terms":          langtest.Terms("ru"),
	})
}
