package ru

import (
	blru "github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/russian"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Russian words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `это также заявил заявила сообщил сообщила по словам`

// stops are bleve's Russian stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blru.RussianStopWords, newsStop)

// IsStop reports whether a lowercased word is a Russian stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stops.IsStop(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// Russian stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return stops.IsFunctionWord(word) }

// Stem returns the Snowball stem of a lowercased Russian word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	russian.Stem(env)
	return env.Current()
}
