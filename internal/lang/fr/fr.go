package fr

import (
	"strings"
	"sync"

	blfr "github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/french"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are French words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `a dit selon été`

// stops are bleve's French stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blfr.FrenchStopWords, newsStop)

// IsStop reports whether a lowercased word is a French stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stops.IsStop(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// French stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return stops.IsFunctionWord(word) }

// Stem returns the Snowball stem of a lowercased French word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	french.Stem(env)
	return env.Current()
}

// articles are the elided articles and pronouns of French that bleve
// lists ("l", "d", "qu").
var articles = sync.OnceValue(func() wordset.Set {
	return wordset.New(blfr.FrenchArticles, "", nil)
})

// Elide handles a folded word that contains an apostrophe (written '): an
// elided article or pronoun before the last apostrophe ("l'armée",
// "qu'il") is dropped, then the apostrophes are.
func Elide(word string) string {
	if i := strings.LastIndexByte(word, '\''); i > 0 && articles().Has(word[:i]) {
		word = word[i+1:]
	}
	return strings.ReplaceAll(word, "'", "")
}

// FunctionWords are the most frequent French function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "le la les de et des est dans une que pour pas qui sur du au avec il ce sont par ont été aux cette selon a"
