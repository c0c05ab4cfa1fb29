// Package fold is the one fold with which storyline compares cue phrases,
// month and weekday names and other words of its language lists with the
// words of a text: lower case (Turkish dotted and dotless i both become
// i), one apostrophe, the Arabic script as lang/ar normalises it (no vowel
// or Quranic marks, no tatweel, one alef, one yeh, one kaf and heh for teh
// marbuta, Persian and Urdu letters mapped to their Arabic forms) with
// yeh with hamza as yeh, ё as е, and the zero-width non-joiner as a space.
//
// A list word and a text word match when they fold to the same string, so
// every package that keeps such lists folds with this package, and a
// change to the fold is made here once.
package fold

import (
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/ar"
)

// String returns s folded. s is returned as it is, without allocating,
// when nothing in it folds.
func String(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if f, keep := Rune(r); !keep || f != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s)+8)
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		if f, keep := Rune(r); keep {
			b = utf8.AppendRune(b, f)
		}
	}
	return string(b)
}

// Rune folds one rune as String does; keep is false for the runes String
// drops (Arabic vowel marks and tatweel, the combining dot above).
func Rune(r rune) (f rune, keep bool) {
	switch {
	case r < utf8.RuneSelf:
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r, true
	case r == 'İ' || r == 'ı':
		return 'i', true
	case r == 0x0307:
		return 0, false // combining dot above ("i̇" of a lowercased "İ")
	case r == 'ئ':
		return 'ي', true // yeh with hamza above: cue words spell it either way
	case r == 'ё', r == 'Ё':
		return 'е', true
	case r == '’', r == '‘', r == 'ʼ', r == '´', r == '′':
		return '\'', true
	case r == 0x200C:
		return ' ', true
	}
	if out, changed := ar.NormalizeRune(r); changed {
		// The Arabic script as lang/ar normalises it: marks and tatweel
		// dropped, one alef, yeh, kaf and heh; joiners dropped.
		if out < 0 {
			return 0, false
		}
		return out, true
	}
	if r < tableSize {
		return lowerRune[r], true
	}
	return unicode.ToLower(r), true
}

// IsWordRune reports whether r is part of a word: a letter or a
// nonspacing mark (ASCII: a letter).
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if r < tableSize {
		return wordRune[r]
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// IsUpper reports whether r is an upper-case letter: below U+0800, a
// letter that lower-casing changes; above, a letter of category Lu.
func IsUpper(r rune) bool {
	if r < tableSize {
		return lowerRune[r] != r
	}
	return unicode.IsUpper(r)
}

// Tables for the runes below U+0800: Latin, Greek, Cyrillic, Armenian,
// Hebrew, Arabic and Persian letters, looked up instead of searched.
const tableSize = 0x800

// lowerRune maps a rune to its lower case, wordRune tells word runes.
var lowerRune, wordRune = runeTables()

func runeTables() (lower *[tableSize]rune, word *[tableSize]bool) {
	lower, word = new([tableSize]rune), new([tableSize]bool)
	for r := rune(0); r < tableSize; r++ {
		lower[r] = unicode.ToLower(r)
		word[r] = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	return lower, word
}

// decodeRune decodes the rune at s[i], two-byte sequences inline.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}
