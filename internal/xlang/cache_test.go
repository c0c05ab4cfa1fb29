package xlang

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang"
)

// TestCache checks that a table built once is stored in the cache
// directory and read back, with the same concepts, by the next Dictionary.
func TestCache(t *testing.T) {
	dir := t.TempDir()
	load := func() *Dictionary {
		d, err := Load(context.Background(), Options{Dir: "testdata", CacheDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	stem := func(w string) string {
		for s := range lang.Terms("de", w) {
			return s
		}
		return ""
	}
	first := concepts(load(), "de", stem("Erdbeben"))
	if len(first) == 0 {
		t.Fatal("no concepts from the stub dictionary")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "de-*.gob"))
	if len(files) != 1 {
		t.Fatalf("cache files %v, want one for de", files)
	}
	if got := concepts(load(), "de", stem("Erdbeben")); !slices.Equal(got, first) {
		t.Errorf("from the cache: %v, want %v", got, first)
	}
	// A damaged cache file is ignored and rebuilt.
	if err := os.WriteFile(files[0], []byte("not gob"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := concepts(load(), "de", stem("Erdbeben")); !slices.Equal(got, first) {
		t.Errorf("after a damaged cache: %v, want %v", got, first)
	}
}
