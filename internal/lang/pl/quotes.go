package pl

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Polish words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"powiedział", "powiedziała", "stwierdził", "stwierdziła", "dodał",
			"dodała", "podkreślił", "podkreśliła", "oświadczył", "oświadczyła",
			"zaznaczył", "zaznaczyła", "mówi",
		},
		ReportVerbs: []string{
			"podała", "podał", "podaje", "pisze", "informuje",
		},
		According:   []string{"według"},
		Participles: []string{"dodając", "mówiąc"},
	},
	SubjectPronouns: []string{"on", "ona"},
	Complementizers: []string{"że"},
	Conjunctions:    []string{"ale"},
	Auxiliaries:     []string{"też", "także", "również"},
	SpeakerNouns: []string{
		"rzecznik", "źródło", "ekspert", "prezydent", "szef",
	},
	SpeakerBodies: []string{"ministerstwo"},
	Descriptors: []string{
		"gazeta", "dziennik", "agencja", "tygodnik", "stacja", "telewizja",
		"serwis",
	},
	CiteFillers: []string{"raport", "danych", "dane"},
}
