package nl

import (
	blnl "github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Dutch words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `zei volgens`

// stops are bleve's Dutch stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blnl.DutchStopWords, newsStop)

// IsStop reports whether a lowercased word is a Dutch stop word.
func IsStop(word string) bool { return stops.IsStop(word) }

// Stem returns the Snowball stem of a lowercased Dutch word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	dutch.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent Dutch function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "de het een van en is dat niet op te zijn met voor ook er aan maar om bij door werd wordt heeft"
