package ar_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/ar"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := ar.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "قال" marks reported speech, "ذهب" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "قال", "ذهب"},
		// A reporting verb: "أفادت" points at a cited source, "قرأ" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "أفادت", "قرأ"},
		// The speaker follows, a cited source: "بحسب", not "بسبب".
		{"Cues.According", q.Cues.According, "بحسب", "بسبب"},
		// A participle whose clause has the speaker as subject: "قائلا", not "ذاهبا".
		{"Cues.Participles", q.Cues.Participles, "قائلا", "ذاهبا"},
		// The speaker precedes: "قوله", not "قول".
		{"Cues.Before", q.Cues.Before, "قوله", "قول"},
		// A subject pronoun stands for a person named before: "هو", not "هم".
		{"SubjectPronouns", q.SubjectPronouns, "هو", "هم"},
		// "الاخير" picks the second of two persons, "الاول" neither.
		{"Latter", q.Latter, "الاخير", "الاول"},
		// "ان" introduces what was said, "لكن" does not.
		{"Complementizers", q.Complementizers, "ان", "لكن"},
		// "ثم" joins clauses, "في" does not.
		{"Conjunctions", q.Conjunctions, "ثم", "في"},
		// "قد" may stand between a subject and its verb, "لم" not.
		{"Auxiliaries", q.Auxiliaries, "قد", "لم"},
		// "المتحدث" heads the description of a person who speaks, "وزاره" not.
		{"SpeakerNouns", q.SpeakerNouns, "المتحدث", "وزاره"},
		// "وزاره" heads the description of a speaker that is no person, "وزير" not.
		{"SpeakerBodies", q.SpeakerBodies, "وزاره", "وزير"},
		// "صحيفه" names a kind of news outlet, "صحفي" does not.
		{"Descriptors", q.Descriptors, "صحيفه", "صحفي"},
		// "عبد" links the words of a name, "عند" does not.
		{"NameLinks", q.NameLinks, "عبد", "عند"},
		// "as-" is the article spelled in Latin letters, "is-" is not.
		{"LatinArticles", q.LatinArticles, "as", "is"},
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
