package web

import (
	"context"
	"fmt"
	"net/http"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/article"
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

// loadArticle gathers what is shown of an article.
func (s *server) loadArticle(ctx context.Context, id int64) (articleView, error) {
	a, err := s.store.Article(ctx, id)
	if err != nil {
		return articleView{}, fmt.Errorf("article %d: %w", id, err)
	}
	v := articleView{Article: a}
	if v.Facts, err = s.store.Facts(ctx, id); err != nil {
		return v, fmt.Errorf("article %d: facts: %w", id, err)
	}
	row, err := s.store.ArticleRow(ctx, id)
	if err != nil {
		return v, fmt.Errorf("article %d: %w", id, err)
	}
	v.Row = &row
	d, err := s.store.Story(ctx, row.StoryID)
	if err != nil && !isNotFound(err) {
		return v, fmt.Errorf("article %d: story: %w", id, err)
	}
	if err == nil {
		v.Story = &d.StorySummary
		l, err := storyLabels(ctx, s.store, d.ArticleList)
		if err != nil {
			return v, fmt.Errorf("article %d: story: %w", id, err)
		}
		v.Row.Evidence = l.evidence(v.Row.Evidence, v.Row.Language)
	}
	return v, nil
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
	// Source names where the article came from (api.SourceLabel), never
	// the server's folders.
	Source string
}

// handleArticle shows an article's clean text with its entities and
// quotes marked, its metadata and its story.
func (s *server) handleArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r.PathValue("id"), "article")
	if err != nil {
		return err
	}
	v, err := s.loadArticle(r.Context(), id)
	if err != nil {
		return articleError(err)
	}
	p := articlePage{articleView: v, Original: api.HTTPURL(v.URL), Lang: langAttr(v.Language),
		Source: api.SourceLabel(v.Path)}
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

// handleAPIArticle answers what the article page shows.
func (s *server) handleAPIArticle(w http.ResponseWriter, r *http.Request) error {
	id, err := parseID(r.PathValue("id"), "article")
	if err != nil {
		return err
	}
	v, err := s.loadArticle(r.Context(), id)
	if err != nil {
		return articleError(err)
	}
	row := store.ArticleRow{ID: v.ID}
	if v.Row != nil {
		row = *v.Row
	}
	s.writeJSON(w, r, http.StatusOK, api.ArticleDetailOf(v.Article, v.Facts, row, v.Story))
	return nil
}
