package fa

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestNames is the golden table of the Persian name words: one case per
// list of Names.
func TestNames(t *testing.T) {
	cuetest.Check(t, Names, []cuetest.Case{
		// Two names joined: "علی و حسن".
		{List: "Conjunctions", Word: "و"},
	})
}
