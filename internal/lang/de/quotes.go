package de

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the German words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Cues: cue.QuoteCues{
		SpeechVerbs: []string{
			"sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten",
			"betonte", "betont", "meinte", "meint", "fügte", "warnte", "warnt",
		},
		ReportVerbs: []string{
			"berichtete", "berichtet", "schreibt", "schrieb", "meldet", "meldete",
		},
		According:   []string{"laut"},
		Citing:      []string{"nach angaben"},
		CitedBefore: []string{"zufolge"},
	},
	OwnCues: cue.QuoteCues{
		PostQuote: []string{"so"},
	},
	Determiners: []string{
		"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer",
		"einem", "eines",
	},
	SubjectPronouns:      []string{"er", "sie"},
	Latter:               []string{"letzterer", "letztere"},
	Former:               []string{"ersterer", "erstere"},
	Complementizers:      []string{"dass"},
	GluedComplementizers: []string{"dass"},
	Conjunctions:         []string{"aber"},
	Auxiliaries:          []string{"hat", "habe", "hatte", "auch", "noch"},
	SpeakerNouns: []string{
		"sprecher", "sprecherin", "kanzler", "bundeskanzler", "bundeskanzlerin",
		"präsident", "präsidentin",
	},
	SpeakerBodies: []string{"ministerium"},
	Descriptors: []string{
		"zeitung", "tageszeitung", "wochenzeitung", "nachrichtenagentur",
		"agentur", "sender", "magazin", "blatt",
	},
	MediaWords: []string{"zeitung", "presse"},
	CiteFillers: []string{
		"bericht", "berichten", "angaben", "studie", "der", "des", "einem",
		"einer",
	},
}
