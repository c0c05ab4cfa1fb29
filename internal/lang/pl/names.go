package pl

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Polish words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"prezydent", "prezydenta", "premier", "minister", "ministra",
		"generał", "generała", "pan", "pani", "król", "królowa", "papież",
		"rzecznik", "ambasador", "szef", "szefowa", "przewodniczący",
		"ajatollah",
	},
	Conjunctions: []string{"i"},
}
