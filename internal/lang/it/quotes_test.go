package it_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/it"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, it.Quotes, []cuetest.Case{
		// A speech verb: "detto" marks reported speech, "andato" does not.
		{List: "Cues.SpeechVerbs", Word: "detto", Out: "andato"},
		// A reporting verb: "scrive" points at a cited source, "legge" does not.
		{List: "Cues.ReportVerbs", Word: "scrive", Out: "legge"},
		// The speaker follows, a cited source: "secondo", not "senza".
		{List: "Cues.According", Word: "secondo", Out: "senza"},
		// A cited source follows: "citando", not "leggendo".
		{List: "Cues.Citing", Word: "citando", Out: "leggendo"},
		// A participle whose clause has the speaker as subject: "dicendo", not "andando".
		{List: "Cues.Participles", Word: "dicendo", Out: "andando"},
		// Only in this language, a speech verb: "dice" marks reported speech, "detto" does not.
		{List: "OwnCues.SpeechVerbs", Word: "dice", Out: "detto"},
		// A determiner opens a noun phrase: "gli", not "con".
		{List: "Determiners", Word: "gli", Out: "con"},
		// A subject pronoun stands for a person named before: "egli", not "esso".
		{List: "SubjectPronouns", Word: "egli", Out: "esso"},
		// "che" introduces what was said, "chi" does not.
		{List: "Complementizers", Word: "che", Out: "chi"},
		// "ma" joins clauses, "o" does not.
		{List: "Conjunctions", Word: "ma", Out: "o"},
		// "anche" may stand between a subject and its verb, "non" not.
		{List: "Auxiliaries", Word: "anche", Out: "non"},
		// "portavoce" heads the description of a person who speaks, "ministero" not.
		{List: "SpeakerNouns", Word: "portavoce", Out: "ministero"},
		// "ministero" heads the description of a speaker that is no person, "ministro" not.
		{List: "SpeakerBodies", Word: "ministero", Out: "ministro"},
		// "quotidiano" names a kind of news outlet, "giornalista" does not.
		{List: "Descriptors", Word: "quotidiano", Out: "giornalista"},
		// "rapporto" may stand between a citing cue and its source, "detto" not.
		{List: "CiteFillers", Word: "rapporto", Out: "detto"},
		// "dell'" is split off the word after it, "per'" is not.
		{List: "Elisions", Word: "dell", Out: "per"},
	})
}
