// Package ingest runs the pipeline over the inputs of a source: it reads
// the source, extracts, identifies the language and analyses each article in
// parallel, then clusters the articles into stories in input order and
// stores them in transactions, each in the background while the next batch
// is clustered. An article counts as ingested only once its transaction has
// committed, so a crash loses nothing that was reported.
package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/pool"
	"github.com/storyline/storyline/internal/resources"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/store"
	"github.com/storyline/storyline/internal/story"
)

// Options tune an ingest; the zero value means the defaults.
type Options struct {
	// Workers is the number of documents analysed at once. Default: the
	// number of CPUs.
	Workers int
	// BatchSize is the most articles stored in one transaction. Default 256.
	BatchSize int
	// BatchInterval is the longest a finished article waits to be
	// committed. Default 500ms.
	BatchInterval time.Duration
	// Cluster tunes story clustering.
	Cluster story.Options
	// Progress, when set, is called after every document and once more at
	// the end, never concurrently.
	Progress func(Progress)
	// Fail, when set, is called for every input that could not be read or
	// extracted, with an error naming it.
	Fail func(error)
	// Warn, when set, is called for every article stored with a repair,
	// with an error naming its input: bytes that were not UTF-8 replaced.
	Warn func(error)
	// Writer names the pipeline to the writers that wait for it (see
	// store.Store.LockWriter). Default "storyline ingest".
	Writer string
	// Waiting, when set, is called when a run waits for another writer
	// of the store to finish, with that writer.
	Waiting func(store.Writer)
	// MaxWait is the longest a run waits for another writer before it
	// fails with ErrBusy; zero waits as long as the context allows.
	MaxWait time.Duration
}

// ErrBusy reports a run that gave up waiting for another writer of the
// store (Options.MaxWait).
var ErrBusy = errors.New("another writer is writing to the store")

func (o Options) withDefaults() Options {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 256
	}
	if o.BatchInterval <= 0 {
		o.BatchInterval = 500 * time.Millisecond
	}
	if o.Progress == nil {
		o.Progress = func(Progress) {}
	}
	if o.Fail == nil {
		o.Fail = func(error) {}
	}
	if o.Warn == nil {
		o.Warn = func(error) {}
	}
	if o.Writer == "" {
		o.Writer = "storyline ingest"
	}
	return o
}

// Progress is the state of a running ingest.
type Progress struct {
	// Inputs is the number of inputs (files, posted bodies) when the
	// source tells it before it is read (source.Sized), else 0;
	// InputsDone of them are processed.
	Inputs, InputsDone int
	// Ingested counts committed new articles, Duplicates the inputs whose
	// content was stored already, Failed the inputs that could not be read.
	Ingested, Duplicates, Failed int
	// Elapsed is the time since the ingest began; Clustering the part of
	// it spent putting articles in stories.
	Elapsed, Clustering time.Duration
	// Stories is the number of stories the clusterer holds in memory.
	Stories int
}

// Summary is the outcome of an ingest.
type Summary = Progress

// Pipeline ingests inputs into one store. It keeps its clusterer, with
// the stories around the dates it has seen, from one run to the next, so
// that a server ingesting a few articles at a time loads them once. Runs
// of one pipeline must not overlap. Pipelines in several processes may
// write to one store: each run holds the store's writer lock, so that a
// second writer waits for the first to finish (see Options.Waiting), and
// a clusterer kept from an earlier run is dropped when another writer
// changed the store since.
type Pipeline struct {
	store store.Store
	res   *resources.Set
	opts  Options
	// clusterer is nil before the first run and after a run that failed
	// or was interrupted, when the stories in memory may be ahead of the
	// store.
	clusterer *story.Clusterer
	// version is the store's data version when the last run ended: the
	// stories in memory are the stored ones while it has not changed.
	version int64
	// load loads stored stories for the clusterer in the run under way.
	load story.Loader
	// newID reserves story ids from the store in the run under way;
	// nextID and endID bound the ids reserved and not yet given.
	newID         story.NewIDs
	nextID, endID int64
	// consolidation regroups the window of each batch once it is stored.
	consolidation *story.Consolidation
}

