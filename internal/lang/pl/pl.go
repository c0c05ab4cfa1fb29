// Package pl holds the Polish rules of text analysis: stop words and a light
// inflectional suffix stripper. Snowball has no Polish stemmer; this one
// removes the commonest case, number, gender and verb endings so that the
// forms of one word in news prose mostly share a stem ("szkoły", "szkołę",
// "szkołach" -> "szkoł"). It does not undo consonant alternations
// ("szkole" -> "szkol") or derivation.
package pl

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// minStem is the fewest letters a stem keeps.
const minStem = 3

// endings are the suffixes Stem removes, grouped by length, longest first;
// the first that matches and leaves minStem letters is removed.
var endings = [][]string{
	// six letters
	{"owania", "owanie", "owaniu", "owaniem", "ościami", "ościach"},
	// five
	{"owali", "owała", "owało", "owały", "owego", "owemu", "owych", "owymi", "ujemy", "ujecie", "ością"},
	// four
	{"ował", "owej", "owym", "owie", "ować", "ości", "ując", "iego", "iemu", "ącej", "ącym", "ącego", "ącą"},
	// three
	{"ami", "ach", "owi", "ego", "emu", "ych", "ymi", "ich", "imi", "ują", "uje", "ała", "ało", "ali", "ały", "iła", "iło", "ili", "iły", "ość", "ymi", "cie", "ani", "ane", "any", "ana"},
	// two
	{"om", "ów", "em", "ie", "ej", "ym", "im", "ać", "ał", "ić", "ił", "eć", "ią", "ię", "ii"},
	// one
	{"a", "e", "i", "o", "u", "y", "ą", "ę"},
}

// Stem returns the light stem of a lowercased Polish term.
func Stem(term string) string {
	n := utf8.RuneCountInString(term)
	if n <= minStem {
		return term
	}
	for _, group := range endings {
		for _, e := range group {
			if strings.HasSuffix(term, e) && n-utf8.RuneCountInString(e) >= minStem {
				return term[:len(term)-len(e)]
			}
		}
	}
	return term
}

// stop is the set of stopWords.
var stop = sync.OnceValue(func() wordset.Set { return wordset.New(nil, stopWords, nil) })

// stopWords are Polish function words: pronouns in their common case forms,
// prepositions, conjunctions, particles, the forms of "być" (to be) and
// "mieć" (to have), and reporting verbs frequent in news. (bleve's Polish
// list is not used: importing its package pulls in the Stempel stemmer and
// its data module, which this project does not otherwise need.)
const stopWords = `
a aby albo ale ani aż bardzo bez bo bowiem by być był była było byli były
będzie będą będę jest są jestem jesteś jesteśmy jesteście był byłem byłam
ci co czy czyli dla do gdy gdyby gdyż gdzie i ich im ja jak jaki jaka jakie
jakiś jako je jego jej jemu jeszcze jeśli jeżeli już ją każdy kiedy kto
która które którego której który których którym którzy ku lecz lub ma mają
mam mamy mi miał miała miało mieli mimo między mnie mną mogą może można mu
my na nad nam nas nasz nasza nasze naszego nie niech niego niej niemu nigdy
nim nimi nią niż no o od on ona one oni ono oraz po pod podczas ponad
ponieważ poza przed przez przy również sam sama się siebie sobie sobą są ta
tak taka taki takie także tam te tego tej temu ten teraz też to tobie tu
tutaj ty tych tylko tym tę u w we wie więc wszyscy wszystkie wszystko wtedy
wy z za ze że żeby zaś oto czyli bądź nawet jednak jednakże natomiast
około ok według wobec wśród dzięki dotyczy dotyczące
powiedział powiedziała powiedzieli poinformował poinformowała podkreślił
podkreśliła dodał dodała zaznaczył zaznaczyła stwierdził stwierdziła
`

// IsStop reports whether the lowercased term is a Polish stop word.
func IsStop(term string) bool { return stop().Has(term) }

// FunctionWords are the most frequent Polish function words, lowercase and
// space-separated: language identification counts them.
const FunctionWords = "i w nie na się z do że jest to o jak od po za ale przez są dla tak jego oraz było został"
