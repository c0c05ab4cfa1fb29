package analyze

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	blbg "github.com/blevesearch/bleve/v2/analysis/lang/bg"
	blcs "github.com/blevesearch/bleve/v2/analysis/lang/cs"
	blda "github.com/blevesearch/bleve/v2/analysis/lang/da"
	blde "github.com/blevesearch/bleve/v2/analysis/lang/de"
	blel "github.com/blevesearch/bleve/v2/analysis/lang/el"
	blen "github.com/blevesearch/bleve/v2/analysis/lang/en"
	bles "github.com/blevesearch/bleve/v2/analysis/lang/es"
	blfi "github.com/blevesearch/bleve/v2/analysis/lang/fi"
	blfr "github.com/blevesearch/bleve/v2/analysis/lang/fr"
	blhi "github.com/blevesearch/bleve/v2/analysis/lang/hi"
	blhu "github.com/blevesearch/bleve/v2/analysis/lang/hu"
	blid "github.com/blevesearch/bleve/v2/analysis/lang/id"
	blit "github.com/blevesearch/bleve/v2/analysis/lang/it"
	blnl "github.com/blevesearch/bleve/v2/analysis/lang/nl"
	blno "github.com/blevesearch/bleve/v2/analysis/lang/no"
	blpt "github.com/blevesearch/bleve/v2/analysis/lang/pt"
	blro "github.com/blevesearch/bleve/v2/analysis/lang/ro"
	blru "github.com/blevesearch/bleve/v2/analysis/lang/ru"
	blsv "github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/french"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/italian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/portuguese"
	"github.com/blevesearch/snowballstem/romanian"
	"github.com/blevesearch/snowballstem/russian"
	"github.com/blevesearch/snowballstem/spanish"
	"github.com/blevesearch/snowballstem/swedish"

	"github.com/storyline/storyline/internal/analyze/ar"
	"github.com/storyline/storyline/internal/analyze/fa"
	"github.com/storyline/storyline/internal/analyze/pl"
	"github.com/storyline/storyline/internal/analyze/tr"
	"github.com/storyline/storyline/internal/analyze/zh"
)

// A filter maps one term to its replacement. Filters are the small pieces a
// language's term pipeline is built from, in the spirit of bleve's token
// filters but one term at a time, which costs no token allocations.
type filter func(string) string

// rules are the analysis pieces of one language. The term pipeline is:
// fold (case and script spelling), apostrophe, stop, stem.
type rules struct {
	// lower folds case.
	lower filter
	// normalize folds spelling variants of the language's script, after
	// lower; nil for none.
	normalize filter
	// apostrophe handles a word that contains an apostrophe (already
	// written '); nil removes the apostrophes.
	apostrophe filter
	// stop reports a folded term that carries no content; nil for none.
	stop func(string) bool
	// stem reduces a folded content term; nil for none.
	stem filter
	// script tells which letters the stemmer is for; other tokens (a
	// foreign name in Latin letters inside Arabic text) are not stemmed.
	script *unicode.RangeTable
}

// snowball adapts a Snowball stemmer to a filter.
func snowball(stem func(*snowballstem.Env) bool) filter {
	return func(term string) string {
		env := snowballstem.NewEnv(term)
		stem(env)
		return env.Current()
	}
}

// bleveFilter adapts a bleve token filter to a filter by running it over a
// one-token stream.
func bleveFilter(f analysis.TokenFilter) filter {
	return func(term string) string {
		ts := f.Filter(analysis.TokenStream{&analysis.Token{Term: []byte(term)}})
		if len(ts) == 0 {
			return ""
		}
		return string(ts[0].Term)
	}
}

// stopSet parses a bleve stop word list and returns its membership test;
// fold is applied to each entry first, so the list matches folded terms.
func stopSet(data []byte, fold filter, extra string) func(string) bool {
	tm := analysis.NewTokenMap()
	if err := tm.LoadBytes(data); err != nil {
		// Static data shipped with bleve: failure is a programming error
		// that the tests catch.
		panic("analyze: bleve stop words: " + err.Error())
	}
	set := make(map[string]struct{}, len(tm))
	for w := range tm {
		set[fold(w)] = struct{}{}
	}
	for _, w := range strings.Fields(extra) {
		set[fold(w)] = struct{}{}
	}
	return func(term string) bool {
		_, ok := set[term]
		return ok
	}
}

// elision returns the apostrophe filter of French or Italian: an elided
// article or pronoun before the apostrophe ("l'", "dell'", "qu'") is
// dropped.
func elision(articles []byte) filter {
	tm := analysis.NewTokenMap()
	if err := tm.LoadBytes(articles); err != nil {
		panic("analyze: bleve articles: " + err.Error())
	}
	return func(term string) string {
		if i := strings.LastIndexByte(term, '\''); i > 0 {
			if tm[term[:i]] {
				return dropApostrophes(term[i+1:])
			}
		}
		return dropApostrophes(term)
	}
}

