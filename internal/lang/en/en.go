package en

import (
	"strings"

	blen "github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// newsStop are English words frequent in news that say nothing about the
// story, beyond the Snowball list.
const newsStop = `said says say told according also would could may might
must shall will can just one two mr mrs ms per via however including`

// stops are bleve's English stop list (the Snowball one) and newsStop.
var stops = wordset.NewStops(blen.EnglishStopWords, newsStop)

// IsStop reports whether a lowercased word is a English stop word: a
// function word or a word of newsStop. Terms leave stop words out.
func IsStop(word string) bool { return stops.IsStop(word) }

// IsFunctionWord reports whether a lowercased word is on the Snowball
// English stop list, without the news words IsStop adds: the test of name
// finding, to which "said" may be a name.
func IsFunctionWord(word string) bool { return stops.IsFunctionWord(word) }

// Stem returns the Snowball stem of a lowercased English word.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	english.Stem(env)
	return env.Current()
}

// TrimApostrophe handles a folded word that contains an apostrophe
// (written '): a possessive "'s" or a final apostrophe goes ("iran's" ->
// "iran", "generals'" -> "generals"); contractions keep their apostrophe,
// as the stop list spells them ("don't").
func TrimApostrophe(word string) string {
	if t, ok := strings.CutSuffix(word, "'s"); ok {
		return t
	}
	if t, ok := strings.CutSuffix(word, "'"); ok {
		return t
	}
	return word
}

// FunctionWords are the most frequent English function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "the and of to in is that for was with on as are by this it from be at have has were said its their which"
