package it

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Italian words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"detto", "dichiarato", "affermato", "spiegato", "aggiunto",
			"sottolineato", "afferma", "spiega", "disse",
		},
		ReportVerbs: []string{"riporta", "scrive", "riferito"},
		According:   []string{"secondo"},
		Citing:      []string{"citando"},
		Participles: []string{"aggiungendo", "dicendo"},
	},
	OwnCues: cue.QuoteCues{
		SpeechVerbs: []string{"dice"},
	},
	Determiners: []string{
		"il", "lo", "gli", "i", "la", "le", "l'", "un", "una",
	},
	SubjectPronouns: []string{"lui", "lei", "egli"},
	Complementizers: []string{"che"},
	Conjunctions:    []string{"ma"},
	Auxiliaries:     []string{"ha", "hanno", "aveva", "anche"},
	SpeakerNouns: []string{
		"portavoce", "fonte", "presidente", "funzionario", "esperto",
		"ministro",
	},
	SpeakerBodies: []string{"ministero"},
	Descriptors: []string{
		"quotidiano", "giornale", "agenzia", "rete", "emittente", "settimanale",
		"sito", "testata",
	},
	CiteFillers: []string{
		"rapporto", "dati", "studio", "di", "della", "dello",
	},
	Elisions: []string{
		"l", "dell", "all", "nell", "sull", "dall", "quell", "un",
	},
}
