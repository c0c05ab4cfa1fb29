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
	// below it the article starts a story of its own. Default 0.47.
	Threshold float64
	// MergeThreshold is the least score with which two stories that an
	// article joins are merged, compared whole. It is higher than
	// Threshold: two stories share more evidence by chance than an article
	// and a story do, the more so the larger they grow, and merges at the
	// join threshold chained stories into ever larger ones on long
	// streams. Default: Threshold + 0.1.
	MergeThreshold float64
	// Window is how far apart in time an article and a story may be and
	// still be compared. Default 14 days.
	Window time.Duration
}

func (o Options) withDefaults() Options {
	if o.Threshold == 0 {
		o.Threshold = 0.47
	}
	if o.MergeThreshold == 0 {
		o.MergeThreshold = o.Threshold + 0.1
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
	opts Options
	load Loader
	// syms numbers the texts of the stories' features; compact replaces
	// it by a table of the texts still in use.
	syms *symbolTable
	// slots hold the stories in memory; byID finds a story's slot. A
	// let-go story leaves its slot empty, and the slot is used again only
	// once compact has taken it out of the posting lists.
	slots []slot
	byID  map[int64]int32
	free  []int32
	index map[feature][]int32
	df    map[feature]int32
	newID NewIDs
	// hits and touched are candidates' scratch space: a weight per slot,
	// and the slots given one.
	hits    []float64
	touched []int32
	// covered is the date range whose stories are all in memory; zero
	// before the first dated article.
	coveredFrom, coveredTo time.Time
	undatedLoaded          bool
	// newest is the latest publication date seen; stale counts let-go
	// stories whose slots are still named in posting lists.
	newest, swept time.Time
	stale         []int32
}

// slot is a story in memory with what candidate search and scoring
// read of it most.
type slot struct {
	p *Profile
	// from and to bound the publication dates an article may have to be
	// compared with the story (Unix seconds); both zero when the story is
	// undated.
	from, to int64
	norms    profileNorms
	// normsSet reports that norms are computed for the profile as it is.
	normsSet bool
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

// NewIDs hands out the id of each new story, never one given before; the
// store owns the ids (store.Store.NewStoryIDs), so that writers beside one
// another never give two stories one id.
type NewIDs func() (int64, error)

// NewClusterer starts a clusterer. newID gives new stories their ids (nil:
// 1, 2, 3 ..., for a clusterer without stored stories); load fetches
// stored stories as they are needed (nil: none are stored).
func NewClusterer(opts Options, newID NewIDs, load Loader) *Clusterer {
	if load == nil {
		load = func(time.Time, time.Time, bool) ([]*Profile, error) { return nil, nil }
	}
	if newID == nil {
		var last int64
		newID = func() (int64, error) {
			last++
			return last, nil
		}
	}
	return &Clusterer{
		opts:  opts.withDefaults(),
		load:  load,
		newID: newID,
		syms:  newSymbolTable(512),
		byID:  map[int64]int32{},
		index: map[feature][]int32{},
		df:    map[feature]int32{},
	}
}

// place puts a story in a slot and indexes its features.
func (c *Clusterer) place(p *Profile) {
	var i int32
	if n := len(c.free); n > 0 {
		i, c.free = c.free[n-1], c.free[:n-1]
	} else {
		i = int32(len(c.slots))
		c.slots = append(c.slots, slot{})
		c.hits = append(c.hits, 0)
	}
	p.bind(c.syms)
	c.slots[i] = slot{p: p}
	c.byID[p.ID] = i
	c.changed(i)
	c.indexFeatures(i, profileFeatures(p))
}

// changed notes that the story in slot i changed: its window moves and its
// norms are computed again when next needed.
func (c *Clusterer) changed(i int32) {
	s := &c.slots[i]
	s.normsSet = false
	s.from, s.to = 0, 0
	if !s.p.First.IsZero() {
		s.from = s.p.First.Add(-c.opts.Window).Unix()
		s.to = s.p.Last.Add(c.opts.Window).Unix()
	}
}

// remove lets go of the story in slot i.
func (c *Clusterer) remove(i int32) {
	p := c.slots[i].p
	for _, f := range profileFeatures(p) {
		if c.df[f]--; c.df[f] <= 0 {
			delete(c.df, f)
		}
	}
	delete(c.byID, p.ID)
	c.slots[i] = slot{}
	c.stale = append(c.stale, i)
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
		from, to = from.Add(-loadStep), to.Add(loadStep)
		if err := c.adopt(c.load(from, to, false)); err != nil {
			return err
		}
		c.coveredFrom, c.coveredTo = from, to
	default:
		if from.Before(c.coveredFrom) {
			from = from.Add(-loadStep)
			if err := c.adopt(c.load(from, c.coveredFrom, false)); err != nil {
				return err
			}
			c.coveredFrom = from
		}
		if to.After(c.coveredTo) {
			to = to.Add(loadStep)
			if err := c.adopt(c.load(c.coveredTo, to, false)); err != nil {
				return err
			}
			c.coveredTo = to
		}
	}
	return nil
}

// loadStep is how much further than needed the clusterer loads stories
// when an article's date goes past the range it holds, so that articles
// in date order call the loader once a day of news, not once each.
const loadStep = 24 * time.Hour

// adopt takes in loaded stories that are not in memory yet.
func (c *Clusterer) adopt(profiles []*Profile, err error) error {
	if err != nil {
		return fmt.Errorf("load stories: %w", err)
	}
	sort.Slice(profiles, func(i, j int) bool { return profiles[i].ID < profiles[j].ID })
	for _, p := range profiles {
		if _, ok := c.byID[p.ID]; ok {
			continue
		}
		c.place(p)
	}
	return nil
}

// sweepMargin keeps stories a little past the window for articles that
// arrive slightly out of date order.
const sweepMargin = 24 * time.Hour

// Sweep lets go of the stories whose last article is more than a window
// and a day older than the newest article seen: no article of about that
// date can join them any more. A let-go story is loaded again when an
// older article needs it, so the loader must return every change to the
// stories made before it was called.
func (c *Clusterer) Sweep() {
	if c.newest.IsZero() || c.newest.Sub(c.swept) < 24*time.Hour {
		return
	}
	c.swept = c.newest
	horizon := c.newest.Add(-c.opts.Window - sweepMargin)
	for i, s := range c.slots {
		if s.p != nil && !s.p.Last.IsZero() && s.p.Last.Before(horizon) {
			c.remove(int32(i))
		}
	}
	if c.coveredFrom.Before(horizon) {
		c.coveredFrom = horizon
	}
	if len(c.stale) > len(c.byID)/2 {
		c.compact()
	}
}

// compact drops the slots of let-go stories from the posting lists, frees
// them for new stories and drops the texts no story uses any more from the
// symbol table.
func (c *Clusterer) compact() {
	for f, slots := range c.index {
		kept := slots[:0]
		for _, i := range slots {
			if c.slots[i].p != nil {
				kept = append(kept, i)
			}
		}
		if len(kept) == 0 {
			delete(c.index, f)
		} else {
			c.index[f] = kept
		}
	}
	c.free = append(c.free, c.stale...)
	c.stale = c.stale[:0]
	c.compactSymbols()
}

// compactSymbols replaces the symbol table, when a quarter of its texts
// or more are no longer used, by a table of the texts in use: those of the
// stories in memory, and those rarity counts or the posting lists name
// (a feature pruned from a story may still be counted). The symbols keep
// their order, so the features stay sorted and every decision stays the
// same. Profiles saved or handed out before keep the old table, which no
// longer changes.
func (c *Clusterer) compactSymbols() {
	n := c.syms.len()
	used := make([]bool, n)
	for _, s := range c.slots {
		if s.p != nil {
			for _, f := range profileFeatures(s.p) {
				used[f.symbol()] = true
			}
		}
	}
	for f := range c.df {
		used[f.symbol()] = true
	}
	for f := range c.index {
		used[f.symbol()] = true
	}
	var kept []symbol
	for s := symbol(1); int(s) < n; s++ {
		if used[s] {
			kept = append(kept, s)
		}
	}
	if 4*(n-1-len(kept)) < n-1 {
		return
	}
	t := newSymbolTable(len(kept))
	renumber := make([]symbol, n)
	for i, text := range c.syms.texts(kept) {
		renumber[kept[i]] = t.intern(text) // i+1: the order is kept
	}
	re := func(f feature) feature { return featureOf(f.kind(), renumber[f.symbol()]) }
	df := make(map[feature]int32, len(c.df))
	for f, n := range c.df {
		df[re(f)] = n
	}
	index := make(map[feature][]int32, len(c.index))
	for f, slots := range c.index {
		index[re(f)] = slots
	}
	for _, s := range c.slots {
		if s.p != nil {
			s.p.renumber(t, renumber)
		}
	}
	c.syms, c.df, c.index = t, df, index
}

// Stories is the number of stories in memory.
func (c *Clusterer) Stories() int { return len(c.byID) }

// profileFeatures lists a profile's features.
func profileFeatures(p *Profile) []feature {
	out := make([]feature, 0, p.Terms.Len()+p.Concepts.Len()+p.Names.Len()+p.WordKeys.Len()+p.Numbers.Len())
	for _, kf := range []struct {
		k kind
		f Features
	}{{termKind, p.Terms}, {conceptKind, p.Concepts}, {nameKind, p.Names}, {wordKeyKind, p.WordKeys}, {numberKind, p.Numbers}} {
		for _, e := range kf.f.e {
			out = append(out, featureOf(kf.k, e.sym))
		}
	}
	return out
}

func (c *Clusterer) indexFeatures(slot int32, features []feature) {
	for _, f := range features {
		c.index[f] = append(c.index[f], slot)
		c.df[f]++
	}
}

func (c *Clusterer) symbols() *symbolTable { return c.syms }

// idf is the rarity of a feature among the known stories.
func (c *Clusterer) idf(f feature) float64 {
	n := float64(len(c.byID))
	return math.Log((n+1)/(float64(c.df[f])+1)) + 1
}

// maxPostings caps how many stories a feature may name as candidates, the
// most recent ones: a feature found in more stories than this says little
// about which one an article belongs to, and walking its whole posting
// list would make the cost of an article grow with the stories in memory.
const maxPostings = 256

// Assign puts an article in its story and returns the decision. It fails
// only when stored stories cannot be loaded or a new story gets no id.
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
	d.estimated = estimate(d)
	v := vectorsOf(d)
	v.prepare(c)
	ranked := c.ranked(d, v)
	if len(ranked) == 0 || ranked[0].score.Value < c.opts.Threshold {
		id, err := c.newID()
		if err != nil {
			return Assignment{}, fmt.Errorf("new story id: %w", err)
		}
		p := newProfile(id, d, c.syms)
		c.place(p)
		a := Assignment{Story: p, New: true}
		if len(ranked) > 0 {
			a.Score = ranked[0].score
		}
		return a, nil
	}
	best := ranked[0]
	added := best.story.add(d)
	c.indexFeatures(best.slot, added)
	c.changed(best.slot)
	a := Assignment{Story: best.story, Score: best.score}
	var joined *storyVectors // a.Story's evidence, prepared once per state
	for _, o := range ranked[1:] {
		if o.score.Value < c.opts.Threshold {
			break
		}
		if joined == nil {
			joined = c.prepareStory(a.Story)
		}
		if c.converge(joined, o.slot) {
			joined = nil
			into, from := c.byID[a.Story.ID], o.slot
			if c.slots[from].p.ID < a.Story.ID {
				into, from = from, into
			}
			a.Merged = append(a.Merged, c.slots[from].p.ID)
			c.merge(into, from)
			a.Story = c.slots[into].p
		}
	}
	return a, nil
}

