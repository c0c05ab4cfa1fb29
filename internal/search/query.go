// Package search turns what a reader types into a query the store can run,
// and marks where a query matches in an article's text.
//
// The store indexes each article under the distinct stems of its title and
// body, as the analysis (analyze.Analyzer) gives them in the article's
// language. A query has no known language, so Parse analyses every query word under every
// language storyline supports and keeps the distinct terms as the word's
// alternatives: "elections" is "elect" in English articles and "elections"
// where no English stemmer ran. It also names the entities the query may
// mean, with the keys internal/analyze/entity gives them in every script,
// so that "Soleimani" finds "قاسم سليماني" (person:slmn) and "Damascus"
// finds "دمشق" (its gazetteer id).
//
// Snippet and Highlight mark the words of a text that match a query: a
// word whose stem under any analyser of its script is one of the query's
// terms, whose name key is a query word's, or that names a place of the
// query. Both work on runes, so they never split a UTF-8 sequence, and on
// any input, even invalid UTF-8.
package search

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/analyze/entity"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/cache"
	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
	"github.com/storyline/storyline/internal/store"
)

// maxRunes is the longest query Parse reads; the rest is ignored.
const maxRunes = 200

// maxWords is the most words a parsed query keeps.
const maxWords = 12

// maxNameWords is the most words of a query that Parse takes for one name
// as a whole: a longer query is not one name.
const maxNameWords = 4

// Query is a search query analysed for the store.
type Query struct {
	// Text is the query as read: valid UTF-8, runs of spaces made one,
	// at most 200 runes.
	Text string
	// Words are the query's content words, in query order, stop words and
	// repetitions (in any letter case) left out.
	Words []Word
	// EntityKeys are the keys of the entities the query may name (the
	// whole query and each name-like word as a person, an organisation and
	// a place), in every script.
	EntityKeys []string
}

// Word is one query word with its terms under every language's analyser.
type Word struct {
	// Text is the word as written in the query (NFKC-normalised); a Han
	// run gives one Word per character bigram.
	Text string
	// Terms are the word's distinct terms, sorted: an article matches the
	// word when it holds any of them.
	Terms []string
}

// Searcher analyses queries and marks their matches in texts, with the
// gazetteer it holds and its cache of the terms of words. It is safe for
// concurrent use.
type Searcher struct {
	places *gazetteer.Gazetteer
	terms  *cache.Cache[string, termEntry] // word -> its terms in every language
}

// NewSearcher returns a Searcher that looks places up in places and caches
// the terms of up to cacheSize words across queries and texts, as news
// repeats its words; 0 caches nothing.
func NewSearcher(places *gazetteer.Gazetteer, cacheSize int) *Searcher {
	return &Searcher{places: places, terms: cache.New[string, termEntry](cacheSize)}
}

// Parse analyses a query typed by a reader. Any input, even invalid UTF-8,
// gives a Query; one without words or entity keys matches nothing.
//
// A word is left out when it is a stop word in any supported language
// ("the", "und", "في"): the store requires every query word, and articles
// in that language never hold it. When that would leave no word, the
// query's words are kept with their remaining terms. Quotation marks are
// ignored: a quoted phrase is searched as its words.
func (sr *Searcher) Parse(text string) Query {
	text = cleanQuery(text)
	q := Query{Text: text}
	norm := token.NFKC(text)
	toks := token.Tokenize(norm)

	var words, stops []Word
	seen := map[string]bool{}
	add := func(list *[]Word, w Word) {
		k := lang.Fold(article.Undetermined, w.Text)
		if seen[k] {
			return
		}
		seen[k] = true
		*list = append(*list, w)
	}
	for _, t := range toks {
		switch t.Kind {
		case token.Word, token.Kana:
			terms, stop := sr.wordTerms(t.Text)
			if len(terms) == 0 {
				continue
			}
			if stop {
				add(&stops, Word{Text: t.Text, Terms: terms})
			} else {
				add(&words, Word{Text: t.Text, Terms: terms})
			}
		case token.Han:
			for _, bg := range hanTerms(t.Text) {
				add(&words, Word{Text: bg, Terms: []string{bg}})
			}
		}
	}
	if len(words) == 0 {
		words = stops
	}
	if len(words) > maxWords {
		words = words[:maxWords]
	}
	q.Words = words
	q.EntityKeys = sr.entityKeys(norm, toks)
	return q
}

