package lang

import (
	"maps"
	"strings"
	"unicode"
)

// functionWords are the most frequent function words of the Latin-script
// languages lingua decides among: a cheap first vote that settles most
// news texts, so that lingua's statistical models run only on texts the
// vote leaves open. Words shared by close languages still count for each;
// the vote decides only by a wide margin. A language with a package of its
// own keeps its list there (de.FunctionWords, see Language.FunctionWords);
// the others are listed here.
var functionWords = map[string]string{
	"ro": "și în de la cu nu pe care este un o din mai să pentru au sunt ca ce fost fi după",
	"hu": "a az és hogy nem egy is meg de van már csak volt ez mint még ki el pedig azt után",
	"cs": "a se na že je v to s z do jako ale by pro od jsou tak po i jeho byl které",
	"az": "və bir bu üçün ilə da də olan olaraq isə daha görə sonra artıq həm çox edir etdi var kimi",
	"id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke juga ada oleh karena sebagai bisa atau",
}

// functionWordLanguages maps each function word to the languages that
// have it.
var functionWordLanguages = func() map[string][]string {
	all := maps.Clone(functionWords)
	for _, l := range known {
		if l.FunctionWords != "" {
			all[l.Code] = l.FunctionWords
		}
	}
	out := map[string][]string{}
	for lang, words := range all {
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
