package ru

import (
	"strings"
	"sync"

	blru "github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/russian"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Russian words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `это также заявил заявила сообщил сообщила по словам`

// functionWords is bleve's Russian stop list (the Snowball one),
// lowercased.
var functionWords = sync.OnceValue(func() wordset.Set {
	return wordset.New(blru.RussianStopWords, "", strings.ToLower)
})

// stop adds newsStop to functionWords.
var stop = sync.OnceValue(func() wordset.Set {
	return wordset.New(blru.RussianStopWords, newsStop, strings.ToLower)
})

// IsStop reports whether a lowercased word is a Russian stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stop().Has(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// Russian stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return functionWords().Has(word) }

// Stem returns the Snowball stem of a lowercased Russian word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	russian.Stem(env)
	return env.Current()
}
