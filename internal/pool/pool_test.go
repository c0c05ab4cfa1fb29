package pool

import (
	"context"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

func count(n int, read *atomic.Int64) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if read != nil {
				read.Add(1)
			}
			if !yield(i) {
				return
			}
		}
	}
}

// TestMapKeepsOrder checks that results come in input order although the
// work finishes out of order.
func TestMapKeepsOrder(t *testing.T) {
	var got []int
	for v := range Map(context.Background(), 4, count(200, nil), func(i int) int {
		time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
		return i * i
	}) {
		got = append(got, v)
	}
	if len(got) != 200 {
		t.Fatalf("%d results, want 200", len(got))
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d is %d, want %d", i, v, i*i)
		}
	}
}

// TestMapBoundsWork checks that the input is read no further than 2×workers
// ahead of the loop over the results, and that work runs on at most workers
// goroutines at once.
func TestMapBoundsWork(t *testing.T) {
	const workers = 3
	var read, running, most atomic.Int64
	seen := 0
	for range Map(context.Background(), workers, count(100, &read), func(i int) int {
		n := running.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(100 * time.Microsecond)
		running.Add(-1)
		return i
	}) {
		seen++
		// One value more may be read and wait for its slot.
		if ahead := read.Load() - int64(seen); ahead > 2*workers+1 {
			t.Fatalf("read %d values ahead of the results", ahead)
		}
	}
	if most.Load() > workers {
		t.Errorf("%d calls at once, want at most %d", most.Load(), workers)
	}
}

// TestMapStops checks that breaking out of the loop or cancelling the
// context stops the reading and leaves no goroutine behind.
func TestMapStops(t *testing.T) {
	before := runtime.NumGoroutine()
	var read atomic.Int64
	for v := range Map(context.Background(), 2, count(1_000_000, &read), func(i int) int { return i }) {
		if v == 10 {
			break
		}
	}
	if read.Load() > 20 {
		t.Errorf("read %d values for 11 results", read.Load())
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []int
	for v := range Map(ctx, 2, count(1_000_000, nil), func(i int) int { return i }) {
		got = append(got, v)
		if v == 5 {
			cancel()
		}
	}
	if !slices.Equal(got, []int{0, 1, 2, 3, 4, 5}) {
		t.Errorf("results after cancel: %v", got)
	}
	for range 100 {
		if runtime.NumGoroutine() <= before {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("%d goroutines left behind", runtime.NumGoroutine()-before)
}
