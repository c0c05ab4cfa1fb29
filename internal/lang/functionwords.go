package lang

// functionWordTests are the function word lists of the languages that
// have one apart from their stop list (Language.IsFunctionWord).
var functionWordTests = func() map[string]func(string) bool {
	m := map[string]func(string) bool{}
	for _, l := range known {
		if l.IsFunctionWord != nil {
			m[l.Code] = l.IsFunctionWord
		}
	}
	return m
}()

// IsFunctionWord reports whether a lowercased word is a function word
// (article, pronoun, preposition, conjunction, auxiliary) of language code,
// by the language's bare stop list, without the news words (such as
// "said") that the term pipeline also drops. It knows en de es fr it pt ru
// uk and reports false for other languages.
func IsFunctionWord(code, word string) bool {
	if is, ok := functionWordTests[code]; ok {
		return is(word)
	}
	return false
}
