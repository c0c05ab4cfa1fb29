package web

import (
	"context"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/storyline/storyline/internal/resources/restest"
	"github.com/storyline/storyline/internal/store"
)

// countingStore counts the story reads and the version reads of the store
// it wraps. It can hold the story reads at a gate, fail them, and move the
// version on.
type countingStore struct {
	store.Store
	story, stories, versions atomic.Int64
	// bump is added to the wrapped store's version.
	bump atomic.Int64
	// fail makes Story fail with an internal error.
	fail atomic.Bool
	// gate, when not nil, holds Story until it is closed.
	gate chan struct{}
}

func (s *countingStore) Story(ctx context.Context, id int64) (store.StoryDetail, error) {
	s.story.Add(1)
	if s.gate != nil {
		<-s.gate
	}
	if s.fail.Load() {
		return store.StoryDetail{}, errors.New("disk on fire")
	}
	return s.Store.Story(ctx, id)
}

func (s *countingStore) Stories(ctx context.Context, q store.StoryQuery) ([]store.StorySummary, error) {
	s.stories.Add(1)
	return s.Store.Stories(ctx, q)
}

func (s *countingStore) Version(ctx context.Context) (int64, error) {
	s.versions.Add(1)
	v, err := s.Store.Version(ctx)
	return v + s.bump.Load(), err
}

// cachedServer is a server over the corpus store, counted, with the cache
// of the given size.
func cachedServer(t *testing.T, cacheBytes int64) (http.Handler, *countingStore) {
	t.Helper()
	_, st := corpusServer(t)
	cs := &countingStore{Store: st}
	h, err := New(Config{Store: cs, Search: restest.Get(t).Search, Logger: testLogger(t), CacheBytes: cacheBytes})
	if err != nil {
		t.Fatal(err)
	}
	return h, cs
}

// response is what a client receives.
type response struct {
	status int
	header http.Header
	body   string
}

func fetch(t *testing.T, h http.Handler, method, target string) response {
	t.Helper()
	res := do(t, h, method, target, nil, nil)
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, string(b)}
}

// firstStory is the id of a story of the corpus.
func firstStory(t *testing.T) string {
	t.Helper()
	h, _ := corpusServer(t)
	return strconv.FormatInt(allStories(t, h)[0].ID, 10)
}

func TestCacheServesFromCache(t *testing.T) {
	id := firstStory(t)
	h, cs := cachedServer(t, 0)
	plain, _ := cachedServer(t, -1)
	tests := []struct {
		path  string
		calls *atomic.Int64
		fail  bool
		// cached tells whether the second request is answered from the
		// cache.
		cached bool
	}{
		{"/", &cs.stories, false, true},
		{"/?page=1", &cs.stories, false, true},
		{"/api/v1/stories", &cs.stories, false, true},
		{"/stories/" + id, &cs.story, false, true},
		{"/api/v1/stories/" + id, &cs.story, false, true},
		{"/stories/" + id + "/feed.atom", &cs.story, false, true},
		{"/stories/999999", &cs.story, false, true},
		{"/api/v1/stories/999999", &cs.story, false, true},
		{"/stories/" + id + "?fail", &cs.story, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			cs.fail.Store(tt.fail)
			defer cs.fail.Store(false)
			before := tt.calls.Load()
			miss := fetch(t, h, http.MethodGet, tt.path)
			hit := fetch(t, h, http.MethodGet, tt.path)
			want := int64(2)
			if tt.cached {
				want = 1
			}
			if got := tt.calls.Load() - before; got != want {
				t.Errorf("two GETs read the store %d times, want %d", got, want)
			}
			if tt.fail {
				return
			}
			// The uncached server answers the same, byte for byte.
			direct := fetch(t, plain, http.MethodGet, tt.path)
			for name, got := range map[string]response{"miss": miss, "hit": hit} {
				if !reflect.DeepEqual(got, direct) {
					t.Errorf("%s = %d %v\n%s\nuncached = %d %v\n%s", name, got.status, got.header, clipBody(got.body),
						direct.status, direct.header, clipBody(direct.body))
				}
			}
			if hit.header.Get("Content-Security-Policy") != contentSecurityPolicy || hit.header.Get("X-Frame-Options") != "DENY" {
				t.Errorf("a cached answer lacks the security headers: %v", hit.header)
			}
		})
	}
}

