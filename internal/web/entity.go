package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

// entityList is a page of an entity's articles, with the rest of what the
// store knows of it.
type entityList struct {
	store.EntityDetail
	// More reports articles after this page.
	More bool
}

// loadEntity reads an entity with a page of its articles.
func (s *server) loadEntity(ctx context.Context, key string, limit, offset int) (entityList, error) {
	d, err := s.store.Entity(ctx, key, store.EntityQuery{Limit: limit + 1, Offset: offset})
	if err != nil {
		return entityList{}, fmt.Errorf("entity %q: %w", key, err)
	}
	out := entityList{EntityDetail: d}
	if len(out.ArticleList) > limit {
		out.ArticleList, out.More = out.ArticleList[:limit], true
	}
	if len(out.Stories) > limit {
		out.Stories = out.Stories[:limit]
	}
	return out, nil
}

// entityKey reads the entity key from the path.
func entityKey(r *http.Request) (string, error) {
	key := r.PathValue("key")
	if key == "" || len(key) > maxEntityBytes || !utf8.ValidString(key) {
		return "", errBadRequest("The entity key must be at most %d bytes of text.", maxEntityBytes)
	}
	return key, nil
}

func entityError(err error) error {
	if isNotFound(err) {
		return errNotFound("No article names this entity.")
	}
	return err
}

// entityPage is what the entity template shows.
type entityPage struct {
	entityList
	Forms []variantRow
	Chart *chart
	Page  int
}

// handleEntity shows an entity: its canonical name, how each language and
// script writes it, its stories and articles over time, and the entities
// it appears with.
func (s *server) handleEntity(w http.ResponseWriter, r *http.Request) error {
	key, err := entityKey(r)
	if err != nil {
		return err
	}
	page, err := parsePage(r.URL.Query())
	if err != nil {
		return err
	}
	offset := (page - 1) * pageSize
	e, err := s.loadEntity(r.Context(), key, pageSize, offset)
	if err != nil {
		return entityError(err)
	}
	p := entityPage{entityList: e, Forms: variantRows(e.Variants), Page: page}
	counts := make([]dayCount, len(e.Days))
	total := 0
	for i, d := range e.Days {
		counts[i] = dayCount{day: utcDay(d.Day), series: "articles", n: d.Articles}
		total += d.Articles
	}
	if stacks := bucketDays(counts, []string{"articles"}, func(string) string { return "bar" }); len(stacks) > 0 {
		label := fmt.Sprintf("Articles naming %s per %s, %s to %s: %s", e.Name, periodWord(stacks),
			api.FormatDay(stacks[0].Start), api.FormatDay(stacks[len(stacks)-1].End), plural(total, "dated article"))
		p.Chart = barChart(stacks, label, func(part stackPart) string { return plural(part.N, "article") })
	}
	data := pageData{
		Title: e.Name,
		Feed:  entityURL(key) + "/feed.atom",
		JSON:  "/api/v1/entities/" + url.PathEscape(key) + "?offset=" + strconv.Itoa(offset),
		Body:  p,
	}
	if page > 1 {
		data.Prev = pageLink(entityURL(key), nil, page-1)
	}
	if e.More {
		data.Next = pageLink(entityURL(key), nil, page+1)
	}
	s.render(w, r, http.StatusOK, "entity", data)
	return nil
}

// handleAPIEntity answers what the entity page shows.
func (s *server) handleAPIEntity(w http.ResponseWriter, r *http.Request) error {
	key, err := entityKey(r)
	if err != nil {
		return err
	}
	limit, offset, err := parseLimits(r.URL.Query(), pageSize)
	if err != nil {
		return err
	}
	e, err := s.loadEntity(r.Context(), key, limit, offset)
	if err != nil {
		return entityError(err)
	}
	out := api.EntityDetail{Entity: api.EntityOf(e.EntitySummary), Stories: api.Convert(e.Stories, api.StoryOf),
		ArticleList: api.Convert(e.ArticleList, api.ArticleOf), Days: api.Convert(e.Days, api.DayOf),
		Related: api.Convert(e.Related, api.EntityOf), Limit: limit, Offset: offset,
		NextOffset: nextOffset(e.More, offset, limit)}
	s.writeJSON(w, r, http.StatusOK, out)
	return nil
}
