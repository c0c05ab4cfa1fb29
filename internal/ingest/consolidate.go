package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// window is the span of dates of a batch's articles, which consolidation
// regroups with the days around it.
type window struct {
	from, to time.Time
	// undated reports an article of the batch with no date, not even an
	// estimated one.
	undated bool
	// any reports that the batch holds an article.
	any bool
}

// add widens the window to the date t; zero is undated.
func (w *window) add(t time.Time) {
	w.any = true
	switch {
	case t.IsZero():
		w.undated = true
	case w.from.IsZero():
		w.from, w.to = t, t
	case t.Before(w.from):
		w.from = t
	case t.After(w.to):
		w.to = t
	}
}

// consolidate regroups the active window of a stored batch: the articles
// dated within the clusterer's window of the batch's dates, those with no
// date at all (they may belong anywhere), and every article of the
// stories these are in, so that a story is regrouped whole. A batch with
// an article that has no date, not even an estimated one, regroups every
// article: such an article may report the story of any day. It stores the
// outcome and hands it to the clusterer.
//
// fresh are the ids of the batch's articles: only the stories they can
// reach are regrouped.
func (p *Pipeline) consolidate(ctx context.Context, c *story.Clusterer, span window, fresh []int64) error {
	if !span.any || len(fresh) == 0 {
		return nil
	}
	// An article with no date may report the story of any day: its window
	// is every day.
	q := store.MemberQuery{Undated: true, All: span.undated}
	if !span.from.IsZero() && !span.undated {
		w := p.consolidation.Window()
		q.From, q.To = span.from.Add(-w), span.to.Add(w)
	}
	members, err := p.store.Members(ctx, q)
	if err != nil {
		return fmt.Errorf("consolidate: %w", err)
	}
	seen := make(map[int64]bool, len(members))
	stories := map[int64]bool{}
	var ids []int64
	for _, m := range members {
		seen[m.Article] = true
		if !stories[m.Story] {
			stories[m.Story] = true
			ids = append(ids, m.Story)
		}
	}
	whole, err := p.store.Members(ctx, store.MemberQuery{Stories: ids})
	if err != nil {
		return fmt.Errorf("consolidate: %w", err)
	}
	for _, m := range whole {
		if !seen[m.Article] {
			members = append(members, m)
		}
	}
	r, err := p.consolidation.Consolidate(members, fresh, c.NewID)
	if err != nil {
		return err
	}
	if err := p.store.Regroup(ctx, r); err != nil {
		return fmt.Errorf("consolidate: %w", err)
	}
	c.Replace(r)
	return nil
}
