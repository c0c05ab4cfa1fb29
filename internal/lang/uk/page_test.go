package uk

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Ukrainian page cues: one case per
// list of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// A credit line naming the source: "Джерело: УНІАН".
		{List: "Sources", Word: "джерело"},
	})
}
