package fr_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/fr"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, fr.Quotes, []cuetest.Case{
		// A speech verb: "déclaré" marks reported speech, "marché" does not.
		{List: "Cues.SpeechVerbs", Word: "déclaré", Out: "marché"},
		// A reporting verb: "écrit" points at a cited source, "lu" does not.
		{List: "Cues.ReportVerbs", Word: "écrit", Out: "lu"},
		// The speaker follows, a cited source: "selon", not "sans".
		{List: "Cues.According", Word: "selon", Out: "sans"},
		// A cited source follows: "citant", not "lisant".
		{List: "Cues.Citing", Word: "citant", Out: "lisant"},
		// A participle whose clause has the speaker as subject: "ajoutant", not "marchant".
		{List: "Cues.Participles", Word: "ajoutant", Out: "marchant"},
		// A determiner opens a noun phrase: "les", not "des".
		{List: "Determiners", Word: "les", Out: "des"},
		// A subject pronoun stands for a person named before: "elle", not "on".
		{List: "SubjectPronouns", Word: "elle", Out: "on"},
		// "dernier" picks the second of two persons, "premier" neither.
		{List: "Latter", Word: "dernier", Out: "premier"},
		// "qu'" introduces what was said, "quoi" does not.
		{List: "Complementizers", Word: "qu'", Out: "quoi"},
		// "mais" joins clauses, "ou" does not.
		{List: "Conjunctions", Word: "mais", Out: "ou"},
		// "ont" may stand between a subject and its verb, "pas" not.
		{List: "Auxiliaries", Word: "ont", Out: "pas"},
		// "porte-parole" heads the description of a person who speaks, "ministère" not.
		{List: "SpeakerNouns", Word: "porte-parole", Out: "ministère"},
		// "ministère" heads the description of a speaker that is no person, "ministre" not.
		{List: "SpeakerBodies", Word: "ministère", Out: "ministre"},
		// "quotidien" names a kind of news outlet, "journaliste" does not.
		{List: "Descriptors", Word: "quotidien", Out: "journaliste"},
		// "presse" in a name makes it a news outlet, "ville" does not.
		{List: "MediaWords", Word: "presse", Out: "ville"},
		// "rapport" may stand between a citing cue and its source, "dit" not.
		{List: "CiteFillers", Word: "rapport", Out: "dit"},
		// "d'" is split off the word after it, "p'" is not.
		{List: "Elisions", Word: "d", Out: "p"},
	})
}
