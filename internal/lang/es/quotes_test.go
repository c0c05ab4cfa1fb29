package es_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/es"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := es.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "dijo" marks reported speech, "fue" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "dijo", "fue"},
		// A reporting verb: "informó" points at a cited source, "leyó" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "informó", "leyó"},
		// The speaker follows, a cited source: "según", not "sin".
		{"Cues.According", q.Cues.According, "según", "sin"},
		// A cited source follows: "citando", not "leyendo".
		{"Cues.Citing", q.Cues.Citing, "citando", "leyendo"},
		// A participle whose clause has the speaker as subject: "diciendo", not "yendo".
		{"Cues.Participles", q.Cues.Participles, "diciendo", "yendo"},
		// Only in this language, a speech verb: "dice" marks reported speech, "dijo" does not.
		{"OwnCues.SpeechVerbs", q.OwnCues.SpeechVerbs, "dice", "dijo"},
		// A determiner opens a noun phrase: "los", not "con".
		{"Determiners", q.Determiners, "los", "con"},
		// A subject pronoun stands for a person named before: "él", not "el".
		{"SubjectPronouns", q.SubjectPronouns, "él", "el"},
		// "último" picks the second of two persons, "primero" neither.
		{"Latter", q.Latter, "último", "primero"},
		// "que" introduces what was said, "qué" does not.
		{"Complementizers", q.Complementizers, "que", "qué"},
		// "pero" joins clauses, "o" does not.
		{"Conjunctions", q.Conjunctions, "pero", "o"},
		// "también" may stand between a subject and its verb, "no" not.
		{"Auxiliaries", q.Auxiliaries, "también", "no"},
		// "y" may join the words of an organisation's name, "con" not.
		{"Connectors", q.Connectors, "y", "con"},
		// "portavoz" heads the description of a person who speaks, "ministerio" not.
		{"SpeakerNouns", q.SpeakerNouns, "portavoz", "ministerio"},
		// "ministerio" heads the description of a speaker that is no person, "ministro" not.
		{"SpeakerBodies", q.SpeakerBodies, "ministerio", "ministro"},
		// "periódico" names a kind of news outlet, "periodista" does not.
		{"Descriptors", q.Descriptors, "periódico", "periodista"},
		// "informe" may stand between a citing cue and its source, "dijo" not.
		{"CiteFillers", q.CiteFillers, "informe", "dijo"},
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
