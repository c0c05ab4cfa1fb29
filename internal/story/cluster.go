package story

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// Options tune the clusterer; the zero value means the defaults.
type Options struct {
	// Threshold is the least score with which an article joins a story;
	// below it the article starts a story of its own. Default 0.22.
	Threshold float64
	// Window is how far apart in time an article and a story may be and
	// still be compared. Default 14 days.
	Window time.Duration
}

func (o Options) withDefaults() Options {
	if o.Threshold == 0 {
		o.Threshold = 0.22
	}
	if o.Window == 0 {
		o.Window = 14 * 24 * time.Hour
	}
	return o
}

// Loader fetches the stored stories whose dates overlap [from, to]; with
// undated set, the stories without any date instead.
type Loader func(from, to time.Time, undated bool) ([]*Profile, error)

// Clusterer assigns articles to stories one at a time. It holds in memory
// only the stories near the dates of the articles it sees, loading others
// as older articles arrive and letting go of stories that fell behind;
// candidate stories come from an inverted index of their name tokens,
// numbers and terms. So the cost of an article depends on the stories
// around its date that share evidence with it, not on how many are stored.
// Rarity is measured among the stories in memory: a name that is in every
// story of these weeks says little. Given the same stored stories and the
// same articles in the same order it makes the same decisions. It is not
// safe for concurrent use.
type Clusterer struct {
	opts    Options
	load    Loader
	stories map[int64]*Profile
	norms   map[int64]profileNorms
	index   map[feature][]int64
	df      map[feature]int32
	nextID  int64
	// covered is the date range whose stories are all in memory; zero
	// before the first dated article.
	coveredFrom, coveredTo time.Time
	undatedLoaded          bool
	// newest is the latest publication date seen; stale counts evicted
	// stories still named in posting lists.
	newest, swept time.Time
	stale         int
}

// Assignment is the clusterer's decision for one article.
type Assignment struct {
	// Story is the story the article joined or started, updated.
	Story *Profile
	// New reports that the article started the story.
	New bool
	// Score is the evidence with which the article joined; for a new story
	// it is the best score that fell short, if any.
	Score Score
	// Merged lists the stories merged into Story because the article
	// showed they report the same story; they no longer exist.
	Merged []int64
}

// NewClusterer starts a clusterer. New stories get ids after lastID; load
// fetches stored stories as they are needed (nil: none are stored).
func NewClusterer(opts Options, lastID int64, load Loader) *Clusterer {
	if load == nil {
		load = func(time.Time, time.Time, bool) ([]*Profile, error) { return nil, nil }
	}
	return &Clusterer{
		opts:    opts.withDefaults(),
		load:    load,
		stories: map[int64]*Profile{},
		norms:   map[int64]profileNorms{},
		index:   map[feature][]int64{},
		df:      map[feature]int32{},
		nextID:  lastID,
	}
}

// ensure loads the stored stories an article dated t may join.
func (c *Clusterer) ensure(t time.Time) error {
	if !c.undatedLoaded {
		if err := c.adopt(c.load(time.Time{}, time.Time{}, true)); err != nil {
			return err
		}
		c.undatedLoaded = true
	}
	if t.IsZero() {
		return nil
	}
	from, to := t.Add(-c.opts.Window), t.Add(c.opts.Window)
	switch {
	case c.coveredFrom.IsZero():
		if err := c.adopt(c.load(from, to, false)); err != nil {
			return err
		}
		c.coveredFrom, c.coveredTo = from, to
	default:
		if from.Before(c.coveredFrom) {
			if err := c.adopt(c.load(from, c.coveredFrom, false)); err != nil {
				return err
			}
			c.coveredFrom = from
		}
		if to.After(c.coveredTo) {
			if err := c.adopt(c.load(c.coveredTo, to, false)); err != nil {
				return err
			}
			c.coveredTo = to
		}
	}
	return nil
}

// adopt takes in loaded stories that are not in memory yet.
func (c *Clusterer) adopt(profiles []*Profile, err error) error {
	if err != nil {
		return fmt.Errorf("load stories: %w", err)
	}
	sort.Slice(profiles, func(i, j int) bool { return profiles[i].ID < profiles[j].ID })
	for _, p := range profiles {
		if _, ok := c.stories[p.ID]; ok {
			continue
		}
		c.stories[p.ID] = p
		c.indexFeatures(p.ID, profileFeatures(p))
		c.nextID = max(c.nextID, p.ID)
	}
	return nil
}

// sweepMargin keeps stories a little past the window for articles that
// arrive slightly out of date order.
const sweepMargin = 24 * time.Hour

