package lang

import (
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/lang/cue"
	"github.com/storyline/storyline/internal/lang/de"
	"github.com/storyline/storyline/internal/lang/en"
	"github.com/storyline/storyline/internal/lang/es"
	"github.com/storyline/storyline/internal/lang/fr"
	"github.com/storyline/storyline/internal/lang/it"
	"github.com/storyline/storyline/internal/lang/nl"
	"github.com/storyline/storyline/internal/lang/pl"
	"github.com/storyline/storyline/internal/lang/pt"
	"github.com/storyline/storyline/internal/lang/ru"
	"github.com/storyline/storyline/internal/lang/tr"
	"github.com/storyline/storyline/internal/lang/uk"
	"github.com/storyline/storyline/internal/lang/wordset"
)

// names are the name-finding words of each language. Arabic and Persian
// titles are name cues of their packages (ar.IsNameCue, fa.IsNameCue):
// without capitals they play another part.
var names = map[string]cue.Names{
	"en": en.Names, "de": de.Names, "fr": fr.Names, "es": es.Names,
	"it": it.Names, "nl": nl.Names, "pt": pt.Names, "ru": ru.Names,
	"uk": uk.Names, "tr": tr.Names, "pl": pl.Names,
	"sv": {Titles: []string{"statsminister"}},
}

// titleLists are the names' lists merged over all languages: news quotes
// foreign titles ("Präsident Steinmeier" in English, "President Trump" in
// Turkish), so a title of any language counts in every article.
var titleLists = sync.OnceValue(func() (l struct {
	titles, abbrevs wordset.Set
	suffixes        []string
}) {
	l.titles, l.abbrevs = wordset.Set{}, wordset.Set{}
	for _, n := range names {
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
