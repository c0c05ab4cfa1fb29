package pt

import (
	"strings"
	"sync"

	blpt "github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/portuguese"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Portuguese words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `disse segundo`

// functionWords is bleve's Portuguese stop list (the Snowball one),
// lowercased.
var functionWords = sync.OnceValue(func() wordset.Set {
	return wordset.New(blpt.PortugueseStopWords, "", strings.ToLower)
})

// stop adds newsStop to functionWords.
var stop = sync.OnceValue(func() wordset.Set {
	return wordset.New(blpt.PortugueseStopWords, newsStop, strings.ToLower)
})

// IsStop reports whether a lowercased word is a Portuguese stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stop().Has(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// Portuguese stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return functionWords().Has(word) }

// Stem returns the Snowball stem of a lowercased Portuguese word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	portuguese.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent Portuguese function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "o a os que de não uma com para é do da em se por mais as dos foi ao das pelo pela está"
