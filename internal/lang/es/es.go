package es

import (
	bles "github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/spanish"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Spanish words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `dijo según`

// stops are bleve's Spanish stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(bles.SpanishStopWords, newsStop)

// IsStop reports whether a lowercased word is a Spanish stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stops.IsStop(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// Spanish stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return stops.IsFunctionWord(word) }

// Stem returns the Snowball stem of a lowercased Spanish word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	spanish.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent Spanish function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "el la los las de que del en y por con una para es se no al lo como más fue sus ha según han desde"
