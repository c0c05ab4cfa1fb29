package pt

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Portuguese words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{"disse", "afirmou", "declarou", "afirma"},
		ReportVerbs: []string{"informa", "publica"},
		Citing:      []string{"citando"},
	},
	OwnCues: cue.QuoteCues{
		According: []string{"segundo"},
	},
	Determiners:     []string{"o", "os", "as", "um", "uma"},
	SubjectPronouns: []string{"ele", "ela"},
	Complementizers: []string{"que"},
	SpeakerNouns:    []string{"ministro", "fonte", "presidente"},
}
