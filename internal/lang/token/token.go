// Package token splits text into the tokens every stage reads (words,
// numbers, Han and kana runs) and holds the few language-independent
// facts about a token: Unicode NFKC normalisation of the text it comes
// from, capitals, apostrophes.
package token

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind says what a token is made of.
type Kind uint8

const (
	// Word is a run of letters and combining marks, possibly with digits
	// mixed in ("G7", "1st") and apostrophes between letters ("Iran's").
	Word Kind = iota
	// Number is a run of digits with the separators inside it ("6.4",
	// "48,000", "٣٫٥").
	Number
	// Han is a run of Han ideographs, cut into bigrams later.
	Han
	// Kana is a run of katakana or a run of hiragana (never both).
	Kana
)

// Token is one token of a text.
type Token struct {
	// Text is the token as written, except that a dotted acronym ("U.S.")
	// is given without its dots ("US").
	Text string
	// Start and End are the byte offsets of the token in the text.
	Start, End int
	// Kind is what the token is made of.
	Kind Kind
}

// char classes the tokenizer tells apart.
type class uint8

const (
	clsOther   class = iota
	clsLetter        // letters and combining marks of alphabetic scripts
	clsDigit         // decimal digits of any script
	clsHan           // Han ideographs
	clsKata          // katakana and the prolonged sound mark
	clsHira          // hiragana
	clsApos          // apostrophes: inside a word between letters
	clsJoiner        // invisible characters kept inside a word (ZWJ, soft hyphen)
	clsNumSep        // separators inside a number: . , ٫ ٬
	clsBreaker       // the zero-width non-joiner: a word break
)

func classify(r rune) class {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z':
			return clsLetter
		case '0' <= r && r <= '9':
			return clsDigit
		case r == '\'':
			return clsApos
		case r == '.' || r == ',':
			return clsNumSep
		}
		return clsOther
	}
	switch r {
	case '’', 'ʼ':
		return clsApos
	case '٫', '٬':
		return clsNumSep
	case 0x200C:
		return clsBreaker
	case 0x200D, 0x00AD, 0x2060:
		return clsJoiner
	}
	switch {
	case unicode.Is(unicode.Han, r):
		return clsHan
	case unicode.Is(unicode.Katakana, r) || r == 'ー':
		return clsKata
	case unicode.Is(unicode.Hiragana, r):
		return clsHira
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return clsLetter
	case unicode.IsDigit(r):
		return clsDigit
	}
	return clsOther
}

// Tokenize splits s into tokens. Words run over letters, combining marks
// and digits; an apostrophe is kept between two letters and a number keeps
// one separator between two digits. Han and kana runs are separate tokens.
// The zero-width non-joiner ends a word (Persian writes it between a stem
// and its affixes); the zero-width joiner and the soft hyphen stay inside
// one. Dotted acronyms of single letters ("U.S.", "U.N.") become one token.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/6+1)
	start := -1 // start of the current token, -1 when none
	var kind Kind
	var last class // class of the current token's last ideograph or kana
	emit := func(end int) {
		if start >= 0 {
			toks = append(toks, Token{Text: s[start:end], Start: start, End: end, Kind: kind})
			start = -1
		}
	}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		c := classify(r)
		switch c {
		case clsLetter:
			switch {
			case start < 0:
				start, kind = i, Word
			case kind == Number:
				kind = Word // "1st", "3rd"
			case kind == Han || kind == Kana:
				emit(i)
				start, kind = i, Word
			}
		case clsDigit:
			switch {
			case start < 0:
				start, kind = i, Number
			case kind == Han || kind == Kana:
				emit(i)
				start, kind = i, Number
			}
		case clsHan, clsKata, clsHira:
			k := Han
			if c != clsHan {
				k = Kana
			}
			if start >= 0 && (kind != k || c != last) {
				emit(i)
			}
			if start < 0 {
				start, kind = i, k
			}
			last = c
		case clsApos:
			// Inside a word, followed by a letter: keep ("Iran's", "l'armée").
			if start >= 0 && kind == Word && i+w < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+w:]); classify(r2) == clsLetter {
					break
				}
			}
			emit(i)
		case clsNumSep:
			// Inside a number, followed by a digit: keep ("6.4", "48,000").
			if start >= 0 && kind == Number && i+w < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+w:]); classify(r2) == clsDigit {
					break
				}
			}
			emit(i)
		case clsJoiner:
			if start < 0 || kind != Word {
				emit(i)
			}
		default:
			emit(i)
		}
		i += w
	}
	emit(len(s))
	return mergeAcronyms(s, toks)
}

// mergeAcronyms joins runs of single-letter capital words written with a
// dot after each ("U.S.", "U.K.", "E.U.") into one token without the dots.
func mergeAcronyms(s string, toks []Token) []Token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		j := i
		for j < len(toks) && isDottedLetter(s, toks[j]) && (j == i || toks[j].Start == toks[j-1].End+1) {
			j++
		}
		if j-i < 2 {
			out = append(out, toks[i])
			continue
		}
		var b strings.Builder
		for k := i; k < j; k++ {
			b.WriteString(toks[k].Text)
		}
		out = append(out, Token{Text: b.String(), Start: toks[i].Start, End: toks[j-1].End + 1, Kind: Word})
		i = j - 1
	}
	return out
}

// isDottedLetter reports whether t is one capital letter followed by a dot.
func isDottedLetter(s string, t Token) bool {
	if t.Kind != Word || t.End >= len(s) || s[t.End] != '.' {
		return false
	}
	r, w := utf8.DecodeRuneInString(t.Text)
	return w == len(t.Text) && unicode.IsUpper(r)
}

// NFKC returns s in Unicode normalisation form KC: compatibility variants
// (ligatures, full-width letters and digits, Arabic presentation forms,
// superscripts) become their plain forms and accents are composed. Text is
// normalised so before it is tokenised. Invalid UTF-8 is replaced by
// U+FFFD first, so every later step sees valid text.
func NFKC(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return norm.NFKC.String(s)
}

// IsAllCaps reports whether w has two or more letters, all capitals.
func IsAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// IndexApostrophe returns the byte index of the first apostrophe (' ’ ʼ)
// in s, or -1.
func IndexApostrophe(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			return i
		case 0xE2: // ’ is E2 80 99
			if strings.HasPrefix(s[i:], "’") {
				return i
			}
		case 0xCA: // ʼ is CA BC
			if strings.HasPrefix(s[i:], "ʼ") {
				return i
			}
		}
	}
	return -1
}

// LastIndexApostrophe returns the byte index of the last apostrophe (' ’ ʼ) in
// s, or -1.
func LastIndexApostrophe(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '\'':
			return i
		case 0x99: // ’ is E2 80 99
			if i >= 2 && s[i-2] == 0xE2 && s[i-1] == 0x80 {
				return i - 2
			}
		case 0xBC: // ʼ is CA BC
			if i >= 1 && s[i-1] == 0xCA {
				return i - 1
			}
		}
	}
	return -1
}
