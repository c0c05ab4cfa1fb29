package de_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/de"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := de.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "sagte" marks reported speech, "ging" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "sagte", "ging"},
		// A reporting verb: "berichtete" points at a cited source, "las" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "berichtete", "las"},
		// The speaker follows, a cited source: "laut", not "leise".
		{"Cues.According", q.Cues.According, "laut", "leise"},
		// A cited source follows: "nach angaben", not "nach berlin".
		{"Cues.Citing", q.Cues.Citing, "nach angaben", "nach berlin"},
		// The cited source precedes: "zufolge", not "folge".
		{"Cues.CitedBefore", q.Cues.CitedBefore, "zufolge", "folge"},
		// Only in this language, a cue only right after a quotation: "so", not "also".
		{"OwnCues.PostQuote", q.OwnCues.PostQuote, "so", "also"},
		// A determiner opens a noun phrase: "der", not "von".
		{"Determiners", q.Determiners, "der", "von"},
		// A subject pronoun stands for a person named before: "er", not "es".
		{"SubjectPronouns", q.SubjectPronouns, "er", "es"},
		// "letzterer" picks the second of two persons, "erstere" neither.
		{"Latter", q.Latter, "letzterer", "erstere"},
		// "ersterer" picks the first of two persons, "letztere" neither.
		{"Former", q.Former, "ersterer", "letztere"},
		// "dass" introduces what was said, "das" does not.
		{"Complementizers", q.Complementizers, "dass", "das"},
		// "dass" may be glued to the verb before it, "ob" not.
		{"GluedComplementizers", q.GluedComplementizers, "dass", "ob"},
		// "aber" joins clauses, "oder" does not.
		{"Conjunctions", q.Conjunctions, "aber", "oder"},
		// "hat" may stand between a subject and its verb, "nicht" not.
		{"Auxiliaries", q.Auxiliaries, "hat", "nicht"},
		// "sprecher" heads the description of a person who speaks, "ministerium" not.
		{"SpeakerNouns", q.SpeakerNouns, "sprecher", "ministerium"},
		// "ministerium" heads the description of a speaker that is no person, "sprecher" not.
		{"SpeakerBodies", q.SpeakerBodies, "ministerium", "sprecher"},
		// "zeitung" names a kind of news outlet, "redakteur" does not.
		{"Descriptors", q.Descriptors, "zeitung", "redakteur"},
		// "presse" in a name makes it a news outlet, "stadt" does not.
		{"MediaWords", q.MediaWords, "presse", "stadt"},
		// "bericht" may stand between a citing cue and its source, "sagte" not.
		{"CiteFillers", q.CiteFillers, "bericht", "sagte"},
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
