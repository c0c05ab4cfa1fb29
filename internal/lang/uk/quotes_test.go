package uk_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/uk"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := uk.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "повідомив" marks reported speech, "пішов" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "повідомив", "пішов"},
		// A reporting verb: "пише" points at a cited source, "читає" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "пише", "читає"},
		// The speaker follows, a cited source: "за словами", not "за даними".
		{"Cues.According", q.Cues.According, "за словами", "за даними"},
		// A cited source follows: "за даними", not "за словами".
		{"Cues.Citing", q.Cues.Citing, "за даними", "за словами"},
		// A subject pronoun stands for a person named before: "він", not "воно".
		{"SubjectPronouns", q.SubjectPronouns, "він", "воно"},
		// "що" introduces what was said, "як" does not.
		{"Complementizers", q.Complementizers, "що", "як"},
		// "видання" names a kind of news outlet, "журналіст" does not.
		{"Descriptors", q.Descriptors, "видання", "журналіст"},
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
