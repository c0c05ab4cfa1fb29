package resources

import (
	"context"
	"path/filepath"
	"testing"
)

func TestNew(t *testing.T) {
	ctx := context.Background()
	res, err := New(ctx, Config{CacheEntries: 10})
	if err != nil {
		t.Fatal(err)
	}
	if res.Detector == nil || res.Dictionary == nil || res.Places == nil || res.Entities == nil || res.Search == nil {
		t.Fatalf("a resource is missing: %+v", res)
	}
	if got := res.Dictionary.Languages(); len(got) != 0 {
		t.Errorf("dictionaries %v without a directory", got)
	}
	if ents, _ := res.Entities.Find("en", "", "Qassem Soleimani was killed near Baghdad."); len(ents) == 0 {
		t.Error("the entity finder finds nothing")
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
