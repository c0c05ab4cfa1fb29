package langtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang/cue"
)

// recorder is a testing.TB that keeps what is reported.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// TestRun breaks each rule of a table once: every break is reported.
func TestRun(t *testing.T) {
	names := Names(cue.Names{Titles: []string{"president"}, Particles: []string{"von"}})
	rules := Rules{"Upper": strings.ToUpper, "Long": Bool(func(s string) bool { return len(s) > 3 })}
	r := &recorder{TB: t}
	Run(r, []Case{
		// A case that holds.
		{Rule: "Upper", In: "ab", Want: "AB"},
		// A case whose rule gives another string.
		{Rule: "Long", In: "ab", Want: "true"},
		// A case whose rule is in none of the Rules.
		{Rule: "Lower", In: "AB", Want: "ab"},
		// A list of cue.Names.
		{Rule: "Title", In: "president", Want: "true"},
	}, rules, names, Rules{"Upper": strings.ToUpper})
	want := []string{
		"rule Upper is given twice",
		`Long("ab") = "false", want "true"`,
		`unknown rule Lower (case "AB")`,
		"rule Particle has no case",
	}
	if !slices.Equal(r.errors, want) {
		t.Errorf("Run reported\n%q\nwant\n%q", r.errors, want)
	}
}
