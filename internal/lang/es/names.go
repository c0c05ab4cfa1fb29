package es

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Spanish words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"presidente", "presidenta", "ministro", "ministra", "señor",
		"señora", "sr", "sra", "don", "doña", "rey", "reina", "papa", "jefe",
		"canciller", "embajador", "alcalde", "portavoz", "líder", "jeque",
		"comandante", "secretario", "ayatolá",
	},
	Abbrevs: []string{
		"sr", "sra",
	},
	Conjunctions: []string{"y", "e"},
	Particles:    []string{"de", "del", "la"},
}