// idBlock is how many story ids a pipeline reserves from the store at
// once; those left unused when it ends are never given.
const idBlock = 64

// New returns a pipeline that analyses with res and writes to st.
func New(st store.Store, res *resources.Set, opts Options) *Pipeline {
	opts = opts.withDefaults()
	return &Pipeline{store: st, res: res, opts: opts, consolidation: story.NewConsolidation(opts.Cluster)}
}

// item is one document of an input, or the error of an input or record
// that could not be read, on its way through the pipeline.
type item struct {
	doc *source.Document
	// err reports an input or record that could not be read.
	err error
	// lastOfInput marks the last item of its input.
	lastOfInput bool
	// result is the document after extraction and analysis; nil for an
	// error.
	result *processed
}

// processed is one document after extraction and analysis.
type processed struct {
	entry    store.Entry
	doc      story.Doc
	err      error
	rawKnown bool
}

// Run ingests the files under paths, as Ingest ingests any source.
func (p *Pipeline) Run(ctx context.Context, paths []string) (Summary, error) {
	files, err := source.ListFiles(ctx, paths)
	if err != nil {
		return Summary{}, fmt.Errorf("ingest: %w", err)
	}
	return p.Ingest(ctx, files)
}

// errStopped tells a source that the pipeline stopped reading it.
var errStopped = errors.New("ingest stopped")

