// Package restest gives tests the resources the command line would build
// by default: the installed dictionaries (when there are any), their tables
// cached in the user's cache directory, and caches of the default size.
// They are built once per test binary.
package restest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/xlang"
)

var shared = sync.OnceValues(func() (*resources.Set, error) {
	return resources.New(context.Background(), Config())
})

// Config returns the configuration of the shared resources, for a test
// that builds its own with a setting changed.
func Config() resources.Config {
	c := resources.Config{CacheEntries: resources.DefaultCacheEntries}
	if fi, err := os.Stat(xlang.DefaultDir); err == nil && fi.IsDir() {
		c.DictDir = xlang.DefaultDir
	}
	if dir, err := os.UserCacheDir(); err == nil {
		c.DictCacheDir = filepath.Join(dir, "storyline", "xlang")
	}
	return c
}

// Get returns the shared resources, failing tb when they cannot be built.
func Get(tb testing.TB) *resources.Set {
	tb.Helper()
	res, err := shared()
	if err != nil {
		tb.Fatal(err)
	}
	return res
}
