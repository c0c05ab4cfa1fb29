// Package fa holds the Persian rules of text analysis: stop words, a light
// suffix stripper and the cue words after which a name follows. Persian
// text is first normalised with ar.Normalize, which folds the Persian letter
// forms (ی ک ۀ) into the Arabic ones (ي ك ه) as bleve and Lucene do, so
// that Persian and Arabic spellings of one name compare equal. Words joined
// by a zero-width non-joiner ("می‌شود", "کتاب‌ها") are split there by the
// tokenizer, so the plural marker and the verbal prefix stand alone as stop
// words.
package fa

import (
	"strings"
	"sync"
	"unicode/utf8"

	blevefa "github.com/blevesearch/bleve/v2/analysis/lang/fa"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/wordset"
)

// extraStop adds, to bleve's Persian list, particles and news verbs it
// lacks; they are written in Persian spelling and normalised on load.
const extraStop = `
های هایی ای می نمی همی بی تر ترین را و که از به با در برای این آن آنها
گفت گفته گفتند افزود کرد کرده کردند شد شده است بود بوده اند هست نیست
خبرگزاری گزارش
`

// nameCues are titles, ranks and offices after which, in Persian news, a
// name usually follows. Multi-word titles ("رئیس جمهور", "آیت الله") are
// listed word by word: a run of cue words is skipped as a whole.
const nameCues = `
رئیس جمهور جمهوری سردار سرلشکر سرتیپ سرهنگ سپهبد ژنرال آیت الله حجت
الاسلام آقای آقا خانم دکتر مهندس وزیر سخنگوی فرمانده رهبر نخست سفیر
نماینده شهید حاج سید پادشاه شاه ملکه شیخ امیر
`

// The word lists, normalised, built on first use.
var (
	stop = sync.OnceValue(func() wordset.Set {
		return wordset.New(blevefa.PersianStopWords, extraStop, ar.Normalize)
	})
	cues = sync.OnceValue(func() wordset.Set { return wordset.New(nil, nameCues, ar.Normalize) })
)

// IsStop reports whether the normalised term is a Persian stop word.
func IsStop(term string) bool {
	return stop().Has(term)
}

// IsNameCue reports whether the normalised term is a title, rank or office
// after which a name usually follows ("سردار", "رئیس").
func IsNameCue(term string) bool {
	return cues().Has(term)
}

// suffixes are the endings Stem strips, longest first: the plural marker
// written without a joiner (ها، های، هایی), the Arabic plural (ات), and the
// adjectival or indefinite yeh (ی).
var suffixes = []struct {
	s       string
	minRest int // letters that must remain
}{
	{"هايي", 2},
	{"هاي", 2},
	{"ها", 2},
	{"ات", 3},
	{"ي", 3},
}

// Stem returns the light stem of a normalised Persian term: at most one
// plural ending and then a final yeh are removed, each only when enough of
// the word remains.
func Stem(term string) string {
	n := utf8.RuneCountInString(term)
	for _, suf := range suffixes[:4] {
		if strings.HasSuffix(term, suf.s) && n-utf8.RuneCountInString(suf.s) >= suf.minRest {
			term = strings.TrimSuffix(term, suf.s)
			n -= utf8.RuneCountInString(suf.s)
			break
		}
	}
	if last := suffixes[4]; strings.HasSuffix(term, last.s) && n-1 >= last.minRest {
		term = strings.TrimSuffix(term, last.s)
	}
	return term
}
