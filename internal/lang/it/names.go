package it

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Italian words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"generale", "signor", "signora", "sig", "regina", "sindaco",
		"ambasciatore", "portavoce", "segretario", "capo",
	},
	Abbrevs: []string{
		"sig", "ing",
	},
	Conjunctions: []string{"e"},
	Particles:    []string{"di", "della", "da", "del"},
}
