// Package lang is the language layer, at the bottom of storyline: every
// stage imports it and it imports no stage. It identifies the language of
// a text (Detect) and holds the term pipeline of each language (For, Fold,
// Terms: case folding, script normalisation, apostrophes, stop words,
// stemming), the function words (IsFunctionWord) and the titles
// (IsTitle, IsAbbrev) merged over the languages.
//
// What one language knows lives in its own package (lang/ar, lang/de, ...,
// lang/zh: normalisation, articles and proclitics, stop words, stemmers,
// cue words); this package lists them, with each feature's words, in one
// registry (Known), from which the stages assemble their tables. The language-independent parts
// sit beside them: lang/token (tokens, NFKC), lang/namekey (cross-script
// name keys), lang/wordset (word lists), lang/cue (the shapes of the cue
// word lists). Subpackages never import this package.
//
// Detection runs in steps. A script pass counts the letters of each
// writing system in a bounded prefix of the text; scripts that belong to one
// supported language decide at once (Hangul: ko, kana: ja, Han without kana:
// zh, Hebrew: he, Greek: el, Devanagari: hi, ...). In Latin script a vote
// of function words settles texts where one language clearly dominates
// (841 of the 991 evaluation pages, agreeing with lingua on all but one,
// where lingua was wrong). Other Latin, Cyrillic or Arabic-script text goes
// to a lingua-go detector restricted to the supported languages of that
// script.
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"

	"github.com/storyline/storyline/internal/article"
)

// PrefixChars bounds how much of the text Detect reads: its first
// PrefixChars characters. That is ample for news prose (lingua's accuracy
// saturates well before it) and keeps the cost of one detection small and
// predictable: lingua's cost grows with the length of its input.
const PrefixChars = 2000

// MinLetters is the fewest letters (Han, kana and Hangul count double) a
// text needs before Detect names a language.
const MinLetters = 12

// MinConfidence is the lowest lingua confidence (0..1, relative to the
// other candidate languages) Detect accepts; below it the text is
// undetermined. News sentences score 1.0; short fragments get misleading
// scores such as 0.78 for "Romanian" on an English menu line, or 0.60 for
// "Swedish" on a five-word English headline.
const MinConfidence = 0.9

// linguaLanguages are the languages that need the statistical models: the
// supported languages written in the Latin, Cyrillic and Arabic scripts.
var linguaLanguages = []lingua.Language{
	// Latin script.
	lingua.English, lingua.Turkish, lingua.German, lingua.Spanish,
	lingua.French, lingua.Italian, lingua.Polish, lingua.Dutch,
	lingua.Portuguese, lingua.Swedish, lingua.Romanian, lingua.Hungarian,
	lingua.Czech, lingua.Azerbaijani, lingua.Indonesian,
	// Cyrillic script.
	lingua.Russian, lingua.Ukrainian, lingua.Bulgarian, lingua.Serbian,
	lingua.Kazakh,
	// Arabic script.
	lingua.Arabic, lingua.Persian, lingua.Urdu,
}

// scriptLanguages maps a script that only one supported language uses to
// that language.
var scriptLanguages = map[script]string{
	scriptHangul:     "ko",
	scriptHebrew:     "he",
	scriptGreek:      "el",
	scriptDevanagari: "hi",
	scriptArmenian:   "hy",
	scriptGeorgian:   "ka",
	scriptThai:       "th",
	scriptBengali:    "bn",
}

// Languages returns the ISO 639-1 codes Detect can return, besides
// article.Undetermined, in no particular order.
func Languages() []string {
	out := make([]string, 0, len(linguaLanguages)+len(scriptLanguages)+2)
	for _, l := range linguaLanguages {
		out = append(out, strings.ToLower(l.IsoCode639_1().String()))
	}
	for _, code := range scriptLanguages {
		out = append(out, code)
	}
	return append(out, "zh", "ja")
}

// Detector identifies the language of article text. It is safe for
// concurrent use and holds no state that changes its answers: Detect is a
// function of the text alone.
//
// The statistical models are lingua's n-gram tables, decoded from files
// embedded in the lingua module the first time text in their script is
// seen. Lingua caches them itself, in package-level maps, for the life of
// the process, so every Detector shares them; they are never changed
// after they are decoded, so this cache is not mutable state a caller
// could observe, only memory that a second Detector does not duplicate.
type Detector struct {
	lingua lingua.LanguageDetector
}

