package ru_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/ru"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := ru.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "заявил" marks reported speech, "пошёл" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "заявил", "пошёл"},
		// A reporting verb: "пишет" points at a cited source, "читает" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "пишет", "читает"},
		// The speaker follows, a cited source: "по словам", not "по делам".
		{"Cues.According", q.Cues.According, "по словам", "по делам"},
		// A cited source follows: "со ссылкой на", not "по словам".
		{"Cues.Citing", q.Cues.Citing, "со ссылкой на", "по словам"},
		// Only in this language, a participle whose clause has the speaker as subject: "заявив", not "заявил".
		{"OwnCues.Participles", q.OwnCues.Participles, "заявив", "заявил"},
		// A subject pronoun stands for a person named before: "он", not "оно".
		{"SubjectPronouns", q.SubjectPronouns, "он", "оно"},
		// An object pronoun stands for a person named before: "его", not "их".
		{"ObjectPronouns", q.ObjectPronouns, "его", "их"},
		// "последний" picks the second of two persons, "первый" neither.
		{"Latter", q.Latter, "последний", "первый"},
		// "первый" picks the first of two persons, "последний" neither.
		{"Former", q.Former, "первый", "последний"},
		// "что" introduces what was said, "как" does not.
		{"Complementizers", q.Complementizers, "что", "как"},
		// "что" may be glued to the verb before it, "чтобы" not.
		{"GluedComplementizers", q.GluedComplementizers, "что", "чтобы"},
		// "но" joins clauses, "или" does not.
		{"Conjunctions", q.Conjunctions, "но", "или"},
		// "также" may stand between a subject and its verb, "не" not.
		{"Auxiliaries", q.Auxiliaries, "также", "не"},
		// "представитель" heads the description of a person who speaks, "министерство" not.
		{"SpeakerNouns", q.SpeakerNouns, "представитель", "министерство"},
		// "мид" heads the description of a speaker that is no person, "министр" not.
		{"SpeakerBodies", q.SpeakerBodies, "мид", "министр"},
		// "газета" names a kind of news outlet, "журналист" does not.
		{"Descriptors", q.Descriptors, "газета", "журналист"},
		// "tass" in a name makes it a news outlet, "moscow" does not.
		{"MediaWords", q.MediaWords, "tass", "moscow"},
		// "доклад" may stand between a citing cue and its source, "сказал" not.
		{"CiteFillers", q.CiteFillers, "доклад", "сказал"},
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
