package web

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

// homePage is what the home page shows: a page of stories, newest and
// largest first, and the filters that chose them.
type homePage struct {
	Filters filters
	// Entity is the entity the stories are filtered by, once found;
	// NoEntity reports an entity filter that names no stored entity.
	Entity    *store.EntitySummary
	NoEntity  bool
	Stories   []storyRow
	Page      int
	Offset    int
	Languages []language
}

// storyRow is a story in a list, with its activity drawn.
type storyRow struct {
	store.StorySummary
	Spark *chart
}

func storyRows(list []store.StorySummary) []storyRow {
	out := make([]storyRow, len(list))
	for i, s := range list {
		out[i] = storyRow{StorySummary: s, Spark: sparkline(s.Activity, s.First, s.Last)}
	}
	return out
}

// storyList is one page of stories for some filters.
type storyList struct {
	Stories []store.StorySummary
	// Entity is the entity filter as found; nil without one, or when it
	// names no stored entity, in which case Stories is empty.
	Entity *store.EntitySummary
	// More reports stories after this page.
	More bool
}

// listStories reads a page of stories for the filters.
func (s *server) listStories(ctx context.Context, f filters, limit, offset int) (storyList, error) {
	var out storyList
	q := store.StoryQuery{Limit: limit + 1, Offset: offset, Language: f.Language, From: f.From, To: f.To}
	if f.Entity != "" {
		e, err := s.resolveEntity(ctx, f.Entity)
		if err != nil || e == nil {
			return out, err
		}
		out.Entity, q.Entity = e, e.Key
	}
	list, err := s.store.Stories(ctx, q)
	if err != nil {
		return out, err
	}
	if len(list) > limit {
		list, out.More = list[:limit], true
	}
	out.Stories = list
	return out, nil
}

// resolveEntity finds the entity a filter names: by its key ("person:slmn")
// or by a name in any script ("Soleimani", "سليماني"), through the keys
// the search parser derives from it. Nil when no stored entity matches.
func (s *server) resolveEntity(ctx context.Context, text string) (*store.EntitySummary, error) {
	keys := []string{text}
	if !strings.Contains(text, ":") {
		keys = s.search.Parse(text).EntityKeys
	}
	if len(keys) == 0 {
		return nil, nil
	}
	ents, err := s.store.Entities(ctx, keys)
	if err != nil || len(ents) == 0 {
		return nil, err
	}
	return &ents[0], nil
}

// handleHome shows the stories, newest and largest first, filtered by
// language, dates and entity, 25 to a page.
func (s *server) handleHome(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := parseFilters(q)
	if err != nil {
		return err
	}
	page, err := parsePage(q)
	if err != nil {
		return err
	}
	offset := (page - 1) * pageSize
	list, err := s.listStories(r.Context(), f, pageSize, offset)
	if err != nil {
		return err
	}
	v := f.values()
	apiQuery := cloneValues(v)
	apiQuery.Set("limit", strconv.Itoa(pageSize))
	apiQuery.Set("offset", strconv.Itoa(offset))
	data := pageData{
		Title: "Stories",
		JSON:  "/api/v1/stories?" + apiQuery.Encode(),
		Body: homePage{Filters: f, Entity: list.Entity, NoEntity: f.Entity != "" && list.Entity == nil,
			Stories: storyRows(list.Stories), Page: page, Offset: offset, Languages: languageOptions()},
	}
	if page > 1 {
		data.Prev = pageLink("/", v, page-1)
	}
	if list.More {
		data.Next = pageLink("/", v, page+1)
	}
	s.render(w, r, http.StatusOK, "home", data)
	return nil
}

// handleAPIStories lists stories as the home page does.
func (s *server) handleAPIStories(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	f, err := parseFilters(q)
	if err != nil {
		return err
	}
	limit, offset, err := parseLimits(q, pageSize)
	if err != nil {
		return err
	}
	list, err := s.listStories(r.Context(), f, limit, offset)
	if err != nil {
		return err
	}
	out := api.StoryList{Stories: api.Convert(list.Stories, api.StoryOf), Limit: limit, Offset: offset,
		NextOffset: nextOffset(list.More, offset, limit)}
	if list.Entity != nil {
		e := api.EntityOf(*list.Entity)
		out.Entity = &e
	}
	s.writeJSON(w, r, http.StatusOK, out)
	return nil
}

// nextOffset is the offset of the next page, nil on the last.
func nextOffset(more bool, offset, limit int) *int {
	if !more {
		return nil
	}
	n := offset + limit
	return &n
}
