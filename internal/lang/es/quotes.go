package es

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Spanish words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"dijo", "afirmó", "declaró", "aseguró", "señaló", "explicó", "añadió",
			"agregó", "indicó", "manifestó", "sostuvo", "advirtió", "afirma",
			"asegura",
		},
		ReportVerbs: []string{
			"informó", "publicó", "reportó", "informa", "publica",
		},
		According:   []string{"según", "de acuerdo con"},
		Citing:      []string{"citando"},
		Participles: []string{"añadiendo", "diciendo", "agregando"},
	},
	OwnCues: cue.QuoteCues{
		SpeechVerbs: []string{"dice"},
	},
	Determiners: []string{
		"el", "la", "los", "las", "un", "una", "unos", "unas",
	},
	SubjectPronouns: []string{"él", "ella"},
	Latter:          []string{"último", "última"},
	Complementizers: []string{"que"},
	Conjunctions:    []string{"pero"},
	Auxiliaries:     []string{"había", "han", "también"},
	// "y" inside an organisation's name ("Ministerio de Asuntos Exteriores y
	// Cooperación"); it is also the "and" of Names.Conjunctions.
	Connectors: []string{"y"},
	SpeakerNouns: []string{
		"ministro", "portavoz", "fuente", "funcionario", "experto",
		"presidente", "presidenta", "jefe",
	},
	SpeakerBodies: []string{"ministerio"},
	Descriptors: []string{
		"diario", "periódico", "agencia", "cadena", "canal", "revista",
		"rotativo", "emisora",
	},
	CiteFillers: []string{"informe", "datos", "estudio", "de", "del"},
}