// StoreQuery returns the query as the store takes it: one list of
// alternative terms per word, and the entity keys. The caller sets the
// filters and the page.
func (q Query) StoreQuery() store.SearchQuery {
	var sq store.SearchQuery
	for _, w := range q.Words {
		sq.Terms = append(sq.Terms, slices.Clone(w.Terms))
	}
	sq.EntityKeys = slices.Clone(q.EntityKeys)
	return sq
}

// cleanQuery makes text valid UTF-8 with its spaces collapsed and trimmed,
// cut to maxRunes runes.
func cleanQuery(text string) string {
	text = strings.Join(strings.Fields(strings.ToValidUTF8(text, "\uFFFD")), " ")
	n := 0
	for i := range text {
		if n == maxRunes {
			return strings.TrimSpace(text[:i])
		}
		n++
	}
	return text
}

// languages are the languages whose analysers a query word goes through:
// those the language detector names, and the undetermined one.
var languages = sync.OnceValue(func() []string {
	ls := append(lang.Languages(), article.Undetermined)
	sort.Strings(ls)
	return slices.Compact(ls)
})

// minTermRunes is the shortest term kept for a word longer than it: a
// stemmer that cuts "Iran" to "ir" matches too many other words.
const minTermRunes = 3

// termEntry is a word's terms under every language and whether some
// language drops it as a stop word.
type termEntry struct {
	terms []string
	stop  bool
}

// wordTerms returns the distinct terms of one word (a Word or Kana token)
// under every language, sorted, and whether some language drops it as a
// stop word. A term shorter than minTermRunes is left out unless the word
// is that short too.
func (sr *Searcher) wordTerms(w string) ([]string, bool) {
	if e, ok := sr.terms.Get(w); ok {
		return e.terms, e.stop
	}
	var terms []string
	stop := false
	long := utf8.RuneCountInString(w) > minTermRunes
	for _, l := range languages() {
		ts := lang.Terms(l, w)
		if len(ts) == 0 {
			stop = true
		}
		for t := range ts {
			if long && utf8.RuneCountInString(t) < minTermRunes {
				continue
			}
			terms = append(terms, t)
		}
	}
	sort.Strings(terms)
	terms = slices.Compact(terms)
	sr.terms.Put(w, termEntry{terms, stop})
	return terms, stop
}

