package xlang

import (
	"runtime"
	"sync"
)

// Parsing a dictionary is mostly analysing its headwords and translations,
// which the German-English one has half a million of. The pipeline shares
// that work among the cores: one goroutine reads the entries and cuts them
// into batches, workers turn each batch into votes, and the builder counts
// the votes batch by batch in the order read, so the table is the same as
// a serial build would make.

// batchSize is the number of entries in one batch.
const batchSize = 512

// checkEvery is how many entries a reader reads between two looks at
// whether its context is done.
const checkEvery = 256

// batch is a run of entries, raw (dictd) or parsed (CC-CEDICT), and the
// votes they give once done is closed.
type batch struct {
	texts   []string
	entries []entry
	votes   []vote
	done    chan struct{}
}

// direction says how to read a dictionary: X-to-English (the zero
// value), English-to-X (reverse), or pivot-to-X through the table of the
// pivot language via.
type direction struct {
	reverse bool
	via     string
	lookup  func(stem string) []string
}

// pipeline counts the votes of the entries that produce passes to text
// (raw dictd entries, parsed by the workers) or to parsed, read in
// direction dir. It returns produce's error, after counting what was read
// before it.
func (b *builder) pipeline(dir direction, produce func(text func(string), parsed func(entry)) error) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	work := make(chan *batch, 2*workers)
	order := make(chan *batch, 4*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var v *voter
			var add func(entry)
			switch {
			case dir.via != "":
				v = newVoter(b.lang, dir.via)
				add = func(e entry) { v.addPivot(e, dir.via, dir.lookup) }
			case dir.reverse:
				v = newVoter(b.lang)
				add = v.addReverse
			default:
				v = newVoter(b.lang)
				add = v.addForward
			}
			for bt := range work {
				v.emit = func(x vote) { bt.votes = append(bt.votes, x) }
				for _, t := range bt.texts {
					add(parseEntry(t))
				}
				for _, e := range bt.entries {
					add(e)
				}
				close(bt.done)
			}
		})
	}
	var err error
	go func() {
		defer close(order)
		defer close(work)
		cur := &batch{done: make(chan struct{})}
		flush := func() {
			if len(cur.texts)+len(cur.entries) == 0 {
				return
			}
			work <- cur
			order <- cur
			cur = &batch{done: make(chan struct{})}
		}
		err = produce(func(t string) {
			if cur.texts = append(cur.texts, t); len(cur.texts) == batchSize {
				flush()
			}
		}, func(e entry) {
			if cur.entries = append(cur.entries, e); len(cur.entries) == batchSize {
				flush()
			}
		})
		flush()
	}()
	for bt := range order {
		<-bt.done
		for _, v := range bt.votes {
			b.apply(v)
		}
	}
	wg.Wait()
	return err
}
