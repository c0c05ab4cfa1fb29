package lang

import (
	"github.com/storyline/storyline/internal/lang/de"
	"github.com/storyline/storyline/internal/lang/en"
	"github.com/storyline/storyline/internal/lang/es"
	"github.com/storyline/storyline/internal/lang/fr"
	"github.com/storyline/storyline/internal/lang/it"
	"github.com/storyline/storyline/internal/lang/pt"
	"github.com/storyline/storyline/internal/lang/ru"
	"github.com/storyline/storyline/internal/lang/uk"
)

// functionWordTests are the function word lists of the languages that
// have one apart from their stop list.
var functionWordTests = map[string]func(string) bool{
	"en": en.IsFunctionWord, "de": de.IsFunctionWord, "es": es.IsFunctionWord,
	"fr": fr.IsFunctionWord, "it": it.IsFunctionWord, "pt": pt.IsFunctionWord,
	"ru": ru.IsFunctionWord, "uk": uk.IsFunctionWord,
}

// IsFunctionWord reports whether a lowercased word is a function word
// (article, pronoun, preposition, conjunction, auxiliary) of language code,
// by the language's bare stop list, without the news words (such as
// "said") that the term pipeline also drops. It knows en de es fr it pt ru
// uk and reports false for other languages.
func IsFunctionWord(code, word string) bool {
	if is, ok := functionWordTests[code]; ok {
		return is(word)
	}
	return false
}
