package it

import (
	"strings"
	"sync"

	blit "github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/italian"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are Italian words frequent in news that say nothing about the
// story (speech verbs, "according to"), beyond the Snowball list.
const newsStop = `ha detto secondo`

// stops are bleve's Italian stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blit.ItalianStopWords, newsStop)

// IsStop reports whether a lowercased word is a Italian stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stops.IsStop(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// Italian stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return stops.IsFunctionWord(word) }

// Stem returns the Snowball stem of a lowercased Italian word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	italian.Stem(env)
	return env.Current()
}

// articles are the elided articles and pronouns of Italian that bleve
// lists ("l", "dell", "un").
var articles = sync.OnceValue(func() wordset.Set {
	return wordset.New(blit.ItalianArticles, "", nil)
})

// Elide handles a folded word that contains an apostrophe (written '): an
// elided article or pronoun before the last apostrophe ("l'Italia",
// "dell'Iran") is dropped, then the apostrophes are.
func Elide(word string) string {
	if i := strings.LastIndexByte(word, '\''); i > 0 && articles().Has(word[:i]) {
		word = word[i+1:]
	}
	return strings.ReplaceAll(word, "'", "")
}

// FunctionWords are the most frequent Italian function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "il la che di è non per una sono della del con gli le nel alla anche più dei ha nella degli alle stato"
