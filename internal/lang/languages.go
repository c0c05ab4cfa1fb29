package lang

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	blbg "github.com/blevesearch/bleve/v2/analysis/lang/bg"
	blcs "github.com/blevesearch/bleve/v2/analysis/lang/cs"
	blda "github.com/blevesearch/bleve/v2/analysis/lang/da"
	blel "github.com/blevesearch/bleve/v2/analysis/lang/el"
	blfi "github.com/blevesearch/bleve/v2/analysis/lang/fi"
	blhi "github.com/blevesearch/bleve/v2/analysis/lang/hi"
	blhu "github.com/blevesearch/bleve/v2/analysis/lang/hu"
	blid "github.com/blevesearch/bleve/v2/analysis/lang/id"
	blno "github.com/blevesearch/bleve/v2/analysis/lang/no"
	blro "github.com/blevesearch/bleve/v2/analysis/lang/ro"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/romanian"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/tr"
	"github.com/storyline/storyline/internal/lang/wordset"
	"github.com/storyline/storyline/internal/lang/zh"
)

// A filter maps one term to its replacement. Filters are the small pieces a
// language's term pipeline is built from, in the spirit of bleve's token
// filters but one term at a time, which costs no token allocations.
type filter func(string) string

// Pipeline is the term pipeline of one language: fold (case and script
// spelling), apostrophe, stop, stem. A language with a package of its own
// (ar de en es fa fr it nl pl pt ru sv tr zh) takes its rules from there,
// through its entry in the registry (Language.Terms); languages whose rules
// are bleve data only (ro hu da no fi bg cs el id hi) and those that share
// another's rules (az, ur, ja) are entries of the table in loadPipelines.
type Pipeline struct {
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
func stopSet(data []byte, fold filter) func(string) bool {
	return wordset.New(data, "", fold).Has
}

// dropApostrophes removes apostrophes ("o'brien" -> "obrien").
func dropApostrophes(term string) string {
	if strings.IndexByte(term, '\'') < 0 {
		return term
	}
	return strings.ReplaceAll(term, "'", "")
}

var (
	pipelinesOnce sync.Once
	byLang        map[string]*Pipeline
	generic       *Pipeline
)

// latinTerms is the term pipeline of a language in the Latin script with
// a package of its own: its stop list, stemmer and, if not nil, its
// apostrophe rule (an elided article, a possessive).
func latinTerms(stop func(string) bool, stem, apostrophe filter) *Pipeline {
	return &Pipeline{lower: lowerGeneric, apostrophe: apostrophe, stop: stop, stem: stem, script: unicode.Latin}
}

// loadPipelines builds the term pipelines: those of the languages with
// packages of their own (Language.Terms), and those of the languages whose
// rules are bleve data only or another language's.
func loadPipelines() {
	lower := filter(lowerGeneric)
	generic = &Pipeline{lower: lower}
	snow := func(stopData []byte, stem func(*snowballstem.Env) bool) *Pipeline {
		return latinTerms(stopSet(stopData, lower), snowball(stem), nil)
	}
	hindi := bleveFilter(blhi.NewHindiNormalizeFilter())
	byLang = map[string]*Pipeline{
		"ro": snow(blro.RomanianStopWords, romanian.Stem),
		"hu": snow(blhu.HungarianStopWords, hungarian.Stem),
		"da": snow(blda.DanishStopWords, danish.Stem),
		"no": snow(blno.NorwegianStopWords, norwegian.Stem),
		"fi": snow(blfi.FinnishStopWords, finnish.Stem),
		"bg": {lower: lower, stop: stopSet(blbg.BulgarianStopWords, lower)},
		"cs": {lower: lower, stop: stopSet(blcs.CzechStopWords, lower)},
		"el": {lower: lowerGreek, stop: stopSet(blel.GreekStopWords, lowerGreek)},
		"id": {lower: lower, stop: stopSet(blid.IndonesianStopWords, lower)},
		"hi": {
			lower:     lower,
			normalize: hindi,
			stop:      stopSet(blhi.HindiStopWords, hindi),
			stem:      bleveFilter(blhi.NewHindiStemmerFilter()),
			script:    unicode.Devanagari,
		},
		// Languages read with another's rules.
		"az": {lower: tr.Lower, apostrophe: tr.TrimApostrophe},
		"ur": {lower: lower, normalize: ar.Normalize},
		"ja": {lower: lower, stop: zh.IsStop},
	}
	for _, l := range known {
		if l.Terms != nil {
			byLang[l.Code] = l.Terms
		}
	}
}

// For returns the term pipeline of language lang (ISO 639-1), or the
// generic one (case folding only) for a language without its own.
func For(lang string) *Pipeline {
	pipelinesOnce.Do(loadPipelines)
	if p, ok := byLang[lang]; ok {
		return p
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
