package fa_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/fa"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := fa.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "گفت" marks reported speech, "رفت" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "گفت", "رفت"},
		// A reporting verb: "نوشت" points at a cited source, "خواند" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "نوشت", "خواند"},
		// The speaker follows, a cited source: "به گفته", not "به خاطر".
		{"Cues.According", q.Cues.According, "به گفته", "به خاطر"},
		// A cited source follows: "به گزارش", not "گزارش".
		{"Cues.Citing", q.Cues.Citing, "به گزارش", "گزارش"},
		// A subject pronoun stands for a person named before: "او", not "ما".
		{"SubjectPronouns", q.SubjectPronouns, "او", "ما"},
		// "كه" introduces what was said, "اما" does not.
		{"Complementizers", q.Complementizers, "كه", "اما"},
		// "نيز" may stand between a subject and its verb, "نه" not.
		{"Auxiliaries", q.Auxiliaries, "نيز", "نه"},
		// "روزنامه" names a kind of news outlet, "روزنامه‌نگار" does not.
		{"Descriptors", q.Descriptors, "روزنامه", "روزنامه‌نگار"},
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
