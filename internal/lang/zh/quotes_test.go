package zh_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/zh"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := zh.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "表示" marks reported speech, "走" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "表示", "走"},
		// A reporting verb: "报道" points at a cited source, "阅读" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "报道", "阅读"},
		// A subject pronoun stands for a person named before: "他", not "它".
		{"SubjectPronouns", q.SubjectPronouns, "他", "它"},
		// "社" ends the name of a news outlet, "市" does not.
		{"MediaEndings", q.MediaEndings, "社", "市"},
		// "据" is glued before a cited source, "在" is not.
		{"CitePrefixes", q.CitePrefixes, "据", "在"},
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
