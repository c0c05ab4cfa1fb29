package ar

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Arabic words that name finding reads. Its titles are name
// cues (IsNameCue): without capitals they play another part.
var Names = cue.Names{
	Conjunctions: []string{"و"},
	Particles:    []string{"al", "el", "bin", "ibn", "ben", "bint", "abu", "ul"},
}
