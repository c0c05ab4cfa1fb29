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
	// IsStop: Snowball stop list; a news word (speech verb); a content word.
	for w, want := range map[string]bool{"och": true, "sade": true, "regeringen": false} {
		if got := sv.IsStop(w); got != want {
			t.Errorf("IsStop(%q) = %v, want %v", w, got, want)
		}
	}
	// Stem: Snowball: a definite plural loses its ending.
	if got := sv.Stem("regeringarna"); got != "regering" {
		t.Errorf("Stem(%q) = %q, want %q", "regeringarna", got, "regering")
	}
	cuetest.Check(t, sv.Names, []cuetest.Case{
		// A title before a name: "statsminister Ulf Kristersson".
		{List: "Titles", Word: "statsminister"},
	})
}
