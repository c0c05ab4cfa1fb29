package pt_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/pt"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, pt.Quotes, []cuetest.Case{
		// A speech verb: "disse" marks reported speech, "foi" does not.
		{List: "Cues.SpeechVerbs", Word: "disse", Out: "foi"},
		// A reporting verb: "informa" points at a cited source, "lê" does not.
		{List: "Cues.ReportVerbs", Word: "informa", Out: "lê"},
		// A cited source follows: "citando", not "lendo".
		{List: "Cues.Citing", Word: "citando", Out: "lendo"},
		// Only in this language, the speaker follows, a cited source: "segundo", not "sem".
		{List: "OwnCues.According", Word: "segundo", Out: "sem"},
		// A determiner opens a noun phrase: "os", not "com".
		{List: "Determiners", Word: "os", Out: "com"},
		// A subject pronoun stands for a person named before: "ele", not "eles".
		{List: "SubjectPronouns", Word: "ele", Out: "eles"},
		// "que" introduces what was said, "quem" does not.
		{List: "Complementizers", Word: "que", Out: "quem"},
		// "fonte" heads the description of a person who speaks, "ministério" not.
		{List: "SpeakerNouns", Word: "fonte", Out: "ministério"},
	})
}
