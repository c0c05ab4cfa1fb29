package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// repairMojibake undoes UTF-8 that was read as Windows-1252 or Latin-1
// before the page was written ("’" as "â€™", "ü" as "Ã¼"), up to three
// times over, as pages that pasted such text again hold it. A run is
// undone only when it makes a UTF-8 sequence of two bytes or more that
// decodes to a character text is likely to hold (see plausible).
func repairMojibake(s string) string {
	for range 3 {
		fixed, changed := unmojibake(s)
		if !changed {
			break
		}
		s = fixed
	}
	return s
}

// unmojibake undoes one layer of mojibake.
func unmojibake(s string) (string, bool) {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xc2 && r <= 0xf4 }) {
		return s, false
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if lead, ok := byteOf(r); ok && lead >= 0xc2 && lead <= 0xf4 {
			if fixed, used := sequenceAt(lead, s[i+size:]); used > 0 {
				b.WriteRune(fixed)
				i += size + used
				changed = true
				continue
			}
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String(), changed
}

// sequenceAt completes the UTF-8 sequence that lead starts with the
// continuation bytes that the characters of rest stand for; it returns the
// character and the bytes of rest used, 0 when they make no plausible
// character.
func sequenceAt(lead byte, rest string) (rune, int) {
	n := 2
	switch {
	case lead >= 0xf0:
		n = 4
	case lead >= 0xe0:
		n = 3
	}
	seq := []byte{lead}
	used := 0
	for len(seq) < n {
		r, size := utf8.DecodeRuneInString(rest[used:])
		c, ok := byteOf(r)
		if size == 0 || !ok || c < 0x80 || c > 0xbf {
			return 0, 0
		}
		seq = append(seq, c)
		used += size
	}
	r, size := utf8.DecodeRune(seq)
	if r == utf8.RuneError || size != n || !plausible(r) {
		return 0, 0
	}
	return r, used
}

// byteOf returns the byte that r stands for when it was read as
// Windows-1252, or as Latin-1 for the C1 controls; false for ASCII and
// characters that stand for no byte.
func byteOf(r rune) (byte, bool) {
	if r < 0x80 {
		return 0, false
	}
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return b, true
	}
	if r <= 0xff {
		return byte(r), true
	}
	return 0, false
}

// commonScripts are the scripts whose letters undone mojibake may give:
// those of most pages.
var commonScripts = []*unicode.RangeTable{unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Arabic,
	unicode.Hebrew, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Thai}

// plausible reports a character that text is likely to hold: a letter of
// a common script, or a space, punctuation mark, symbol or number (such as
// "½") of Latin-1 or of the general punctuation and symbol blocks. Anything else ("à\u00a0«"
// read as U+082B, say) is a coincidence, not mojibake.
func plausible(r rune) bool {
	if unicode.IsLetter(r) {
		return unicode.In(r, commonScripts...)
	}
	return (r < 0x100 || (r >= 0x2000 && r < 0x2c00)) && (unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsNumber(r))
}
