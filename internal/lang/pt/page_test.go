package pt

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
)

// TestPage is the golden table of the Portuguese page cues: one case per list
// of Page.
func TestPage(t *testing.T) {
	cuetest.Check(t, Page, []cuetest.Case{
		// An author line: "Por João Silva"
		{List: "Bylines", Word: "por"},
		// A cited source, kept: "Fonte: Lusa"
		{List: "Sources", Word: "fonte"},
		// A photo credit: "Créditos: João Silva"
		{List: "Credits", Word: "créditos"},
	})
}
