// Package wordset builds the word lists of the language packages (stop
// words, cue words, elided articles) from bleve's word list files and from
// space-separated lists, folded the way the list will be looked up.
package wordset

import (
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Set is a set of folded words.
type Set map[string]struct{}

// Has reports whether w is in the set.
func (s Set) Has(w string) bool {
	_, ok := s[w]
	return ok
}

// New returns the words of a bleve word list (nil for none) and of a
// space-separated list, each passed through fold (nil keeps them as
// written). The lists are static data: a bleve list that does not parse is
// a programming error caught by the tests, and panics.
func New(bleveList []byte, words string, fold func(string) string) Set {
	if fold == nil {
		fold = func(w string) string { return w }
	}
	set := Set{}
	if bleveList != nil {
		tm := analysis.NewTokenMap()
		if err := tm.LoadBytes(bleveList); err != nil {
			panic("wordset: bleve word list: " + err.Error())
		}
		for w := range tm {
			set[fold(w)] = struct{}{}
		}
	}
	for _, w := range strings.Fields(words) {
		set[fold(w)] = struct{}{}
	}
	return set
}

// Stops are the stop lists of a language that bleve has a Snowball stop
// list for, lowercased and built on first use: the function words (the
// bleve list) and the stop words (the function words and the news words
// that say nothing about a story: "said", "according").
type Stops struct {
	functionWords, stop func() Set
}

// NewStops returns the stop lists of a bleve stop list and a
// space-separated list of news words.
func NewStops(bleveList []byte, newsWords string) Stops {
	return Stops{
		functionWords: sync.OnceValue(func() Set { return New(bleveList, "", strings.ToLower) }),
		stop:          sync.OnceValue(func() Set { return New(bleveList, newsWords, strings.ToLower) }),
	}
}

// IsStop reports whether a lowercased word is a function word or a news
// word.
func (s Stops) IsStop(word string) bool { return s.stop().Has(word) }

// IsFunctionWord reports whether a lowercased word is on the bleve list.
func (s Stops) IsFunctionWord(word string) bool { return s.functionWords().Has(word) }
