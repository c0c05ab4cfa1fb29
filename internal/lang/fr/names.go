package fr

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the French words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"président", "présidente", "ministre", "général", "m", "mme", "mlle",
		"monsieur", "madame", "roi", "reine", "pape", "porte-parole",
		"ambassadeur", "sénateur", "maire", "docteur", "cheikh",
		"commandant", "secrétaire",
	},
	Abbrevs: []string{
		"m", "mme", "mlle",
	},
	Conjunctions: []string{"et"},
	Particles:    []string{"de", "du", "des", "la", "le"},
}
