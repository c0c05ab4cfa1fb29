package web

import (
	"bytes"
	"container/list"
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Rendering a story page or a search takes tens to hundreds of
// milliseconds on a large store, while the data changes only when
// articles are ingested. So the answers to GET and HEAD requests for
// pages, feeds and the API are kept whole and served again until the
// store's version changes.
const (
	// defaultCacheBytes caps the cached responses when Config.CacheBytes
	// is zero.
	defaultCacheBytes = 64 << 20
	// versionCheckEvery is how often, at most, the store's version is
	// read: a burst of requests reads it once, and a change made by
	// another writer (the watcher, another process) is seen this late at
	// worst.
	versionCheckEvery = 250 * time.Millisecond
	// versionTimeout bounds a read of the store's version.
	versionTimeout = 2 * time.Second
)

// cachedResponse is a response as a handler wrote it: the status, the
// headers it set and the body. It is never changed once made, so that
// any number of requests may write it out at once.
type cachedResponse struct {
	status int
	header http.Header
	body   []byte
}

// storable reports a response worth keeping: a success, or a 404, which
// stays true until the data changes too.
func (c *cachedResponse) storable() bool {
	return c.status >= 200 && c.status < 300 || c.status == http.StatusNotFound
}

// writeTo answers with the response, without its body to a HEAD request
// as the handlers do. The header values are shared, not copied: they
// come from http.Header.Clone, whose slices are full, so that adding to
// one reallocates it.
func (c *cachedResponse) writeTo(w http.ResponseWriter, head bool) {
	h := w.Header()
	for k, v := range c.header {
		h[k] = v
	}
	w.WriteHeader(c.status)
	if !head && len(c.body) > 0 {
		w.Write(c.body)
	}
}

// captureWriter is a ResponseWriter that keeps the response in memory.
type captureWriter struct {
	header http.Header
	// status is 0 until the handler writes; sent are the headers at
	// that moment, as a client would have them.
	status int
	sent   http.Header
	body   bytes.Buffer
}

func (c *captureWriter) Header() http.Header { return c.header }

func (c *captureWriter) WriteHeader(code int) {
	if c.status == 0 {
		c.status, c.sent = code, c.header.Clone()
	}
}

func (c *captureWriter) Write(b []byte) (int, error) {
	c.WriteHeader(http.StatusOK)
	return c.body.Write(b)
}

// capture runs next for r and returns what it answered; nil when it
// answered nothing, as on a request its client gave up. A HEAD request is
// run as a GET, so that its response may serve either.
func capture(next http.Handler, r *http.Request) *cachedResponse {
	if r.Method == http.MethodHead {
		r = r.WithContext(r.Context())
		r.Method = http.MethodGet
	}
	cw := &captureWriter{header: http.Header{}}
	next.ServeHTTP(cw, r)
	if cw.status == 0 {
		return nil
	}
	return &cachedResponse{status: cw.status, header: cw.sent, body: cw.body.Bytes()}
}

// cacheEntry is a cached response with its key and its size.
type cacheEntry struct {
	key  string
	res  *cachedResponse
	size int64
}

// flight is the computation under way of a response no cached one
// answers. Requests for the same key wait for it rather than compute it
// again.
type flight struct {
	// gen is the cache generation the computation began in; a response
	// begun before the cache was dropped may be stale and is not kept.
	gen  uint64
	done chan struct{}
	// res is the response, set before done is closed.
	res *cachedResponse
}

// responseCache keeps responses by request, up to maxBytes of keys and
// bodies, evicting the least recently used first, and drops them all when
// the store's version changes.
type responseCache struct {
	version  func(context.Context) (int64, error)
	maxBytes int64
	// checked is when the version was last read, in Unix nanoseconds; 0
	// has the next request read it.
	checked atomic.Int64

	mu sync.Mutex
	// known reports that ver is the version the entries were made at;
	// until it is, the cache is bypassed.
	known bool
	ver   int64
	// gen counts the drops of the entries.
	gen     uint64
	entries map[string]*list.Element // of *cacheEntry, in lru
	lru     *list.List               // most recently used first
	size    int64
	flights map[string]*flight
}

func newResponseCache(version func(context.Context) (int64, error), maxBytes int64) *responseCache {
	return &responseCache{version: version, maxBytes: maxBytes,
		entries: map[string]*list.Element{}, lru: list.New(), flights: map[string]*flight{}}
}

// refresh reads the store's version, unless it was read less than
// versionCheckEvery ago or is being read, and drops the entries when it
// changed. When the version cannot be read, the entries are dropped and
// the cache is bypassed until it can.
func (c *responseCache) refresh(ctx context.Context) error {
	now := time.Now().UnixNano()
	last := c.checked.Load()
	if now-last < int64(versionCheckEvery) || !c.checked.CompareAndSwap(last, now) {
		return nil
	}
	// A client that goes away must not make the cache look unreadable.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), versionTimeout)
	defer cancel()
	v, err := c.version(ctx)
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case err != nil:
		c.clearLocked()
		c.known = false
		return fmt.Errorf("response cache: %w", err)
	case !c.known || v != c.ver:
		c.clearLocked()
		c.ver, c.known = v, true
	}
	return nil
}

