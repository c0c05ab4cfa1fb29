package uk

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Ukrainian words that name finding reads.
var Names = cue.Names{
	Titles: []string{
		"прем'єр", "міністр", "голова", "посол", "речник", "командувач",
		"пан", "пані",
	},
	Conjunctions: []string{"и", "та"},
}
