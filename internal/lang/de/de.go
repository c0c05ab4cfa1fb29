package de

import (
	"strings"
	"unicode/utf8"

	blde "github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/german"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are German words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `dass sagte laut sei seien wurde wurden`

// stops are bleve's German stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blde.GermanStopWords, newsStop)

// IsStop reports whether a lowercased word is a German stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stops.IsStop(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// German stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return stops.IsFunctionWord(word) }

// Stem returns the Snowball stem of a lowercased German word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	german.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent German function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "der die und das ist nicht mit den von zu ein eine auch sich des dem im für auf wird wurde sind nach bei"

// IsInflectedAdjective reports whether a lowercased word is an inflected
// adjective in -sch ("deutsche", "russischen", "ägäischen"): capitalised,
// it starts a name ("Deutsche Bank") but is none alone.
func IsInflectedAdjective(word string) bool {
	for _, end := range []string{"sche", "schen", "scher", "sches", "schem"} {
		if strings.HasSuffix(word, end) && utf8.RuneCountInString(word) >= len(end)+3 {
			return true
		}
	}
	return false
}
