package nl

import "github.com/storyline/storyline/internal/lang/cue"

// Quotes holds the Dutch words that mark quotations, their speakers and
// cited sources.
var Quotes = cue.Quotes{
	Connectors: []string{"van", "der", "den"},
}
