package fa_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/fa"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, fa.Quotes, []cuetest.Case{
		// A speech verb: "گفت" marks reported speech, "رفت" does not.
		{List: "Cues.SpeechVerbs", Word: "گفت", Out: "رفت"},
		// A reporting verb: "نوشت" points at a cited source, "خواند" does not.
		{List: "Cues.ReportVerbs", Word: "نوشت", Out: "خواند"},
		// The speaker follows, a cited source: "به گفته", not "به خاطر".
		{List: "Cues.According", Word: "به گفته", Out: "به خاطر"},
		// A cited source follows: "به گزارش", not "گزارش".
		{List: "Cues.Citing", Word: "به گزارش", Out: "گزارش"},
		// A subject pronoun stands for a person named before: "او", not "ما".
		{List: "SubjectPronouns", Word: "او", Out: "ما"},
		// "كه" introduces what was said, "اما" does not.
		{List: "Complementizers", Word: "كه", Out: "اما"},
		// "نيز" may stand between a subject and its verb, "نه" not.
		{List: "Auxiliaries", Word: "نيز", Out: "نه"},
		// "روزنامه" names a kind of news outlet, "روزنامه‌نگار" does not.
		{List: "Descriptors", Word: "روزنامه", Out: "روزنامه‌نگار"},
	})
}