// Sweep lets go of the stories whose last article is more than a window
// and a day older than the newest article seen: no article of about that
// date can join them any more. Call it only when every change to the
// stories has been stored, as a let-go story is loaded again from the
// store when an older article needs it.
func (c *Clusterer) Sweep() {
	if c.newest.IsZero() || c.newest.Sub(c.swept) < 24*time.Hour {
		return
	}
	c.swept = c.newest
	horizon := c.newest.Add(-c.opts.Window - sweepMargin)
	for id, p := range c.stories {
		if p.Last.IsZero() || !p.Last.Before(horizon) {
			continue
		}
		for _, f := range profileFeatures(p) {
			if c.df[f]--; c.df[f] <= 0 {
				delete(c.df, f)
			}
		}
		delete(c.stories, id)
		delete(c.norms, id)
		c.stale++
	}
	if c.coveredFrom.Before(horizon) {
		c.coveredFrom = horizon
	}
	if c.stale > len(c.stories)/2 {
		c.compact()
	}
}

// compact drops let-go stories from the posting lists.
func (c *Clusterer) compact() {
	for f, ids := range c.index {
		kept := ids[:0]
		for _, id := range ids {
			if _, ok := c.stories[id]; ok {
				kept = append(kept, id)
			}
		}
		if len(kept) == 0 {
			delete(c.index, f)
		} else {
			c.index[f] = kept
		}
	}
	c.stale = 0
}

// Stories is the number of stories in memory.
func (c *Clusterer) Stories() int { return len(c.stories) }

// profileFeatures lists a profile's features.
func profileFeatures(p *Profile) []feature {
	out := make([]feature, 0, len(p.Terms)+len(p.Concepts)+len(p.Names)+len(p.WordKeys)+len(p.Numbers))
	for _, kf := range []struct {
		k kind
		f Features
	}{{termKind, p.Terms}, {conceptKind, p.Concepts}, {nameKind, p.Names}, {wordKeyKind, p.WordKeys}, {numberKind, p.Numbers}} {
		for _, e := range kf.f {
			out = append(out, featureOf(kf.k, e.sym))
		}
	}
	return out
}

func (c *Clusterer) indexFeatures(id int64, features []feature) {
	for _, f := range features {
		c.index[f] = append(c.index[f], id)
		c.df[f]++
	}
}

// idf is the rarity of a feature among the known stories.
func (c *Clusterer) idf(f feature) float64 {
	n := float64(len(c.stories))
	return math.Log((n+1)/(float64(c.df[f])+1)) + 1
}

// maxPostings caps how many stories a feature may name as candidates, the
// most recent ones: a feature found in more stories than this says little
// about which one an article belongs to, and walking its whole posting
// list would make the cost of an article grow with the stories in memory.
const maxPostings = 256

// Assign puts an article in its story and returns the decision. It fails
// only when stored stories cannot be loaded.
//
// An article that joins one story and scores above the threshold with
// others too may show that they report one story: each such story whose
// own evidence matches the joined story's above the threshold is merged
// into the older of the two.
func (c *Clusterer) Assign(d Doc) (Assignment, error) {
	if err := c.ensure(d.Published); err != nil {
		return Assignment{}, err
	}
	if d.Published.After(c.newest) {
		c.newest = d.Published
	}
	d.estimated = estimate(d, c.newest)
	v := vectorsOf(d)
	v.prepare(c)
	ranked := c.ranked(d, v)
	if len(ranked) == 0 || ranked[0].score.Value < c.opts.Threshold {
		c.nextID++
		p := newProfile(c.nextID, d)
		c.stories[p.ID] = p
		c.indexFeatures(p.ID, profileFeatures(p))
		a := Assignment{Story: p, New: true}
		if len(ranked) > 0 {
			a.Score = ranked[0].score
		}
		return a, nil
	}
	best := ranked[0]
	added := best.story.add(d)
	c.indexFeatures(best.story.ID, added)
	delete(c.norms, best.story.ID)
	a := Assignment{Story: best.story, Score: best.score}
	var joined *storyVectors // a.Story's evidence, prepared once per state
	for _, o := range ranked[1:] {
		if o.score.Value < c.opts.Threshold {
			break
		}
		if joined == nil {
			joined = c.prepareStory(a.Story)
		}
		if c.converge(joined, o.story) {
			joined = nil
			into, from := a.Story, o.story
			if from.ID < into.ID {
				into, from = from, into
			}
			c.merge(into, from)
			a.Story = into
			a.Merged = append(a.Merged, from.ID)
		}
	}
	return a, nil
}

// scored is a candidate story with the article's score against it.
type scored struct {
	story *Profile
	score Score
}

