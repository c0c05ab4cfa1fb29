package uk

import (
	"sync"

	"github.com/storyline/storyline/internal/lang/wordset"
)

// functionWords are Ukrainian function words (bleve has no Ukrainian list):
// pronouns, prepositions, conjunctions, particles and the forms of "бути".
const functionWords = `і й та але або що як це цей ця ці той та ті в у на з із зі до від
для про по за при над під між він вона воно вони ми ви я його її їх не ні так
також вже ще був була було були є бути який яка яке які коли де тому щоб`

var functionWordSet = sync.OnceValue(func() wordset.Set { return wordset.New(nil, functionWords, nil) })

// IsFunctionWord reports whether a lowercased word is a Ukrainian function
// word.
func IsFunctionWord(word string) bool { return functionWordSet().Has(word) }
