package fr_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/fr"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := fr.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "déclaré" marks reported speech, "marché" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "déclaré", "marché"},
		// A reporting verb: "écrit" points at a cited source, "lu" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "écrit", "lu"},
		// The speaker follows, a cited source: "selon", not "sans".
		{"Cues.According", q.Cues.According, "selon", "sans"},
		// A cited source follows: "citant", not "lisant".
		{"Cues.Citing", q.Cues.Citing, "citant", "lisant"},
		// A participle whose clause has the speaker as subject: "ajoutant", not "marchant".
		{"Cues.Participles", q.Cues.Participles, "ajoutant", "marchant"},
		// A determiner opens a noun phrase: "les", not "des".
		{"Determiners", q.Determiners, "les", "des"},
		// A subject pronoun stands for a person named before: "elle", not "on".
		{"SubjectPronouns", q.SubjectPronouns, "elle", "on"},
		// "dernier" picks the second of two persons, "premier" neither.
		{"Latter", q.Latter, "dernier", "premier"},
		// "qu'" introduces what was said, "quoi" does not.
		{"Complementizers", q.Complementizers, "qu'", "quoi"},
		// "mais" joins clauses, "ou" does not.
		{"Conjunctions", q.Conjunctions, "mais", "ou"},
		// "ont" may stand between a subject and its verb, "pas" not.
		{"Auxiliaries", q.Auxiliaries, "ont", "pas"},
		// "porte-parole" heads the description of a person who speaks, "ministère" not.
		{"SpeakerNouns", q.SpeakerNouns, "porte-parole", "ministère"},
		// "ministère" heads the description of a speaker that is no person, "ministre" not.
		{"SpeakerBodies", q.SpeakerBodies, "ministère", "ministre"},
		// "quotidien" names a kind of news outlet, "journaliste" does not.
		{"Descriptors", q.Descriptors, "quotidien", "journaliste"},
		// "presse" in a name makes it a news outlet, "ville" does not.
		{"MediaWords", q.MediaWords, "presse", "ville"},
		// "rapport" may stand between a citing cue and its source, "dit" not.
		{"CiteFillers", q.CiteFillers, "rapport", "dit"},
		// "d'" is split off the word after it, "p'" is not.
		{"Elisions", q.Elisions, "d", "p"},
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
