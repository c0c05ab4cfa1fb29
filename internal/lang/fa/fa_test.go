package fa_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
)

// TestPersian is the golden table of Persian: one case per rule, named by
// the function it tests. Words are written in Persian spelling and
// normalised with ar.Normalize first, as the term pipeline does.
func TestPersian(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// Stem: plural ها.
		{"Stem", "کتابها", "كتاب"},
		// Stem: plural های.
		{"Stem", "کتابهای", "كتاب"},
		// Stem: Arabic plural ات.
		{"Stem", "انتخابات", "انتخاب"},
		// Stem: adjectival yeh.
		{"Stem", "ایرانی", "ايران"},
		// Stem: the plural marker alone stays.
		{"Stem", "ها", "ها"},
		// IsStop: bleve's list.
		{"IsStop", "این", "true"},
		// IsStop: the verbal prefix, split off at the ZWNJ.
		{"IsStop", "می", "true"},
		// IsStop: news verb.
		{"IsStop", "گفت", "true"},
		// IsStop: content word.
		{"IsStop", "دولت", "false"},
		// IsNameCue: rank before a name.
		{"IsNameCue", "سردار", "true"},
		// IsNameCue: not a title.
		{"IsNameCue", "دولت", "false"},
		// Terms: pipeline: ZWNJ splits, normalise, stop, stem.
		{"Terms", "بودجه\u200cهای بیمارستان\u200cها", "بودجه بيمارستان"},
	}
	for _, tt := range tests {
		var got string
		w := ar.Normalize(tt.in)
		switch tt.rule {
		case "Stem":
			got = fa.Stem(w)
		case "IsStop":
			got = strconv.FormatBool(fa.IsStop(w))
		case "IsNameCue":
			got = strconv.FormatBool(fa.IsNameCue(w))
		case "Terms":
			got = strings.Join(slices.Sorted(maps.Keys(lang.Terms("fa", tt.in))), " ")
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
