package zh_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/zh"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, zh.Quotes, []cuetest.Case{
		// A speech verb: "表示" marks reported speech, "走" does not.
		{List: "Cues.SpeechVerbs", Word: "表示", Out: "走"},
		// A reporting verb: "报道" points at a cited source, "阅读" does not.
		{List: "Cues.ReportVerbs", Word: "报道", Out: "阅读"},
		// A subject pronoun stands for a person named before: "他", not "它".
		{List: "SubjectPronouns", Word: "他", Out: "它"},
		// "社" ends the name of a news outlet, "市" does not.
		{List: "MediaEndings", Word: "社", Out: "市"},
		// "据" is glued before a cited source, "在" is not.
		{List: "CitePrefixes", Word: "据", Out: "在"},
	})
}
