package ingest

import (
	"context"
	"fmt"

	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/store"
)

// Reanalyze analyses every stored article again and replaces its facts
// and search terms, as after an improvement of the analysis, with the
// resources res. It returns how many articles it analysed.
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
		r, err := res.Analyzer.Article(ctx, a)
		if err != nil {
			return i, fmt.Errorf("reanalyze: %w", err)
		}
		if err := st.ReplaceFacts(ctx, id, r.Facts, r.Analysis.SearchTerms()); err != nil {
			return i, fmt.Errorf("reanalyze: %w", err)
		}
	}
	return len(ids), nil
}