// Ingest ingests the documents of src. Inputs and documents that fail are
// reported to Options.Fail and counted; Ingest returns an error only when
// it cannot go on (the store or the source fails, or ctx is done). It
// returns only once every batch it handed to the store is stored.
func (p *Pipeline) Ingest(ctx context.Context, src source.Source) (sum Summary, err error) {
	start := time.Now()
	if sized, ok := src.(source.Sized); ok {
		sum.Inputs = sized.Len()
	}

	release, err := p.lock(ctx)
	if err != nil {
		return sum, err
	}
	defer func() {
		if rerr := release(); rerr != nil && err == nil {
			err = fmt.Errorf("ingest: %w", rerr)
		}
		if err != nil {
			p.clusterer = nil
		}
	}()
	if p.clusterer != nil {
		// Another writer may have changed the stories in memory.
		if v, err := p.store.Version(ctx); err != nil || v != p.version {
			p.clusterer = nil
		}
	}
	if p.clusterer == nil {
		p.clusterer = story.NewClusterer(p.opts.Cluster, func() (int64, error) { return p.newID() },
			func(from, to time.Time, undated bool) ([]*story.Profile, error) { return p.load(from, to, undated) })
	}
	w := newWriter(ctx, p.store, &sum)
	// sum is a named result: a batch stored while Run fails still counts.
	defer w.stop()
	w.clusterer = p.clusterer
	w.consolidate = func(span window, fresh []int64) error { return p.consolidate(ctx, w.clusterer, span, fresh) }
	w.every = p.opts.BatchSize
	p.load = func(from, to time.Time, undated bool) ([]*story.Profile, error) {
		// A story let go of is loaded again only once its changes are stored.
		if err := w.wait(); err != nil {
			return nil, err
		}
		return p.store.Profiles(ctx, from, to, undated)
	}
	p.newID = func() (int64, error) {
		if p.nextID == p.endID {
			first, err := p.store.NewStoryIDs(ctx, idBlock)
			if err != nil {
				return 0, err
			}
			p.nextID, p.endID = first, first+idBlock
		}
		p.nextID++
		return p.nextID - 1, nil
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The source is read on the pool's reading goroutine; readErr is set
	// before the loop over the results ends.
	var readErr error
	items := func(yield func(item) bool) {
		readErr = src.Read(ctx, func(in source.Input) error {
			for _, it := range itemsOf(in) {
				if !yield(it) {
					return errStopped
				}
			}
			return nil
		})
	}
	results := pool.Map(ctx, p.opts.Workers, items, func(it item) item {
		if it.doc != nil {
			d := p.processDoc(ctx, *it.doc)
			it.doc, it.result = nil, &d
		}
		return it
	})

	report := func() {
		sum.Elapsed = time.Since(start)
		sum.Stories = w.clusterer.Stories()
		p.opts.Progress(sum)
	}
	fail := func(err error) {
		sum.Failed++
		p.opts.Fail(err)
	}
	lastCommit := time.Now()
	for it := range results {
		switch d := it.result; {
		case it.err != nil:
			fail(it.err)
		case d == nil: // an input with nothing in it
		case d.err != nil:
			fail(d.err)
		case d.rawKnown || w.seen(ctx, d.entry.ContentHash):
			sum.Duplicates++
		default:
			if n := d.entry.Article.Replaced; n > 0 {
				p.opts.Warn(&source.InputError{Path: d.entry.Article.Path, Err: fmt.Errorf("%d bytes that were not UTF-8 replaced by U+FFFD", n)})
			}
			t0 := time.Now()
			err := w.add(*d)
			sum.Clustering += time.Since(t0)
			if err != nil {
				return sum, fmt.Errorf("ingest: %w", err)
			}
		}
		if it.lastOfInput {
			sum.InputsDone++
		}
		w.poll()
		if w.err != nil {
			return sum, fmt.Errorf("ingest: %w", w.err)
		}
		if len(w.batch.Articles) >= p.opts.BatchSize || time.Since(lastCommit) >= p.opts.BatchInterval {
			if err := w.commit(); err != nil {
				return sum, fmt.Errorf("ingest: %w", err)
			}
			lastCommit = time.Now()
		}
		report()
	}
	// What was processed before an interruption is still committed.
	if err := w.commit(); err != nil {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	if err := w.wait(); err != nil {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	// Whatever arrived since the last consolidation is consolidated
	// before the run ends, so that a run of one article leaves the stories
	// as a run of many would.
	if err := w.regroup(); err != nil {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	if p.version, err = p.store.Version(context.WithoutCancel(ctx)); err != nil {
		return sum, fmt.Errorf("ingest: %w", err)
	}
	report()
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if readErr != nil {
		return sum, fmt.Errorf("ingest: %w", readErr)
	}
	return sum, nil
}

// lock takes the store's writer lock, waiting for another writer at most
// Options.MaxWait.
func (p *Pipeline) lock(ctx context.Context) (release func() error, err error) {
	wait := ctx
	if p.opts.MaxWait > 0 {
		var cancel context.CancelFunc
		wait, cancel = context.WithTimeout(ctx, p.opts.MaxWait)
		defer cancel()
	}
	var holder store.Writer
	release, err = p.store.LockWriter(wait, p.opts.Writer, func(w store.Writer) {
		holder = w
		if p.opts.Waiting != nil {
			p.opts.Waiting(w)
		}
	})
	if err != nil && ctx.Err() == nil && wait.Err() != nil {
		return nil, fmt.Errorf("ingest: waited %s for %s: %w", p.opts.MaxWait, holder, ErrBusy)
	}
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	return release, nil
}

// itemsOf splits an input into its items: the errors of what could not be
// read, then its documents, the last marked unless the input goes on in
// the next (source.Input.More); an input with neither is one
// empty item, so that it still counts as done.
func itemsOf(in source.Input) []item {
	errs := source.RecordErrors(in.Err)
	items := make([]item, 0, len(errs)+len(in.Documents)+1)
	for _, e := range errs {
		items = append(items, item{err: e})
	}
	for i := range in.Documents {
		items = append(items, item{doc: &in.Documents[i]})
	}
	if len(items) == 0 {
		items = append(items, item{})
	}
	items[len(items)-1].lastOfInput = !in.More
	return items
}

// processDoc extracts and analyses one document, unless its input is
// stored already.
func (p *Pipeline) processDoc(ctx context.Context, doc source.Document) processed {
	raw := RawHash(doc)
	seen, err := p.store.Seen(ctx, []string{raw})
	if err != nil {
		return processed{err: fmt.Errorf("%s: %w", doc.Path, err)}
	}
	if seen[raw] {
		return processed{rawKnown: true}
	}
	r, err := Process(ctx, doc, p.res)
	if err != nil {
		if ctx.Err() != nil { // not the input's fault
			return processed{err: fmt.Errorf("%s: %w", doc.Path, err)}
		}
		return processed{err: &source.InputError{Path: doc.Path, Err: err}}
	}
	return processed{
		entry: store.Entry{Article: r.Article, RawHash: raw, ContentHash: ContentHash(r.Article), Facts: r.Facts,
			Terms: r.Terms, Profile: story.ArticleProfile(r.Doc)},
		doc: r.Doc,
	}
}

// Result is a document after extraction and analysis.
type Result struct {
	Article article.Article
	// Doc is what story similarity compares.
	Doc story.Doc
	// Facts are what the article names, dates, quotes and cites.
	Facts article.Facts
	// Terms are what search matches the article by.
	Terms []string
}

// Process runs one document through extraction, language identification
// and analysis, with the resources res.
func Process(ctx context.Context, doc source.Document, res *resources.Set) (Result, error) {
	a, err := extract.Extract(doc)
	if err != nil {
		return Result{}, err
	}
	if a.Language == "" {
		a.Language = res.Detector.Detect(a.Title + "\n" + a.Text)
	}
	r, err := res.Analyzer.Article(ctx, a)
	if err != nil {
		return Result{}, err
	}
	return Result{Article: a, Doc: story.DocOf(a, r, doc.Fetched), Facts: r.Facts, Terms: r.Analysis.SearchTerms()}, nil
}

// RawHash identifies a document's input: its bytes, or a record's fields.
func RawHash(doc source.Document) string {
	h := sha256.New()
	if doc.Format == source.Record {
		enc, _ := json.Marshal(doc.Fields) // Fields holds only strings: never fails
		h.Write([]byte("record\x00"))
		h.Write(enc)
	} else {
		h.Write(doc.Data)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ContentHash identifies an article's content: its title and text with
// white space folded, so the same article scraped twice is stored once.
func ContentHash(a article.Article) string {
	h := sha256.New()
	h.Write([]byte(strings.Join(strings.Fields(a.Title), " ")))
	h.Write([]byte{0})
	h.Write([]byte(strings.Join(strings.Fields(a.Text), " ")))
	return hex.EncodeToString(h.Sum(nil))
}

// writer clusters articles in order and batches them into transactions.
// A committer goroutine stores each finished batch while the next one is
// built; everything else about the writer belongs to Run's goroutine.
type writer struct {
	store     store.Store
	clusterer *story.Clusterer
	batch     store.Batch
	changed   map[int64]*story.Profile
	// pending holds the content hashes of the batch being built, saving
	// those of the batch being stored: nil when none is.
	pending, saving map[string]bool
	// batches hands finished batches to the committer; results brings
	// back the outcome of each save.
	batches chan<- store.Batch
	results <-chan saved
	// span is the window of the batch being built; consolidate regroups
	// the window of a batch once it is stored.
	span        window
	consolidate func(span window, fresh []int64) error
	// fresh lists the ids of the articles stored since the last
	// consolidation, which runs once every of them are.
	fresh []int64
	every int
	// sum counts what each save stored once its transaction committed.
	sum *Summary
	// err is the store error that stopped the writer.
	err error
}

// saved is the outcome of one save.
type saved struct {
	res store.SaveResult
	err error
}

// newWriter returns a writer to st that counts into sum, and starts its
// committer. The committer stores every batch whole even once ctx is done:
// what was clustered before an interruption is still committed.
func newWriter(ctx context.Context, st store.Store, sum *Summary) *writer {
	batches := make(chan store.Batch)
	results := make(chan saved, 1)
	go func() {
		defer close(results)
		ctx := context.WithoutCancel(ctx)
		for b := range batches {
			res, err := st.Save(ctx, b)
			results <- saved{res, err}
		}
	}()
	return &writer{store: st, changed: map[int64]*story.Profile{}, pending: map[string]bool{},
		batches: batches, results: results, sum: sum}
}

// seen reports a content hash stored already or pending in a batch.
func (w *writer) seen(ctx context.Context, hash string) bool {
	if w.pending[hash] || w.saving[hash] {
		return true
	}
	known, err := w.store.Seen(ctx, []string{hash})
	if err != nil {
		w.err = err
		return true
	}
	return known[hash]
}

// regroup consolidates the window of the articles stored since the last
// consolidation. No batch may be under way.
func (w *writer) regroup() error {
	span, fresh := w.span, w.fresh
	w.span, w.fresh = window{}, nil
	if err := w.consolidate(span, fresh); err != nil {
		w.err = err
		return err
	}
	return nil
}

func (w *writer) add(d processed) error {
	asg, err := w.clusterer.Assign(d.doc)
	if err != nil {
		return err
	}
	d.entry.StoryID = asg.Story.ID
	if !asg.New {
		d.entry.Evidence = &asg.Score
	}
	for _, from := range asg.Merged {
		w.merge(from, asg.Story.ID)
	}
	w.batch.Articles = append(w.batch.Articles, d.entry)
	w.span.add(d.entry.Profile.Date())
	w.changed[asg.Story.ID] = asg.Story
	w.pending[d.entry.ContentHash] = true
	return nil
}

// merge records that story from was merged into story into: the batch's
// articles and earlier merges that pointed at from now point at into.
func (w *writer) merge(from, into int64) {
	if w.batch.Merges == nil {
		w.batch.Merges = map[int64]int64{}
	}
	for f, t := range w.batch.Merges {
		if t == from {
			w.batch.Merges[f] = into
		}
	}
	w.batch.Merges[from] = into
	delete(w.changed, from)
	for i := range w.batch.Articles {
		if w.batch.Articles[i].StoryID == from {
			w.batch.Articles[i].StoryID = into
		}
	}
}

// commit hands the batch to the committer, with copies of the profiles
// it changed, waits for it to be stored and, once a batch size of
// articles was stored since the last time, consolidates their window. It
// returns the error of the save or of the consolidation.
func (w *writer) commit() error {
	if len(w.batch.Articles) == 0 {
		return nil
	}
	if err := w.wait(); err != nil {
		return err
	}
	for _, p := range w.changed {
		w.batch.Stories = append(w.batch.Stories, p.Clone())
	}
	w.batches <- w.batch
	w.batch = store.Batch{}
	clear(w.changed)
	w.saving, w.pending = w.pending, map[string]bool{}
	// The batch's window is regrouped once the batch is stored, before
	// the next article is placed (the next batch's stories are the
	// regrouped ones), once enough articles arrived since the last time.
	if err := w.wait(); err != nil {
		return err
	}
	if len(w.fresh) >= w.every {
		if err := w.regroup(); err != nil {
			return err
		}
	}
	// The stories let go of now are loaded again only after the save: the
	// clusterer's loader waits for it.
	w.clusterer.Sweep()
	return nil
}

// poll records the outcome of the save in flight if it has finished.
func (w *writer) poll() {
	if w.saving == nil {
		return
	}
	select {
	case r := <-w.results:
		w.finish(r)
	default:
	}
}

// wait waits for the save in flight, if any, and returns the error that
// stopped the writer.
func (w *writer) wait() error {
	if w.saving != nil {
		w.finish(<-w.results)
	}
	return w.err
}

// finish records the outcome of the save in flight.
func (w *writer) finish(r saved) {
	w.saving = nil
	if r.err != nil {
		w.err = r.err
		return
	}
	w.sum.Ingested += r.res.Inserted
	w.sum.Duplicates += r.res.Duplicates
	for _, id := range r.res.IDs {
		if id != 0 {
			w.fresh = append(w.fresh, id)
		}
	}
}

// stop ends the committer once the save in flight, if any, is done, and
// records its outcome.
func (w *writer) stop() {
	close(w.batches)
	for r := range w.results {
		w.finish(r)
	}
}
