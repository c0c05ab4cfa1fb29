package ru_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/ru"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, ru.Quotes, []cuetest.Case{
		// A speech verb: "заявил" marks reported speech, "пошёл" does not.
		{List: "Cues.SpeechVerbs", Word: "заявил", Out: "пошёл"},
		// A reporting verb: "пишет" points at a cited source, "читает" does not.
		{List: "Cues.ReportVerbs", Word: "пишет", Out: "читает"},
		// The speaker follows, a cited source: "по словам", not "по делам".
		{List: "Cues.According", Word: "по словам", Out: "по делам"},
		// A cited source follows: "со ссылкой на", not "по словам".
		{List: "Cues.Citing", Word: "со ссылкой на", Out: "по словам"},
		// Only in this language, a participle whose clause has the speaker as subject: "заявив", not "заявил".
		{List: "OwnCues.Participles", Word: "заявив", Out: "заявил"},
		// A subject pronoun stands for a person named before: "он", not "оно".
		{List: "SubjectPronouns", Word: "он", Out: "оно"},
		// An object pronoun stands for a person named before: "его", not "их".
		{List: "ObjectPronouns", Word: "его", Out: "их"},
		// "последний" picks the second of two persons, "первый" neither.
		{List: "Latter", Word: "последний", Out: "первый"},
		// "первый" picks the first of two persons, "последний" neither.
		{List: "Former", Word: "первый", Out: "последний"},
		// "что" introduces what was said, "как" does not.
		{List: "Complementizers", Word: "что", Out: "как"},
		// "что" may be glued to the verb before it, "чтобы" not.
		{List: "GluedComplementizers", Word: "что", Out: "чтобы"},
		// "но" joins clauses, "или" does not.
		{List: "Conjunctions", Word: "но", Out: "или"},
		// "также" may stand between a subject and its verb, "не" not.
		{List: "Auxiliaries", Word: "также", Out: "не"},
		// "представитель" heads the description of a person who speaks, "министерство" not.
		{List: "SpeakerNouns", Word: "представитель", Out: "министерство"},
		// "мид" heads the description of a speaker that is no person, "министр" not.
		{List: "SpeakerBodies", Word: "мид", Out: "министр"},
		// "газета" names a kind of news outlet, "журналист" does not.
		{List: "Descriptors", Word: "газета", Out: "журналист"},
		// "tass" in a name makes it a news outlet, "moscow" does not.
		{List: "MediaWords", Word: "tass", Out: "moscow"},
		// "доклад" may stand between a citing cue and its source, "сказал" not.
		{List: "CiteFillers", Word: "доклад", Out: "сказал"},
	})
}
