package de_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/de"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, de.Quotes, []cuetest.Case{
		// A speech verb: "sagte" marks reported speech, "ging" does not.
		{List: "Cues.SpeechVerbs", Word: "sagte", Out: "ging"},
		// A reporting verb: "berichtete" points at a cited source, "las" does not.
		{List: "Cues.ReportVerbs", Word: "berichtete", Out: "las"},
		// The speaker follows, a cited source: "laut", not "leise".
		{List: "Cues.According", Word: "laut", Out: "leise"},
		// A cited source follows: "nach angaben", not "nach berlin".
		{List: "Cues.Citing", Word: "nach angaben", Out: "nach berlin"},
		// The cited source precedes: "zufolge", not "folge".
		{List: "Cues.CitedBefore", Word: "zufolge", Out: "folge"},
		// Only in this language, a cue only right after a quotation: "so", not "also".
		{List: "OwnCues.PostQuote", Word: "so", Out: "also"},
		// A determiner opens a noun phrase: "der", not "von".
		{List: "Determiners", Word: "der", Out: "von"},
		// A subject pronoun stands for a person named before: "er", not "es".
		{List: "SubjectPronouns", Word: "er", Out: "es"},
		// "letzterer" picks the second of two persons, "erstere" neither.
		{List: "Latter", Word: "letzterer", Out: "erstere"},
		// "ersterer" picks the first of two persons, "letztere" neither.
		{List: "Former", Word: "ersterer", Out: "letztere"},
		// "dass" introduces what was said, "das" does not.
		{List: "Complementizers", Word: "dass", Out: "das"},
		// "dass" may be glued to the verb before it, "ob" not.
		{List: "GluedComplementizers", Word: "dass", Out: "ob"},
		// "aber" joins clauses, "oder" does not.
		{List: "Conjunctions", Word: "aber", Out: "oder"},
		// "hat" may stand between a subject and its verb, "nicht" not.
		{List: "Auxiliaries", Word: "hat", Out: "nicht"},
		// "sprecher" heads the description of a person who speaks, "ministerium" not.
		{List: "SpeakerNouns", Word: "sprecher", Out: "ministerium"},
		// "ministerium" heads the description of a speaker that is no person, "sprecher" not.
		{List: "SpeakerBodies", Word: "ministerium", Out: "sprecher"},
		// "zeitung" names a kind of news outlet, "redakteur" does not.
		{List: "Descriptors", Word: "zeitung", Out: "redakteur"},
		// "presse" in a name makes it a news outlet, "stadt" does not.
		{List: "MediaWords", Word: "presse", Out: "stadt"},
		// "bericht" may stand between a citing cue and its source, "sagte" not.
		{List: "CiteFillers", Word: "bericht", Out: "sagte"},
	})
}
