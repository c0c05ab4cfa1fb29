// Package namekey gives a name its language-neutral matching key, so that
// spellings of one name in different languages and scripts compare equal
// ("Soleimani", "سليماني" and "Сулеймани" are all "slmn").
package namekey

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/ru"
	"github.com/storyline/storyline/internal/lang/token"
)

// Key returns the language-neutral matching key of a name, so that
// spellings of one name in different languages and scripts come close or
// equal: "Soleimani", "Suleimani", "Sulejmani", "Süleyman's", "سليماني"
// and "Сулеймани" all give "slmn"; "Bashar al-Assad" and "بشار الأسد" both
// give "bsr ast".
//
// Each word of the name gets its own key and the keys are joined by one
// space; an Arabic article standing alone ("al", "el", "аль", "ال") is left
// out, and so is its assimilated form before a hyphen and a word that
// starts with its consonant ("As-Safir", "Ash-Sharq", "Ad-Diyar" give
// "sfr", "srk", "tr", as "Al-Safir" does). A word's key is a consonant
// skeleton:
//   - a possessive or a Turkish case suffix after an apostrophe is dropped
//     ("Iran's", "Erdoğan'ın"), and so is the Arabic article ال;
//   - a Cyrillic word loses one case ending (ru.TrimCase: "Путина",
//     "Асадом");
//   - Cyrillic and Arabic-script letters are transliterated to Latin ones,
//     Latin diacritics are folded (ü -> u, ı -> i, ş -> sh, ç -> ch); the
//     Arabic article goes only where it is written as one, with a bare
//     alef (ال), not from a name that starts with إل or أل ("إلرتيسن");
//   - consonants fall into classes that transliterations confuse: b p; f v;
//     k q c(hard) ck; g gh j zh dj (Arabic writes a foreign g with ج); d t
//     th dh; s z sh c(soft); ch tch tsh (Arabic تش) cz; h kh; l; m; n; r;
//   - vowels and the semivowels w and y (and j after a vowel) are dropped,
//     but a leading vowel leaves an "a", so "Iran" is "arn";
//   - doubled letters count once ("Assad" = "Asad").
//
// An acronym (two to five capitals: "US", "IDF", "ISIS") keeps its letters,
// lowercased: it is spelled out, not pronounced.
//
// Words in other scripts (Greek, Hebrew, Han, ...) keep their lowercased
// form. This is a deliberately simple first version of cross-script
// identity; it conflates some distinct names (Mohammad and Mahmoud are both
// "mhmt").
func Key(name string) string {
	s := token.NFKC(name)
	if strings.Contains(s, "\u200c") {
		// A zero-width non-joiner inside a Persian name joins its parts:
		// "بلک‌پول" is one word, Blackpool.
		s = strings.ReplaceAll(s, "\u200c", "")
	}
	toks := token.Tokenize(s)
	keys := make([]string, 0, len(toks))
	for i, t := range toks {
		if len(toks) > 1 && ar.IsArticleWord(strings.ToLower(t.Text)) {
			continue
		}
		if i+1 < len(toks) && isSunArticle(s, t, toks[i+1]) {
			continue
		}
		if k := Word(t.Text); k != "" {
			keys = append(keys, k)
		}
	}
	return strings.Join(keys, " ")
}

// isSunArticle reports whether t is the Arabic article assimilated to the
// next word, written with a hyphen: "As-Safir", "ash-Shams", "Ad-Diyar",
// "An-Nahar", "Ar-Rai", "At-Tanf", "Az-Zaman".
func isSunArticle(s string, t, next token.Token) bool {
	if gap := s[t.End:next.Start]; gap != "-" && gap != "\u2010" && gap != "\u2011" {
		return false
	}
	return ar.IsSunArticle(strings.ToLower(t.Text), strings.ToLower(next.Text))
}

// Word returns the key of one word.
func Word(w string) string {
	w = TrimApostrophe(w)
	if token.IsAllCaps(w) && utf8.RuneCountInString(w) <= 5 {
		// An acronym is spelled out letter by letter: "US", "IDF", "ISIS".
		return strings.ToLower(w)
	}
	w = strings.ToLower(w)
	if ar.HasLetter(w) {
		n := ar.Normalize(w)
		if writtenArticle(w) {
			n = ar.StripDefinite(n)
		}
		w = n
	} else if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Cyrillic, r) {
		w = ru.TrimCase(w)
	}
	lat, ok := latinize(w)
	if !ok {
		return w
	}
	return skeleton(lat)
}

