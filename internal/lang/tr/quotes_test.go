package tr_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/tr"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := tr.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "dedi" marks reported speech, "gitti" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "dedi", "gitti"},
		// A reporting verb: "yazdı" points at a cited source, "okudu" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "yazdı", "okudu"},
		// A participle whose clause has the speaker as subject: "diyerek", not "giderek".
		{"Cues.Participles", q.Cues.Participles, "diyerek", "giderek"},
		// The cited source precedes: "göre", not "kadar".
		{"Cues.CitedBefore", q.Cues.CitedBefore, "göre", "kadar"},
		// A subject pronoun stands for a person named before: "o", not "bu".
		{"SubjectPronouns", q.SubjectPronouns, "o", "bu"},
		// "ki" introduces what was said, "de" does not.
		{"Complementizers", q.Complementizers, "ki", "de"},
		// "ama" joins clauses, "veya" does not.
		{"Conjunctions", q.Conjunctions, "ama", "veya"},
		// "ayrıca" may stand between a subject and its verb, "değil" not.
		{"Auxiliaries", q.Auxiliaries, "ayrıca", "değil"},
		// "aş" may stand inside a name, "ve" not.
		{"Connectors", q.Connectors, "aş", "ve"},
		// "sözcü" heads the description of a person who speaks, "bakanlık" not.
		{"SpeakerNouns", q.SpeakerNouns, "sözcü", "bakanlık"},
		// "gazete" begins a descriptor with suffixes, "gazeteci" does not.
		{"DescriptorPrefixes", q.DescriptorPrefixes, "gazete", "gazeteci"},
		// "haber" in a name makes it a news outlet, "şehir" does not.
		{"MediaWords", q.MediaWords, "haber", "şehir"},
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
