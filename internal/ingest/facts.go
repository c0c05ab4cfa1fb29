package ingest

import (
	"context"
	"fmt"
	"sort"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/analyze/quote"
	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/dates"
	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/store"
)

// FactsOf finds what an extracted article names, dates, quotes and cites:
// entities with their language-neutral keys, the dates it mentions
// (relative ones resolved against its publication date), quotations with
// their speakers resolved to entities, and the sources it cites. Entities
// are found with res's finder.
func FactsOf(a article.Article, res *resources.Set) article.Facts {
	entities, mentions := res.Entities.Find(a.Language, a.Title, a.Text)
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
	for _, d := range dates.Find(a.Language, a.Text, a.Published) {
		f.Dates = append(f.Dates, article.Date{Date: d.Date, Text: d.Text, Kind: string(d.Kind)})
	}
	qm := make([]quote.Mention, len(mentions))
	for i, m := range mentions {
		qm[i] = quote.Mention{Start: m.Start, End: m.End, Name: names[m.Key], Key: m.Key, Type: string(m.Type)}
	}
	quotes, sources := quote.Find(a.Language, a.Text, qm)
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

// SearchTerms lists the distinct terms of an analysis, of its title and
// body, sorted: what search matches an article by.
func SearchTerms(an analyze.Analysis) []string {
	terms := make([]string, 0, len(an.Terms)+len(an.TitleTerms))
	for t := range an.Terms {
		terms = append(terms, t)
	}
	for t := range an.TitleTerms {
		if _, ok := an.Terms[t]; !ok {
			terms = append(terms, t)
		}
	}
	sort.Strings(terms)
	return terms
}

// Reanalyze finds the facts and search terms of every stored article again
// and replaces the old ones, as after an improvement of the analysis,
// with the resources res. It returns how many articles it analysed.
func Reanalyze(ctx context.Context, st store.Store, res *resources.Set) (int, error) {
	var ids []int64
	if err := st.Articles(ctx, func(r store.ArticleRow) error {
		ids = append(ids, r.ID)
		return nil
	}); err != nil {
		return 0, fmt.Errorf("reanalyze: %w", err)
	}
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			return i, err
		}
		a, err := st.Article(ctx, id)
		if err != nil {
			return i, fmt.Errorf("reanalyze: %w", err)
		}
		an := analyze.Analyze(a.Language, a.Title, a.Text)
		if err := st.ReplaceFacts(ctx, id, FactsOf(a, res), SearchTerms(an)); err != nil {
			return i, fmt.Errorf("reanalyze: %w", err)
		}
	}
	return len(ids), nil
}
