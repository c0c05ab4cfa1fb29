package uk

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Ukrainian words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"повідомив", "повідомила", "зазначив", "зазначила", "додав", "додала",
			"наголосив", "наголосила", "заявив", "сказав",
		},
		ReportVerbs: []string{"повідомляє", "пише"},
		According:   []string{"за словами"},
		Citing:      []string{"за даними"},
	},
	SubjectPronouns: []string{"він", "вона"},
	Complementizers: []string{"що"},
	Descriptors:     []string{"видання", "агенція"},
}