// NewDetector returns a Detector ready to use. Building one is cheap (no
// model is loaded until it is needed); resources.Set builds the one the
// program shares.
//
// It uses lingua's low-accuracy mode, which scores with trigram models only.
// Lingua itself scores any text of 120 letters or more with trigrams only,
// even in high-accuracy mode, so on news text the two modes give the same
// answers; low-accuracy mode just never loads the much larger unigram,
// bigram, quadrigram and fivegram models that short inputs would pull in.
func NewDetector() *Detector {
	return &Detector{lingua: lingua.NewLanguageDetectorBuilder().
		FromLanguages(linguaLanguages...).
		WithLowAccuracyMode().
		Build()}
}

// Detect returns the ISO 639-1 code of the language text is written in, or
// article.Undetermined when that cannot be decided: too few letters, no
// dominant script that a supported language uses, or a statistical guess
// with low confidence. Only the first PrefixChars characters are read;
// callers pass the title and the body joined by a newline.
func (d *Detector) Detect(text string) string {
	text = prefix(text, PrefixChars)
	counts := countScripts(text)
	dominant, letters := counts.dominant()
	if letters < MinLetters {
		return article.Undetermined
	}
	switch dominant {
	case scriptHan:
		return "zh"
	case scriptKana:
		return "ja"
	case scriptLatin:
		if lang := vote(text); lang != "" {
			return lang
		}
		return d.statistical(text)
	case scriptCyrillic, scriptArabic:
		return d.statistical(text)
	}
	if code, ok := scriptLanguages[dominant]; ok {
		return code
	}
	return article.Undetermined
}

// statistical asks lingua, which itself narrows the candidates to the
// languages of the text's main alphabet.
func (d *Detector) statistical(text string) string {
	values := d.lingua.ComputeLanguageConfidenceValues(text)
	if len(values) == 0 {
		return article.Undetermined
	}
	best := values[0]
	if best.Value() < MinConfidence {
		return article.Undetermined
	}
	if len(values) > 1 && values[1].Value() == best.Value() {
		return article.Undetermined
	}
	return strings.ToLower(best.Language().IsoCode639_1().String())
}

// prefix returns the first n characters (runes) of s.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// script is a writing system as the script pass sees it.
type script uint8

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
	scriptArabic
	scriptHan
	scriptKana
	scriptHangul
	scriptHebrew
	scriptGreek
	scriptDevanagari
	scriptArmenian
	scriptGeorgian
	scriptThai
	scriptBengali
	numScripts
)

// scriptTables lists the Unicode tables behind each script, most frequent
// in news first.
var scriptTables = []struct {
	s     script
	table *unicode.RangeTable
}{
	{scriptLatin, unicode.Latin},
	{scriptArabic, unicode.Arabic},
	{scriptCyrillic, unicode.Cyrillic},
	{scriptHan, unicode.Han},
	{scriptKana, unicode.Hiragana},
	{scriptKana, unicode.Katakana},
	{scriptHangul, unicode.Hangul},
	{scriptHebrew, unicode.Hebrew},
	{scriptGreek, unicode.Greek},
	{scriptDevanagari, unicode.Devanagari},
	{scriptArmenian, unicode.Armenian},
	{scriptGeorgian, unicode.Georgian},
	{scriptThai, unicode.Thai},
	{scriptBengali, unicode.Bengali},
}

// scriptCounts holds the number of letters seen per script.
type scriptCounts [numScripts]int

// countScripts counts the letters of s by script. Han, kana and Hangul
// letters count double: one of them carries about as much as a short word's
// worth of alphabetic letters.
func countScripts(s string) scriptCounts {
	var c scriptCounts
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				c[scriptLatin]++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		sc := scriptOther
		for _, t := range scriptTables {
			if unicode.Is(t.table, r) {
				sc = t.s
				break
			}
		}
		switch sc {
		case scriptHan, scriptKana, scriptHangul:
			c[sc] += 2
		default:
			c[sc]++
		}
	}
	return c
}

// dominant returns the script with the most letters and the total number of
// letters. Japanese mixes Han and kana, so any sizeable kana share makes the
// text Japanese; Han alone is Chinese.
func (c scriptCounts) dominant() (script, int) {
	total, best := 0, scriptOther
	for s := range numScripts {
		total += c[s]
		if c[s] > c[best] {
			best = s
		}
	}
	if best == scriptHan && c[scriptKana]*10 >= c[scriptHan] {
		best = scriptKana
	}
	return best, total
}
