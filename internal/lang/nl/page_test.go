package nl

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Dutch page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// An author line: "Door Jan de Vries"
		{List: "Bylines", Word: "door"},
		// A photo credit: "Foto: Jan de Vries"
		{List: "Credits", Word: "foto"},
		// A company name: "Mediahuis BV"
		{List: "CompanySuffixes", Word: "bv"},
	})
}
