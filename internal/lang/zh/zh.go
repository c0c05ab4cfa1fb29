// Package zh holds the Chinese rules of text analysis. Chinese has no
// spaces between words, so the tokenizer cuts runs of Han characters into
// overlapping bigrams (政府宣布 -> 政府 府宣 宣布), as bleve's CJK analyzer
// does; this package says which of those bigrams, and which lone
// characters, carry no content.
package zh

import (
	"strings"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// particles are grammatical characters that make any bigram containing them
// a poor term: structural, aspect and modal particles and the passive and
// object markers. Characters that also begin or end common content words or
// names (在 in 存在, 和 in 和平, 都 in 首都, 也 in 也门, 其 in 土耳其) are not
// listed.
const particles = "的了吗呢吧啊么着被把而"

// stopBigrams are frequent function words and reporting verbs.
const stopBigrams = `
我们 你们 他们 她们 它们 这个 那个 这些 那些 一个 一些 没有 可以 因为 所以
但是 如果 已经 还是 就是 什么 自己 表示 进行 时候 目前 这样 那样 其中 以及
通过 根据 认为 今天 昨天 今年 去年 指出 称为 报道 记者 消息 方面 问题 情况
`

// stop holds stopBigrams.
var stop = wordset.New(nil, stopBigrams, nil)

// IsStop reports whether a Han bigram or lone character carries no content:
// it is a listed function word, or a lone character or bigram containing a
// grammatical particle.
func IsStop(term string) bool {
	if stop.Has(term) {
		return true
	}
	for _, r := range term {
		if strings.ContainsRune(particles, r) {
			return true
		}
	}
	return false
}
