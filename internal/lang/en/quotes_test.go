package en_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/en"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, en.Quotes, []cuetest.Case{
		// A speech verb: "said" marks reported speech, "walked" does not.
		{List: "Cues.SpeechVerbs", Word: "said", Out: "walked"},
		// A reporting verb: "wrote" points at a cited source, "read" does not.
		{List: "Cues.ReportVerbs", Word: "wrote", Out: "read"},
		// A verb of telling, speaker before and hearer after: "told", not "asked".
		{List: "Cues.TellVerbs", Word: "told", Out: "asked"},
		// The speaker follows, a cited source: "according to", not "owing to".
		{List: "Cues.According", Word: "according to", Out: "owing to"},
		// A cited source follows: "citing", not "reading".
		{List: "Cues.Citing", Word: "citing", Out: "reading"},
		// A participle whose clause has the speaker as subject: "saying", not "walking".
		{List: "Cues.Participles", Word: "saying", Out: "walking"},
		// "X quotes Y as saying"; "as well" is no cue.
		{List: "Cues.AsSaying", Word: "as saying", Out: "as well"},
		// A determiner opens a noun phrase: "the", not "of".
		{List: "Determiners", Word: "the", Out: "of"},
		// A subject pronoun stands for a person named before: "he", not "it".
		{List: "SubjectPronouns", Word: "he", Out: "it"},
		// An object pronoun stands for a person named before: "him", not "them".
		{List: "ObjectPronouns", Word: "him", Out: "them"},
		// "latter" picks the second of two persons, "later" neither.
		{List: "Latter", Word: "latter", Out: "later"},
		// "former" picks the first of two persons, "first" neither.
		{List: "Former", Word: "former", Out: "first"},
		// "that" introduces what was said, "what" does not.
		{List: "Complementizers", Word: "that", Out: "what"},
		// "that" may be glued to the verb before it, "which" not.
		{List: "GluedComplementizers", Word: "that", Out: "which"},
		// "but" joins clauses, "or" does not.
		{List: "Conjunctions", Word: "but", Out: "or"},
		// "because" opens a clause, "despite" does not.
		{List: "ClauseOpeners", Word: "because", Out: "despite"},
		// "also" may stand between a subject and its verb, "not" not.
		{List: "Auxiliaries", Word: "also", Out: "not"},
		// "of" may stand inside a name, "and" not.
		{List: "Connectors", Word: "of", Out: "and"},
		// "spokesman" heads the description of a person who speaks, "statement" not.
		{List: "SpeakerNouns", Word: "spokesman", Out: "statement"},
		// "ministry" heads the description of a speaker that is no person, "minister" not.
		{List: "SpeakerBodies", Word: "ministry", Out: "minister"},
		// "newspaper" names a kind of news outlet, "reporter" does not.
		{List: "Descriptors", Word: "newspaper", Out: "reporter"},
		// "times" in a name makes it a news outlet, "city" does not.
		{List: "MediaWords", Word: "times", Out: "city"},
		// "sources" after a capitalised word makes it an adjective, "newspaper" does not.
		{List: "GenericHeads", Word: "sources", Out: "newspaper"},
		// "arab" is an adjective of nationality, "arabic" is not.
		{List: "Demonyms", Word: "arab", Out: "arabic"},
		// "ese" ends an adjective of nationality, "ist" does not.
		{List: "DemonymEndings", Word: "ese", Out: "ist"},
		// "report" may stand between a citing cue and its source, "said" not.
		{List: "CiteFillers", Word: "report", Out: "said"},
		// "the" stands before nouns only, "this" does not.
		{List: "NounDeterminers", Word: "the", Out: "this"},
	})
}
