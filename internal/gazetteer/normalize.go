package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/ru"
)

// Normalize is the folding Lookup applies to a name, exported so that
// callers can build keys the same way:
//   - Unicode NFKC, then lowercase (the Turkish dotted İ and dotless ı both
//     become i);
//   - Latin diacritics are dropped (ü -> u, ş -> s, ł -> l, ß -> ss);
//   - Arabic-script text is folded by ar.Normalize (tashkeel and tatweel
//     dropped; أ إ آ -> ا, ة -> ه, ى -> ي, Persian ی ک -> ي ك), and a word's
//     Arabic article ال goes when two letters or more remain ("العراق" ->
//     "عراق");
//   - apostrophes, periods and format characters (ZWNJ, direction marks) are
//     dropped ("U.S." -> "us"); hyphens, other punctuation and runs of
//     spaces become one space.
//
// Letters of other scripts (Cyrillic, Han, Greek, ...) are only lowercased.
func Normalize(name string) string {
	return normalize(name, true)
}

// normalize is Normalize, with Latin diacritics kept when foldLatin is
// false: the key of names that match only as written ("Şam", but not
// "Sam").
func normalize(name string, foldLatin bool) string {
	if !utf8.ValidString(name) {
		name = strings.ToValidUTF8(name, "")
	}
	if !norm.NFKC.IsNormalString(name) {
		name = norm.NFKC.String(name)
	}
	var b strings.Builder
	b.Grow(len(name))
	space := true // at the start, or after a space written
	for _, r := range name {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				b.WriteRune(r)
				space = false
			case 'A' <= r && r <= 'Z':
				b.WriteRune(r + 'a' - 'A')
				space = false
			case r == '\'' || r == '.' || r == '`':
				// dropped: "U.S.", "Shi'ite"
			default:
				if !space {
					b.WriteByte(' ')
					space = true
				}
			}
			continue
		case r == 'ı' || r == 'İ':
			b.WriteByte('i')
		case !foldLatin && unicode.Is(unicode.Latin, r):
			b.WriteString(norm.NFC.String(string(unicode.ToLower(r))))
		case latinFolds[r] != "":
			b.WriteString(latinFolds[r])
		case r >= latinFoldStart && r < latinFoldStart+rune(len(latinFoldTable)) && latinFoldTable[r-latinFoldStart] != "":
			b.WriteString(latinFoldTable[r-latinFoldStart])
		case unicode.Is(unicode.Latin, r):
			b.WriteString(foldLatinRune(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsMark(r) || unicode.Is(unicode.Cf, r) || isApostrophe(r):
			// dropped: tashkeel, combining accents, ZWNJ, direction marks
			continue
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		space = false
	}
	s := strings.TrimSuffix(b.String(), " ")
	if !ar.HasLetter(s) {
		return s
	}
	s = ar.Normalize(s)
	words := strings.Split(s, " ")
	for i, w := range words {
		words[i] = ar.StripArticle(w)
	}
	return strings.Join(words, " ")
}

// latinFolds are the Latin letters whose folded form is not their base
// letter under canonical decomposition.
var latinFolds = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d",
	'Ð': "d", 'þ': "th", 'Þ': "th", 'ß': "ss", 'ẞ': "ss", 'æ': "ae",
	'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ħ': "h", 'Ħ': "h", 'ŧ': "t",
	'ə': "e", 'Ə': "e", 'ǝ': "e", 'Ǝ': "e", 'ŋ': "ng",
}

// foldLatinRune lowercases a Latin letter and drops its diacritics.
func foldLatinRune(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(d)
		}
	}
	return b.String()
}

// latinFoldTable holds foldLatinRune of the Latin letters from U+00C0 to
// U+024F (Latin-1 Supplement, Latin Extended-A and -B), the ones names
// mostly use, so that Normalize does not decompose them one by one; ""
// for the two signs among them, × and ÷.
const latinFoldStart = 0x00C0

var latinFoldTable = func() []string {
	t := make([]string, 0x0250-latinFoldStart)
	for i := range t {
		r := latinFoldStart + rune(i)
		switch {
		case r == 'ı' || r == 'İ':
			t[i] = "i"
		case latinFolds[r] != "":
			t[i] = latinFolds[r]
		case unicode.Is(unicode.Latin, r):
			t[i] = foldLatinRune(r)
		}
		// "" for × and ÷, which are not letters.
	}
	return t
}()

// isApostrophe reports whether r is one of the apostrophes and okina that
// names are written with.
func isApostrophe(r rune) bool {
	switch r {
	case '’', 'ʼ', 'ʻ', '‘', '´', 'ʹ', 'ʾ', 'ʿ':
		return true
	}
	return false
}

// inflectionCandidates returns the readings of an inflected or prefixed
// name that Lookup tries when the name itself is not known: the part
// before an apostrophe ("Suriye'de", "Iran's"), the name without the
// English "the", the name without an Arabic proclitic, and a Russian
// name's nominative forms (ru.Nominatives). Each candidate keeps
// at least three letters.
func inflectionCandidates(name string) []string {
	var out []string
	if i := strings.LastIndexFunc(name, func(r rune) bool { return r == '\'' || isApostrophe(r) }); i > 0 {
		before := name[:i]
		if utf8.RuneCountInString(before) >= 3 {
			out = append(out, before)
		}
	}
	name = strings.TrimSpace(name)
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		out = append(out, name[4:]) // "the Netherlands", "the Gaza Strip"
	}
	if strings.Contains(name, " ") {
		// Inflection is tried on one-word names only: a phrase is more
		// likely not a name at all.
		return out
	}
	if ar.HasLetter(name) {
		return append(out, ar.ProcliticReadings(ar.Normalize(name), 3)...)
	}
	lower := strings.ToLower(name)
	if r, _ := utf8.DecodeRuneInString(lower); !unicode.Is(unicode.Cyrillic, r) {
		return out
	}
	return append(out, ru.Nominatives(lower)...)
}
