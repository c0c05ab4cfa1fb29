package pt

import (
	blpt "github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/portuguese"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Portuguese words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `disse segundo`

// stops are bleve's Portuguese stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blpt.PortugueseStopWords, newsStop)

// IsStop reports whether a lowercased word is a Portuguese stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stops.IsStop(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// Portuguese stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return stops.IsFunctionWord(word) }

// Stem returns the Snowball stem of a lowercased Portuguese word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	portuguese.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent Portuguese function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "o a os que de não uma com para é do da em se por mais as dos foi ao das pelo pela está"
