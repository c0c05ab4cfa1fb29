package pt

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Portuguese words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"senhor", "senhora",
	},
	Conjunctions: []string{"e"},
	Particles:    []string{"da", "das", "de", "dos"},
}
