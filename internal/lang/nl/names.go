package nl

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Dutch words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"generaal", "heer", "mevrouw",
	},
	Particles: []string{"van", "de", "der", "den", "ter", "ten"},
}
