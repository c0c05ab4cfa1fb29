package lang

import (
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
}

// known are the languages with packages of their own. Adding a language
// takes its package and one line here. The order is the one in which the
// stages merge them where order matters: the extractor trims an outlet's
// leading article with each language's Page.OutletArticles in turn.
var known = []Language{
	{Code: "en", Dates: en.Dates, Quotes: en.Quotes, Page: en.Page, Names: en.Names, FunctionWords: en.FunctionWords, IsFunctionWord: en.IsFunctionWord},
	{Code: "de", Dates: de.Dates, Quotes: de.Quotes, Page: de.Page, Names: de.Names, FunctionWords: de.FunctionWords, IsFunctionWord: de.IsFunctionWord},
	{Code: "fr", Dates: fr.Dates, Quotes: fr.Quotes, Page: fr.Page, Names: fr.Names, FunctionWords: fr.FunctionWords, IsFunctionWord: fr.IsFunctionWord},
	{Code: "es", Dates: es.Dates, Quotes: es.Quotes, Page: es.Page, Names: es.Names, FunctionWords: es.FunctionWords, IsFunctionWord: es.IsFunctionWord},
	{Code: "it", Dates: it.Dates, Quotes: it.Quotes, Page: it.Page, Names: it.Names, FunctionWords: it.FunctionWords, IsFunctionWord: it.IsFunctionWord},
	{Code: "pt", Dates: pt.Dates, Quotes: pt.Quotes, Page: pt.Page, Names: pt.Names, FunctionWords: pt.FunctionWords, IsFunctionWord: pt.IsFunctionWord},
	{Code: "nl", Dates: nl.Dates, Page: nl.Page, Names: nl.Names, FunctionWords: nl.FunctionWords},
	{Code: "sv", Page: sv.Page, Names: sv.Names, FunctionWords: sv.FunctionWords},
	{Code: "pl", Dates: pl.Dates, Quotes: pl.Quotes, Page: pl.Page, Names: pl.Names, FunctionWords: pl.FunctionWords},
	{Code: "tr", Dates: tr.Dates, Quotes: tr.Quotes, Page: tr.Page, Names: tr.Names, FunctionWords: tr.FunctionWords},
	{Code: "ru", Dates: ru.Dates, Quotes: ru.Quotes, Page: ru.Page, Names: ru.Names, IsFunctionWord: ru.IsFunctionWord},
	{Code: "uk", Dates: uk.Dates, Quotes: uk.Quotes, Page: uk.Page, Names: uk.Names, IsFunctionWord: uk.IsFunctionWord},
	{Code: "ar", Dates: ar.Dates, Quotes: ar.Quotes, Page: ar.Page, Names: ar.Names},
	{Code: "fa", Dates: fa.Dates, Quotes: fa.Quotes, Page: fa.Page, Names: fa.Names},
	{Code: "zh", Dates: zh.Dates, Quotes: zh.Quotes, Page: zh.Page},
	{Code: "ja", Page: ja.Page},
}

// Known returns the languages with packages of their own and their words,
// in a fixed order (see known). The slice is the caller's; the word lists
// in it are shared and must not be changed.
func Known() []Language {
	out := make([]Language, len(known))
	copy(out, known)
	return out
}
