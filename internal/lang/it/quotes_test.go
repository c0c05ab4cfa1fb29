package it_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/it"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := it.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "detto" marks reported speech, "andato" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "detto", "andato"},
		// A reporting verb: "scrive" points at a cited source, "legge" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "scrive", "legge"},
		// The speaker follows, a cited source: "secondo", not "senza".
		{"Cues.According", q.Cues.According, "secondo", "senza"},
		// A cited source follows: "citando", not "leggendo".
		{"Cues.Citing", q.Cues.Citing, "citando", "leggendo"},
		// A participle whose clause has the speaker as subject: "dicendo", not "andando".
		{"Cues.Participles", q.Cues.Participles, "dicendo", "andando"},
		// Only in this language, a speech verb: "dice" marks reported speech, "detto" does not.
		{"OwnCues.SpeechVerbs", q.OwnCues.SpeechVerbs, "dice", "detto"},
		// A determiner opens a noun phrase: "gli", not "con".
		{"Determiners", q.Determiners, "gli", "con"},
		// A subject pronoun stands for a person named before: "egli", not "esso".
		{"SubjectPronouns", q.SubjectPronouns, "egli", "esso"},
		// "che" introduces what was said, "chi" does not.
		{"Complementizers", q.Complementizers, "che", "chi"},
		// "ma" joins clauses, "o" does not.
		{"Conjunctions", q.Conjunctions, "ma", "o"},
		// "anche" may stand between a subject and its verb, "non" not.
		{"Auxiliaries", q.Auxiliaries, "anche", "non"},
		// "portavoce" heads the description of a person who speaks, "ministero" not.
		{"SpeakerNouns", q.SpeakerNouns, "portavoce", "ministero"},
		// "ministero" heads the description of a speaker that is no person, "ministro" not.
		{"SpeakerBodies", q.SpeakerBodies, "ministero", "ministro"},
		// "quotidiano" names a kind of news outlet, "giornalista" does not.
		{"Descriptors", q.Descriptors, "quotidiano", "giornalista"},
		// "rapporto" may stand between a citing cue and its source, "detto" not.
		{"CiteFillers", q.CiteFillers, "rapporto", "detto"},
		// "dell'" is split off the word after it, "per'" is not.
		{"Elisions", q.Elisions, "dell", "per"},
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
