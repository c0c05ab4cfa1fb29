// Package ar holds what storyline knows of Arabic, in one place:
// normalisation of the Arabic script (shared by Persian and Urdu), the
// definite article and the proclitics written onto a word, definiteness,
// stop words, light stemming, given names and the cue words after which a
// name follows. Every stage that reads Arabic uses these rules; none has
// its own copy.
package ar

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	blevear "github.com/blevesearch/bleve/v2/analysis/lang/ar"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// Normalize folds the spelling variants of text in the Arabic script:
//   - strips tashkeel (the short-vowel marks, shadda, sukun, superscript
//     alef, hamza above and below as marks) and tatweel;
//   - alef with hamza or madda (أ إ آ ٱ) becomes bare alef (ا);
//   - ta marbuta (ة) becomes heh (ه), alef maksura (ى) becomes yeh (ي);
//   - the Persian and Urdu letter forms become their Arabic counterparts:
//     keheh (ک) -> kaf (ك), Farsi yeh (ی) and yeh barree (ے) -> yeh (ي),
//     heh goal (ہ), heh doachashmee (ھ) and heh with yeh above (ۀ) -> heh (ه);
//   - zero-width joiners, the soft hyphen and the byte-order mark are
//     dropped.
//
// Text outside the Arabic script passes unchanged. Normalize returns s
// itself when there is nothing to change.
func Normalize(s string) string {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if _, change := NormalizeRune(r); change {
			break
		}
		i += w
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if out, change := NormalizeRune(r); change {
			if out >= 0 {
				b.WriteRune(out)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// NormalizeRune reports whether r changes under Normalize and into what;
// -1 means r is dropped. Folds that compare words across spellings
// (internal/lang/fold) take their Arabic script rules from it.
func NormalizeRune(r rune) (rune, bool) {
	switch {
	case r == 0x200D || r == 0x00AD || r == 0x2060 || r == 0xFEFF:
		return -1, true // joiners, soft hyphen, BOM
	case r < 0x0610 || r > 0x08FF:
		return r, false
	case r >= 0x0610 && r <= 0x061A, // honorific and Quranic marks
		r >= 0x064B && r <= 0x065F, // tashkeel
		r == 0x0670,                // superscript alef
		r == 0x0640,                // tatweel
		r >= 0x06D6 && r <= 0x06ED: // Quranic annotation marks
		return -1, true
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا', true
	case 'ة', 'ہ', 'ھ', 'ۀ', 'ە':
		return 'ه', true
	case 'ى', 'ی', 'ے', 'ې':
		return 'ي', true
	case 'ک':
		return 'ك', true
	}
	return r, false
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	return r >= 0x0620 && r <= 0x064A || r >= 0x066E && r <= 0x06D3 ||
		r >= 0x06FA && r <= 0x06FF || r >= 0x0750 && r <= 0x077F ||
		r >= 0x08A0 && r <= 0x08C9
}

// extraStop adds, to bleve's Arabic list, words that are frequent in news
// but say nothing about the story: speech verbs and reporting phrases.
const extraStop = `
قال وقال قالت وقالت يقول تقول أضاف وأضاف أضافت وأضافت أكد وأكد أكدت وأكدت
أوضح وأوضح أشار وأشار أشارت ذكر وذكر ذكرت وذكرت صرح وصرح كشف وكشف كشفت وكشفت
وفق وفقا حسب بحسب نقلا عبر لدى إلى الى أمام أي وقت أنه أنها إنه إنها هذه هذا
ذلك تلك هؤلاء أولئك كما لكن ولكن بل أيضا حول دون ضد نحو مثل سوى عدة أكثر أقل
يوم اليوم أمس غدا العام عام الماضي الحالي المقبل السابق الذي التي الذين اللذين
اللتين اللواتي اللاتي وهو وهي وهم هم هن كانوا يكونوا ليس ليست لقد وقد فقد
`

// nameCues are words after which, in news prose, a person's name usually
// follows: titles, ranks and offices, and "باسم" (on behalf of), which
// continues a title ("المتحدث باسم الخارجية").
const nameCues = `
الرئيس رئيس لرئيس والرئيس الزعيم زعيم الملك ملك الأمير أمير الشيخ الشيخة السيد
السيدة الوزير وزير وزيرة الوزيرة الجنرال الفريق اللواء العميد العقيد المقدم
الرائد النقيب المشير القائد قائد المستشار مستشار المتحدث الناطق السفير سفير
النائب نائب المرشد آية الإمام الإمام الدكتور د المدعو الحاج الأستاذ الصحفي
الكاتب المحامي القاضي المبعوث مبعوث المفوض الملكة الأميرة البابا البطريرك
المطران الحاخام الداعية السناتور المعارض الناشط الناشطة الرئيسة السلطان
حاكم الحاكم محافظ المحافظ عمدة العمدة مدير المدير نجم اللاعب المدرب
باسم
`

// The word lists, normalised, built on first use.
var (
	stop = sync.OnceValue(func() wordset.Set {
		return wordset.New(blevear.ArabicStopWords, extraStop, Normalize)
	})
	cues       = sync.OnceValue(func() wordset.Set { return wordset.New(nil, nameCues, Normalize) })
	givenNames = sync.OnceValue(func() wordset.Set { return wordset.New(nil, firstNames, Normalize) })
)

// firstNames are common given names (Arabic and Persian spellings) that,
// in a script without capitals, mark the start of a person's name. Names
// that are also common words after normalisation are left out: علي (= على,
// "on"), عمر ("age"), جو ("air"), نصر ("victory").
const firstNames = `
محمد أحمد احمد محمود مصطفى حسن حسين حسان بشار حافظ قاسم خالد عثمان
سعد سعيد إبراهيم ابراهيم إسماعيل اسماعيل يوسف يحيى زكريا موسى عيسى جمال
صالح سلمان فيصل عماد هاني رفيق نبيل ماهر طارق زياد وليد رامي سامي سمير
عصام هشام فؤاد عبد عبدالله عبدالرحمن عبدالعزيز أبو ابو
مهدي رضا عباس مجيد حميد مسعود جواد محسن نوري مقتدى هادي عمار حيدر نجيب
رجب فلاديمير دونالد باراك بنيامين ايمانويل إيمانويل أنجيلا انجيلا
`

// IsGivenName reports whether the normalised term is a common given name.
func IsGivenName(term string) bool {
	return givenNames().Has(term)
}

// IsStop reports whether the normalised term is an Arabic stop word.
func IsStop(term string) bool {
	return stop().Has(term)
}

// IsNameCue reports whether the normalised term is a title, rank or office
// after which a name usually follows ("الرئيس", "اللواء", "المتحدث").
func IsNameCue(term string) bool {
	return cues().Has(term)
}

// Stem returns the light stem of a normalised term. It follows Lucene's
// light Arabic stemmer (after Larkey, Ballesteros and Connell's "light10"),
// which bleve ports: strip one article or conjunction prefix (وال بال كال
// فال لل ال, or و before three letters or more), then each of the suffixes
// ها ان ات ون ين يه ه ي once, in that order. Two guards differ from Lucene,
// to keep proper nouns whole: the dual ان needs four letters left and the
// plural ين five, so "ايران" (Iran), "لبنان" (Lebanon), "حسين" and "فلسطين"
// keep their ending and match their adjectives ("الإيراني" -> "ايران").
func Stem(term string) string {
	runes := []rune(term)
	for _, p := range stemPrefixes {
		if hasRunePrefix(runes, p.r) && len(runes)-len(p.r) >= p.minRest {
			runes = runes[len(p.r):]
			break
		}
	}
	for _, sf := range stemSuffixes {
		if hasRuneSuffix(runes, sf.r) && len(runes)-len(sf.r) >= sf.minRest {
			runes = runes[:len(runes)-len(sf.r)]
		}
	}
	return string(runes)
}

type affix struct {
	r       []rune
	minRest int // letters that must remain
}

// stemPrefixes are the definite prefixes, a proclitic with the article
// first, then the conjunction و alone.
var stemPrefixes = func() []affix {
	var out []affix
	for _, p := range definitePrefixes[1:] {
		out = append(out, affix{[]rune(p), 2})
	}
	return append(out, affix{[]rune(Article), 2}, affix{[]rune("و"), 3})
}()

var stemSuffixes = []affix{
	{[]rune("ها"), 2}, {[]rune("ان"), 4}, {[]rune("ات"), 2}, {[]rune("ون"), 2},
	{[]rune("ين"), 5}, {[]rune("يه"), 2}, {[]rune("ه"), 2}, {[]rune("ي"), 2},
}

func hasRunePrefix(s, p []rune) bool {
	if len(s) < len(p) {
		return false
	}
	for i := range p {
		if s[i] != p[i] {
			return false
		}
	}
	return true
}

func hasRuneSuffix(s, p []rune) bool {
	if len(s) < len(p) {
		return false
	}
	off := len(s) - len(p)
	for i := range p {
		if s[off+i] != p[i] {
			return false
		}
	}
	return true
}

// Article is the definite article, written joined to its noun: ال.
const Article = "ال"

// Conjunctions are the one-letter conjunctions written joined to the next
// word: و (and), ف (so, then): "وقال", "فأضاف".
const Conjunctions = "وف"

// Proclitics are the one-letter conjunctions and prepositions written
// joined to the next word: the Conjunctions, ب (in, with), ك (like), ل
// (for, to). After ل the article loses its alef: ل + الرئيس is للرئيس.
const Proclitics = Conjunctions + "بكل"

// LamArticle is the preposition ل written onto the article: the article's
// alef is dropped, ل + الرئيس is للرئيس.
const LamArticle = "لل"

// definitePrefixes are the ways a definite word starts: the article alone
// first, then after each proclitic (وال فال بال كال، and LamArticle).
var definitePrefixes = func() []string {
	out := []string{Article}
	for _, p := range Proclitics {
		if p == 'ل' {
			out = append(out, LamArticle)
			continue
		}
		out = append(out, string(p)+Article)
	}
	return out
}()

// IsDefinite reports whether a normalised word carries the article, alone
// or after a proclitic ("الرئيس", "والرئيس", "للرئيس").
func IsDefinite(w string) bool {
	for _, p := range definitePrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// StripArticle removes the article ال from the start of a normalised word
// when at least two letters remain ("العراق" -> "عراق"); a proclitic before
// it stays ("والعراق" is unchanged).
func StripArticle(w string) string {
	if rest, ok := strings.CutPrefix(w, Article); ok && utf8.RuneCountInString(rest) >= 2 {
		return rest
	}
	return w
}

// StripDefinite removes the article with the proclitic written before it,
// if any (ال وال فال بال كال لل), when at least two letters remain
// ("والاسد" -> "اسد", "للرئيس" -> "رئيس"). The term must be normalised.
func StripDefinite(term string) string {
	for _, p := range definitePrefixes {
		if rest, ok := strings.CutPrefix(term, p); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return term
}

// StripProclitic removes one proclitic letter (see Proclitics) from a
// normalised word and reports whether it did; it does not when fewer than
// two letters would remain. A word that starts with لل is read as ل and the
// article: the alef comes back ("للرئيس" -> "الرئيس"); ProcliticReadings
// gives the other reading too.
func StripProclitic(w string) (string, bool) {
	r, n := utf8.DecodeRuneInString(w)
	if n >= len(w) || !strings.ContainsRune(Proclitics, r) {
		return w, false
	}
	rest := w[n:]
	if r == 'ل' && strings.HasPrefix(rest, "ل") && !strings.HasPrefix(rest, Article) {
		rest = "ا" + rest // للرئيس = ل + الرئيس
	}
	if utf8.RuneCountInString(rest) < 2 {
		return w, false
	}
	return rest, true
}

// ProcliticReadings returns the readings of a normalised word without one
// proclitic: StripProclitic's, and for a word that starts with لل also the
// one without the article ("للبنان": "البنان" and "لبنان", to Lebanon).
// Each reading keeps at least min letters; nil when there is none.
func ProcliticReadings(w string, min int) []string {
	rest, ok := StripProclitic(w)
	if !ok {
		return nil
	}
	var out []string
	if utf8.RuneCountInString(rest) >= min {
		out = append(out, rest)
	}
	if strings.HasPrefix(w, LamArticle) {
		if plain := w[len("ل"):]; plain != rest && utf8.RuneCountInString(plain) >= min {
			out = append(out, plain)
		}
	}
	return out
}

// IsArticleWord reports whether a lowercased word is the article written
// as a word of its own, in Arabic script or transliterated: "al", "el"
// ("al-Assad", "el-Sisi"), "ал", "аль", "эль" ("аль-Асад"), "ال".
func IsArticleWord(w string) bool {
	return w == Article || slices.Contains(articleWords, w)
}

// articleWords are the article's spellings as a word of its own outside
// the Arabic script.
var articleWords = []string{"al", "el", "ал", "аль", "эль"}

// sunArticles are the article's Latin spellings assimilated to a sun
// letter ("as" in "As-Safir"), as IsSunArticle reads them.
var sunArticles = []string{"ad", "an", "ar", "as", "ash", "at", "ath", "az", "adh"}

// ArticleSpellings lists the article's spellings as a word of its own
// outside the Arabic script, plain (IsArticleWord) and assimilated to a sun
// letter (IsSunArticle), for finders that treat them as particles inside a
// name ("Bashar al-Assad", "Ash-Sharq al-Awsat").
func ArticleSpellings() []string {
	return slices.Concat(articleWords, sunArticles)
}

// InProclitic is the proclitic بـ, "in, at", that makes a place name a
// place mentioned as such ("بدمشق": in Damascus).
const InProclitic = "ب"

// IsSunArticle reports whether a lowercased transliterated word is the
// article assimilated to the sun letter that starts the next word, next
// (lowercased), as it is written before a hyphen: "as" in "As-Safir",
// "ash" in "Ash-Sharq", "ad" in "Ad-Diyar".
func IsSunArticle(w, next string) bool {
	return slices.Contains(sunArticles, w) && strings.HasPrefix(next, w[1:])
}

// nameLinks are the words that make an Arabic name longer: عبد (servant
// of), أبو (father of), بن/ابن/بنت (son or daughter of), آل (family of).
// They are Quotes.NameLinks too.
var nameLinks = []string{"عبد", "أبو", "بن", "ابن", "بنت", "آل"}

// nameLinkSet holds nameLinks, normalised.
var nameLinkSet = sync.OnceValue(func() wordset.Set {
	return wordset.New(nil, strings.Join(nameLinks, " "), Normalize)
})

// IsNameConnector reports the words that make an Arabic name longer
// (nameLinks: "عبد", "أبو", "بن", ...). The word must be normalised.
func IsNameConnector(w string) bool { return nameLinkSet().Has(w) }

// HasLetter reports whether s has a letter of the Arabic script.
func HasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if IsArabicLetter(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// IsNisba reports whether the normalised term looks like a definite
// relational adjective ("الإيراني", "السورية"): article first, yeh or
// yeh-heh last. Such words describe a name's bearer rather than name them.
func IsNisba(term string) bool {
	if !strings.HasPrefix(term, Article) || utf8.RuneCountInString(term) < 5 {
		return false
	}
	return strings.HasSuffix(term, "ي") || strings.HasSuffix(term, "يه") || strings.HasSuffix(term, "يين") || strings.HasSuffix(term, "يون")
}
