package pl_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/pl"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	cuetest.Check(t, pl.Quotes, []cuetest.Case{
		// A speech verb: "powiedział" marks reported speech, "poszedł" does not.
		{List: "Cues.SpeechVerbs", Word: "powiedział", Out: "poszedł"},
		// A reporting verb: "podał" points at a cited source, "czytał" does not.
		{List: "Cues.ReportVerbs", Word: "podał", Out: "czytał"},
		// The speaker follows, a cited source: "według", not "bez".
		{List: "Cues.According", Word: "według", Out: "bez"},
		// A participle whose clause has the speaker as subject: "mówiąc", not "idąc".
		{List: "Cues.Participles", Word: "mówiąc", Out: "idąc"},
		// A subject pronoun stands for a person named before: "ona", not "ono".
		{List: "SubjectPronouns", Word: "ona", Out: "ono"},
		// "że" introduces what was said, "czy" does not.
		{List: "Complementizers", Word: "że", Out: "czy"},
		// "ale" joins clauses, "lub" does not.
		{List: "Conjunctions", Word: "ale", Out: "lub"},
		// "także" may stand between a subject and its verb, "nie" not.
		{List: "Auxiliaries", Word: "także", Out: "nie"},
		// "rzecznik" heads the description of a person who speaks, "ministerstwo" not.
		{List: "SpeakerNouns", Word: "rzecznik", Out: "ministerstwo"},
		// "ministerstwo" heads the description of a speaker that is no person, "minister" not.
		{List: "SpeakerBodies", Word: "ministerstwo", Out: "minister"},
		// "dziennik" names a kind of news outlet, "dziennikarz" does not.
		{List: "Descriptors", Word: "dziennik", Out: "dziennikarz"},
		// "raport" may stand between a citing cue and its source, "powiedział" not.
		{List: "CiteFillers", Word: "raport", Out: "powiedział"},
	})
}
