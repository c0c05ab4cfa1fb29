// Package analyze is the analysis stage: one call, Analyzer.Article, takes
// an extracted article and returns everything the later stages use: the
// features story similarity compares (content-word stems, names with
// language-neutral keys, word keys, salient numbers, English concepts) and
// the facts the store keeps (entities with their mentions, dates, quotes,
// cited sources).
//
// The title and the text are tokenised once (lang/token) and the same
// segments are handed to every finder: the term pipeline of the article's
// language (lang.For: case folding, script normalisation, apostrophes, stop
// words, stemming), the entity finder (analyze/entity), which also gives
// the names similarity compares, the number finder and the quote finder
// (analyze/quote). Dates (internal/dates) scan the text with their
// own scanner, as their matching works on characters, not words.
//
// Nothing here logs or prints; analysis fails only when its context ends
// while a dictionary is parsed. Every input, even invalid UTF-8, gives a
// Result.
package analyze

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/analyze/entity"
	"github.com/storyline/storyline/internal/analyze/quote"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
	"github.com/storyline/storyline/internal/xlang"
)

// Analyzer analyses articles with the resources it holds: the entity
// finder (with the gazetteer and its caches) and the bilingual
// dictionaries. It is safe for concurrent use.
type Analyzer struct {
	entities *entity.Finder
	dict     *xlang.Dictionary
}

// New returns an Analyzer that finds entities with entities and maps words
// to English concepts with dict; with a nil dict it gives no concepts.
func New(entities *entity.Finder, dict *xlang.Dictionary) *Analyzer {
	return &Analyzer{entities: entities, dict: dict}
}

// Result is the analysis of one article.
type Result struct {
	// Analysis holds the features story similarity compares.
	Analysis Analysis
	// Concepts weighs the English concepts of the article's terms, title
	// terms counting thrice as similarity counts them; a term with several
	// concepts shares its weight among them. Empty when no bilingual
	// dictionary knows the language.
	Concepts map[string]float64
	// Facts are what the article names, dates, quotes and cites.
	Facts article.Facts
}

// Article analyses an extracted article in its language (a.Language, ISO
// 639-1 or "und"); relative dates are resolved against its publication
// date. It fails only when ctx is done while the dictionary of the
// article's language is parsed.
func (an *Analyzer) Article(ctx context.Context, a article.Article) (Result, error) {
	var dict *xlang.Language
	if an.dict != nil {
		var err error
		if dict, err = an.dict.Language(ctx, a.Language); err != nil {
			return Result{}, fmt.Errorf("analyze: %w", err)
		}
	}
	title, text := token.NewSegment(valid(a.Title)), token.NewSegment(valid(a.Text))
	found := an.entities.Find(a.Language, title, text)
	r := Result{Analysis: features(a.Language, title, text, found.Names)}
	r.Concepts = concepts(dict, r.Analysis) // a nil dict gives none
	r.Facts = facts(a.Language, text, a.Published, found.Entities, found.Mentions)
	return r, nil
}

// valid returns s with invalid UTF-8 replaced by U+FFFD.
func valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// facts assembles the facts of an article: its entities, the dates of its
// text (relative ones resolved against published), the quotations of its
// text with their speakers resolved to entities, and the sources it cites.
func facts(code string, text token.Segment, published time.Time, entities []entity.Entity, mentions []entity.Mention) article.Facts {
	f := article.Facts{
		Entities: make([]article.Entity, 0, len(entities)),
		Dates:    []article.Date{},
		Quotes:   []article.Quote{},
		Sources:  []article.Source{},
	}
	names := make(map[string]string, len(entities))
	for _, e := range entities {
		names[e.Key] = e.Name
		f.Entities = append(f.Entities, article.Entity{
			Name: e.Name, Key: e.Key, Type: string(e.Type), Mentions: e.Mentions, Count: e.Count,
		})
	}
	for _, d := range dates.Find(code, text.Src, published) {
		f.Dates = append(f.Dates, article.Date{Date: d.Date, Text: d.Text, Kind: string(d.Kind)})
	}
	qm := make([]quote.Mention, len(mentions))
	for i, m := range mentions {
		qm[i] = quote.Mention{Start: m.Start, End: m.End, Name: names[m.Key], Key: m.Key, Type: string(m.Type)}
	}
	quotes, sources := quote.Find(code, text, qm)
	for _, q := range quotes {
		f.Quotes = append(f.Quotes, article.Quote{
			Text: q.Text, Speaker: q.Speaker, SpeakerKey: q.SpeakerKey, ReportedBy: q.ReportedBy, Cue: q.Cue,
		})
	}
	for _, s := range sources {
		f.Sources = append(f.Sources, article.Source{Name: s.Name, Key: s.Key, Cue: s.Cue})
	}
	return f
}

