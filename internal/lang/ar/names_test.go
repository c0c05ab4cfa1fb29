package ar

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestNames is the golden table of the Arabic name words: one case per
// list of Names.
func TestNames(t *testing.T) {
	cuetest.Check(t, Names, []cuetest.Case{
		// Two names joined: "محمد وأحمد".
		{List: "Conjunctions", Word: "و"},
		// A particle inside a name written in Latin letters: "Mohammed bin Salman".
		{List: "Particles", Word: "bin"},
	})
}
