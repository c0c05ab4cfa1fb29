package ar_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/langtest"
)

// TestArabic is the golden table of Arabic: one case per rule, named by the
// function it tests.
func TestArabic(t *testing.T) {
	langtest.Run(t, []langtest.Case{
		// Normalize: tashkeel (short vowels, tanween) dropped.
		{Rule: "Normalize", In: "أَحْمَدُ", Want: "احمد"},
		// Normalize: shadda dropped.
		{Rule: "Normalize", In: "مُحَمَّدٌ", Want: "محمد"},
		// Normalize: tatweel dropped.
		{Rule: "Normalize", In: "الـرئيـس", Want: "الرئيس"},
		// Normalize: alef with hamza or madda, and wasla, become bare alef.
		{Rule: "Normalize", In: "أإآٱ", Want: "اااا"},
		// Normalize: ta marbuta becomes heh.
		{Rule: "Normalize", In: "مدرسة", Want: "مدرسه"},
		// Normalize: alef maksura becomes yeh.
		{Rule: "Normalize", In: "مستشفى", Want: "مستشفي"},
		// Normalize: Farsi yeh becomes Arabic yeh.
		{Rule: "Normalize", In: "سلیمانی", Want: "سليماني"},
		// Normalize: keheh becomes kaf.
		{Rule: "Normalize", In: "کتاب", Want: "كتاب"},
		// Normalize: heh with yeh above becomes heh.
		{Rule: "Normalize", In: "خانۀ", Want: "خانه"},
		// Normalize: Urdu heh goal and yeh barree become heh and yeh.
		{Rule: "Normalize", In: "ہے", Want: "هي"},
		// Normalize: Quranic annotation marks dropped.
		{Rule: "Normalize", In: "قال\u06D6", Want: "قال"},
		// Normalize: zero-width joiner dropped.
		{Rule: "Normalize", In: "ab\u200dc", Want: "abc"},
		// Normalize: other scripts pass unchanged.
		{Rule: "Normalize", In: "Soleimani", Want: "Soleimani"},
		// Stem: article.
		{Rule: "Stem", In: "المستشار", Want: "مستشار"},
		// Stem: proclitic and article, plural ات, then final yeh.
		{Rule: "Stem", In: "والمستشفيات", Want: "مستشف"},
		// Stem: proclitic ب and article.
		{Rule: "Stem", In: "بالمدارس", Want: "مدارس"},
		// Stem: final heh (ta marbuta).
		{Rule: "Stem", In: "الحكومه", Want: "حكوم"},
		// Stem: suffix يه.
		{Rule: "Stem", In: "الشعبيه", Want: "شعب"},
		// Stem: nisba yeh.
		{Rule: "Stem", In: "الايراني", Want: "ايران"},
		// Stem: dual ان needs four letters left: Iran stays whole.
		{Rule: "Stem", In: "ايران", Want: "ايران"},
		// Stem: dual ان with four letters left.
		{Rule: "Stem", In: "مسؤولان", Want: "مسؤول"},
		// Stem: plural ين needs five letters left: Palestine stays whole.
		{Rule: "Stem", In: "فلسطين", Want: "فلسطين"},
		// Stem: plural ين with five letters left.
		{Rule: "Stem", In: "المسؤولين", Want: "مسؤول"},
		// Stem: conjunction و before three letters or more.
		{Rule: "Stem", In: "وقال", Want: "قال"},
		// IsStop: bleve's list (normalised: على is علي).
		{Rule: "IsStop", In: "علي", Want: "true"},
		// IsStop: news word: speech verb with و.
		{Rule: "IsStop", In: "وقال", Want: "true"},
		// IsStop: content word.
		{Rule: "IsStop", In: "دمشق", Want: "false"},
		// IsNameCue: title after which a name follows.
		{Rule: "IsNameCue", In: "اللواء", Want: "true"},
		// IsNameCue: not a title.
		{Rule: "IsNameCue", In: "دمشق", Want: "false"},
		// IsGivenName: frequent first name.
		{Rule: "IsGivenName", In: "بشار", Want: "true"},
		// IsGivenName: a name that is also a common word is left out.
		{Rule: "IsGivenName", In: "علي", Want: "false"},
		// IsDefinite: article.
		{Rule: "IsDefinite", In: "الرئيس", Want: "true"},
		// IsDefinite: proclitic and article.
		{Rule: "IsDefinite", In: "والرئيس", Want: "true"},
		// IsDefinite: ل and article, the alef dropped.
		{Rule: "IsDefinite", In: "للرئيس", Want: "true"},
		// IsDefinite: no article.
		{Rule: "IsDefinite", In: "دمشق", Want: "false"},
		// StripArticle: article with two letters or more left.
		{Rule: "StripArticle", In: "العراق", Want: "عراق"},
		// StripArticle: a proclitic before the article stays.
		{Rule: "StripArticle", In: "والعراق", Want: "والعراق"},
		// StripArticle: too short to strip.
		{Rule: "StripArticle", In: "الي", Want: "الي"},
		// StripDefinite: proclitic and article.
		{Rule: "StripDefinite", In: "والاسد", Want: "اسد"},
		// StripDefinite: ل and article.
		{Rule: "StripDefinite", In: "للرئيس", Want: "رئيس"},
		// StripDefinite: the article alone is a word, not a prefix.
		{Rule: "StripDefinite", In: "ال", Want: "ال"},
		// StripProclitic: preposition ب.
		{Rule: "StripProclitic", In: "بدمشق", Want: "دمشق true"},
		// StripProclitic: ل before the article: the alef comes back.
		{Rule: "StripProclitic", In: "للرئيس", Want: "الرئيس true"},
		// StripProclitic: ل before the article written in full.
		{Rule: "StripProclitic", In: "لالرئيس", Want: "الرئيس true"},
		// StripProclitic: fewer than two letters would remain.
		{Rule: "StripProclitic", In: "ود", Want: "ود false"},
		// StripProclitic: no proclitic.
		{Rule: "StripProclitic", In: "دمشق", Want: "دمشق false"},
		// ProcliticReadings: لل gives both readings: "to the X" and "to X".
		{Rule: "ProcliticReadings", In: "للبنان", Want: "البنان لبنان"},
		// ProcliticReadings: one reading otherwise.
		{Rule: "ProcliticReadings", In: "وسوريا", Want: "سوريا"},
		// IsNisba: definite relational adjective.
		{Rule: "IsNisba", In: "الايراني", Want: "true"},
		// IsNisba: definite noun.
		{Rule: "IsNisba", In: "الاسد", Want: "false"},
		// IsArticleWord: the article transliterated, as a word.
		{Rule: "IsArticleWord", In: "al", Want: "true"},
		// IsArticleWord: in Cyrillic.
		{Rule: "IsArticleWord", In: "аль", Want: "true"},
		// IsArticleWord: in Arabic script, standing alone.
		{Rule: "IsArticleWord", In: "ال", Want: "true"},
		// IsArticleWord: not the article.
		{Rule: "IsArticleWord", In: "the", Want: "false"},
		// IsSunArticle: assimilated before its sun letter.
		{Rule: "IsSunArticle", In: "ash sharq", Want: "true"},
		// IsSunArticle: the next word starts with another letter.
		{Rule: "IsSunArticle", In: "as beirut", Want: "false"},
		// ArticleSpellings: the plain and the sun-letter spellings, each a
		// word IsArticleWord or IsSunArticle reads.
		{Rule: "ArticleSpellings", In: "", Want: "al el ал аль эль ad an ar as ash at ath az adh"},
		// IsNameConnector: "son of".
		{Rule: "IsNameConnector", In: "بن", Want: "true"},
		// IsNameConnector: not a connector.
		{Rule: "IsNameConnector", In: "بشار", Want: "false"},
		// HasLetter: Arabic letter among Latin ones.
		{Rule: "HasLetter", In: "Iran ايران", Want: "true"},
		// HasLetter: Arabic-Indic digits are no letters.
		{Rule: "HasLetter", In: "٣٤", Want: "false"},
	}, langtest.Rules{
		"Normalize":     ar.Normalize,
		"Stem":          ar.Stem,
		"IsStop":        langtest.Bool(ar.IsStop),
		"IsNameCue":     langtest.Bool(ar.IsNameCue),
		"IsGivenName":   langtest.Bool(ar.IsGivenName),
		"IsDefinite":    langtest.Bool(ar.IsDefinite),
		"StripArticle":  ar.StripArticle,
		"StripDefinite": ar.StripDefinite,
		"StripProclitic": func(w string) string {
			rest, ok := ar.StripProclitic(w)
			return rest + " " + strconv.FormatBool(ok)
		},
		"ProcliticReadings": langtest.Words(func(w string) []string { return ar.ProcliticReadings(w, 3) }),
		"IsNisba":           langtest.Bool(ar.IsNisba),
		"IsArticleWord":     langtest.Bool(ar.IsArticleWord),
		"IsSunArticle": func(in string) string {
			w, next, _ := strings.Cut(in, " ")
			return strconv.FormatBool(ar.IsSunArticle(w, next))
		},
		"ArticleSpellings": langtest.Words(func(string) []string { return ar.ArticleSpellings() }),
		"IsNameConnector":  langtest.Bool(ar.IsNameConnector),
		"HasLetter":        langtest.Bool(ar.HasLetter),
	})
}
