package de_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/de"
	"github.com/storyline/storyline/internal/lang/langtest"
)

// TestGerman is the golden table of German: one case per rule, named
// by the function or list it tests.
func TestGerman(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: Snowball: plural -en.
		{Rule: "Stem", In: "regierungen", Want: "regier"},
		// Stem: Snowball: umlaut folded.
		{Rule: "Stem", In: "höhere", Want: "hoh"},
		// IsStop: Snowball stop list: article.
		{Rule: "IsStop", In: "der", Want: "true"},
		// IsStop: news word: conjunction the list lacks.
		{Rule: "IsStop", In: "dass", Want: "true"},
		// IsStop: news word: speech verb.
		{Rule: "IsStop", In: "sagte", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "haushalt", Want: "false"},
		// IsFunctionWord: function word.
		{Rule: "IsFunctionWord", In: "und", Want: "true"},
		// IsFunctionWord: a news word is no function word.
		{Rule: "IsFunctionWord", In: "sagte", Want: "false"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "nicht", Want: "true"},
		// Conjunction: joins two names ("X und Y"); "oder" does not.
		{Rule: "Conjunction", In: "und", Want: "true"},
		{Rule: "Conjunction", In: "oder", Want: "false"},
		// Particle: a lower-case word inside a name; "und" is none.
		{Rule: "Particle", In: "von", Want: "true"},
		{Rule: "Particle", In: "und", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "bundeskanzlerin", Want: "true"},
		// TitleSuffix: compound title.
		{Rule: "TitleSuffix", In: "finanzminister", Want: "true"},
		// Abbrev: abbreviated Herr.
		{Rule: "Abbrev", In: "hr", Want: "true"},
		// Terms: pipeline: fold, stop, stem.
		{Rule: "Terms", In: "Die Regierungen sagte, dass Schulen", Want: "regier schul"},
	}, langtest.Names(de.Names), langtest.Rules{
		"Stem":           de.Stem,
		"IsStop":         langtest.Bool(de.IsStop),
		"IsFunctionWord": langtest.Bool(de.IsFunctionWord),
		"FunctionWord":   langtest.FunctionWords(de.FunctionWords),
		"TitleSuffix":    langtest.Bool(lang.HasTitleSuffix),
		"Terms":          langtest.Terms("de"),
	})
}

func TestIsInflectedAdjective(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"deutsche", true},   // inflected
		{"ägäischen", true},  // of a region
		{"russisches", true}, // neuter
		{"deutsch", false},   // uninflected: "Deutsch" the language
		{"bosch", false},     // a name in -sch
		{"sche", false},      // too short to be an adjective
		{"menschen", true},   // the rule's limit: a noun in -schen
	} {
		if got := de.IsInflectedAdjective(c.word); got != c.want {
			t.Errorf("IsInflectedAdjective(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
