// Package analyze turns an article's title and text into the features that
// story similarity uses: content-word stems, candidate names with
// language-neutral keys, and salient numbers.
//
// Analysis is built from small pieces, as in bleve: NFKC normalisation of
// the whole text, a tokenizer (Tokenize), and per language a term pipeline
// of case folding, script normalisation, apostrophe handling, stop words and
// stemming (Fold, Terms). Languages whose rules differ have a package of
// their own: ar (Arabic script normalisation, stop words, light stemmer,
// name cues), fa (Persian), tr (Turkish and Azerbaijani casing), pl (Polish
// light stemmer) and zh (Chinese stop bigrams). Languages whose rules are
// data only (a Snowball stemmer and a stop list from bleve: English,
// German, Spanish, French, Italian, Dutch, Portuguese, Swedish, Romanian,
// Hungarian, Russian, ...) are table entries in languages.go. Any other
// language gets case folding alone.
//
// Nothing here logs, prints or fails: every input, even invalid UTF-8,
// gives an Analysis.
package analyze

import (
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/analyze/zh"
)

// Analysis holds the features of one article.
type Analysis struct {
	// Terms counts the content-word stems of the title and the text, stop
	// words removed. Han text contributes overlapping character bigrams.
	Terms map[string]int
	// TitleTerms counts the same for the title alone.
	TitleTerms map[string]int
	// Names are the candidate name mentions, repeated mentions merged, the
	// most mentioned first (ties in order of first appearance).
	Names []Name
	// WordKeys counts the name keys (see NameKey) of the content words
	// written in a script without letter case (Arabic, Persian, Hebrew),
	// four letters or longer. No capital marks a name there, so every such
	// word may be one; matched against names written elsewhere, these keys
	// let "إزمير" meet "Izmir".
	WordKeys map[string]int
	// Numbers are the salient numbers in ASCII digits ("6.4", "312",
	// "48000000"), once each in order of first appearance; years, days of
	// the month, times, dates, codes and integers below 10 are left out.
	Numbers []string
}

// Name is a candidate name mention, merged over its repetitions.
type Name struct {
	// Text is the name as first written ("Bashar al-Assad").
	Text string
	// Key is the language-neutral matching key (see NameKey).
	Key string
	// Count is the number of mentions merged into this name.
	Count int
}

// Analyze turns an article's title and text in language lang (ISO 639-1,
// or "und") into the language-neutral and per-language features that story
// similarity uses.
func Analyze(lang, title, text string) Analysis {
	r := rulesFor(lang)
	title, text = NFKC(title), NFKC(text)
	segs := []segment{{src: title, toks: Tokenize(title)}, {src: text, toks: Tokenize(text)}}
	a := Analysis{
		Terms:      make(map[string]int, len(segs[1].toks)/3),
		TitleTerms: make(map[string]int, len(segs[0].toks)),
	}
	stems := map[string]string{} // stems already computed in this article
	r.addTerms(segs[0], a.TitleTerms, stems)
	for t, n := range a.TitleTerms {
		a.Terms[t] += n
	}
	r.addTerms(segs[1], a.Terms, stems)
	a.WordKeys = uncasedWordKeys(r, segs)
	a.Names = findNames(lang, r, segs)
	a.Numbers = findNumbers(lang, r, segs)
	return a
}

// Terms returns the content-word stems of text in language lang with their
// counts, as Analysis.Terms has them; it suits a search query.
func Terms(lang, text string) map[string]int {
	r := rulesFor(lang)
	text = NFKC(text)
	out := map[string]int{}
	r.addTerms(segment{src: text, toks: Tokenize(text)}, out, map[string]string{})
	return out
}

// addTerms counts the terms of seg into counts. memo caches the term of
// each word form seen, as news repeats its words.
func (r *rules) addTerms(seg segment, counts map[string]int, memo map[string]string) {
	toks := seg.toks
	for i, t := range toks {
		switch t.Kind {
		case Word:
			term, ok := memo[t.Text]
			if !ok {
				term = r.term(t.Text, false)
				memo[t.Text] = term
			}
			if term == "" && isAcronym(toks, i) {
				// "US", "WHO", "IT": an acronym amid lowercase words is a
				// name, not the stop word it spells.
				term = r.term(t.Text, true)
			}
			if term != "" {
				counts[term]++
			}
		case Han:
			addBigrams(t.Text, counts)
		case Kana:
			// Katakana runs are words (loanwords, foreign names); hiragana
			// runs are mostly grammar.
			if c, _ := utf8.DecodeRuneInString(t.Text); c >= 0x30A0 {
				counts[t.Text]++
			}
		}
	}
}

// uncasedWordKeys keys the content words of the segments that are written
// in a script without letter case.
func uncasedWordKeys(r *rules, segs []segment) map[string]int {
	keys := map[string]int{}
	for _, seg := range segs {
		for _, t := range seg.toks {
			if t.Kind != Word || utf8.RuneCountInString(t.Text) < 4 || !uncased(t.Text) {
				continue
			}
			if r.term(t.Text, false) == "" {
				continue
			}
			if k := wordKey(t.Text); k != "" {
				keys[k]++
			}
		}
	}
	return keys
}

// uncased reports whether a word starts with a letter that has no case.
func uncased(word string) bool {
	c, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLetter(c) && !unicode.IsUpper(c) && !unicode.IsLower(c) && !unicode.IsTitle(c)
}

// isAcronym reports whether token i is written in capitals (two letters or
// more) while its neighbours are not: an acronym, not a shouted headline.
func isAcronym(toks []Token, i int) bool {
	if !IsAllCaps(toks[i].Text) {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(toks) && toks[j].Kind == Word && IsAllCaps(toks[j].Text) {
			return false
		}
	}
	return true
}

// addBigrams counts the overlapping character bigrams of a Han run, or the
// lone character of a one-character run, leaving out stop bigrams.
func addBigrams(run string, counts map[string]int) {
	prev := -1 // byte offset of the previous character
	n := 0
	for i := range run {
		if prev >= 0 {
			if _, size := utf8.DecodeRuneInString(run[i:]); size > 0 {
				if bg := run[prev : i+size]; !zh.IsStop(bg) {
					counts[bg]++
				}
			}
		}
		prev = i
		n++
	}
	if n == 1 && !zh.IsStop(run) {
		counts[run]++
	}
}
