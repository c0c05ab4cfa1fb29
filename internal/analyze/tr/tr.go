// Package tr holds the Turkish rules of text analysis: case folding with the
// dotted and dotless i (also right for Azerbaijani), the suffixes Turkish
// writes after an apostrophe, stop words and the Snowball stemmer.
package tr

import (
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	bletr "github.com/blevesearch/bleve/v2/analysis/lang/tr"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/turkish"
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

var (
	once sync.Once
	stop map[string]struct{}
)

func load() {
	tm := analysis.NewTokenMap()
	if err := tm.LoadBytes(bletr.TurkishStopWords); err != nil {
		panic("tr: bleve stop words: " + err.Error())
	}
	stop = make(map[string]struct{}, len(tm))
	for w := range tm {
		stop[Lower(w)] = struct{}{}
	}
}

// IsStop reports whether the lowercased term is a Turkish stop word.
func IsStop(term string) bool {
	once.Do(load)
	_, ok := stop[term]
	return ok
}

// Stem returns the Snowball Turkish stem of a lowercased term.
func Stem(term string) string {
	env := snowballstem.NewEnv(term)
	turkish.Stem(env)
	return env.Current()
}