// writtenArticle reports whether an Arabic-script word starts with the
// article ال (after a proclitic maybe: وال، بال، لل) as written: with a bare
// alef. A name that starts with a hamza-carrying alef and lam ("إلرتيسن",
// "ألينتاون": Illertissen, Allentown) does not lose its first letters.
func writtenArticle(w string) bool {
	var b []rune
	for _, r := range w {
		if r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 {
			continue // tashkeel and tatweel
		}
		b = append(b, r)
		if len(b) == 3 {
			break
		}
	}
	return ar.IsDefinite(string(b))
}

// TrimApostrophe handles an apostrophe inside a name: an elided
// one-letter prefix goes ("d'Estaing" -> "Estaing", "O'Brien" -> "Brien"),
// a possessive or Turkish case suffix goes ("Iran's" -> "Iran",
// "Erdoğan'ın" -> "Erdoğan"), and otherwise only the apostrophe goes
// ("Shi'ite" -> "Shiite").
func TrimApostrophe(w string) string {
	i := token.IndexApostrophe(w)
	if i < 0 {
		return w
	}
	_, aw := utf8.DecodeRuneInString(w[i:])
	before, after := w[:i], w[i+aw:]
	switch {
	case utf8.RuneCountInString(before) == 1:
		return TrimApostrophe(after)
	case apostropheSuffixes[strings.ToLower(after)]:
		return before
	}
	return before + TrimApostrophe(after)
}

// apostropheSuffixes are the endings written after an apostrophe on a
// name: the English possessive and the Turkish and Azerbaijani case and
// possessive suffixes.
var apostropheSuffixes = func() map[string]bool {
	m := map[string]bool{"s": true, "": true}
	for _, s := range strings.Fields(`a e ı i u ü ya ye yı yi yu yü da de ta te
		dan den tan ten ın in un ün nın nin nun nün la le yla yle ca ce
		daki deki taki teki dır dir dur dür ta nda nde ndan nden na ne ya ye
		nı ni nu nü yle lar ler ları leri`) {
		m[s] = true
	}
	return m
}()

// latinize transliterates a lowercased word into lowercase ASCII letters.
// It reports false when the word has letters of a script it does not know.
func latinize(w string) (string, bool) {
	var b strings.Builder
	b.Grow(len(w) + 4)
	runes := []rune(w)
	for i, r := range runes {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
				b.WriteRune(r)
			}
			continue
		}
		if s, ok := latinLetters[r]; ok {
			b.WriteString(s)
			continue
		}
		if s, ok := cyrillicLetters[r]; ok {
			b.WriteString(s)
			continue
		}
		if s, ok := arabicLetters[r]; ok {
			// A final heh is the feminine ending or a vowel, not an h.
			if r == 'ه' && i == len(runes)-1 && i > 0 {
				s = "a"
			}
			b.WriteString(s)
			continue
		}
		if unicode.Is(unicode.Latin, r) {
			// Fold other diacritics: decompose and keep the base letter.
			for _, d := range norm.NFD.String(string(r)) {
				if d < utf8.RuneSelf && 'a' <= d && d <= 'z' {
					b.WriteRune(d)
				}
			}
			continue
		}
		if unicode.IsMark(r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		if unicode.IsLetter(r) {
			return "", false
		}
	}
	return b.String(), true
}

// latinLetters folds the Latin letters whose plain form is not their NFD
// base letter or whose sound matters to the key.
var latinLetters = map[rune]string{
	'ı': "i", 'ł': "l", 'ø': "o", 'đ': "dj", 'ð': "d", 'þ': "th", 'ß': "ss",
	'æ': "ae", 'œ': "oe", 'ə': "e", 'ş': "sh", 'ș': "sh", 'š': "sh",
	'ç': "ch", 'č': "ch", 'ž': "zh", 'ğ': "g", 'ħ': "h", 'ŋ': "ng",
}

// cyrillicLetters transliterates Russian, Ukrainian, Belarusian, Bulgarian,
// Serbian and Kazakh letters.
var cyrillicLetters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u",
	'ђ': "dj", 'ј': "y", 'љ': "ly", 'њ': "ny", 'ћ': "ch", 'џ': "dzh",
	'ә': "a", 'ғ': "gh", 'қ': "q", 'ң': "ng", 'ө': "o", 'ұ': "u", 'ү': "u",
	'һ': "h",
}

