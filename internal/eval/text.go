package eval

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/token"
	"github.com/storyline/storyline/internal/pool"
)

// TextArticle is one article's text as a plain text file would hold it.
type TextArticle struct {
	ID, Language, Text string
}

// SemEvalTexts returns the distinct articles of the pairs, each with its
// text as the CSV holds it (the headline, two spaces, the body: one line),
// in the order of their ids.
func SemEvalTexts(pairs []Pair) []TextArticle {
	seen := map[string]bool{}
	var out []TextArticle
	for _, p := range pairs {
		a, b := p.ArticleIDs()
		for _, t := range []TextArticle{{a, p.Lang1, p.Text1}, {b, p.Lang2, p.Text2}} {
			if !seen[t.ID] && strings.TrimSpace(t.Text) != "" {
				seen[t.ID] = true
				out = append(out, t)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].ID) != len(out[j].ID) {
			return len(out[i].ID) < len(out[j].ID)
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// KeepShare is the share of its words an article must keep through
// extraction to count as kept whole.
const KeepShare = 0.9

// TextReport is how much of their words articles kept through extraction.
type TextReport struct {
	// Articles were extracted; Rejected of them gave no article, for the
	// reasons counted in Reasons.
	Articles, Rejected int
	Reasons            map[string]int
	// Kept counts the articles that kept at least KeepShare of their
	// words; MeanKept is the mean share kept over all articles.
	Kept     int
	MeanKept float64
	// Languages are the figures per language, most articles first.
	Languages []LanguageKept
	// Worst are the articles that kept the least, at most ten, least
	// first.
	Worst []ArticleKept
}

// LanguageKept is the figures of one language.
type LanguageKept struct {
	Language                 string
	Articles, Rejected, Kept int
}

// ArticleKept is the outcome of one article.
type ArticleKept struct {
	ID, Language string
	// Share is the share of its words kept; Err why it was rejected.
	Share float64
	Err   string
}

// ExtractFunc extracts one article as storyline reads a file, and returns
// its headline and body.
type ExtractFunc func(TextArticle) (title, body string, err error)

// EvaluateText extracts every article, on all CPUs, and compares the words
// of what came out with the words of the text: the share of each word's
// occurrences kept (Han and kana count a character a word).
func EvaluateText(ctx context.Context, arts []TextArticle, extract ExtractFunc) (TextReport, error) {
	results := slices.Collect(pool.Map(ctx, 0, slices.Values(arts), func(a TextArticle) ArticleKept {
		title, body, err := extract(a)
		r := ArticleKept{ID: a.ID, Language: a.Language}
		if err != nil {
			r.Err = err.Error()
			return r
		}
		r.Share = keptShare(words(a.Text), words(title+"\n"+body))
		return r
	}))
	if err := ctx.Err(); err != nil {
		return TextReport{}, err
	}
	if len(results) != len(arts) {
		return TextReport{}, errors.New("evaluate text: extraction stopped")
	}
	rep := TextReport{Articles: len(arts), Reasons: map[string]int{}}
	byLang := map[string]*LanguageKept{}
	sum := 0.0
	for _, r := range results {
		l := byLang[r.Language]
		if l == nil {
			l = &LanguageKept{Language: r.Language}
			byLang[r.Language] = l
		}
		l.Articles++
		sum += r.Share
		switch {
		case r.Err != "":
			rep.Rejected++
			l.Rejected++
			// The reason without the file's name.
			reason := r.Err
			if i := strings.LastIndex(reason, ": "); i >= 0 {
				reason = reason[i+2:]
			}
			rep.Reasons[reason]++
		case r.Share >= KeepShare:
			rep.Kept++
			l.Kept++
		}
	}
	rep.MeanKept = ratio(sum, float64(len(results)))
	for _, l := range byLang {
		rep.Languages = append(rep.Languages, *l)
	}
	sort.Slice(rep.Languages, func(i, j int) bool {
		a, b := rep.Languages[i], rep.Languages[j]
		return a.Articles > b.Articles || a.Articles == b.Articles && a.Language < b.Language
	})
	sort.SliceStable(results, func(i, j int) bool { return results[i].Share < results[j].Share })
	for _, r := range results[:min(10, len(results))] {
		if r.Share < KeepShare {
			rep.Worst = append(rep.Worst, r)
		}
	}
	return rep, nil
}

// words counts the words of s: its tokens as written, Han and kana runs
// cut into characters.
func words(s string) map[string]int {
	out := map[string]int{}
	for _, t := range token.Tokenize(s) {
		if t.Kind == token.Han || t.Kind == token.Kana {
			for i, w := 0, 0; i < len(t.Text); i += w {
				_, w = utf8.DecodeRuneInString(t.Text[i:])
				out[t.Text[i:i+w]]++
			}
			continue
		}
		out[t.Text]++
	}
	return out
}

// keptShare is the share of the occurrences of the words of orig that got
// occurs too.
func keptShare(orig, got map[string]int) float64 {
	total, kept := 0, 0
	for w, n := range orig {
		total += n
		kept += min(n, got[w])
	}
	return ratio(float64(kept), float64(total))
}