func TestCacheSkips(t *testing.T) {
	h, cs := cachedServer(t, 0)
	for _, path := range []string{"/healthz", "/static/style.css"} {
		before := cs.versions.Load()
		fetch(t, h, http.MethodGet, path)
		if cs.versions.Load() != before {
			t.Errorf("GET %s went through the cache", path)
		}
	}
}

func TestCacheOff(t *testing.T) {
	id := firstStory(t)
	h, cs := cachedServer(t, -1)
	for range 2 {
		if res := fetch(t, h, http.MethodGet, "/stories/"+id); res.status != http.StatusOK {
			t.Fatalf("status %d", res.status)
		}
	}
	if n := cs.story.Load(); n != 2 {
		t.Errorf("two GETs read the story %d times, want 2", n)
	}
	if n := cs.versions.Load(); n != 0 {
		t.Errorf("the version was read %d times, want 0", n)
	}
}

func TestCacheHead(t *testing.T) {
	id := firstStory(t)
	h, cs := cachedServer(t, 0)
	plain, _ := cachedServer(t, -1)
	path := "/stories/" + id
	// A HEAD first fills the cache with the whole page for the GET.
	for _, method := range []string{http.MethodHead, http.MethodGet, http.MethodHead} {
		got, want := fetch(t, h, method, path), fetch(t, plain, method, path)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %d %v (%d bytes), uncached = %d %v (%d bytes)", method,
				got.status, got.header, len(got.body), want.status, want.header, len(want.body))
		}
		if method == http.MethodHead && got.body != "" {
			t.Errorf("HEAD answered a body")
		}
	}
	if n := cs.story.Load(); n != 1 {
		t.Errorf("HEAD, GET, HEAD read the story %d times, want 1", n)
	}
}

// TestCacheVersion runs in a bubble of fake time: the version is read at
// most once per versionCheckEvery, and a new one drops the cache.
func TestCacheVersion(t *testing.T) {
	id := firstStory(t)
	synctest.Test(t, func(t *testing.T) {
		h, cs := cachedServer(t, 0)
		path := "/stories/" + id
		steps := []struct {
			name  string
			do    func()
			story int64
		}{
			{"first GET", func() {}, 1},
			{"GET again", func() {}, 1},
			{"GET after a new version, at once", func() { cs.bump.Add(1) }, 1},
			{"GET after a new version, a check later", func() { time.Sleep(versionCheckEvery) }, 2},
			{"GET again", func() {}, 2},
			{"GET a check later, same version", func() { time.Sleep(versionCheckEvery) }, 2},
		}
		for _, st := range steps {
			st.do()
			if res := fetch(t, h, http.MethodGet, path); res.status != http.StatusOK {
				t.Fatalf("%s: status %d", st.name, res.status)
			}
			if n := cs.story.Load(); n != st.story {
				t.Errorf("%s: %d story reads in all, want %d", st.name, n, st.story)
			}
		}
		if n := cs.versions.Load(); n != 3 {
			t.Errorf("the version was read %d times, want 3 (one per %v)", n, versionCheckEvery)
		}
	})
}

// TestCacheConcurrentMisses holds the story read of the first of many
// identical requests until all have arrived: one computes, all get its
// answer.
func TestCacheConcurrentMisses(t *testing.T) {
	id := firstStory(t)
	synctest.Test(t, func(t *testing.T) {
		h, cs := cachedServer(t, 0)
		cs.gate = make(chan struct{})
		// The first request reads the version; the burst then finds it known.
		fetch(t, h, http.MethodGet, "/")
		const n = 8
		bodies := make([]string, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				method := http.MethodGet
				if i == n-1 {
					method = http.MethodHead
				}
				res := fetch(t, h, method, "/stories/"+id)
				if res.status != http.StatusOK {
					t.Errorf("request %d: status %d", i, res.status)
				}
				bodies[i] = res.body
			})
		}
		synctest.Wait()
		if got := cs.story.Load(); got != 1 {
			t.Errorf("%d requests under way read the story %d times, want 1", n, got)
		}
		close(cs.gate)
		wg.Wait()
		if got := cs.story.Load(); got != 1 {
			t.Errorf("%d requests read the story %d times, want 1", n, got)
		}
		for i, b := range bodies[:n-1] {
			if b != bodies[0] || !strings.Contains(b, "</html>") {
				t.Errorf("request %d got another body (%d bytes)", i, len(b))
			}
		}
		if bodies[n-1] != "" {
			t.Error("the HEAD request got a body")
		}
	})
}

