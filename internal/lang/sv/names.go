package sv

import "github.com/storyline/storyline/internal/lang/cue"

// Names are the Swedish words that name finding reads.
var Names = cue.Names{
	Titles: []string{"statsminister"},
}
