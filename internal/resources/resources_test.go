package resources

import (
	"context"
	"path/filepath"
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
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := New(cancelled, Config{DictDir: t.TempDir()}); err == nil {
		t.Error("a done context was taken")
	}
}
