package resources

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/article"
)

func TestNew(t *testing.T) {
	ctx := context.Background()
	res, err := New(ctx, Config{CacheEntries: 10})
	if err != nil {
		t.Fatal(err)
	}
	if res.Detector == nil || res.Dictionary == nil || res.Places == nil || res.Analyzer == nil || res.Search == nil {
		t.Fatalf("a resource is missing: %+v", res)
	}
	if got := res.Dictionary.Languages(); len(got) != 0 {
		t.Errorf("dictionaries %v without a directory", got)
	}
	r, err := res.Analyzer.Article(context.Background(), article.Article{Language: "en", Text: "Qassem Soleimani was killed near Baghdad."})
	if err != nil || len(r.Facts.Entities) == 0 {
		t.Errorf("the analyzer finds no entity: %v", err)
	}
	if q := res.Search.Parse("Damascus"); len(q.EntityKeys) == 0 {
		t.Error("the searcher names no entity for Damascus")
	}
}

func TestNewFails(t *testing.T) {
	ctx := context.Background()
	if _, err := New(ctx, Config{CacheEntries: -1}); err == nil {
		t.Error("a negative cache size was taken")
	}
	if _, err := New(ctx, Config{DictDir: filepath.Join(t.TempDir(), "none")}); err == nil {
		t.Error("a missing dictionary directory was taken")
	}
	if _, err := New(ctx, Config{EntityModels: filepath.Join(t.TempDir(), "none")}); err == nil {
		t.Error("a missing entity model directory was taken")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := New(cancelled, Config{DictDir: t.TempDir()}); err == nil {
		t.Error("a done context was taken")
	}
}

// TestBadEntityModel checks that a model file that is no model leaves its
// language to the rules, and is logged once.
func TestBadEntityModel(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "en.model"), []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	var logged bytes.Buffer
	res, err := New(context.Background(), Config{EntityModels: dir, Logger: slog.New(slog.NewTextHandler(&logged, nil))})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		r, err := res.Analyzer.Article(context.Background(), article.Article{Language: "en", Text: "Qassem Soleimani was killed near Baghdad."})
		if err != nil || len(r.Facts.Entities) == 0 {
			t.Errorf("the rules find no entity: %v", err)
		}
	}
	if n := strings.Count(logged.String(), "entity model unusable"); n != 1 {
		t.Errorf("logged %d times, want once:\n%s", n, logged.String())
	}
}
