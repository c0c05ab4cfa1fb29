package web

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/store/sqlite"
)

// examplesDir is the bundled example corpus; seedsDir holds the shared
// seed articles, which only some machines have.
var (
	examplesDir = filepath.Join("..", "..", "examples", "articles")
	seedsDir    = filepath.Join("..", "..", "..", "shared", "seeds")
)

// corpus is a store filled once with the example corpus (and the seeds
// when present) and shared by the read-only tests.
var corpus struct {
	once    sync.Once
	dir     string
	st      store.Store
	handler http.Handler
	seeds   bool
	err     error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if corpus.st != nil {
		corpus.st.Close()
	}
	if corpus.dir != "" {
		os.RemoveAll(corpus.dir)
	}
	os.Exit(code)
}

// openStore opens a new SQLite store in dir.
func openStore(ctx context.Context, dir string) (store.Store, error) {
	return sqlite.Open(ctx, filepath.Join(dir, "storyline.db"))
}

// ingester ingests into st as `storyline ingest` does.
func ingester(t testing.TB, st store.Store) func(ctx context.Context, src source.Source) (ingest.Summary, error) {
	res := restest.Get(t)
	return func(ctx context.Context, src source.Source) (ingest.Summary, error) {
		return ingest.New(st, res, ingest.Options{}).Ingest(ctx, src)
	}
}

// testLogger logs to the test's output.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// corpusServer returns the handler over the shared corpus store.
func corpusServer(t *testing.T) (http.Handler, store.Store) {
	t.Helper()
	corpus.once.Do(func() {
		ctx := context.Background()
		if corpus.dir, corpus.err = os.MkdirTemp("", "storyline-web-test-"); corpus.err != nil {
			return
		}
		if corpus.st, corpus.err = openStore(ctx, corpus.dir); corpus.err != nil {
			return
		}
		paths := []string{examplesDir}
		if fi, err := os.Stat(seedsDir); err == nil && fi.IsDir() {
			paths = append(paths, seedsDir)
			corpus.seeds = true
		}
		var sum ingest.Summary
		if sum, corpus.err = ingest.New(corpus.st, restest.Get(t), ingest.Options{}).Run(ctx, paths); corpus.err != nil {
			return
		}
		if sum.Ingested == 0 {
			corpus.err = io.ErrUnexpectedEOF
			return
		}
		corpus.handler, corpus.err = New(Config{Store: corpus.st, Search: restest.Get(t).Search})
	})
	if corpus.err != nil {
		t.Fatalf("corpus: %v", corpus.err)
	}
	return corpus.handler, corpus.st
}

// do sends a request to h and returns the response.
func do(t *testing.T, h http.Handler, method, target string, body io.Reader, header http.Header) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for k, vs := range header {
		req.Header[k] = vs
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

// get fetches target and returns the response with its body read.
func get(t *testing.T, h http.Handler, target string) (*http.Response, string) {
	t.Helper()
	res := do(t, h, http.MethodGet, target, nil, nil)
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

// getJSON fetches target, checks its status and decodes the body into v.
func getJSON(t *testing.T, h http.Handler, target string, status int, v any) {
	t.Helper()
	res, body := get(t, h, target)
	if res.StatusCode != status {
		t.Fatalf("GET %s: status %d, want %d\n%s", target, res.StatusCode, status, clipBody(body))
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q, want JSON", target, ct)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v\n%s", target, err, clipBody(body))
	}
}

func clipBody(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}