// testCache is a cache of maxBytes over a version that v holds, its
// version read.
func testCache(t *testing.T, maxBytes int64, v *atomic.Int64) *responseCache {
	t.Helper()
	c := newResponseCache(func(context.Context) (int64, error) { return v.Load(), nil }, maxBytes)
	if err := c.refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCacheEviction(t *testing.T) {
	var v atomic.Int64
	c := testCache(t, 100, &v)
	// Each key takes its length plus its body's: 41 bytes for a 40-byte
	// body, so two fit and a third evicts the least recently used.
	steps := []struct {
		key      string
		status   int
		body     int
		computed bool
	}{
		{"a", 200, 40, true},
		{"b", 200, 40, true},
		{"a", 200, 40, false},
		{"c", 200, 40, true}, // evicts b, used less recently than a
		{"a", 200, 40, false},
		{"b", 200, 40, true}, // evicts c
		{"c", 200, 40, true}, // evicts a
		{"b", 200, 40, false},
		{"large", 200, 200, true}, // larger than the cache: not kept
		{"large", 200, 200, true},
		{"b", 200, 40, false},
		{"gone", 404, 10, true},
		{"gone", 404, 10, false},
		{"bad", 400, 10, true},
		{"bad", 400, 10, true},
		{"broken", 500, 10, true},
		{"broken", 500, 10, true},
	}
	for i, st := range steps {
		computed := false
		res := c.do(context.Background(), st.key, func() *cachedResponse {
			computed = true
			return &cachedResponse{status: st.status, header: http.Header{}, body: make([]byte, st.body)}
		})
		if computed != st.computed {
			t.Errorf("step %d (%s): computed = %v, want %v", i, st.key, computed, st.computed)
		}
		if res.status != st.status || len(res.body) != st.body {
			t.Errorf("step %d (%s): %d with %d bytes", i, st.key, res.status, len(res.body))
		}
		if c.size > c.maxBytes {
			t.Errorf("step %d (%s): %d bytes kept, more than %d", i, st.key, c.size, c.maxBytes)
		}
	}
}

// TestCacheDropDuringCompute checks that a response begun before a drop,
// which may show the data as it was, is not kept.
func TestCacheDropDuringCompute(t *testing.T) {
	var v atomic.Int64
	c := testCache(t, 1<<20, &v)
	ctx := context.Background()
	entered, release, done := make(chan struct{}), make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		c.do(ctx, "k", func() *cachedResponse {
			close(entered)
			<-release
			return &cachedResponse{status: 200, body: []byte("old")}
		})
	}()
	<-entered
	v.Add(1)
	c.drop()
	if err := c.refresh(ctx); err != nil {
		t.Fatal(err)
	}
	// A request after the drop does not wait for the stale computation.
	res := c.do(ctx, "k", func() *cachedResponse { return &cachedResponse{status: 200, body: []byte("new")} })
	close(release)
	<-done
	if string(res.body) != "new" {
		t.Errorf("after the drop: %q, want new", res.body)
	}
	res = c.do(ctx, "k", func() *cachedResponse { return &cachedResponse{status: 200, body: []byte("newer")} })
	if string(res.body) != "new" {
		t.Errorf("kept: %q, want new", res.body)
	}
}

func TestCacheVersionError(t *testing.T) {
	fail := errors.New("database is locked")
	c := newResponseCache(func(context.Context) (int64, error) { return 0, fail }, 1<<20)
	if err := c.refresh(context.Background()); !errors.Is(err, fail) {
		t.Fatalf("refresh = %v, want %v", err, fail)
	}
	n := 0
	for range 2 {
		c.do(context.Background(), "k", func() *cachedResponse { n++; return &cachedResponse{status: 200} })
	}
	if n != 2 {
		t.Errorf("with the version unknown, two requests computed %d times, want 2", n)
	}
}
