package en_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/en"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := en.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "said" marks reported speech, "walked" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "said", "walked"},
		// A reporting verb: "wrote" points at a cited source, "read" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "wrote", "read"},
		// A verb of telling, speaker before and hearer after: "told", not "asked".
		{"Cues.TellVerbs", q.Cues.TellVerbs, "told", "asked"},
		// The speaker follows, a cited source: "according to", not "owing to".
		{"Cues.According", q.Cues.According, "according to", "owing to"},
		// A cited source follows: "citing", not "reading".
		{"Cues.Citing", q.Cues.Citing, "citing", "reading"},
		// A participle whose clause has the speaker as subject: "saying", not "walking".
		{"Cues.Participles", q.Cues.Participles, "saying", "walking"},
		// "X quotes Y as saying"; "as well" is no cue.
		{"Cues.AsSaying", q.Cues.AsSaying, "as saying", "as well"},
		// A determiner opens a noun phrase: "the", not "of".
		{"Determiners", q.Determiners, "the", "of"},
		// A subject pronoun stands for a person named before: "he", not "it".
		{"SubjectPronouns", q.SubjectPronouns, "he", "it"},
		// An object pronoun stands for a person named before: "him", not "them".
		{"ObjectPronouns", q.ObjectPronouns, "him", "them"},
		// "latter" picks the second of two persons, "later" neither.
		{"Latter", q.Latter, "latter", "later"},
		// "former" picks the first of two persons, "first" neither.
		{"Former", q.Former, "former", "first"},
		// "that" introduces what was said, "what" does not.
		{"Complementizers", q.Complementizers, "that", "what"},
		// "that" may be glued to the verb before it, "which" not.
		{"GluedComplementizers", q.GluedComplementizers, "that", "which"},
		// "but" joins clauses, "or" does not.
		{"Conjunctions", q.Conjunctions, "but", "or"},
		// "because" opens a clause, "despite" does not.
		{"ClauseOpeners", q.ClauseOpeners, "because", "despite"},
		// "also" may stand between a subject and its verb, "not" not.
		{"Auxiliaries", q.Auxiliaries, "also", "not"},
		// "of" may stand inside a name, "and" not.
		{"Connectors", q.Connectors, "of", "and"},
		// "spokesman" heads the description of a person who speaks, "statement" not.
		{"SpeakerNouns", q.SpeakerNouns, "spokesman", "statement"},
		// "ministry" heads the description of a speaker that is no person, "minister" not.
		{"SpeakerBodies", q.SpeakerBodies, "ministry", "minister"},
		// "newspaper" names a kind of news outlet, "reporter" does not.
		{"Descriptors", q.Descriptors, "newspaper", "reporter"},
		// "times" in a name makes it a news outlet, "city" does not.
		{"MediaWords", q.MediaWords, "times", "city"},
		// "sources" after a capitalised word makes it an adjective, "newspaper" does not.
		{"GenericHeads", q.GenericHeads, "sources", "newspaper"},
		// "arab" is an adjective of nationality, "arabic" is not.
		{"Demonyms", q.Demonyms, "arab", "arabic"},
		// "ese" ends an adjective of nationality, "ist" does not.
		{"DemonymEndings", q.DemonymEndings, "ese", "ist"},
		// "report" may stand between a citing cue and its source, "said" not.
		{"CiteFillers", q.CiteFillers, "report", "said"},
		// "the" stands before nouns only, "this" does not.
		{"NounDeterminers", q.NounDeterminers, "the", "this"},
	}
	for _, tt := range tests {
		if !slices.Contains(tt.words, tt.in) {
			t.Errorf("%s lacks %q", tt.list, tt.in)
		}
		if slices.Contains(tt.words, tt.out) {
			t.Errorf("%s holds %q", tt.list, tt.out)
		}
	}
}
