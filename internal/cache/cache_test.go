package cache

import (
	"strconv"
	"sync"
	"testing"
)

func TestGetPut(t *testing.T) {
	c := New[string, int](10)
	if _, ok := c.Get("a"); ok {
		t.Fatal("empty cache holds a")
	}
	c.Put("a", 1)
	c.Put("a", 2)
	if v, ok := c.Get("a"); !ok || v != 2 {
		t.Fatalf(`Get("a") = %d, %v; want 2, true`, v, ok)
	}
	if c.len() != 1 {
		t.Fatalf("len = %d, want 1", c.len())
	}
}

func TestBounded(t *testing.T) {
	for _, size := range []int{1, 7, 100, 5000} {
		c := New[int, int](size)
		for i := range 10 * size {
			c.Put(i, i)
			if n := c.len(); n > size {
				t.Fatalf("size %d: len = %d after %d puts", size, n, i+1)
			}
		}
		// The last entry put is always held.
		if v, ok := c.Get(10*size - 1); !ok || v != 10*size-1 {
			t.Fatalf("size %d: the last entry is gone", size)
		}
	}
}

func TestRecentlyUsedSurvive(t *testing.T) {
	c := New[int, int](100)
	c.Put(-1, -1)
	for i := range 1000 {
		c.Get(-1) // asked for all along
		c.Put(i, i)
	}
	if _, ok := c.Get(-1); !ok {
		t.Fatal("an entry asked for all along was evicted")
	}
	if _, ok := c.Get(0); ok {
		t.Fatal("an entry never asked for survived 1000 others")
	}
}

func TestNil(t *testing.T) {
	for _, c := range []*Cache[string, int]{nil, New[string, int](0)} {
		c.Put("a", 1)
		if _, ok := c.Get("a"); ok || c.len() != 0 {
			t.Fatal("a cache of size 0 holds an entry")
		}
	}
}

func TestConcurrent(t *testing.T) {
	c := New[string, int](2000)
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 5000 {
				k := strconv.Itoa((i * (w + 1)) % 3000)
				if v, ok := c.Get(k); ok && strconv.Itoa(v) != k {
					t.Errorf("Get(%s) = %d", k, v)
					return
				}
				n, _ := strconv.Atoi(k)
				c.Put(k, n)
			}
		})
	}
	wg.Wait()
	if c.len() > 2000 {
		t.Fatalf("len = %d, more than the size", c.len())
	}
}

// BenchmarkGet measures a hit, the common case of a warm cache, from
// parallel goroutines.
func BenchmarkGet(b *testing.B) {
	c := New[string, int](200000)
	keys := make([]string, 10000)
	for i := range keys {
		keys[i] = "word" + strconv.Itoa(i)
		c.Put(keys[i], i)
	}
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			c.Get(keys[i%len(keys)])
			i++
		}
	})
}

// BenchmarkPut measures storing new entries past the size, each turn of
// the generations included.
func BenchmarkPut(b *testing.B) {
	c := New[int, int](10000)
	i := 0
	for b.Loop() {
		c.Put(i, i)
		i++
	}
}
