package pt_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/pt"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := pt.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "disse" marks reported speech, "foi" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "disse", "foi"},
		// A reporting verb: "informa" points at a cited source, "lê" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "informa", "lê"},
		// A cited source follows: "citando", not "lendo".
		{"Cues.Citing", q.Cues.Citing, "citando", "lendo"},
		// Only in this language, the speaker follows, a cited source: "segundo", not "sem".
		{"OwnCues.According", q.OwnCues.According, "segundo", "sem"},
		// A determiner opens a noun phrase: "os", not "com".
		{"Determiners", q.Determiners, "os", "com"},
		// A subject pronoun stands for a person named before: "ele", not "eles".
		{"SubjectPronouns", q.SubjectPronouns, "ele", "eles"},
		// "que" introduces what was said, "quem" does not.
		{"Complementizers", q.Complementizers, "que", "quem"},
		// "fonte" heads the description of a person who speaks, "ministério" not.
		{"SpeakerNouns", q.SpeakerNouns, "fonte", "ministério"},
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
