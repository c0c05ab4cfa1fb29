package zh_test

import (
	"testing"

	"github.com/storyline/storyline/internal/lang/langtest"
	"github.com/storyline/storyline/internal/lang/zh"
)

// TestChinese is the golden table of Chinese: one case per rule, named by
// the function it tests.
func TestChinese(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// IsStop: listed function word.
		{Rule: "IsStop", In: "我们", Want: "true"},
		// IsStop: a bigram with the particle 的.
		{Rule: "IsStop", In: "算的", Want: "true"},
		// IsStop: a lone particle.
		{Rule: "IsStop", In: "了", Want: "true"},
		// IsStop: content bigram.
		{Rule: "IsStop", In: "政府", Want: "false"},
		// IsStop: 和 begins content words (和平): not a particle.
		{Rule: "IsStop", In: "和平", Want: "false"},
		// IsStop: 也 is part of a name (也门, Yemen): not a particle.
		{Rule: "IsStop", In: "也门", Want: "false"},
		// Terms: pipeline: overlapping bigrams, stop bigrams left out.
		{Rule: "Terms", In: "政府宣布新预算的开支", Want: "宣布 布新 府宣 开支 政府 新预 预算"},
	}, langtest.Rules{
		"IsStop": langtest.Bool(zh.IsStop),
		"Terms":  langtest.Terms("zh"),
	})
}
