package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// Name keys shorter than minShortKey bytes (spaces excluded: "ks", "mr")
// stand for too many words to mark any; those shorter than minKey ("arn"
// is Iran, Iron and Irene) mark only words of another script than the
// query word's ("Иран", "إيران").
const (
	minShortKey = 3
	minKey      = 4
)

// nameKey is the query word a name key stands for and the script it is
// written in.
type nameKey struct {
	word   int
	script *unicode.RangeTable
}

// span is one match in a text: bytes [start, end) match query word word.
type span struct {
	start, end int
	word       int
}

// matcher finds the words of a text that match a query.
type matcher struct {
	sr *Searcher
	// terms maps each query term to its word.
	terms map[string]int
	// keys maps the name keys of the query words to their words.
	keys map[string]nameKey
	// places maps the gazetteer ids of the query's places to a word: the
	// query word that names the place, or one past the words.
	places map[string]int
	// memo keeps the answer for each word form of the text.
	memo map[string]int
}

// newMatcher prepares the matching of q's words and places.
func (sr *Searcher) newMatcher(q Query) *matcher {
	m := &matcher{
		sr:     sr,
		terms:  map[string]int{},
		keys:   map[string]nameKey{},
		places: map[string]int{},
		memo:   map[string]int{},
	}
	for i, w := range q.Words {
		for _, t := range w.Terms {
			if _, ok := m.terms[t]; !ok {
				m.terms[t] = i
			}
		}
		if k := namekey.Key(w.Text); len(strings.ReplaceAll(k, " ", "")) >= minShortKey {
			if _, ok := m.keys[k]; !ok {
				m.keys[k] = nameKey{word: i, script: scriptOf(w.Text)}
			}
		}
	}
	for _, k := range q.EntityKeys {
		id, ok := strings.CutPrefix(k, "place:")
		if !ok {
			continue
		}
		if _, known := m.sr.places.ByID(id); !known {
			continue
		}
		m.places[id] = len(q.Words)
		for i, w := range q.Words {
			if p, ok := m.sr.places.Lookup(w.Text); ok && p.ID == id {
				m.places[id] = i
				break
			}
		}
	}
	return m
}

// empty reports whether nothing can match.
func (m *matcher) empty() bool {
	return len(m.terms) == 0 && len(m.keys) == 0 && len(m.places) == 0
}

// find returns the matches in text, in text order.
func (m *matcher) find(text string) []span {
	if m.empty() {
		return nil
	}
	var out []span
	for _, t := range token.Tokenize(text) {
		switch t.Kind {
		case token.Word, token.Kana:
			if w := m.word(t.Text); w >= 0 {
				out = append(out, span{t.Start, t.End, w})
			}
		case token.Han:
			out = m.han(out, text, t)
		}
	}
	return out
}

// word returns the query word a text word matches, or -1.
func (m *matcher) word(w string) int {
	if i, ok := m.memo[w]; ok {
		return i
	}
	i := m.match(w)
	m.memo[w] = i
	return i
}

// match returns the query word a text word matches, or -1: by a term of
// the word under some language, by its name key, or by the place it
// names. Name keys and places count only for a word that may be a name
// (capitalised, or written in a script without case).
func (m *matcher) match(w string) int {
	if utf8.RuneCountInString(w) < 2 {
		return -1
	}
	terms, _ := m.sr.wordTerms(w)
	best := -1
	for _, t := range terms {
		if i, ok := m.terms[t]; ok && (best < 0 || i < best) {
			best = i
		}
	}
	if best >= 0 || !mayBeName(w) {
		return best
	}
	if len(m.keys) > 0 {
		k := namekey.Key(w)
		if nk, ok := m.keys[k]; ok && (len(k) >= minKey || nk.script != scriptOf(w)) {
			return nk.word
		}
	}
	if len(m.places) > 0 {
		if p, ok := m.sr.places.Lookup(w); ok {
			if i, ok := m.places[p.ID]; ok {
				return i
			}
		}
	}
	return -1
}

// han appends the matches inside a Han run: the characters of each of its
// bigrams (or of the lone character) that is a query term.
func (m *matcher) han(out []span, text string, t token.Token) []span {
	run := text[t.Start:t.End]
	if utf8.RuneCountInString(run) == 1 {
		if i, ok := m.terms[run]; ok {
			out = append(out, span{t.Start, t.End, i})
		}
		return out
	}
	prev := -1
	for i := range run {
		if prev >= 0 {
			_, size := utf8.DecodeRuneInString(run[i:])
			if w, ok := m.terms[run[prev:i+size]]; ok {
				s := span{t.Start + prev, t.Start + i + size, w}
				if n := len(out); n > 0 && out[n-1].end > s.start && out[n-1].start >= t.Start {
					out[n-1].end = s.end // overlapping bigrams: one match
				} else {
					out = append(out, s)
				}
			}
		}
		prev = i
	}
	return out
}

// mayBeName reports whether a word may be a name: its first letter is a
// capital or has no case.
func mayBeName(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// scripts are the scripts scriptOf tells apart.
var scripts = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Arabic, unicode.Greek, unicode.Hebrew}

// scriptOf returns the script of the first letter of w among scripts, or
// nil.
func scriptOf(w string) *unicode.RangeTable {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		for _, s := range scripts {
			if unicode.Is(s, r) {
				return s
			}
		}
		return nil
	}
	return nil
}
