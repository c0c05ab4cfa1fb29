package lang

import (
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// titleLists are the names' lists merged over all languages: news quotes
// foreign titles ("Präsident Steinmeier" in English, "President Trump" in
// Turkish), so a title of any language counts in every article.
var titleLists = sync.OnceValue(func() (l struct {
	titles, abbrevs wordset.Set
	suffixes        []string
}) {
	l.titles, l.abbrevs = wordset.Set{}, wordset.Set{}
	// Arabic and Persian titles are name cues of their packages
	// (ar.IsNameCue, fa.IsNameCue): without capitals they play another part.
	for _, lg := range known {
		n := lg.Names
		for _, w := range n.Titles {
			l.titles[w] = struct{}{}
		}
		for _, w := range n.Abbrevs {
			l.abbrevs[w] = struct{}{}
		}
		l.suffixes = append(l.suffixes, n.TitleSuffixes...)
	}
	return l
})

// IsTitle reports whether a folded word is a title, rank, office or
// honorific that precedes a person's name, in any language's list
// (cue.Names.Titles).
func IsTitle(folded string) bool { return titleLists().titles.Has(folded) }

// HasTitleSuffix reports whether a folded word is a compound title: it ends
// with a title suffix of any language (cue.Names.TitleSuffixes) and has
// three letters or more before it ("finanzminister").
func HasTitleSuffix(folded string) bool {
	for _, suf := range titleLists().suffixes {
		if len(folded) > len(suf)+2 && strings.HasSuffix(folded, suf) {
			return true
		}
	}
	return false
}

// IsAbbrev reports whether a lowercased word, written with a dot, is an
// abbreviation that does not end a sentence ("Mr.", "Gen."), in any
// language.
func IsAbbrev(lower string) bool { return titleLists().abbrevs.Has(lower) }
