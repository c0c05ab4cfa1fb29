package web

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/search"
	"github.com/storyline/storyline/internal/store"
)

// articleView is an article with what analysis found in it and the story
// it belongs to.
type articleView struct {
	article.Article
	Facts article.Facts
	// Story is the article's story and Row the article's row in it (with
	// the evidence it joined on); nil when the story cannot be found.
	Story *store.StorySummary
	Row   *store.ArticleRow
}

// loadArticle gathers what is shown of an article. storyHint is the story
// the link came from, if any; it is checked, not trusted.
func (s *server) loadArticle(ctx context.Context, id, storyHint int64) (articleView, error) {
	a, err := s.store.Article(ctx, id)
	if err != nil {
		return articleView{}, fmt.Errorf("article %d: %w", id, err)
	}
	v := articleView{Article: a}
	if v.Facts, err = s.store.Facts(ctx, id); err != nil {
		return v, fmt.Errorf("article %d: facts: %w", id, err)
	}
	if v.Story, v.Row, err = s.findStory(ctx, a, v.Facts, storyHint); err != nil {
		return v, fmt.Errorf("article %d: story: %w", id, err)
	}
	return v, nil
}

// storySearchLimit caps the searches findStory runs.
const storySearchLimit = 100

// findStory finds the story an article belongs to. The store tells an
// article's story only in article rows, so the story the link came from
// is checked first. Without one, the article is looked up among those
// that name its rarest entity, or else those that hold the words of its
// title, in its language and around its date.
func (s *server) findStory(ctx context.Context, a article.Article, f article.Facts, hint int64) (*store.StorySummary, *store.ArticleRow, error) {
	if hint > 0 {
		sum, row, err := s.storyRow(ctx, hint, a.ID)
		if err != nil || row != nil {
			return sum, row, err
		}
	}
	id, err := s.searchStory(ctx, a, f)
	if err != nil || id == 0 || id == hint {
		return nil, nil, err
	}
	return s.storyRow(ctx, id, a.ID)
}

// storyRow returns a story and an article's row in it; nil when the
// story does not exist or does not hold the article.
func (s *server) storyRow(ctx context.Context, storyID, articleID int64) (*store.StorySummary, *store.ArticleRow, error) {
	d, err := s.store.Story(ctx, storyID)
	if isNotFound(err) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	for i := range d.ArticleList {
		if d.ArticleList[i].ID == articleID {
			return &d.StorySummary, &d.ArticleList[i], nil
		}
	}
	return nil, nil, nil
}

// searchStory searches for an article and returns its story id, 0 when
// the searches miss it.
func (s *server) searchStory(ctx context.Context, a article.Article, f article.Facts) (int64, error) {
	var queries []store.SearchQuery
	keys := make([]string, len(f.Entities))
	for i, e := range f.Entities {
		keys[i] = e.Key
	}
	if len(keys) > 0 {
		ents, err := s.store.Entities(ctx, keys)
		if err != nil {
			return 0, err
		}
		if len(ents) > 0 {
			rarest := ents[0]
			for _, e := range ents[1:] {
				if e.Articles < rarest.Articles {
					rarest = e
				}
			}
			queries = append(queries, store.SearchQuery{EntityKeys: []string{rarest.Key}})
		}
	}
	if terms := search.Parse(a.Title).StoreQuery().Terms; len(terms) > 0 {
		queries = append(queries, store.SearchQuery{Terms: terms})
	}
	for _, sq := range queries {
		sq.Language, sq.Limit = a.Language, storySearchLimit
		if !a.Published.IsZero() {
			sq.From, sq.To = a.Published.Add(-48*time.Hour), a.Published.Add(48*time.Hour)
		}
		res, err := s.store.Search(ctx, sq)
		if err != nil {
			return 0, err
		}
		for _, r := range res.Articles {
			if r.ID == a.ID {
				return r.StoryID, nil
			}
		}
	}
	return 0, nil
}

// parseStoryHint reads the optional story parameter of an article link.
func parseStoryHint(r *http.Request) int64 {
	id, err := strconv.ParseInt(r.URL.Query().Get("story"), 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
}

// articlePage is what the article template shows.
type articlePage struct {
	articleView
	// Paragraphs are the body's paragraphs, entity mentions and quotes
	// marked.
	Paragraphs [][]segment
	// Original is the link to the original when it is http(s).
	Original string
	Lang     string
}

// handleArticle shows an article's clean text with its entities and
// quotes marked, its metadata and its story.
func (s *server) handleArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r.PathValue("id"), "article")
	if err != nil {
		return err
	}
	v, err := s.loadArticle(r.Context(), id, parseStoryHint(r))
	if err != nil {
		return articleError(err)
	}
	p := articlePage{articleView: v, Original: httpURL(v.URL), Lang: langAttr(v.Language)}
	for _, para := range v.Article.Paragraphs() {
		p.Paragraphs = append(p.Paragraphs, markParagraph(para, v.Facts.Entities, v.Facts.Quotes))
	}
	s.render(w, r, http.StatusOK, "article", pageData{
		Title: v.Title,
		JSON:  "/api/v1/articles/" + r.PathValue("id"),
		Body:  p,
	})
	return nil
}

func articleError(err error) error {
	if isNotFound(err) {
		return errNotFound("There is no such article.")
	}
	return err
}

// articleDetailJSON is the body of GET /api/v1/articles/{id}.
type articleDetailJSON struct {
	articleJSON
	Authors []string  `json:"authors"`
	Text    string    `json:"text"`
	Facts   factsJSON `json:"facts"`
	// Story is the article's story, when it can be found.
	Story *storyJSON `json:"story"`
}

// factsJSON is what analysis found in an article.
type factsJSON struct {
	Entities []article.Entity `json:"entities"`
	Dates    []article.Date   `json:"dates"`
	Quotes   []article.Quote  `json:"quotes"`
	Sources  []article.Source `json:"sources"`
}

// handleAPIArticle answers what the article page shows.
func (s *server) handleAPIArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r.PathValue("id"), "article")
	if err != nil {
		return err
	}
	v, err := s.loadArticle(r.Context(), id, parseStoryHint(r))
	if err != nil {
		return articleError(err)
	}
	row := store.ArticleRow{ID: v.ID, Path: v.Path, URL: v.URL, Title: v.Title, Language: v.Language,
		Published: v.Published, DateOnly: v.DateOnly, Outlet: v.Outlet}
	if v.Row != nil {
		row = *v.Row
	}
	out := articleDetailJSON{articleJSON: toArticleJSON(row), Authors: nonNil(v.Authors), Text: v.Text,
		Facts: factsJSON{Entities: nonNil(v.Facts.Entities), Dates: nonNil(v.Facts.Dates),
			Quotes: nonNil(v.Facts.Quotes), Sources: nonNil(v.Facts.Sources)}}
	if v.Story != nil {
		st := toStoryJSON(*v.Story)
		out.Story = &st
	}
	s.writeJSON(w, r, http.StatusOK, out)
	return nil
}
