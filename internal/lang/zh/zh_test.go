package zh_test

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/zh"
)

// TestChinese is the golden table of Chinese: one case per rule, named by
// the function it tests.
func TestChinese(t *testing.T) {
	tests := []struct{ rule, in, want string }{
		// IsStop: listed function word.
		{"IsStop", "我们", "true"},
		// IsStop: a bigram with the particle 的.
		{"IsStop", "算的", "true"},
		// IsStop: a lone particle.
		{"IsStop", "了", "true"},
		// IsStop: content bigram.
		{"IsStop", "政府", "false"},
		// IsStop: 和 begins content words (和平): not a particle.
		{"IsStop", "和平", "false"},
		// IsStop: 也 is part of a name (也门, Yemen): not a particle.
		{"IsStop", "也门", "false"},
		// Terms: pipeline: overlapping bigrams, stop bigrams left out.
		{"Terms", "政府宣布新预算的开支", "宣布 布新 府宣 开支 政府 新预 预算"},
	}
	for _, tt := range tests {
		var got string
		switch tt.rule {
		case "IsStop":
			got = strconv.FormatBool(zh.IsStop(tt.in))
		case "Terms":
			got = strings.Join(slices.Sorted(maps.Keys(lang.Terms("zh", tt.in))), " ")
		default:
			t.Fatalf("unknown rule %q", tt.rule)
		}
		if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.rule, tt.in, got, tt.want)
		}
	}
}
