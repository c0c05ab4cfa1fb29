package tr_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/tr"
)

// TestTurkish is the golden table of Turkish: one case per rule, named by
// the function or list it tests.
func TestTurkish(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Lower: dotted capital İ becomes i.
		{Rule: "Lower", In: "İSTANBUL", Want: "istanbul"},
		// Lower: dotless capital I becomes ı.
		{Rule: "Lower", In: "IRAK", Want: "ırak"},
		// Lower: other letters as usual.
		{Rule: "Lower", In: "ŞİMŞEK", Want: "şimşek"},
		// Lower: lowercase ASCII unchanged.
		{Rule: "Lower", In: "ankara", Want: "ankara"},
		// TrimApostrophe: case suffix after a name.
		{Rule: "TrimApostrophe", In: "İstanbul'da", Want: "İstanbul"},
		// TrimApostrophe: typographic apostrophe.
		{Rule: "TrimApostrophe", In: "Erdoğan’ın", Want: "Erdoğan"},
		// TrimApostrophe: a leading apostrophe is no suffix.
		{Rule: "TrimApostrophe", In: "'tırnak", Want: "'tırnak"},
		// Stem: Snowball: dative plural.
		{Rule: "Stem", In: "okullara", Want: "okul"},
		// Stem: Snowball: genitive plural.
		{Rule: "Stem", In: "bütçelerin", Want: "bütçe"},
		// IsStop: bleve's list: conjunction.
		{Rule: "IsStop", In: "ve", Want: "true"},
		// IsStop: bleve's list: postposition.
		{Rule: "IsStop", In: "için", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "okul", Want: "false"},
		// FunctionWord: language identification vote.
		{Rule: "FunctionWord", In: "olarak", Want: "true"},
		// Conjunction: joins two names ("X ve Y"); "veya" does not.
		{Rule: "Conjunction", In: "ve", Want: "true"},
		{Rule: "Conjunction", In: "veya", Want: "false"},
		// Title: title before a name.
		{Rule: "Title", In: "cumhurbaşkanı", Want: "true"},
		// Title: honorific after a name.
		{Rule: "Title", In: "bey", Want: "true"},
		// Terms: pipeline: Turkish case, apostrophe, stop, stem.
		{Rule: "Terms", In: "İSTANBUL'da ve okullara", Want: "istanbul okul"},
	}, langtest.Names(tr.Names), langtest.Rules{
		"Stem":           tr.Stem,
		"IsStop":         langtest.Bool(tr.IsStop),
		"FunctionWord":   langtest.FunctionWords(tr.FunctionWords),
		"Lower":          tr.Lower,
		"TrimApostrophe": tr.TrimApostrophe,
		"Terms":          langtest.Terms("tr"),
	})
}
