package lang

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/lang/de"
	"github.com/storyline/storyline/internal/lang/en"
	"github.com/storyline/storyline/internal/lang/es"
	"github.com/storyline/storyline/internal/lang/fr"
	"github.com/storyline/storyline/internal/lang/it"
	"github.com/storyline/storyline/internal/lang/nl"
	"github.com/storyline/storyline/internal/lang/pl"
	"github.com/storyline/storyline/internal/lang/pt"
	"github.com/storyline/storyline/internal/lang/tr"
)

// functionWords are the most frequent function words of the Latin-script
// languages lingua decides among: a cheap first vote that settles most
// news texts, so that lingua's statistical models run only on texts the
// vote leaves open. Words shared by close languages still count for each;
// the vote decides only by a wide margin. A language with a package of its
// own keeps its list there (de.FunctionWords); the others are listed here.
var functionWords = map[string]string{
	"en": en.FunctionWords,
	"de": de.FunctionWords,
	"fr": fr.FunctionWords,
	"es": es.FunctionWords,
	"it": it.FunctionWords,
	"pt": pt.FunctionWords,
	"nl": nl.FunctionWords,
	"pl": pl.FunctionWords,
	"tr": tr.FunctionWords,
	"sv": "och att det som en är på för med av inte till den har om de ett var men sig efter också",
	"ro": "și în de la cu nu pe care este un o din mai să pentru au sunt ca ce fost fi după",
	"hu": "a az és hogy nem egy is meg de van már csak volt ez mint még ki el pedig azt után",
	"cs": "a se na že je v to s z do jako ale by pro od jsou tak po i jeho byl které",
	"az": "və bir bu üçün ilə da də olan olaraq isə daha görə sonra artıq həm çox edir etdi var kimi",
	"id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga ada oleh karena sebagai bisa atau",
}

var functionWordLanguages = func() map[string][]string {
	out := map[string][]string{}
	for lang, words := range functionWords {
		for _, w := range strings.Fields(words) {
			out[w] = append(out[w], lang)
		}
	}
	return out
}()

// Vote thresholds: the winner needs at least minVotes function words and
// voteMargin times the runner-up's.
const (
	minVotes   = 25
	voteMargin = 2
)

// vote returns the Latin-script language whose function words clearly
// dominate text, or "" when the vote is not clear.
func vote(text string) string {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, lang := range functionWordLanguages[strings.ToLower(w)] {
			counts[lang]++
		}
	}
	best, second := "", 0
	for lang, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && lang < best {
			if best != "" {
				second = max(second, counts[best])
			}
			best = lang
		} else {
			second = max(second, n)
		}
	}
	if best == "" || counts[best] < minVotes || counts[best] < voteMargin*second {
		return ""
	}
	return best
}