// arabicLetters transliterates the letters of normalised Arabic-script text
// (Arabic, Persian, Urdu). Alef, waw and yeh become vowels or semivowels;
// ain and hamza carriers become vowels, as most Latin spellings drop them.
var arabicLetters = map[rune]string{
	'ا': "a", 'ب': "b", 'پ': "p", 'ت': "t", 'ث': "th", 'ج': "j", 'چ': "ch",
	'ح': "h", 'خ': "kh", 'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z", 'ژ': "zh",
	'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d", 'ط': "t", 'ظ': "z", 'ع': "a",
	'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'گ': "g", 'ل': "l", 'م': "m",
	'ن': "n", 'ه': "h", 'و': "w", 'ي': "y", 'ء': "", 'ئ': "y", 'ؤ': "w",
	'ٹ': "t", 'ڈ': "d", 'ڑ': "r", 'ں': "n",
}

// skeleton reduces lowercase ASCII letters to the consonant-class key.
func skeleton(s string) string {
	var out []byte
	var last byte // class of the last consonant written, 0 after a vowel
	prevVowel := false
	isVowel := func(c byte) bool { return strings.IndexByte("aeiouyw", c) >= 0 }
	for i := 0; i < len(s); {
		c := s[i]
		var cls byte
		n := 1
		two := ""
		if i+1 < len(s) {
			two = s[i : i+2]
		}
		switch {
		case strings.HasPrefix(s[i:], "sch"):
			cls, n = 's', 3
		case strings.HasPrefix(s[i:], "dzh"):
			cls, n = 'g', 3
		case strings.HasPrefix(s[i:], "tsh") || strings.HasPrefix(s[i:], "tch"):
			cls, n = 'c', 3 // Arabic and Persian تش, English "tch": ch
		case two == "sh":
			cls, n = 's', 2
		case two == "cz":
			cls, n = 'c', 2 // Polish cz: "Kaczyński" = "Качиньский"
		case two == "ch":
			cls, n = 'c', 2
		case two == "kh":
			cls, n = 'h', 2
		case two == "gh":
			cls, n = 'g', 2
		case two == "th" || two == "dh":
			cls, n = 't', 2
		case two == "ph":
			cls, n = 'f', 2
		case two == "zh" || two == "dj":
			cls, n = 'g', 2
		case two == "ck":
			cls, n = 'k', 2
		case c == 'h' && prevVowel && i+1 == len(s):
			cls = 0 // a silent final h: "Fatimah", "Allah"
		case c == 'j' && prevVowel:
			cls = 0 // "Sulejmani": j after a vowel is a glide
		case isVowel(c):
			cls = 0
		case c == 'b' || c == 'p':
			cls = 'b'
		case c == 'f' || c == 'v':
			cls = 'f'
		case c == 'k' || c == 'q':
			cls = 'k'
		case c == 'c':
			cls = 'k'
			if i+1 < len(s) && strings.IndexByte("eiy", s[i+1]) >= 0 {
				cls = 's'
			}
		case c == 'x':
			out = appendClass(out, &last, 'k')
			cls = 's'
		case c == 'd' || c == 't':
			cls = 't'
		case c == 's' || c == 'z':
			cls = 's'
		case c == 'g' || c == 'j':
			cls = 'g' // Arabic writes a foreign g with ج, Egyptian Arabic says ج as g
		case c == 'h' || c == 'l' || c == 'm' || c == 'n' || c == 'r':
			cls = c
		case '0' <= c && c <= '9':
			cls = c
		}
		if cls == 0 {
			if i == 0 && isVowel(c) {
				out = append(out, 'a')
			}
			prevVowel = true
			// A vowel between two equal consonants keeps them apart: "Sisi"
			// is "ss"; only written doubles collapse ("Assad" is "ast").
			last = 0
		} else {
			out = appendClass(out, &last, cls)
			prevVowel = false
		}
		i += n
	}
	return string(out)
}

// appendClass appends a consonant class unless it doubles the last one.
func appendClass(out []byte, last *byte, cls byte) []byte {
	if cls == *last {
		return out
	}
	*last = cls
	return append(out, cls)
}
