package dates

import (
	"unicode"
	"unicode/utf8"
)

// fold reduces s to the form in which words are compared: lower case
// (Turkish dotted and dotless i both become i), one apostrophe, Arabic
// without vowel marks or tatweel and with one alef, one yeh, one kaf and
// heh for teh marbuta, Persian letters mapped to their Arabic forms, ё as
// е, and the zero-width non-joiner as a space. It is extract's fold: month
// names and cue words fold the same way in both packages. s is returned
// as it is, without allocating, when nothing in it folds.
func fold(s string) string {
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
		if f, keep := foldRune(r); !keep || f != r {
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
		if f, keep := foldRune(r); keep {
			b = utf8.AppendRune(b, f)
		}
	}
	return string(b)
}

// foldRune folds one non-ASCII rune; keep is false for runes dropped.
func foldRune(r rune) (f rune, keep bool) {
	switch {
	case r == 'İ' || r == 'ı':
		return 'i', true
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, r == 0x0307:
		return 0, false // Arabic vowel marks, tatweel, combining dot above
	case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
		return 'ا', true
	case r == 'ى', r == 'ی', r == 'ئ':
		return 'ي', true
	case r == 'ک':
		return 'ك', true
	case r == 'ة', r == 'ۀ':
		return 'ه', true
	case r == 'ё', r == 'Ё':
		return 'е', true
	case r == '’', r == '‘', r == 'ʼ', r == '´', r == '′':
		return '\'', true
	case r == 0x200C:
		return ' ', true
	case r < tableSize:
		return lowerRune[r], true
	}
	return unicode.ToLower(r), true
}

// Tables for the runes below U+0800: Latin, Greek, Cyrillic, Armenian,
// Hebrew, Arabic and Persian letters, looked up instead of searched.
const tableSize = 0x800

// They are variables, not built in init, so that the init functions that
// fold words already find them.
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
