package lang

import (
	"unicode"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/cue"
	"github.com/storyline/storyline/internal/lang/de"
	"github.com/storyline/storyline/internal/lang/en"
	"github.com/storyline/storyline/internal/lang/es"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/fr"
	"github.com/storyline/storyline/internal/lang/it"
	"github.com/storyline/storyline/internal/lang/ja"
	"github.com/storyline/storyline/internal/lang/nl"
	"github.com/storyline/storyline/internal/lang/pl"
	"github.com/storyline/storyline/internal/lang/pt"
	"github.com/storyline/storyline/internal/lang/ru"
	"github.com/storyline/storyline/internal/lang/sv"
	"github.com/storyline/storyline/internal/lang/tr"
	"github.com/storyline/storyline/internal/lang/uk"
	"github.com/storyline/storyline/internal/lang/zh"
)

// Language is what storyline knows of one language that has a package of
// its own (lang/de, lang/ar, ...): the words of each feature, as the
// package declares them. A feature the language has no words for is the
// zero value, which adds nothing where the stages merge the languages.
type Language struct {
	// Code is the ISO 639-1 code ("de").
	Code string
	// Dates are the date words and rules, read by package dates.
	Dates cue.Dates
	// Quotes are the words of quotations, speakers and cited sources, read
	// by the quote finder.
	Quotes cue.Quotes
	// Page are the words of a scraped page around its article, read by the
	// plain-text extractor.
	Page cue.Page
	// Names are the words about persons' names: titles and abbreviations
	// (IsTitle, IsAbbrev), particles and conjunctions, read by name finding,
	// the byline reader and the quote finder.
	Names cue.Names
	// FunctionWords are the most frequent function words, space-separated,
	// of a Latin-script language that Detect's vote decides among; "" for
	// none.
	FunctionWords string
	// IsFunctionWord reports a lowercased word of the language's bare stop
	// list (IsFunctionWord); nil for none.
	IsFunctionWord func(string) bool
	// Terms is the term pipeline (For) built from the package's rules: case
	// folding, script normalisation, apostrophes, stop words, stemmer; nil
	// for a language read with the generic one.
	Terms *Pipeline
}

// known are the languages with packages of their own. Adding a language
// takes its package and one entry here. The order is the one in which the
// stages merge them where order matters: the extractor trims an outlet's
// leading article with each language's Page.OutletArticles in turn.
var known = []Language{
	{
		Code: "en", Dates: en.Dates, Quotes: en.Quotes, Page: en.Page, Names: en.Names, FunctionWords: en.FunctionWords, IsFunctionWord: en.IsFunctionWord,
		Terms: latinTerms(en.IsStop, en.Stem, en.TrimApostrophe),
	},
	{
		Code: "de", Dates: de.Dates, Quotes: de.Quotes, Page: de.Page, Names: de.Names, FunctionWords: de.FunctionWords, IsFunctionWord: de.IsFunctionWord,
		Terms: latinTerms(de.IsStop, de.Stem, nil),
	},
	{
		Code: "fr", Dates: fr.Dates, Quotes: fr.Quotes, Page: fr.Page, Names: fr.Names, FunctionWords: fr.FunctionWords, IsFunctionWord: fr.IsFunctionWord,
		Terms: latinTerms(fr.IsStop, fr.Stem, fr.Elide),
	},
	{
		Code: "es", Dates: es.Dates, Quotes: es.Quotes, Page: es.Page, Names: es.Names, FunctionWords: es.FunctionWords, IsFunctionWord: es.IsFunctionWord,
		Terms: latinTerms(es.IsStop, es.Stem, nil),
	},
	{
		Code: "it", Dates: it.Dates, Quotes: it.Quotes, Page: it.Page, Names: it.Names, FunctionWords: it.FunctionWords, IsFunctionWord: it.IsFunctionWord,
		Terms: latinTerms(it.IsStop, it.Stem, it.Elide),
	},
	{
		Code: "pt", Dates: pt.Dates, Quotes: pt.Quotes, Page: pt.Page, Names: pt.Names, FunctionWords: pt.FunctionWords, IsFunctionWord: pt.IsFunctionWord,
		Terms: latinTerms(pt.IsStop, pt.Stem, nil),
	},
	{
		Code: "nl", Dates: nl.Dates, Page: nl.Page, Names: nl.Names, FunctionWords: nl.FunctionWords,
		Terms: latinTerms(nl.IsStop, nl.Stem, nil),
	},
	{
		Code: "sv", Page: sv.Page, Names: sv.Names, FunctionWords: sv.FunctionWords,
		Terms: latinTerms(sv.IsStop, sv.Stem, nil),
	},
	{
		Code: "pl", Dates: pl.Dates, Quotes: pl.Quotes, Page: pl.Page, Names: pl.Names, FunctionWords: pl.FunctionWords,
		Terms: latinTerms(pl.IsStop, pl.Stem, nil),
	},
	{
		Code: "tr", Dates: tr.Dates, Quotes: tr.Quotes, Page: tr.Page, Names: tr.Names, FunctionWords: tr.FunctionWords,
		Terms: &Pipeline{lower: tr.Lower, apostrophe: tr.TrimApostrophe, stop: tr.IsStop, stem: tr.Stem, script: unicode.Latin},
	},
	{
		Code: "ru", Dates: ru.Dates, Quotes: ru.Quotes, Page: ru.Page, Names: ru.Names, IsFunctionWord: ru.IsFunctionWord,
		Terms: &Pipeline{lower: lowerGeneric, stop: ru.IsStop, stem: ru.Stem, script: unicode.Cyrillic},
	},
	{Code: "uk", Dates: uk.Dates, Quotes: uk.Quotes, Page: uk.Page, Names: uk.Names, IsFunctionWord: uk.IsFunctionWord},
	{
		Code: "ar", Dates: ar.Dates, Quotes: ar.Quotes, Page: ar.Page, Names: ar.Names,
		Terms: &Pipeline{lower: lowerGeneric, normalize: ar.Normalize, stop: ar.IsStop, stem: ar.Stem, script: unicode.Arabic},
	},
	{
		Code: "fa", Dates: fa.Dates, Quotes: fa.Quotes, Page: fa.Page, Names: fa.Names,
		Terms: &Pipeline{lower: lowerGeneric, normalize: ar.Normalize, stop: fa.IsStop, stem: fa.Stem, script: unicode.Arabic},
	},
	{
		Code: "zh", Dates: zh.Dates, Quotes: zh.Quotes, Page: zh.Page,
		Terms: &Pipeline{lower: lowerGeneric, stop: zh.IsStop},
	},
	{Code: "ja", Page: ja.Page},
}

// ByCode returns one feature of every known language, by language code:
// ByCode(func(l Language) cue.Dates { return l.Dates }).
func ByCode[T any](feature func(Language) T) map[string]T {
	m := make(map[string]T, len(known))
	for _, l := range known {
		m[l.Code] = feature(l)
	}
	return m
}

// Known returns the languages with packages of their own and their words,
// in a fixed order (see known). The slice is the caller's; the word lists
// in it are shared and must not be changed.
func Known() []Language {
	out := make([]Language, len(known))
	copy(out, known)
	return out
}
