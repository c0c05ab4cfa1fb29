package fr

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the French words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"déclaré", "dit", "affirmé", "ajouté", "souligné", "expliqué",
			"indiqué", "estimé", "précisé", "assuré", "déclare", "affirme",
			"explique", "estime", "indique", "précise", "souligne", "ajoute",
			"assure",
		},
		ReportVerbs: []string{"rapporte", "rapporté", "écrit"},
		According:   []string{"selon", "d' après"},
		Citing:      []string{"citant"},
		Participles: []string{
			"ajoutant", "déclarant", "affirmant", "soulignant", "expliquant",
		},
	},
	Determiners: []string{
		"le", "la", "les", "l'", "un", "une", "ce", "cette", "ces",
	},
	SubjectPronouns: []string{"il", "elle"},
	Latter:          []string{"dernier", "dernière"},
	Complementizers: []string{"que", "qu'", "qu"},
	Conjunctions:    []string{"mais"},
	Auxiliaries: []string{
		"a", "ont", "avait", "aussi", "également", "encore", "t",
	},
	SpeakerNouns: []string{
		"ministre", "porte-parole", "responsable", "président", "présidente",
		"chef", "diplomate", "analyste",
	},
	SpeakerBodies: []string{"ministère"},
	Descriptors: []string{
		"journal", "quotidien", "agence", "chaîne", "hebdomadaire", "magazine",
	},
	MediaWords: []string{"presse"},
	CiteFillers: []string{
		"rapport", "rapports", "données", "informations", "étude", "selon",
		"publié", "de", "du", "des",
	},
	Elisions: []string{"l", "d", "qu", "j", "m", "n", "s", "t", "c"},
}
