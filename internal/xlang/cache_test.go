package xlang

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/storyline/storyline/internal/lang"
)

// TestCache checks that a table built once is stored in the user's cache
// directory and read back, with the same concepts, by the next Dictionary.
func TestCache(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	stem := func(w string) string {
		for s := range lang.Terms("de", w) {
			return s
		}
		return ""
	}
	first := Load("testdata").Concepts("de", stem("Erdbeben"))
	if len(first) == 0 {
		t.Fatal("no concepts from the stub dictionary")
	}
	dir, _ := os.UserCacheDir()
	files, _ := filepath.Glob(filepath.Join(dir, "storyline", "xlang", "de-*.gob"))
	if len(files) != 1 {
		t.Fatalf("cache files %v, want one for de", files)
	}
	if got := Load("testdata").Concepts("de", stem("Erdbeben")); !slices.Equal(got, first) {
		t.Errorf("from the cache: %v, want %v", got, first)
	}
	// A damaged cache file is ignored and rebuilt.
	if err := os.WriteFile(files[0], []byte("not gob"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Load("testdata").Concepts("de", stem("Erdbeben")); !slices.Equal(got, first) {
		t.Errorf("after a damaged cache: %v, want %v", got, first)
	}
}
