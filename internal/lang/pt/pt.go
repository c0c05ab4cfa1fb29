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

// stop is bleve's Portuguese stop list (the Snowball one) and newsStop,
// lowercased.
var stop = sync.OnceValue(func() wordset.Set {
	return wordset.New(blpt.PortugueseStopWords, newsStop, strings.ToLower)
})

// IsStop reports whether a lowercased word is a Portuguese stop word.
func IsStop(word string) bool { return stop().Has(word) }

// Stem returns the Snowball stem of a lowercased Portuguese word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	portuguese.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent Portuguese function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "o a os que de não uma com para é do da em se por mais as dos foi ao das pelo pela está"
