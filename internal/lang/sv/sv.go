package sv

import (
	blsv "github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/swedish"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Swedish words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `sade enligt`

// stops are bleve's Swedish stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blsv.SwedishStopWords, newsStop)

// IsStop reports whether a lowercased word is a Swedish stop word.
func IsStop(word string) bool { return stops.IsStop(word) }

// Stem returns the Snowball stem of a lowercased Swedish word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	swedish.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent Swedish function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "och att det som en är på för med av inte till den har om de ett var men sig efter också"