// ranked scores the candidate stories, best first; ties go to the older.
func (c *Clusterer) ranked(d Doc, v docVectors) []scored {
	var out []scored
	for _, id := range c.candidates(d, v) {
		p := c.stories[id]
		out = append(out, scored{p, score(v, d, p, c.normsOf(p), c)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score.Value > out[j].score.Value })
	return out
}

// normsOf returns a story's cached norms, computing them when needed.
func (c *Clusterer) normsOf(p *Profile) *profileNorms {
	n, ok := c.norms[p.ID]
	if !ok {
		n = p.norms(c)
		c.norms[p.ID] = n
	}
	return &n
}

// storyVectors is a story's evidence in the form of an article's,
// weighed under the clusterer's rarity, for comparing it with others.
type storyVectors struct {
	v docVectors
	d Doc
}

func (c *Clusterer) prepareStory(p *Profile) *storyVectors {
	v, d := p.vectors()
	v.prepare(c)
	return &storyVectors{v, d}
}

// converge reports whether a story's evidence and another story's,
// compared whole, score above the threshold.
func (c *Clusterer) converge(a *storyVectors, b *Profile) bool {
	return score(a.v, a.d, b, c.normsOf(b), c).Value >= c.opts.Threshold
}

// merge folds story from into story into and forgets from.
func (c *Clusterer) merge(into, from *Profile) {
	for _, f := range profileFeatures(from) {
		if c.df[f]--; c.df[f] <= 0 {
			delete(c.df, f)
		}
	}
	delete(c.stories, from.ID)
	delete(c.norms, from.ID)
	c.stale++
	c.indexFeatures(into.ID, into.absorb(from))
	delete(c.norms, into.ID)
}

// Candidate search limits: the terms of an article that look for stories,
// and the stories scored in full.
const (
	searchTerms   = 24
	maxCandidates = 32
)

// candidates returns the ids of the stories within the time window that
// share the most rare evidence with the article: its name tokens, numbers
// and rarest terms. The cost depends on the posting lists, capped, not on
// the number of stories.
func (c *Clusterer) candidates(d Doc, v docVectors) []int64 {
	hits := make(map[int64]float64)
	visit := func(f feature) {
		ids := c.index[f]
		if len(ids) > maxPostings {
			ids = ids[len(ids)-maxPostings:]
		}
		w := c.idf(f)
		for _, id := range ids {
			if _, ok := c.stories[id]; ok {
				hits[id] += w
			}
		}
	}
	for _, f := range v.preparedNames {
		visit(featureOf(nameKind, f.sym))
		visit(featureOf(wordKeyKind, f.sym))
	}
	for k := range v.wordKeys {
		visit(featureOf(nameKind, lookup(k)))
	}
	for _, f := range v.numbers {
		visit(featureOf(numberKind, lookup(f.key)))
	}
	for _, f := range c.rarestTerms(v.terms, termKind, searchTerms) {
		visit(f)
	}
	for _, f := range c.rarestTerms(v.concepts, conceptKind, searchTerms) {
		visit(f)
	}
	type hit struct {
		id int64
		w  float64
	}
	ranked := make([]hit, 0, len(hits))
	for id, w := range hits {
		if c.inWindow(d.Published, c.stories[id]) {
			ranked = append(ranked, hit{id, w})
		}
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].w != ranked[j].w {
			return ranked[i].w > ranked[j].w
		}
		return ranked[i].id < ranked[j].id
	})
	out := make([]int64, 0, min(len(ranked), maxCandidates))
	for i := 0; i < len(ranked) && i < maxCandidates; i++ {
		out = append(out, ranked[i].id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// rarestTerms picks the n terms of an article with the highest weight
// times rarity; terms no story holds cannot find one and are skipped.
func (c *Clusterer) rarestTerms(terms []weighted, k kind, n int) []feature {
	type scored struct {
		key string
		f   feature
		w   float64
	}
	var ts []scored
	for _, t := range terms {
		f := featureOf(k, lookup(t.key))
		if c.df[f] == 0 {
			continue
		}
		ts = append(ts, scored{t.key, f, math.Log1p(t.w) * c.idf(f)})
	}
	sort.Slice(ts, func(i, j int) bool {
		if ts[i].w != ts[j].w {
			return ts[i].w > ts[j].w
		}
		return ts[i].key < ts[j].key
	})
	out := make([]feature, 0, n)
	for i := 0; i < len(ts) && i < n; i++ {
		out = append(out, ts[i].f)
	}
	return out
}

func (c *Clusterer) inWindow(t time.Time, p *Profile) bool {
	if t.IsZero() || p.First.IsZero() {
		return true
	}
	return !t.Before(p.First.Add(-c.opts.Window)) && !t.After(p.Last.Add(c.opts.Window))
}

// Story returns a known story's profile, or nil.
func (c *Clusterer) Story(id int64) *Profile { return c.stories[id] }