// hanTerms returns the terms of a Han run as analyze gives them (its
// character bigrams, stop bigrams left out, or the lone character of a
// one-character run), in text order, each once.
func hanTerms(run string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if seen[s] || len(lang.Terms("zh", s)) == 0 {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	prev := -1
	for i := range run {
		if prev >= 0 {
			_, size := utf8.DecodeRuneInString(run[i:])
			add(run[prev : i+size])
		}
		prev = i
	}
	if utf8.RuneCountInString(run) == 1 {
		add(run)
	}
	return out
}

// entityKeys returns the keys of the entities the query may name: for the
// whole query (up to maxNameWords words that may form one name) and for
// each name-like word, a person ("person:" + family-name key), an
// organisation ("org:" + name key) and a place (the gazetteer's id, else
// "place:" + name key), as internal/analyze/entity keys them; the words of
// a query that is one name are not taken for persons on their own. The
// places named inside a Han run are added.
func (sr *Searcher) entityKeys(norm string, toks []token.Token) []string {
	var keys []string
	seen := map[string]bool{}
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	lower := !hasUpper(norm)
	var names []token.Token
	for _, t := range toks {
		if t.Kind == token.Word || t.Kind == token.Han || t.Kind == token.Kana {
			names = append(names, t)
		}
	}
	if len(names) == 0 {
		return nil
	}
	whole := len(names) <= maxNameWords && sr.oneName(names, lower)
	if whole {
		sr.addNameKeys(norm[names[0].Start:names[len(names)-1].End], names, true, add)
	}
	for _, t := range names {
		if len(names) > 1 && sr.nameLike(t, lower) {
			// A word of a person's name is not a person: "Qassem" of
			// "Qassem Soleimani" is not Naim Qassem.
			sr.addNameKeys(t.Text, []token.Token{t}, !whole, add)
		}
		if t.Kind == token.Han {
			for _, p := range sr.hanPlaces(t.Text) {
				add("place:" + p)
			}
		}
	}
	return keys
}

// oneName reports whether the tokens may form one name: name-like words,
// and articles or connectors between them ("Bashar al-Assad", "Mohammed
// bin Salman"), not "the war in Syria".
func (sr *Searcher) oneName(toks []token.Token, lowerQuery bool) bool {
	for i, t := range toks {
		inner := i > 0 && i < len(toks)-1
		if !sr.nameLike(t, lowerQuery) && !(inner && (ar.IsArticleWord(lang.Fold(article.Undetermined, t.Text)) || entity.IsConnector(t.Text))) {
			return false
		}
	}
	return true
}

// maxHanPlace is the longest place name, in characters, looked for inside
// a Han run.
const maxHanPlace = 5

// hanPlaces returns the gazetteer ids of the places named inside a Han
// run, which has no spaces between words: the longest name from each
// position on, as internal/analyze/entity finds them.
func (sr *Searcher) hanPlaces(run string) []string {
	rs := []rune(run)
	var ids []string
	for i := 0; i < len(rs); {
		n := 0
		for l := min(maxHanPlace, len(rs)-i); l >= 2; l-- {
			if p, ok := sr.places.Lookup(string(rs[i : i+l])); ok {
				ids = append(ids, p.ID)
				n = l
				break
			}
		}
		i += max(n, 1)
	}
	return ids
}

// addNameKeys adds the organisation and place keys of one name, whose
// tokens are toks, and with person set its person key.
func (sr *Searcher) addNameKeys(name string, toks []token.Token, person bool, add func(string)) {
	if utf8.RuneCountInString(name) < 2 {
		return
	}
	if p, ok := sr.places.Lookup(name); ok {
		add("place:" + p.ID)
	}
	if toks[len(toks)-1].Kind != token.Word {
		// The key of a Han or kana name is a transliteration
		// internal/analyze/entity keeps to itself; only the gazetteer
		// serves such a query.
		return
	}
	key := namekey.Key(name)
	if key == "" {
		return
	}
	if s := surnameKey(toks, key); person && s != "" {
		add("person:" + s)
	}
	add("org:" + key)
	if _, ok := sr.places.Lookup(name); !ok {
		add("place:" + key)
	}
}

// surnameKey returns the family-name key of a person's name whose tokens
// are toks and whose namekey.Key is key: the last word's key, with a connector
// before it joined ("bin Salman" is "bnslmn"), as internal/analyze/entity
// forms it.
func surnameKey(toks []token.Token, key string) string {
	fields := strings.Fields(key)
	if len(fields) == 0 {
		return ""
	}
	s := fields[len(fields)-1]
	i := len(toks) - 2
	if i >= 0 && ar.IsArticleWord(lang.Fold(article.Undetermined, toks[i].Text)) {
		i--
	}
	if i >= 0 && len(toks) > 1 && entity.IsConnector(toks[i].Text) {
		s = namekey.Key(toks[i].Text) + s
	}
	return s
}

// nameLike reports whether a query token may be a name: a content word
// that is capitalised, written in a script without case (Arabic, Han), or
// in a query typed all in lowercase.
func (sr *Searcher) nameLike(t token.Token, lowerQuery bool) bool {
	if t.Kind != token.Word {
		return true
	}
	if _, stop := sr.wordTerms(t.Text); stop || utf8.RuneCountInString(t.Text) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return lowerQuery || unicode.IsUpper(r) || unicode.IsTitle(r) || !unicode.IsLower(r)
}

// hasUpper reports whether s has an uppercase letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return true
		}
	}
	return false
}
