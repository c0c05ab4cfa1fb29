package tr_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/tr"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, tr.Quotes, []cuetest.Case{
		// A speech verb: "dedi" marks reported speech, "gitti" does not.
		{List: "Cues.SpeechVerbs", Word: "dedi", Out: "gitti"},
		// A reporting verb: "yazdı" points at a cited source, "okudu" does not.
		{List: "Cues.ReportVerbs", Word: "yazdı", Out: "okudu"},
		// A participle whose clause has the speaker as subject: "diyerek", not "giderek".
		{List: "Cues.Participles", Word: "diyerek", Out: "giderek"},
		// The cited source precedes: "göre", not "kadar".
		{List: "Cues.CitedBefore", Word: "göre", Out: "kadar"},
		// A subject pronoun stands for a person named before: "o", not "bu".
		{List: "SubjectPronouns", Word: "o", Out: "bu"},
		// "ki" introduces what was said, "de" does not.
		{List: "Complementizers", Word: "ki", Out: "de"},
		// "ama" joins clauses, "veya" does not.
		{List: "Conjunctions", Word: "ama", Out: "veya"},
		// "ayrıca" may stand between a subject and its verb, "değil" not.
		{List: "Auxiliaries", Word: "ayrıca", Out: "değil"},
		// "aş" may stand inside a name, "ve" not.
		{List: "Connectors", Word: "aş", Out: "ve"},
		// "sözcü" heads the description of a person who speaks, "bakanlık" not.
		{List: "SpeakerNouns", Word: "sözcü", Out: "bakanlık"},
		// "gazete" begins a descriptor with suffixes, "gazeteci" does not.
		{List: "DescriptorPrefixes", Word: "gazete", Out: "gazeteci"},
		// "haber" in a name makes it a news outlet, "şehir" does not.
		{List: "MediaWords", Word: "haber", Out: "şehir"},
	})
}
