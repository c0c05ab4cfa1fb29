package sv_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang/cue/cuetest"
	"github.com/storyline/storyline/internal/lang/sv"
)

// TestSwedish is the golden table of the Swedish rules: one case per rule.
func TestSwedish(t *testing.T) {
	// A function word counted by the vote of language identification.
	if !slices.Contains(strings.Fields(sv.FunctionWords), "och") {
		t.Errorf("FunctionWords lacks %q", "och")
	}
	cuetest.Check(t, sv.Names, []cuetest.Case{
		// A title before a name: "statsminister Ulf Kristersson".
		{List: "Titles", Word: "statsminister"},
	})
}
