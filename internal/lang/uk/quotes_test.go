package uk_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/uk"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, uk.Quotes, []cuetest.Case{
		// A speech verb: "повідомив" marks reported speech, "пішов" does not.
		{List: "Cues.SpeechVerbs", Word: "повідомив", Out: "пішов"},
		// A reporting verb: "пише" points at a cited source, "читає" does not.
		{List: "Cues.ReportVerbs", Word: "пише", Out: "читає"},
		// The speaker follows, a cited source: "за словами", not "за даними".
		{List: "Cues.According", Word: "за словами", Out: "за даними"},
		// A cited source follows: "за даними", not "за словами".
		{List: "Cues.Citing", Word: "за даними", Out: "за словами"},
		// A subject pronoun stands for a person named before: "він", not "воно".
		{List: "SubjectPronouns", Word: "він", Out: "воно"},
		// "що" introduces what was said, "як" does not.
		{List: "Complementizers", Word: "що", Out: "як"},
		// "видання" names a kind of news outlet, "журналіст" does not.
		{List: "Descriptors", Word: "видання", Out: "журналіст"},
	})
}
