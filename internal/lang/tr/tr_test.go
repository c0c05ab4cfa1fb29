package tr_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/tr"
)

// TestTurkish is the golden table of Turkish: one case per rule, named by
// the function or list it tests.
func TestTurkish(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Lower: dotted capital İ becomes i.
		{"Lower", "İSTANBUL", "istanbul"},
		// Lower: dotless capital I becomes ı.
		{"Lower", "IRAK", "ırak"},
		// Lower: other letters as usual.
		{"Lower", "ŞİMŞEK", "şimşek"},
		// Lower: lowercase ASCII unchanged.
		{"Lower", "ankara", "ankara"},
		// TrimApostrophe: case suffix after a name.
		{"TrimApostrophe", "İstanbul'da", "İstanbul"},
		// TrimApostrophe: typographic apostrophe.
		{"TrimApostrophe", "Erdoğan’ın", "Erdoğan"},
		// TrimApostrophe: a leading apostrophe is no suffix.
		{"TrimApostrophe", "'tırnak", "'tırnak"},
		// Stem: Snowball: dative plural.
		{"Stem", "okullara", "okul"},
		// Stem: Snowball: genitive plural.
		{"Stem", "bütçelerin", "bütçe"},
		// IsStop: bleve's list: conjunction.
		{"IsStop", "ve", "true"},
		// IsStop: bleve's list: postposition.
		{"IsStop", "için", "true"},
		// IsStop: content word.
		{"IsStop", "okul", "false"},
		// FunctionWord: language identification vote.
		{"FunctionWord", "olarak", "true"},
		// Conjunction: joins two names ("X ve Y"); "veya" does not.
		{"Conjunction", "ve", "true"},
		{"Conjunction", "veya", "false"},
		// Title: title before a name.
		{"Title", "cumhurbaşkanı", "true"},
		// Title: honorific after a name.
		{"Title", "bey", "true"},
		// Terms: pipeline: Turkish case, apostrophe, stop, stem.
		{"Terms", "İSTANBUL'da ve okullara", "istanbul okul"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "Lower":
			got = tr.Lower(tt.in)
		case "TrimApostrophe":
			got = tr.TrimApostrophe(tt.in)
		case "Stem":
			got = tr.Stem(tt.in)
		case "IsStop":
			got = strconv.FormatBool(tr.IsStop(tt.in))
		case "FunctionWord":
			got = strconv.FormatBool(slices.Contains(strings.Fields(tr.FunctionWords), tt.in))
		case "Conjunction":
			got = strconv.FormatBool(slices.Contains(tr.Names.Conjunctions, tt.in))
		case "Title":
			got = strconv.FormatBool(slices.Contains(tr.Names.Titles, tt.in))
		case "Terms":
			got = strings.Join(slices.Sorted(maps.Keys(lang.Terms("tr", tt.in))), " ")
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
