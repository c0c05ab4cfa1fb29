package extract

import (
	"unicode"
	"unicode/utf8"
)

// fold reduces s to the form in which cue phrases and month names are
// compared: lower case (Turkish dotted and dotless i both become i), one
// apostrophe, Arabic without vowel marks or tatweel and with one alef, one
// yeh, one kaf and heh for teh marbuta, Persian letters mapped to their
// Arabic forms, ё as е, and the zero-width non-joiner as a space.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == 'İ' || r == 'ı':
			r = 'i'
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, r == 0x0307:
			continue // Arabic vowel marks, tatweel, combining dot above
		case r == 'أ', r == 'إ', r == 'آ', r == 'ٱ':
			r = 'ا'
		case r == 'ى', r == 'ی', r == 'ئ':
			r = 'ي'
		case r == 'ک':
			r = 'ك'
		case r == 'ة', r == 'ۀ':
			r = 'ه'
		case r == 'ё', r == 'Ё':
			r = 'е'
		case r == '’', r == '‘', r == 'ʼ', r == '´', r == '′':
			r = '\''
		case r == 0x200C:
			r = ' '
		default:
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}
