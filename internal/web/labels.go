package web

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// maxLabelArticles caps the articles of a story whose words are read to
// show its evidence as written.
const maxLabelArticles = 60

// labels maps the keys and stems the clusterer reports as shared evidence
// back to the words the articles wrote: the most common written form of
// each.
type labels struct {
	// terms counts the written forms of each "lang:stem"; names those of
	// each name key.
	terms, names map[string]map[string]int
}

// newLabels reads the words of the articles.
func newLabels() *labels {
	return &labels{terms: map[string]map[string]int{}, names: map[string]map[string]int{}}
}

// add reads the title and text of an article in language code.
func (l *labels) add(code, title, text string) {
	p := lang.For(code)
	for _, s := range []string{title, text} {
		for _, t := range token.Tokenize(token.NFKC(s)) {
			if t.Kind != token.Word {
				continue
			}
			if stem := p.Term(t.Text, false); stem != "" {
				count(l.terms, code+":"+stem, t.Text)
			}
			if k := namekey.Word(t.Text); k != "" {
				count(l.names, story.MatchKey(k), t.Text)
			}
		}
	}
}

func count(m map[string]map[string]int, key, form string) {
	if m[key] == nil {
		m[key] = map[string]int{}
	}
	m[key][form]++
}

// commonest returns the most common form counted, the first in sort
// order on a tie; ok is false when none is.
func commonest(forms map[string]int) (best string, ok bool) {
	n := 0
	for f, c := range forms {
		if c > n || (c == n && f < best) {
			best, n = f, c
		}
	}
	return best, n > 0
}

// conceptLanguage is the language of the concepts (English stems) the
// dictionaries map words to.
const conceptLanguage = "en"

// evidence returns a copy of e, the evidence of an article in language
// code, with its shared terms, concepts and name keys shown as written.
func (l *labels) evidence(e *store.Evidence, code string) *store.Evidence {
	if e == nil {
		return nil
	}
	c := *e
	c.SharedTerms = l.written(e.SharedTerms, code, false)
	// A concept no English article of the story wrote would show as a
	// stem: it is left out.
	c.SharedConcepts = l.written(e.SharedConcepts, conceptLanguage, true)
	c.SharedNames = make([]string, len(e.SharedNames))
	for i, n := range e.SharedNames {
		c.SharedNames[i] = n
		if isKey(n) {
			if f, ok := commonest(l.names[n]); ok {
				c.SharedNames[i] = f
			}
		}
	}
	return &c
}

// written shows the stems of language code as written; those no article
// wrote are kept as they are, or left out when drop is true.
func (l *labels) written(stems []string, code string, drop bool) []string {
	if stems == nil {
		return nil
	}
	out := make([]string, 0, len(stems))
	for _, t := range stems {
		if f, ok := commonest(l.terms[code+":"+t]); ok {
			out = append(out, f)
		} else if !drop {
			out = append(out, t)
		}
	}
	return out
}

// isKey reports whether a shared name is a name key rather than a name as
// written: one word without capitals.
func isKey(n string) bool {
	return n != "" && !strings.ContainsFunc(n, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsSpace(r) })
}

// EvidenceAsWritten shows the shared name keys and term stems of the
// evidence of a story's articles as the articles wrote them, in place.
func EvidenceAsWritten(ctx context.Context, st store.Store, rows []store.ArticleRow) error {
	l, err := storyLabels(ctx, st, rows)
	if err != nil {
		return err
	}
	for i := range rows {
		rows[i].Evidence = l.evidence(rows[i].Evidence, rows[i].Language)
	}
	return nil
}

// storyLabels reads the words of the first maxLabelArticles of a story's
// articles.
func storyLabels(ctx context.Context, st store.Store, rows []store.ArticleRow) (*labels, error) {
	l := newLabels()
	for _, r := range rows[:min(len(rows), maxLabelArticles)] {
		a, err := st.Article(ctx, r.ID)
		if err != nil {
			return nil, fmt.Errorf("article %d: %w", r.ID, err)
		}
		l.add(a.Language, a.Title, a.Text)
	}
	return l, nil
}
