package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/token"
	"github.com/storyline/storyline/internal/lang/zh"
)

// Fold returns the folded form of one word of language lang, the form stop
// lists and stemmers expect: lowercased (by the Turkish rules for tr and az),
// the script's spelling variants folded (Arabic script: see ar.Normalize),
// and apostrophes written as '. The word should be NFKC-normalised
// (token.NFKC).
func Fold(lang, word string) string {
	return For(lang).Fold(word)
}

// Fold lowercases and normalises one word. Arabic-script words are
// normalised whatever the language, so an Arabic name inside, say, a Turkish
// article still matches its spelling in Arabic text.
func (p *Pipeline) Fold(word string) string {
	w := p.lower(word)
	ascii := IsASCII(w)
	if p.normalize != nil {
		w = p.normalize(w)
	} else if !ascii && ar.HasLetter(w) {
		w = ar.Normalize(w)
	}
	if !ascii && strings.ContainsAny(w, "’ʼ") {
		w = apostropheReplacer.Replace(w)
	}
	return w
}

var apostropheReplacer = strings.NewReplacer("’", "'", "ʼ", "'")

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// IsStop reports whether a folded word is a stop word of the language.
func (p *Pipeline) IsStop(folded string) bool {
	return p.stop != nil && p.stop(folded)
}

// Term turns one word token into its content term, or "" when the word is
// dropped: fold, apostrophe handling, stop words, one-letter words, stem.
// keepStop skips the stop list (an isolated acronym such as "US" or "WHO").
func (p *Pipeline) Term(word string, keepStop bool) string {
	t := p.Fold(word)
	isStop := func(t string) bool { return !keepStop && p.IsStop(t) }
	if strings.IndexByte(t, '\'') >= 0 {
		if p.apostrophe != nil {
			t = p.apostrophe(t)
		}
		if isStop(t) { // "don't" as the English list spells it
			return ""
		}
		t = dropApostrophes(t)
	}
	if utf8.RuneCountInString(t) < 2 || isStop(t) {
		return ""
	}
	if p.stem != nil {
		if first, _ := utf8.DecodeRuneInString(t); p.script == nil || unicode.Is(p.script, first) {
			if s := p.stem(t); s != "" {
				t = s
			}
		}
	}
	return t
}

// Terms returns the content-word stems of text in language lang with their
// counts, as an article's analysis has them; it suits a search query.
func Terms(lang, text string) map[string]int {
	text = token.NFKC(text)
	out := map[string]int{}
	For(lang).AddTerms(token.Tokenize(text), out, map[string]string{})
	return out
}

// AddTerms counts the terms of the tokens of one text into counts: the
// content-word stems of words, the overlapping character bigrams of Han
// runs (stop bigrams left out), and katakana runs whole. memo caches the
// term of each word form seen, as news repeats its words.
func (p *Pipeline) AddTerms(toks []token.Token, counts map[string]int, memo map[string]string) {
	for i, t := range toks {
		switch t.Kind {
		case token.Word:
			term, ok := memo[t.Text]
			if !ok {
				term = p.Term(t.Text, false)
				memo[t.Text] = term
			}
			if term == "" && isAcronym(toks, i) {
				// "US", "WHO", "IT": an acronym amid lowercase words is a
				// name, not the stop word it spells.
				term = p.Term(t.Text, true)
			}
			if term != "" {
				counts[term]++
			}
		case token.Han:
			addBigrams(t.Text, counts)
		case token.Kana:
			// Katakana runs are words (loanwords, foreign names); hiragana
			// runs are mostly grammar.
			if c, _ := utf8.DecodeRuneInString(t.Text); c >= 0x30A0 {
				counts[t.Text]++
			}
		}
	}
}

// isAcronym reports whether token i is written in capitals (two letters or
// more) while its neighbours are not: an acronym, not a shouted headline.
func isAcronym(toks []token.Token, i int) bool {
	if !token.IsAllCaps(toks[i].Text) {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(toks) && toks[j].Kind == token.Word && token.IsAllCaps(toks[j].Text) {
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
