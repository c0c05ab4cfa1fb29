// Package analyze turns an article's title and text into the features that
// story similarity uses: content-word stems, candidate names with
// language-neutral keys, and salient numbers.
//
// Analysis is built from the pieces of the language layer (internal/lang):
// NFKC normalisation of the whole text and the tokenizer (lang/token), the
// term pipeline of each language (lang.For: case folding, script
// normalisation, apostrophes, stop words, stemming) and name keys
// (lang/namekey).
//
// Nothing here logs, prints or fails: every input, even invalid UTF-8,
// gives an Analysis.
package analyze

import (
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// Analysis holds the features of one article.
type Analysis struct {
	// Terms counts the content-word stems of the title and the text, stop
	// words removed. token.Han text contributes overlapping character bigrams.
	Terms map[string]int
	// TitleTerms counts the same for the title alone.
	TitleTerms map[string]int
	// Names are the candidate name mentions, repeated mentions merged, the
	// most mentioned first (ties in order of first appearance).
	Names []Name
	// WordKeys counts the name keys (see namekey.Key) of the content words
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
	// Key is the language-neutral matching key (see namekey.Key).
	Key string
	// Count is the number of mentions merged into this name.
	Count int
}

// Analyze turns an article's title and text in language code (ISO 639-1,
// or "und") into the language-neutral and per-language features that story
// similarity uses.
func Analyze(code, title, text string) Analysis {
	r := lang.For(code)
	title, text = token.NFKC(title), token.NFKC(text)
	segs := []segment{{src: title, toks: token.Tokenize(title)}, {src: text, toks: token.Tokenize(text)}}
	a := Analysis{
		Terms:      make(map[string]int, len(segs[1].toks)/3),
		TitleTerms: make(map[string]int, len(segs[0].toks)),
	}
	stems := map[string]string{} // stems already computed in this article
	r.AddTerms(segs[0].toks, a.TitleTerms, stems)
	for t, n := range a.TitleTerms {
		a.Terms[t] += n
	}
	r.AddTerms(segs[1].toks, a.Terms, stems)
	a.WordKeys = uncasedWordKeys(r, segs)
	a.Names = findNames(code, r, segs)
	a.Numbers = findNumbers(code, r, segs)
	return a
}

// uncasedWordKeys keys the content words of the segments that are written
// in a script without letter case.
func uncasedWordKeys(r *lang.Pipeline, segs []segment) map[string]int {
	keys := map[string]int{}
	for _, seg := range segs {
		for _, t := range seg.toks {
			if t.Kind != token.Word || utf8.RuneCountInString(t.Text) < 4 || !uncased(t.Text) {
				continue
			}
			if r.Term(t.Text, false) == "" {
				continue
			}
			if k := namekey.Word(t.Text); k != "" {
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
