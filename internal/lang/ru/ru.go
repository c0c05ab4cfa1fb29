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

// stop is bleve's Russian stop list (the Snowball one) and newsStop,
// lowercased.
var stop = sync.OnceValue(func() wordset.Set {
	return wordset.New(blru.RussianStopWords, newsStop, strings.ToLower)
})

// IsStop reports whether a lowercased word is a Russian stop word.
func IsStop(word string) bool { return stop().Has(word) }

// Stem returns the Snowball stem of a lowercased Russian word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	russian.Stem(env)
	return env.Current()
}
