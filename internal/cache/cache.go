// Package cache keeps computed values by key, up to a fixed number of
// entries, for concurrent use: the word, name-key and gazetteer answers of
// entity finding and the query terms of search, which news asks for again
// and again.
//
// A Cache is split into shards by the hash of the key, each with its own
// lock, so that parallel workers seldom wait on each other. Each shard keeps
// two generations of entries: new entries go into the young one; when it is
// full, the old generation is dropped and the young one becomes old; an
// entry found in the old generation moves back to the young one. So an entry
// asked for since the last turn survives it, the least recently asked for go
// first, and a shard never holds more than its share of the size.
package cache

import (
	"hash/maphash"
	"sync"
)

// shards is the number of shards of a cache large enough to split.
const shards = 16

// minShard is the fewest entries per shard: a smaller cache has one shard.
const minShard = 64

// Cache maps keys to values, holding at most its size in entries. A nil
// *Cache, or one of size 0, holds nothing. It is safe for concurrent use.
type Cache[K comparable, V any] struct {
	seed   maphash.Seed
	shards []shard[K, V]
}

// shard is one lock's part of a cache.
type shard[K comparable, V any] struct {
	mu         sync.Mutex
	young, old map[K]V
	// half is the number of entries that fill the young generation.
	half int
	// single is set when the shard's share is one entry: then it keeps no
	// old generation.
	single bool
}

// New returns a cache of at most size entries; size <= 0 gives one that
// holds nothing.
func New[K comparable, V any](size int) *Cache[K, V] {
	if size <= 0 {
		return nil
	}
	n := shards
	if size < shards*minShard {
		n = 1
	}
	c := &Cache[K, V]{seed: maphash.MakeSeed(), shards: make([]shard[K, V], n)}
	for i := range c.shards {
		s := &c.shards[i]
		// Each generation holds half the shard's share.
		share := size / n
		s.half, s.single = max(1, share/2), share == 1
		s.young = map[K]V{}
	}
	return c
}

// shard returns the shard of key.
func (c *Cache[K, V]) shard(key K) *shard[K, V] {
	if len(c.shards) == 1 {
		return &c.shards[0]
	}
	return &c.shards[maphash.Comparable(c.seed, key)%uint64(len(c.shards))]
}

// Get returns the value of key and whether the cache holds it.
func (c *Cache[K, V]) Get(key K) (V, bool) {
	if c == nil {
		var zero V
		return zero, false
	}
	s := c.shard(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	if v, ok := s.young[key]; ok {
		return v, true
	}
	v, ok := s.old[key]
	if ok {
		delete(s.old, key)
		s.put(key, v)
	}
	return v, ok
}

// Put stores the value of key, evicting the least recently used entries
// when the cache is full.
func (c *Cache[K, V]) Put(key K, v V) {
	if c == nil {
		return
	}
	s := c.shard(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.old, key)
	s.put(key, v)
}

// put stores an entry in the young generation, turning the generations
// when it is full.
func (s *shard[K, V]) put(key K, v V) {
	if _, ok := s.young[key]; !ok && len(s.young) >= s.half {
		if s.old = s.young; s.single {
			s.old = nil
		}
		s.young = make(map[K]V, s.half)
	}
	s.young[key] = v
}

// len returns the number of entries held.
func (c *Cache[K, V]) len() int {
	if c == nil {
		return 0
	}
	n := 0
	for i := range c.shards {
		s := &c.shards[i]
		s.mu.Lock()
		n += len(s.young) + len(s.old)
		s.mu.Unlock()
	}
	return n
}
