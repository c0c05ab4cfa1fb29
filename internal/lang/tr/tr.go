// Package tr holds the Turkish rules of text analysis: case folding with the
// dotted and dotless i (also right for Azerbaijani), the suffixes Turkish
// writes after an apostrophe, stop words and the Snowball stemmer.
package tr

import (
	"strings"
	"sync"
	"unicode"

	bletr "github.com/blevesearch/bleve/v2/analysis/lang/tr"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/turkish"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// Lower lowercases s by the Turkish and Azerbaijani rules: I becomes ı and
// İ becomes i, before every other letter is lowercased as usual.
// "İSTANBUL" becomes "istanbul" and "IRAK" becomes "ırak".
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLowerSpecial(unicode.TurkishCase, s)
		}
	}
	return s
}

// TrimApostrophe removes the case suffix Turkish writes after an apostrophe
// on proper names ("İstanbul'da" -> "İstanbul", "Erdoğan'ın" -> "Erdoğan").
// The apostrophe may be ' or ’.
func TrimApostrophe(s string) string {
	if i := strings.IndexAny(s, "'’"); i > 0 {
		return s[:i]
	}
	return s
}

// stop is bleve's Turkish stop list, lowercased by Lower.
var stop = sync.OnceValue(func() wordset.Set {
	return wordset.New(bletr.TurkishStopWords, "", Lower)
})

// IsStop reports whether the lowercased term is a Turkish stop word.
func IsStop(term string) bool { return stop().Has(term) }

// Stem returns the Snowball Turkish stem of a lowercased term.
func Stem(term string) string {
	env := snowballstem.NewEnv(term)
	turkish.Stem(env)
	return env.Current()
}

// FunctionWords are the most frequent Turkish function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "ve bir bu için ile da de çok olarak daha gibi olan sonra ancak kadar değil her ama şey oldu ise"