// scored is a candidate story, in its slot, with the article's score
// against it.
type scored struct {
	story *Profile
	slot  int32
	score Score
}

// ranked scores the candidate stories, best first; ties go to the older.
func (c *Clusterer) ranked(d Doc, v docVectors) []scored {
	var out []scored
	for _, i := range c.candidates(d, v) {
		p := c.slots[i].p
		out = append(out, scored{p, i, score(v, d, p, c.normsOf(i), c)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score.Value > out[j].score.Value })
	return out
}

// normsOf returns the norms of the story in slot i, computing them when
// it changed since. They are weighed under the rarity of when they were
// computed: recomputing them whenever any story changes would cost more
// than the drift is worth.
func (c *Clusterer) normsOf(i int32) *profileNorms {
	s := &c.slots[i]
	if !s.normsSet {
		s.norms, s.normsSet = s.p.norms(c), true
	}
	return &s.norms
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

// converge reports whether a story's evidence and the evidence of the
// story in slot b, compared whole, score above the merge threshold.
func (c *Clusterer) converge(a *storyVectors, b int32) bool {
	return score(a.v, a.d, c.slots[b].p, c.normsOf(b), c).Value >= c.opts.MergeThreshold
}

// merge folds the story in slot from into the story in slot into and
// forgets the first.
func (c *Clusterer) merge(into, from int32) {
	src := c.slots[from].p
	c.remove(from)
	c.indexFeatures(into, c.slots[into].p.absorb(src))
	c.changed(into)
}

// Candidate search limits: the terms of an article that look for stories,
// and the stories scored in full.
const (
	searchTerms   = 24
	maxCandidates = 32
)

// candidates returns the slots of the stories within the time window that
// share the most rare evidence with the article: its name tokens, numbers
// and rarest terms, in the order of their story ids. The cost depends on
// the posting lists, capped, not on the number of stories.
func (c *Clusterer) candidates(d Doc, v docVectors) []int32 {
	visit := func(f feature) {
		slots := c.index[f]
		if len(slots) > maxPostings {
			slots = slots[len(slots)-maxPostings:]
		}
		w := c.idf(f)
		for _, i := range slots {
			if c.slots[i].p == nil {
				continue
			}
			if c.hits[i] == 0 {
				c.touched = append(c.touched, i)
			}
			c.hits[i] += w
		}
	}
	for _, f := range v.preparedNames {
		visit(featureOf(nameKind, f.sym))
		visit(featureOf(wordKeyKind, f.sym))
	}
	for k := range v.wordKeys {
		visit(featureOf(nameKind, c.syms.lookup(k)))
	}
	for _, f := range v.preparedNumbers {
		visit(featureOf(numberKind, f.sym))
	}
	for _, f := range c.rarestTerms(v.rankedTerms, termKind, searchTerms) {
		visit(f)
	}
	for _, f := range c.rarestTerms(v.rankedConcepts, conceptKind, searchTerms) {
		visit(f)
	}
	best := c.best(d.Published, maxCandidates)
	for _, i := range c.touched {
		c.hits[i] = 0
	}
	c.touched = c.touched[:0]
	return best
}

// best returns the n touched slots with the most hits whose stories are
// within the window of date t, in the order of their story ids; ties go to
// the older story.
func (c *Clusterer) best(t time.Time, n int) []int32 {
	type hit struct {
		slot int32
		id   int64
		w    float64
	}
	before := func(a, b hit) bool { return a.w > b.w || a.w == b.w && a.id < b.id }
	unix := t.Unix()
	top := make([]hit, 0, n+1) // best first
	for _, i := range c.touched {
		s := &c.slots[i]
		if !t.IsZero() && s.to != 0 && (unix < s.from || unix > s.to) {
			continue
		}
		h := hit{i, s.p.ID, c.hits[i]}
		if len(top) == n && !before(h, top[n-1]) {
			continue
		}
		at := sort.Search(len(top), func(j int) bool { return before(h, top[j]) })
		top = append(top, hit{})
		copy(top[at+1:], top[at:])
		top[at] = h
		if len(top) > n {
			top = top[:n]
		}
	}
	sort.Slice(top, func(i, j int) bool { return top[i].id < top[j].id })
	out := make([]int32, len(top))
	for i, h := range top {
		out[i] = h.slot
	}
	return out
}

// rarestTerms picks the n strongest of an article's terms, given weighed
// and strongest first, that some story holds: a term no story holds cannot
// find one.
func (c *Clusterer) rarestTerms(ranked []docFeature, k kind, n int) []feature {
	out := make([]feature, 0, n)
	for _, t := range ranked {
		if len(out) == n {
			break
		}
		if f := featureOf(k, t.sym); c.df[f] > 0 {
			out = append(out, f)
		}
	}
	return out
}

// Replace takes in what a consolidation changed: it lets go of the
// removed stories and puts the regrouped ones in place of what it held of
// them. A profile it takes in is the clusterer's from then on.
func (c *Clusterer) Replace(r Regrouping) {
	drop := func(id int64) {
		if i, ok := c.byID[id]; ok {
			c.remove(i)
		}
	}
	for _, id := range r.Removed {
		drop(id)
	}
	for _, s := range r.Stories {
		drop(s.Profile.ID)
		c.place(s.Profile)
	}
}

// NewID numbers a new story, as Assign numbers those it starts.
func (c *Clusterer) NewID() (int64, error) { return c.newID() }

// Story returns a known story's profile, or nil.
func (c *Clusterer) Story(id int64) *Profile {
	i, ok := c.byID[id]
	if !ok {
		return nil
	}
	return c.slots[i].p
}
