package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/analyze/ar"
)

// NFKC returns s in Unicode normalisation form KC: compatibility variants
// (ligatures, full-width letters and digits, Arabic presentation forms,
// superscripts) become their plain forms and accents are composed. Analyze
// applies it to the whole title and text before anything else. Invalid
// UTF-8 is replaced by U+FFFD first, so every later step sees valid text.
func NFKC(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return norm.NFKC.String(s)
}

// Fold returns the folded form of one word of language lang, the form stop
// lists and stemmers expect: lowercased (by the Turkish rules for tr and az),
// the script's spelling variants folded (Arabic script: see ar.Normalize),
// and apostrophes written as '. The word should be NFKC-normalised.
func Fold(lang, word string) string {
	return rulesFor(lang).fold(word)
}

// fold lowercases and normalises one word. Arabic-script words are
// normalised whatever the language, so an Arabic name inside, say, a Turkish
// article still matches its spelling in Arabic text.
func (r *rules) fold(word string) string {
	w := r.lower(word)
	ascii := isASCII(w)
	if r.normalize != nil {
		w = r.normalize(w)
	} else if !ascii && hasArabic(w) {
		w = ar.Normalize(w)
	}
	if !ascii && strings.ContainsAny(w, "’ʼ") {
		w = apostropheReplacer.Replace(w)
	}
	return w
}

var apostropheReplacer = strings.NewReplacer("’", "'", "ʼ", "'")

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// indexApostrophe returns the byte index of the first apostrophe (' ’ ʼ)
// in s, or -1.
func indexApostrophe(s string) int {
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

// hasArabic reports whether s has a letter of the Arabic script.
func hasArabic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if ar.IsArabicLetter(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// term turns one word token into its content term, or "" when the word is
// dropped: fold, apostrophe handling, stop words, one-letter words, stem.
// keepStop skips the stop list (an isolated acronym such as "US" or "WHO").
func (r *rules) term(word string, keepStop bool) string {
	t := r.fold(word)
	isStop := func(t string) bool { return !keepStop && r.stop != nil && r.stop(t) }
	if strings.IndexByte(t, '\'') >= 0 {
		if r.apostrophe != nil {
			t = r.apostrophe(t)
		}
		if isStop(t) { // "don't" as the English list spells it
			return ""
		}
		t = dropApostrophes(t)
	}
	if utf8.RuneCountInString(t) < 2 || isStop(t) {
		return ""
	}
	if r.stem != nil {
		if first, _ := utf8.DecodeRuneInString(t); r.script == nil || unicode.Is(r.script, first) {
			if s := r.stem(t); s != "" {
				t = s
			}
		}
	}
	return t
}
