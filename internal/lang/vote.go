package lang

import (
	"strings"
	"unicode"
)

// functionWords are the most frequent function words of the Latin-script
// languages lingua decides among: a cheap first vote that settles most
// news texts, so that lingua's statistical models run only on texts the
// vote leaves open. Words shared by close languages still count for each;
// the vote decides only by a wide margin.
var functionWords = map[string]string{
	"en": "the and of to in is that for was with on as are by this it from be at have has were said its their which",
	"de": "der die und das ist nicht mit den von zu ein eine auch sich des dem im für auf wird wurde sind nach bei",
	"fr": "le la les de et des est dans une que pour pas qui sur du au avec il ce sont par ont été aux cette selon a",
	"es": "el la los las de que del en y por con una para es se no al lo como más fue sus ha según han desde",
	"it": "il la che di è non per una sono della del con gli le nel alla anche più dei ha nella degli alle stato",
	"pt": "o a os que de não uma com para é do da em se por mais as dos foi ao das pelo pela está",
	"nl": "de het een van en is dat niet op te zijn met voor ook er aan maar om bij door werd wordt heeft",
	"pl": "i w nie na się z do że jest to o jak od po za ale przez są dla tak jego oraz było został",
	"tr": "ve bir bu için ile da de çok olarak daha gibi olan sonra ancak kadar değil her ama şey oldu ise",
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
