package xlang

import (
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
)

// Building a language's table from its dictionaries takes seconds (German:
// about 3 s); a table once built is kept in the user's cache directory and
// read back in a fraction of that by later runs, from the cache directory
// the caller names (Options.CacheDir). A cached table is used
// only by the same storyline executable over the same dictionary files:
// its name hashes both, so a new build or a new dictionary builds afresh.
// The cache is best effort: when it cannot be read or written, the table
// is built from the dictionaries as without it.

// cachedTable is a table as the cache stores it.
type cachedTable struct {
	Concepts []string
	Keys     map[string]uint64
}

// cacheFile names the cache file of a language's table in dir, or "" when
// there is no cache directory.
func (ld *langDict) cacheFile(dir, lang string) string {
	if dir == "" {
		return ""
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	h := sha256.New()
	files := []string{exe, ld.cedict}
	for _, group := range [][]dictFile{ld.forward, ld.reverse, ld.pivot} {
		for _, f := range group {
			files = append(files, f.index, f.data)
		}
	}
	for _, f := range files {
		if f == "" {
			continue
		}
		info, err := os.Stat(f)
		if err != nil {
			return ""
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00", f, info.Size(), info.ModTime().UnixNano())
	}
	return filepath.Join(dir, lang+"-"+hex.EncodeToString(h.Sum(nil))[:16]+".gob")
}

// readCache reads a cached table.
func readCache(path string) (*table, bool) {
	if path == "" {
		return nil, false
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var c cachedTable
	if err := gob.NewDecoder(f).Decode(&c); err != nil {
		return nil, false
	}
	return &table{concepts: c.Concepts, keys: c.Keys}, true
}

// writeCache stores a table, replacing the language's older cache files.
func writeCache(path, lang string, t *table) error {
	if path == "" || t == nil {
		return nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("dictionary cache: %w", err)
	}
	if old, err := filepath.Glob(filepath.Join(dir, lang+"-*.gob")); err == nil {
		for _, o := range old {
			os.Remove(o)
		}
	}
	tmp, err := os.CreateTemp(dir, lang+"-*.tmp")
	if err != nil {
		return fmt.Errorf("dictionary cache: %w", err)
	}
	err = gob.NewEncoder(tmp).Encode(cachedTable{Concepts: t.concepts, Keys: t.keys})
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("dictionary cache: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("dictionary cache: %w", err)
	}
	return nil
}
