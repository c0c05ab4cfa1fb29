package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/cue"
)

// Word sets, assembled from the words of every language (cue.Quotes, see
// languages.go) and folded as tokens are: lowercase, Arabic script as
// ar.Normalize leaves it. A word of any language counts in text of any
// language, but for the Latin-script pronouns (see pronouns).
var (
	determiners          = union(func(q *cue.Quotes) []string { return q.Determiners })
	complementizers      = union(func(q *cue.Quotes) []string { return q.Complementizers })
	clauseOpeners        = union(func(q *cue.Quotes) []string { return q.ClauseOpeners })
	auxiliaries          = union(func(q *cue.Quotes) []string { return q.Auxiliaries })
	descriptors          = union(func(q *cue.Quotes) []string { return q.Descriptors })
	mediaWords           = union(func(q *cue.Quotes) []string { return q.MediaWords })
	genericHeads         = union(func(q *cue.Quotes) []string { return q.GenericHeads })
	demonyms             = union(func(q *cue.Quotes) []string { return q.Demonyms })
	citeFillers          = union(func(q *cue.Quotes) []string { return q.CiteFillers })
	elisions             = union(func(q *cue.Quotes) []string { return q.Elisions })
	nounDeterminers      = union(func(q *cue.Quotes) []string { return q.NounDeterminers })
	nameLinks            = union(func(q *cue.Quotes) []string { return q.NameLinks })
	latinArticles        = union(func(q *cue.Quotes) []string { return q.LatinArticles })
	subjectPronouns      = pronouns(func(q *cue.Quotes) []string { return q.SubjectPronouns })
	objectPronouns       = pronouns(func(q *cue.Quotes) []string { return q.ObjectPronouns })
	speakerNouns         = flagged(func(q *cue.Quotes) ([]string, []string) { return q.SpeakerNouns, q.SpeakerBodies })
	anaphors             = flagged(func(q *cue.Quotes) ([]string, []string) { return q.Latter, q.Former })
	descriptorPrefixes   = all(func(q *cue.Quotes) []string { return q.DescriptorPrefixes })
	mediaEndings         = all(func(q *cue.Quotes) []string { return q.MediaEndings })
	demonymEndings       = all(func(q *cue.Quotes) []string { return q.DemonymEndings })
	citePrefixes         = all(func(q *cue.Quotes) []string { return q.CitePrefixes })
	gluedComplementizers = all(func(q *cue.Quotes) []string { return q.GluedComplementizers })
)

// The words about names (cue.Names) the quote finder reads with its own:
// conjunctions join clauses ("and" of Names, "but" of Quotes); connectors
// may stand inside a capitalised name (the particles of persons' names and
// the connectors of organisations' names).
var (
	conjunctions = withNames(func(q *cue.Quotes) []string { return q.Conjunctions },
		func(n *cue.Names) []string { return n.Conjunctions })
	connectors = withNames(func(q *cue.Quotes) []string { return q.Connectors },
		func(n *cue.Names) []string { return n.Particles })
)

// withNames returns union(list) and the words names gives in any
// language, folded.
func withNames(list func(*cue.Quotes) []string, names func(*cue.Names) []string) map[string]bool {
	m := union(list)
	for _, l := range lang.Known() {
		for _, w := range names(&l.Names) {
			m[foldWord(w)] = true
		}
	}
	return m
}

// sourceLabels begin a credit line ("Source: Sozcu", "Kaynak: AA"): the
// page's source cues (cue.Page.Sources) of every language, folded.
var sourceLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lang.Known() {
		for _, w := range l.Page.Sources {
			m[foldWord(w)] = true
		}
	}
	return m
}()

// union returns the words that list gives in any language, folded.
func union(list func(*cue.Quotes) []string) map[string]bool {
	m := map[string]bool{}
	for _, code := range codes {
		q := languages[code]
		for _, w := range list(&q) {
			m[foldWord(w)] = true
		}
	}
	return m
}

// flagged returns the words that list gives in any language, folded, each
// mapped to true when in the first list, to false when in the second:
// speaker nouns to whether they describe a person, anaphors to whether
// they pick the latter.
func flagged(list func(*cue.Quotes) (yes, no []string)) map[string]bool {
	m := map[string]bool{}
	for _, code := range codes {
		q := languages[code]
		yes, no := list(&q)
		for _, w := range yes {
			m[foldWord(w)] = true
		}
		for _, w := range no {
			m[foldWord(w)] = false
		}
	}
	return m
}

// all returns the words that list gives in every language, as written.
func all(list func(*cue.Quotes) []string) []string {
	var out []string
	for _, code := range codes {
		q := languages[code]
		out = append(out, list(&q)...)
	}
	return out
}

// pronouns returns the pronouns that list gives, folded, by language: a
// Latin-script pronoun is another language's article or preposition
// (Italian "il", English "on", Spanish "he"), so it counts only in its
// language; a pronoun of another script counts everywhere, under "".
func pronouns(list func(*cue.Quotes) []string) map[string]map[string]bool {
	m := map[string]map[string]bool{"": {}}
	for _, code := range codes {
		q := languages[code]
		for _, w := range list(&q) {
			lang := ""
			if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Latin, r) {
				lang = code
			}
			if m[lang] == nil {
				m[lang] = map[string]bool{}
			}
			m[lang][foldWord(w)] = true
		}
	}
	return m
}

// pronounIn reports whether w is a pronoun of table for language lang (an
// unknown language uses the English words).
func pronounIn(table map[string]map[string]bool, lang, w string) bool {
	if table[""][w] {
		return true
	}
	if l, ok := table[lang]; ok {
		return l[w]
	}
	return table["en"][w]
}

// sovLanguages put the verb last, so a speaker may stand anywhere before
// the verb in its clause.
var sovLanguages = map[string]bool{"tr": true, "fa": true, "ja": true, "ko": true, "hi": true, "ur": true, "az": true}

// vsoLanguages put the verb first: "قال المسؤول: ..." names the speaker
// after the verb even when more words follow before the quote.
var vsoLanguages = map[string]bool{"ar": true}

// foldWord folds a table word the way tokens are folded: lowercase, and
// Arabic-script spelling variants normalised.
func foldWord(w string) string {
	return ar.Normalize(strings.ToLower(w))
}
