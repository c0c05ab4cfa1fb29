// Package pool runs work on a bounded number of goroutines and hands the
// results back in the order of the work: the one parallel loop that
// ingest, extract, compare and eval share.
package pool

import (
	"context"
	"iter"
	"runtime"
	"sync"
)

// Map calls fn on every value of in, on up to workers goroutines at once
// (the number of CPUs when workers is not positive), and yields the
// results in the order of in. At most 2×workers values are in flight, and
// one more read from in waits for its turn. in is read on a goroutine of
// its own.
//
// Map stops reading in once ctx is done or the loop over its results
// ends early; the values in flight then are finished but not yielded.
// fn must not block forever. When the loop over the results ends, every
// goroutine Map started has returned.
func Map[In, Out any](ctx context.Context, workers int, in iter.Seq[In], fn func(In) Out) iter.Seq[Out] {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	type job struct {
		value In
		out   chan<- Out
	}
	return func(yield func(Out) bool) {
		ctx, cancel := context.WithCancel(ctx)
		jobs := make(chan job)
		// order holds the result channels of the values in flight in
		// input order; its capacity bounds the work read ahead.
		order := make(chan chan Out, 2*workers)
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for j := range jobs {
					j.out <- fn(j.value) // buffered: never blocks
				}
			})
		}
		wg.Go(func() {
			defer close(jobs)
			defer close(order)
			for v := range in {
				if ctx.Err() != nil {
					return
				}
				out := make(chan Out, 1)
				select {
				case order <- out:
				case <-ctx.Done():
					return
				}
				jobs <- job{v, out} // a worker is free soon: none blocks
			}
		})
		defer func() {
			cancel()
			for range order { // let the reader finish
			}
			wg.Wait()
		}()
		for out := range order {
			if ctx.Err() != nil || !yield(<-out) {
				return
			}
		}
	}
}
