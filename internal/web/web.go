// Package web serves storyline's faces on the web: the pages an analyst
// reads (stories, articles, entities, search), the JSON API under /api/v1
// that mirrors them, Atom feeds to subscribe to a story, an entity or a
// search, and a health check.
//
// Pages are rendered on the server with html/template; templates, the
// style sheet and the OpenAPI document are embedded in the binary and
// nothing is loaded from another host. Article content is untrusted: it is
// only ever inserted as escaped text, charts are drawn as SVG in Go, links
// to originals are kept only when they are http(s), and every response
// carries a strict Content-Security-Policy that allows no script at all.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/search"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
)

// Config configures the web server.
type Config struct {
	// Store is what the pages, the feeds and the API show.
	Store store.Store
	// Search analyses the search queries and marks their matches.
	Search *search.Searcher
	// Ingest stores the documents of a source, the bodies posted to the
	// write API (as `storyline ingest` stores files); nil turns the write
	// API off.
	Ingest func(ctx context.Context, src source.Source) (ingest.Summary, error)
	// Token authorises the write API; empty turns it off.
	Token string
	// Logger receives failed requests (and, at debug level, every
	// request); nil discards them.
	Logger *slog.Logger
	// CacheBytes caps the responses kept to answer the same requests
	// again until the store's version changes: 0 means 64 MiB, a
	// negative number turns the cache off.
	CacheBytes int64
}

// server holds what the handlers share.
type server struct {
	store  store.Store
	search *search.Searcher
	ingest func(ctx context.Context, src source.Source) (ingest.Summary, error)
	token  string
	log    *slog.Logger
	pages  *pages
	assets *assets
	// cache keeps responses; nil when it is off.
	cache *responseCache
	// mux routes requests; the fallback routes ask it which methods a
	// path has.
	mux *http.ServeMux
	// ingestMu serialises the ingests of the write API: the pipeline
	// clusters in input order, so two at once would race for story ids.
	ingestMu sync.Mutex
}

// Limits on what a request may ask for.
const (
	// maxQueryBytes caps a request's raw query string.
	maxQueryBytes = 4096
	// maxIngestBytes caps the body of POST /api/v1/articles.
	maxIngestBytes = 8 << 20
	// healthTimeout bounds the store check of /healthz.
	healthTimeout = 2 * time.Second
	// readTimeout bounds the work of a request that reads; ingestTimeout
	// that of a write, which analyses up to maxIngestBytes of articles.
	readTimeout   = 30 * time.Second
	ingestTimeout = 10 * time.Minute
)

// New returns the handler serving the UI, the API, the feeds and /healthz.
// The answers to GET and HEAD requests of pages, feeds and the API are
// kept and served again until the store's version changes (see
// Config.CacheBytes).
func New(cfg Config) (http.Handler, error) {
	if cfg.Store == nil {
		return nil, errors.New("web: no store")
	}
	if cfg.Search == nil {
		return nil, errors.New("web: no searcher")
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a, err := loadAssets()
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	p, err := loadPages(a)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	s := &server{store: cfg.Store, search: cfg.Search, ingest: cfg.Ingest, token: cfg.Token,
		log: log.With("subsystem", "web"), pages: p, assets: a}
	if cfg.CacheBytes >= 0 {
		size := cfg.CacheBytes
		if size == 0 {
			size = defaultCacheBytes
		}
		s.cache = newResponseCache(cfg.Store.Version, size)
	}
	s.mux = http.NewServeMux()
	for _, rt := range s.routes() {
		s.mux.Handle(rt.pattern, rt.handler)
	}
	return s.middleware(s.cached(s.mux)), nil
}

// route is one pattern the server answers.
type route struct {
	// pattern is the http.ServeMux pattern, method included.
	pattern string
	handler http.Handler
}

// routes lists every route; the OpenAPI document describes each of them.
func (s *server) routes() []route {
	return []route{
		{"GET /{$}", s.page(s.handleHome)},
		{"GET /stories/{id}", s.page(s.handleStory)},
		{"GET /stories/{id}/feed.atom", s.page(s.handleStoryFeed)},
		{"GET /articles/{id}", s.page(s.handleArticle)},
		{"GET /entities/{key}", s.page(s.handleEntity)},
		{"GET /entities/{key}/feed.atom", s.page(s.handleEntityFeed)},
		{"GET /search", s.page(s.handleSearch)},
		{"GET /search/feed.atom", s.page(s.handleSearchFeed)},
		{"GET /static/{file}", s.page(s.handleStatic)},
		{"GET /healthz", s.api(s.handleHealth)},
		{"GET /api/v1/stories", s.api(s.handleAPIStories)},
		{"GET /api/v1/stories/{id}", s.api(s.handleAPIStory)},
		{"GET /api/v1/articles/{id}", s.api(s.handleAPIArticle)},
		{"POST /api/v1/articles", s.api(s.handleAPIIngest)},
		{"GET /api/v1/entities/{key}", s.api(s.handleAPIEntity)},
		{"GET /api/v1/search", s.api(s.handleAPISearch)},
		{"GET /api/v1/openapi.json", s.api(s.handleOpenAPI)},
		// Everything else is a 405 or a 404 in the format its prefix
		// promises.
		{fallbackAPI, s.api(s.noRoute)},
		{fallbackPage, s.page(s.noRoute)},
	}
}

// The patterns that take what no other route takes.
const (
	fallbackAPI  = "/api/"
	fallbackPage = "/"
)

// noRoute answers a request no route took: 405, with the methods the path
// allows, when a route takes the path with another method; else 404.
func (s *server) noRoute(w http.ResponseWriter, r *http.Request) error {
	var allowed []string
	for _, m := range []string{http.MethodGet, http.MethodHead, http.MethodPost} {
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != fallbackAPI && pattern != fallbackPage {
			allowed = append(allowed, m)
		}
	}
	if len(allowed) == 0 {
		return errNotFound("There is no such page.")
	}
	w.Header().Set("Allow", strings.Join(allowed, ", "))
	return &httpError{status: http.StatusMethodNotAllowed,
		msg: fmt.Sprintf("%s is not allowed here; use %s.", r.Method, strings.Join(allowed, " or "))}
}

// contentSecurityPolicy allows styles and images from this server only,
// and no script, frame, plugin or connection at all.
const contentSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// middleware sets the security headers on every response, refuses
// oversized query strings, bounds the time a request may take, recovers
// from panics and logs each request.
func (s *server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				if !rec.wrote {
					http.Error(rec, "internal server error", http.StatusInternalServerError)
				}
			}
			s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
				"duration", time.Since(start))
		}()
		if len(r.URL.RawQuery) > maxQueryBytes {
			http.Error(rec, "query string too long", http.StatusRequestURITooLong)
			return
		}
		timeout := readTimeout
		if r.Method == http.MethodPost {
			timeout = ingestTimeout
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		next.ServeHTTP(rec, r.WithContext(ctx))
	})
}

// statusRecorder remembers the status a handler answered with.
type statusRecorder struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (w *statusRecorder) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }
