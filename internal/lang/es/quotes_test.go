package es_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/es"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, es.Quotes, []cuetest.Case{
		// A speech verb: "dijo" marks reported speech, "fue" does not.
		{List: "Cues.SpeechVerbs", Word: "dijo", Out: "fue"},
		// A reporting verb: "informó" points at a cited source, "leyó" does not.
		{List: "Cues.ReportVerbs", Word: "informó", Out: "leyó"},
		// The speaker follows, a cited source: "según", not "sin".
		{List: "Cues.According", Word: "según", Out: "sin"},
		// A cited source follows: "citando", not "leyendo".
		{List: "Cues.Citing", Word: "citando", Out: "leyendo"},
		// A participle whose clause has the speaker as subject: "diciendo", not "yendo".
		{List: "Cues.Participles", Word: "diciendo", Out: "yendo"},
		// Only in this language, a speech verb: "dice" marks reported speech, "dijo" does not.
		{List: "OwnCues.SpeechVerbs", Word: "dice", Out: "dijo"},
		// A determiner opens a noun phrase: "los", not "con".
		{List: "Determiners", Word: "los", Out: "con"},
		// A subject pronoun stands for a person named before: "él", not "el".
		{List: "SubjectPronouns", Word: "él", Out: "el"},
		// "último" picks the second of two persons, "primero" neither.
		{List: "Latter", Word: "último", Out: "primero"},
		// "que" introduces what was said, "qué" does not.
		{List: "Complementizers", Word: "que", Out: "qué"},
		// "pero" joins clauses, "o" does not.
		{List: "Conjunctions", Word: "pero", Out: "o"},
		// "también" may stand between a subject and its verb, "no" not.
		{List: "Auxiliaries", Word: "también", Out: "no"},
		// "y" may join the words of an organisation's name, "con" not.
		{List: "Connectors", Word: "y", Out: "con"},
		// "portavoz" heads the description of a person who speaks, "ministerio" not.
		{List: "SpeakerNouns", Word: "portavoz", Out: "ministerio"},
		// "ministerio" heads the description of a speaker that is no person, "ministro" not.
		{List: "SpeakerBodies", Word: "ministerio", Out: "ministro"},
		// "periódico" names a kind of news outlet, "periodista" does not.
		{List: "Descriptors", Word: "periódico", Out: "periodista"},
		// "informe" may stand between a citing cue and its source, "dijo" not.
		{List: "CiteFillers", Word: "informe", Out: "dijo"},
	})
}