// englishApostrophe drops a possessive "'s" or a final apostrophe
// ("Iran's" -> "iran", "Generals'" -> "generals"); contractions keep their
// apostrophe, as the English stop list spells them ("don't").
func englishApostrophe(term string) string {
	if t, ok := strings.CutSuffix(term, "'s"); ok {
		return t
	}
	if t, ok := strings.CutSuffix(term, "'"); ok {
		return t
	}
	return term
}

// dropApostrophes removes apostrophes ("o'brien" -> "obrien").
func dropApostrophes(term string) string {
	if strings.IndexByte(term, '\'') < 0 {
		return term
	}
	return strings.ReplaceAll(term, "'", "")
}

// newsStopEn are English words frequent in news that say nothing about the
// story, beyond the Snowball list.
const newsStopEn = `said says say told according also would could may might
must shall will can just one two mr mrs ms per via however including`

var (
	rulesOnce sync.Once
	byLang    map[string]*rules
	generic   *rules
)

func loadRules() {
	lower := filter(lowerGeneric)
	generic = &rules{lower: lower}
	snow := func(stopData []byte, extra string, stem func(*snowballstem.Env) bool) *rules {
		return &rules{
			lower:  lower,
			stop:   stopSet(stopData, lower, extra),
			stem:   snowball(stem),
			script: unicode.Latin,
		}
	}
	byLang = map[string]*rules{
		"en": snow(blen.EnglishStopWords, newsStopEn, english.Stem),
		"de": snow(blde.GermanStopWords, "dass sagte laut sei seien wurde wurden", german.Stem),
		"es": snow(bles.SpanishStopWords, "dijo según", spanish.Stem),
		"fr": snow(blfr.FrenchStopWords, "a dit selon été", french.Stem),
		"it": snow(blit.ItalianStopWords, "ha detto secondo", italian.Stem),
		"nl": snow(blnl.DutchStopWords, "zei volgens", dutch.Stem),
		"pt": snow(blpt.PortugueseStopWords, "disse segundo", portuguese.Stem),
		"sv": snow(blsv.SwedishStopWords, "sade enligt", swedish.Stem),
		"ro": snow(blro.RomanianStopWords, "", romanian.Stem),
		"hu": snow(blhu.HungarianStopWords, "", hungarian.Stem),
		"da": snow(blda.DanishStopWords, "", danish.Stem),
		"no": snow(blno.NorwegianStopWords, "", norwegian.Stem),
		"fi": snow(blfi.FinnishStopWords, "", finnish.Stem),
		"ru": {
			lower:  lower,
			stop:   stopSet(blru.RussianStopWords, lower, "это также заявил заявила сообщил сообщила по словам"),
			stem:   snowball(russian.Stem),
			script: unicode.Cyrillic,
		},
		"bg": {lower: lower, stop: stopSet(blbg.BulgarianStopWords, lower, "")},
		"cs": {lower: lower, stop: stopSet(blcs.CzechStopWords, lower, "")},
		"el": {lower: lowerGreek, stop: stopSet(blel.GreekStopWords, lowerGreek, "")},
		"id": {lower: lower, stop: stopSet(blid.IndonesianStopWords, lower, "")},
		"hi": {
			lower:     lower,
			normalize: bleveFilter(blhi.NewHindiNormalizeFilter()),
			stop:      stopSet(blhi.HindiStopWords, bleveFilter(blhi.NewHindiNormalizeFilter()), ""),
			stem:      bleveFilter(blhi.NewHindiStemmerFilter()),
			script:    unicode.Devanagari,
		},
		"tr": {
			lower:      tr.Lower,
			apostrophe: tr.TrimApostrophe,
			stop:       tr.IsStop,
			stem:       tr.Stem,
			script:     unicode.Latin,
		},
		"az": {lower: tr.Lower, apostrophe: tr.TrimApostrophe},
		"pl": {lower: lower, stop: pl.IsStop, stem: pl.Stem, script: unicode.Latin},
		"ar": {
			lower:     lower,
			normalize: ar.Normalize,
			stop:      ar.IsStop,
			stem:      ar.Stem,
			script:    unicode.Arabic,
		},
		"fa": {
			lower:     lower,
			normalize: ar.Normalize,
			stop:      fa.IsStop,
			stem:      fa.Stem,
			script:    unicode.Arabic,
		},
		"ur": {lower: lower, normalize: ar.Normalize},
		"zh": {lower: lower, stop: zh.IsStop},
		"ja": {lower: lower, stop: zh.IsStop},
	}
	byLang["fr"].apostrophe = elision(blfr.FrenchArticles)
	byLang["it"].apostrophe = elision(blit.ItalianArticles)
	byLang["en"].apostrophe = englishApostrophe
}

// rulesFor returns the rules of lang, or the generic rules (case folding
// only) for a language without its own.
func rulesFor(lang string) *rules {
	rulesOnce.Do(loadRules)
	if r, ok := byLang[lang]; ok {
		return r
	}
	return generic
}

// lowerGeneric lowercases s with the Unicode default rules. It returns s
// itself when s is already lowercase ASCII.
func lowerGeneric(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerGreek lowercases and turns the final sigma into the medial one, so
// that a word matches whether or not it ends the token.
func lowerGreek(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "ς", "σ")
}
