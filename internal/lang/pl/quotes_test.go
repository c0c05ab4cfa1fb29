package pl_test

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang/pl"
)

// TestQuotes checks each quote list with a word it holds and one it does
// not.
func TestQuotes(t *testing.T) {
	q := pl.Quotes
	tests := []struct {
		list    string
		words   []string
		in, out string
	}{
		// A speech verb: "powiedział" marks reported speech, "poszedł" does not.
		{"Cues.SpeechVerbs", q.Cues.SpeechVerbs, "powiedział", "poszedł"},
		// A reporting verb: "podał" points at a cited source, "czytał" does not.
		{"Cues.ReportVerbs", q.Cues.ReportVerbs, "podał", "czytał"},
		// The speaker follows, a cited source: "według", not "bez".
		{"Cues.According", q.Cues.According, "według", "bez"},
		// A participle whose clause has the speaker as subject: "mówiąc", not "idąc".
		{"Cues.Participles", q.Cues.Participles, "mówiąc", "idąc"},
		// A subject pronoun stands for a person named before: "ona", not "ono".
		{"SubjectPronouns", q.SubjectPronouns, "ona", "ono"},
		// "że" introduces what was said, "czy" does not.
		{"Complementizers", q.Complementizers, "że", "czy"},
		// "ale" joins clauses, "lub" does not.
		{"Conjunctions", q.Conjunctions, "ale", "lub"},
		// "także" may stand between a subject and its verb, "nie" not.
		{"Auxiliaries", q.Auxiliaries, "także", "nie"},
		// "rzecznik" heads the description of a person who speaks, "ministerstwo" not.
		{"SpeakerNouns", q.SpeakerNouns, "rzecznik", "ministerstwo"},
		// "ministerstwo" heads the description of a speaker that is no person, "minister" not.
		{"SpeakerBodies", q.SpeakerBodies, "ministerstwo", "minister"},
		// "dziennik" names a kind of news outlet, "dziennikarz" does not.
		{"Descriptors", q.Descriptors, "dziennik", "dziennikarz"},
		// "raport" may stand between a citing cue and its source, "powiedział" not.
		{"CiteFillers", q.CiteFillers, "raport", "powiedział"},
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
