package web

import (
	"context"
	_ "embed"
	"net/http"
	"sort"

	"github.com/storyline/storyline/internal/api"
	"github.com/storyline/storyline/internal/store"
)

// The JSON API under /api/v1 answers with the documents of package api,
// which the CLI's JSON output shares and openapi.json describes.

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
		out[i] = variantRow{Variant: v, Script: api.Script(v.Text)}
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

// handleHealth reports whether the server can read its store.
func (s *server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), healthTimeout)
	defer cancel()
	if _, err := s.store.Stories(ctx, store.StoryQuery{Limit: 1}); err != nil {
		s.log.Error("health check: store unreachable", "err", err)
		s.writeJSON(w, r, http.StatusServiceUnavailable, api.Health{Status: "unavailable", Store: "unreachable"})
		return nil
	}
	s.writeJSON(w, r, http.StatusOK, api.Health{Status: "ok", Store: "ok"})
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
