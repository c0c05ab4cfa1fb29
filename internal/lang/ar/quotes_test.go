package ar_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, ar.Quotes, []cuetest.Case{
		// A speech verb: "قال" marks reported speech, "ذهب" does not.
		{List: "Cues.SpeechVerbs", Word: "قال", Out: "ذهب"},
		// A reporting verb: "أفادت" points at a cited source, "قرأ" does not.
		{List: "Cues.ReportVerbs", Word: "أفادت", Out: "قرأ"},
		// The speaker follows, a cited source: "بحسب", not "بسبب".
		{List: "Cues.According", Word: "بحسب", Out: "بسبب"},
		// A participle whose clause has the speaker as subject: "قائلا", not "ذاهبا".
		{List: "Cues.Participles", Word: "قائلا", Out: "ذاهبا"},
		// The speaker precedes: "قوله", not "قول".
		{List: "Cues.Before", Word: "قوله", Out: "قول"},
		// A subject pronoun stands for a person named before: "هو", not "هم".
		{List: "SubjectPronouns", Word: "هو", Out: "هم"},
		// "الاخير" picks the second of two persons, "الاول" neither.
		{List: "Latter", Word: "الاخير", Out: "الاول"},
		// "ان" introduces what was said, "لكن" does not.
		{List: "Complementizers", Word: "ان", Out: "لكن"},
		// "ثم" joins clauses, "في" does not.
		{List: "Conjunctions", Word: "ثم", Out: "في"},
		// "قد" may stand between a subject and its verb, "لم" not.
		{List: "Auxiliaries", Word: "قد", Out: "لم"},
		// "المتحدث" heads the description of a person who speaks, "وزاره" not.
		{List: "SpeakerNouns", Word: "المتحدث", Out: "وزاره"},
		// "وزاره" heads the description of a speaker that is no person, "وزير" not.
		{List: "SpeakerBodies", Word: "وزاره", Out: "وزير"},
		// "صحيفه" names a kind of news outlet, "صحفي" does not.
		{List: "Descriptors", Word: "صحيفه", Out: "صحفي"},
		// "عبد" links the words of a name, "عند" does not.
		{List: "NameLinks", Word: "عبد", Out: "عند"},
		// "as-" is the article spelled in Latin letters, "is-" is not.
		{List: "LatinArticles", Word: "as", Out: "is"},
	})
}
