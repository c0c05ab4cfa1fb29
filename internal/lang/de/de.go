package de

import (
	"strings"
	"sync"

	blde "github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are German words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `dass sagte laut sei seien wurde wurden`

// functionWords is bleve's German stop list (the Snowball one),
// lowercased.
var functionWords = sync.OnceValue(func() wordset.Set {
	return wordset.New(blde.GermanStopWords, "", strings.ToLower)
})

// stop adds newsStop to functionWords.
var stop = sync.OnceValue(func() wordset.Set {
	return wordset.New(blde.GermanStopWords, newsStop, strings.ToLower)
})

// IsStop reports whether a lowercased word is a German stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stop().Has(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// German stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return functionWords().Has(word) }

// Stem returns the Snowball stem of a lowercased German word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	german.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent German function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "der die und das ist nicht mit den von zu ein eine auch sich des dem im für auf wird wurde sind nach bei"
