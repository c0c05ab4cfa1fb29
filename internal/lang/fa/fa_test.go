package fa_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/langtest"
)

// TestPersian is the golden table of Persian: one case per rule, named by
// the function it tests. Words are written in Persian spelling and
// normalised with ar.Normalize first, as the term pipeline does.
func TestPersian(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Stem: plural ها.
		{Rule: "Stem", In: "کتابها", Want: "كتاب"},
		// Stem: plural های.
		{Rule: "Stem", In: "کتابهای", Want: "كتاب"},
		// Stem: Arabic plural ات.
		{Rule: "Stem", In: "انتخابات", Want: "انتخاب"},
		// Stem: adjectival yeh.
		{Rule: "Stem", In: "ایرانی", Want: "ايران"},
		// Stem: the plural marker alone stays.
		{Rule: "Stem", In: "ها", Want: "ها"},
		// IsStop: bleve's list.
		{Rule: "IsStop", In: "این", Want: "true"},
		// IsStop: the verbal prefix, split off at the ZWNJ.
		{Rule: "IsStop", In: "می", Want: "true"},
		// IsStop: news verb.
		{Rule: "IsStop", In: "گفت", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "دولت", Want: "false"},
		// IsNameCue: rank before a name.
		{Rule: "IsNameCue", In: "سردار", Want: "true"},
		// IsNameCue: not a title.
		{Rule: "IsNameCue", In: "دولت", Want: "false"},
		// Terms: pipeline: ZWNJ splits, normalise, stop, stem.
		{Rule: "Terms", In: "بودجه\u200cهای بیمارستان\u200cها", Want: "بودجه بيمارستان"},
	}, langtest.Rules{
		"Stem":      func(w string) string { return fa.Stem(ar.Normalize(w)) },
		"IsStop":    langtest.Bool(func(w string) bool { return fa.IsStop(ar.Normalize(w)) }),
		"IsNameCue": langtest.Bool(func(w string) bool { return fa.IsNameCue(ar.Normalize(w)) }),
		"Terms":     langtest.Terms("fa"),
	})
}
