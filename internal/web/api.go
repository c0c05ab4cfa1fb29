package web

import (
	"context"
	_ "embed"
	"net/http"
	"sort"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// The JSON API under /api/v1 answers with the types below. Field names
// are snake_case and stable; the lists of a response are never null (those
// inside an entity's facts or a score may be); times are RFC 3339, or
// "YYYY-MM-DD" when only the day is known, and left out when unknown.

// storyJSON is a story in a list.
type storyJSON struct {
	ID        int64    `json:"id"`
	Title     string   `json:"title"`
	Articles  int      `json:"articles"`
	Languages []string `json:"languages"`
	Outlets   []string `json:"outlets"`
	First     string   `json:"first,omitempty"`
	Last      string   `json:"last,omitempty"`
	// Activity counts the dated articles per period from first to last.
	Activity []int `json:"activity,omitempty"`
}

// convert applies f to every element of in; never nil, so that JSON lists
// are [] rather than null.
func convert[T, U any](in []T, f func(T) U) []U {
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

func toStoryJSON(s store.StorySummary) storyJSON {
	return storyJSON{ID: s.ID, Title: s.Title, Articles: s.Articles, Languages: nonNil(s.Languages),
		Outlets: nonNil(s.Outlets), First: article.FormatDate(s.First, false),
		Last: article.FormatDate(s.Last, false), Activity: s.Activity}
}

// articleJSON is an article in a list.
type articleJSON struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Language  string `json:"language"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	// URL is the original's address, given only when it is http(s).
	URL string `json:"url,omitempty"`
	// Path is the file the article was ingested from.
	Path    string `json:"path,omitempty"`
	StoryID int64  `json:"story_id,omitempty"`
	// Evidence is why the article joined its story.
	Evidence *story.Score `json:"evidence,omitempty"`
}

func toArticleJSON(r store.ArticleRow) articleJSON {
	return articleJSON{ID: r.ID, Title: r.Title, Language: r.Language,
		Published: article.FormatDate(r.Published, r.DateOnly), Outlet: r.Outlet, URL: httpURL(r.URL),
		Path: r.Path, StoryID: r.StoryID, Evidence: r.Evidence}
}

// entityJSON is an entity with its written forms.
type entityJSON struct {
	Key  string `json:"key"`
	Name string `json:"name"`
	Type string `json:"type"`
	// Articles counts the articles that name it; Mentions its mentions.
	Articles int           `json:"articles"`
	Mentions int           `json:"mentions"`
	Variants []variantJSON `json:"variants"`
}

// variantJSON is one written form of an entity.
type variantJSON struct {
	Text     string `json:"text"`
	Language string `json:"language"`
	Script   string `json:"script"`
	Articles int    `json:"articles"`
}

func toEntityJSON(e store.EntitySummary) entityJSON {
	out := entityJSON{Key: e.Key, Name: e.Name, Type: e.Type, Articles: e.Articles, Mentions: e.Mentions,
		Variants: []variantJSON{}}
	for _, v := range e.Variants {
		out.Variants = append(out.Variants, variantJSON{Text: v.Text, Language: v.Language,
			Script: scriptOf(v.Text), Articles: v.Articles})
	}
	return out
}

// variantRow is a written form of an entity as the pages list it.
type variantRow struct {
	store.Variant
	Script string
}

// variantRows orders an entity's forms by language, then script, then
// use.
func variantRows(vs []store.Variant) []variantRow {
	out := make([]variantRow, len(vs))
	for i, v := range vs {
		out[i] = variantRow{Variant: v, Script: scriptOf(v.Text)}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Language != b.Language {
			return languageName(a.Language) < languageName(b.Language)
		}
		if a.Script != b.Script {
			return a.Script < b.Script
		}
		return a.Articles > b.Articles
	})
	return out
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// healthJSON is the body of /healthz.
type healthJSON struct {
	Status string `json:"status"`
	Store  string `json:"store"`
}

// handleHealth reports whether the server can read its store.
func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
	defer cancel()
	if _, err := s.store.LastStoryID(ctx); err != nil {
		s.log.Error("health check: store unreachable", "err", err)
		s.writeJSON(w, r, http.StatusServiceUnavailable, healthJSON{Status: "unavailable", Store: "unreachable"})
		return nil
	}
	s.writeJSON(w, r, http.StatusOK, healthJSON{Status: "ok", Store: "ok"})
	return nil
}

// openAPI describes every route; a test holds it to the route list.
//
//go:embed openapi.json
var openAPI []byte

// handleOpenAPI serves the OpenAPI 3.1 document of the API.
func (s *server) handleOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	if r.Method != http.MethodHead {
		w.Write(openAPI)
	}
	return nil
}