// drop forgets every response, as when the data has just changed, and
// has the next request read the store's version again.
func (c *responseCache) drop() {
	c.mu.Lock()
	c.clearLocked()
	c.known = false
	c.mu.Unlock()
	c.checked.Store(0)
}

// clearLocked empties the cache and starts a new generation.
func (c *responseCache) clearLocked() {
	clear(c.entries)
	c.lru.Init()
	c.size = 0
	c.gen++
}

// do returns the response for key: the cached one, that of a computation
// of key under way, or a new one from compute, kept when storable. A
// request whose client gives up waiting for another's computation, or
// that waited for one that answered nothing, computes its own.
func (c *responseCache) do(ctx context.Context, key string, compute func() *cachedResponse) *cachedResponse {
	c.mu.Lock()
	if !c.known {
		c.mu.Unlock()
		return compute()
	}
	if el, ok := c.entries[key]; ok {
		c.lru.MoveToFront(el)
		c.mu.Unlock()
		return el.Value.(*cacheEntry).res
	}
	if f, ok := c.flights[key]; ok && f.gen == c.gen {
		c.mu.Unlock()
		select {
		case <-f.done:
			if f.res != nil {
				return f.res
			}
		case <-ctx.Done():
		}
		return compute()
	}
	f := &flight{gen: c.gen, done: make(chan struct{})}
	c.flights[key] = f
	c.mu.Unlock()
	defer c.land(key, f)
	f.res = compute()
	return f.res
}

// land ends a flight, keeping its response when it is storable and the
// cache was not dropped meanwhile, and releases the requests waiting for
// it (also when the computation panicked).
func (c *responseCache) land(key string, f *flight) {
	c.mu.Lock()
	if c.flights[key] == f {
		delete(c.flights, key)
	}
	if f.res != nil && f.res.storable() && c.known && f.gen == c.gen {
		c.addLocked(key, f.res)
	}
	c.mu.Unlock()
	close(f.done)
}

// addLocked keeps a response and evicts the least recently used ones
// beyond maxBytes. A response larger than the whole cache is not kept.
func (c *responseCache) addLocked(key string, res *cachedResponse) {
	size := int64(len(key) + len(res.body))
	if size > c.maxBytes {
		return
	}
	if el, ok := c.entries[key]; ok {
		c.removeLocked(el)
	}
	c.entries[key] = c.lru.PushFront(&cacheEntry{key: key, res: res, size: size})
	c.size += size
	for c.size > c.maxBytes {
		c.removeLocked(c.lru.Back())
	}
}

func (c *responseCache) removeLocked(el *list.Element) {
	e := c.lru.Remove(el).(*cacheEntry)
	delete(c.entries, e.key)
	c.size -= e.size
}

// cacheable reports a request the cache answers: a GET or HEAD of a
// page, a feed or the API; not /healthz, which must reach the store, nor
// the static files, which browsers cache.
func cacheable(r *http.Request) bool {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return false
	}
	return r.URL.Path != "/healthz" && !strings.HasPrefix(r.URL.Path, "/static/")
}

// cached answers the requests the cache may answer from it, and the
// others with next. It sits inside the middleware, which sets the
// security headers on every response, cached or not. The key is the
// request's URI with the scheme and host, which feeds link with.
func (s *server) cached(next http.Handler) http.Handler {
	if s.cache == nil {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !cacheable(r) {
			next.ServeHTTP(w, r)
			return
		}
		if err := s.cache.refresh(r.Context()); err != nil {
			s.log.Warn("store version unknown; responses are not cached", "err", err)
		}
		res := s.cache.do(r.Context(), baseURL(r)+r.URL.RequestURI(), func() *cachedResponse {
			return capture(next, r)
		})
		if res != nil {
			res.writeTo(w, r.Method == http.MethodHead)
		}
	})
}