// concepts maps an article's terms, title terms counting thrice as story
// similarity counts them, to English concepts; a term with several
// concepts shares its weight among them.
func concepts(dict *xlang.Language, an Analysis) map[string]float64 {
	out := make(map[string]float64, len(an.Terms))
	add := func(terms map[string]int, factor float64) {
		for t, n := range terms {
			cs := dict.Concepts(t)
			for _, c := range cs {
				out[c] += factor * float64(n) / float64(len(cs))
			}
		}
	}
	add(an.Terms, 1)
	add(an.TitleTerms, 2)
	return out
}

// Analysis holds the features of one article.
type Analysis struct {
	// Terms counts the content-word stems of the title and the text, stop
	// words removed. token.Han text contributes overlapping character bigrams.
	Terms map[string]int
	// TitleTerms counts the same for the title alone.
	TitleTerms map[string]int
	// Names are the names the entity finder gives for similarity
	// (entity.Result.Names), repeated mentions merged.
	Names []entity.Name
	// WordKeys counts the name keys (see namekey.Key) of the content words
	// written in a script without letter case (Arabic, Persian, Hebrew),
	// four letters or longer. No capital marks a name there, so every such
	// word may be one; matched against names written elsewhere, these keys
	// let "إزمير" meet "Izmir".
	WordKeys map[string]int
	// Numbers are the salient numbers in ASCII digits ("6.4", "312",
	// "48000000"), once each in order of first appearance; years, days of
	// the month, times, dates, codes and integers below 10 are left out.
	Numbers []string
}

// SearchTerms lists the distinct terms of the title and the text, sorted:
// what search matches an article by.
func (a Analysis) SearchTerms() []string {
	terms := make([]string, 0, len(a.Terms)+len(a.TitleTerms))
	for t := range a.Terms {
		terms = append(terms, t)
	}
	for t := range a.TitleTerms {
		if _, ok := a.Terms[t]; !ok {
			terms = append(terms, t)
		}
	}
	sort.Strings(terms)
	return terms
}

// features computes the similarity features of an article's title and
// text, tokenised, in language code, with the names the entity finder
// found in them.
func features(code string, title, text token.Segment, names []entity.Name) Analysis {
	r := lang.For(code)
	segs := []token.Segment{normalized(title), normalized(text)}
	a := Analysis{
		Terms:      make(map[string]int, len(segs[1].Tokens)/3),
		TitleTerms: make(map[string]int, len(segs[0].Tokens)),
	}
	stems := map[string]string{} // stems already computed in this article
	r.AddTerms(segs[0].Tokens, a.TitleTerms, stems)
	for t, n := range a.TitleTerms {
		a.Terms[t] += n
	}
	r.AddTerms(segs[1].Tokens, a.Terms, stems)
	a.WordKeys = uncasedWordKeys(r, segs)
	a.Names = names
	a.Numbers = findNumbers(code, r, segs)
	return a
}

// normalized returns seg with the text of its tokens in Unicode NFKC (see
// token.NFKC), their offsets unchanged: the form the term pipeline reads.
func normalized(seg token.Segment) token.Segment {
	var toks []token.Token
	for i, t := range seg.Tokens {
		if lang.IsASCII(t.Text) {
			continue
		}
		if n := token.NFKC(t.Text); n != t.Text {
			if toks == nil {
				toks = slices.Clone(seg.Tokens)
			}
			toks[i].Text = n
		}
	}
	if toks != nil {
		seg.Tokens = toks
	}
	return seg
}

// uncasedWordKeys keys the content words of the segments that are written
// in a script without letter case.
func uncasedWordKeys(r *lang.Pipeline, segs []token.Segment) map[string]int {
	keys := map[string]int{}
	for _, seg := range segs {
		for _, t := range seg.Tokens {
			if t.Kind != token.Word || utf8.RuneCountInString(t.Text) < 4 || !uncased(t.Text) {
				continue
			}
			if r.Term(t.Text, false) == "" {
				continue
			}
			if k := namekey.Word(t.Text); k != "" {
				keys[k]++
			}
		}
	}
	return keys
}

// uncased reports whether a word starts with a letter that has no case.
func uncased(word string) bool {
	c, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLetter(c) && !unicode.IsUpper(c) && !unicode.IsLower(c) && !unicode.IsTitle(c)
}
