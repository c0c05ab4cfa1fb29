package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/search"
	"github.com/storyline/storyline/internal/store"
)

// snippetRunes is the length of a search result's snippet.
const snippetRunes = 240

// searchResult is what a search found, snippets made.
type searchResult struct {
	Query search.Query
	// Entities are the stored entities the query names, found in every
	// script.
	Entities []store.EntitySummary
	Total    int
	Stories  []store.StorySummary
	Hits     []hit
}

// hit is a matching article with its title and best passage, matches
// marked.
type hit struct {
	store.ArticleRow
	Title   []search.Fragment
	Snippet []search.Fragment
}

// runSearch searches the articles: by their analysed terms under every
// language's analyser, and by the entities the query names, whatever the
// script they are written in.
func (s *server) runSearch(ctx context.Context, text string, f filters, limit, offset int) (searchResult, error) {
	out := searchResult{Query: s.search.Parse(text)}
	if len(out.Query.EntityKeys) > 0 {
		ents, err := s.store.Entities(ctx, out.Query.EntityKeys)
		if err != nil {
			return out, fmt.Errorf("search: entities: %w", err)
		}
		out.Entities = ents
	}
	sq := out.Query.StoreQuery()
	sq.EntityKeys = nil
	for _, e := range out.Entities {
		sq.EntityKeys = append(sq.EntityKeys, e.Key)
	}
	if len(sq.Terms) == 0 && len(sq.EntityKeys) == 0 {
		return out, nil
	}
	sq.Language, sq.From, sq.To = f.Language, f.From, f.To
	sq.Limit, sq.Offset = limit, offset
	res, err := s.store.Search(ctx, sq)
	if err != nil {
		return out, fmt.Errorf("search: %w", err)
	}
	out.Total, out.Stories = res.Total, res.Stories
	for _, r := range res.Articles {
		a, err := s.store.Article(ctx, r.ID)
		if err != nil {
			return out, fmt.Errorf("search: article %d: %w", r.ID, err)
		}
		out.Hits = append(out.Hits, hit{ArticleRow: r, Title: s.search.Highlight(r.Title, out.Query),
			Snippet: s.search.Snippet(a.Text, out.Query, snippetRunes)})
	}
	return out, nil
}

// searchPage is what the search template shows.
type searchPage struct {
	searchResult
	Text      string
	Filters   filters
	Searched  bool
	Page      int
	Offset    int
	Languages []language
}

// handleSearch searches across languages and scripts and shows the
// matching stories and articles with highlighted snippets.
func (s *server) handleSearch(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	text, err := parseQuery(q)
	if err != nil {
		return err
	}
	f, err := parseFilters(q)
	if err != nil {
		return err
	}
	page, err := parsePage(q)
	if err != nil {
		return err
	}
	p := searchPage{Text: text, Filters: f, Page: page, Offset: (page - 1) * pageSize, Languages: languageOptions()}
	data := pageData{Title: "Search", Query: text}
	if text != "" {
		p.Searched = true
		if p.searchResult, err = s.runSearch(r.Context(), text, f, pageSize, p.Offset); err != nil {
			return err
		}
		v := f.values()
		v.Del("entity")
		v.Set("q", text)
		data.Title = "Search: " + text
		data.Feed = "/search/feed.atom?" + v.Encode()
		apiQuery := cloneValues(v)
		apiQuery.Set("limit", strconv.Itoa(pageSize))
		apiQuery.Set("offset", strconv.Itoa(p.Offset))
		data.JSON = "/api/v1/search?" + apiQuery.Encode()
		if page > 1 {
			data.Prev = pageLink("/search", v, page-1)
		}
		if p.Offset+len(p.Hits) < p.Total {
			data.Next = pageLink("/search", v, page+1)
		}
	}
	data.Body = p
	s.render(w, r, http.StatusOK, "search", data)
	return nil
}

func fragments(fs []search.Fragment) []api.Fragment {
	out := make([]api.Fragment, len(fs))
	for i, f := range fs {
		out[i] = api.Fragment{Text: f.Text, Match: f.Match}
	}
	return out
}

// handleAPISearch answers what the search page shows.
func (s *server) handleAPISearch(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	text, f, err := parseSearch(q)
	if err != nil {
		return err
	}
	limit, offset, err := parseLimits(q, pageSize)
	if err != nil {
		return err
	}
	res, err := s.runSearch(r.Context(), text, f, limit, offset)
	if err != nil {
		return err
	}
	out := api.SearchResult{Query: text, Entities: api.Convert(res.Entities, api.EntityOf), Total: res.Total,
		Stories: api.Convert(res.Stories, api.StoryOf), Articles: []api.Hit{}, Limit: limit, Offset: offset,
		NextOffset: nextOffset(offset+len(res.Hits) < res.Total, offset, limit)}
	for _, h := range res.Hits {
		out.Articles = append(out.Articles, api.Hit{Article: api.ArticleOf(h.ArticleRow),
			TitleFragments: fragments(h.Title), Snippet: fragments(h.Snippet)})
	}
	s.writeJSON(w, r, http.StatusOK, out)
	return nil
}
