package story

import (
	"container/heap"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"
)

// Consolidation regroups the articles of the active window (the days
// around newly arrived articles) by agglomerative clustering whose result
// depends on the set of articles only, never on the order or the batches
// they arrived in: the online clusterer places each article at once, and
// consolidation then corrects what the order of arrival got wrong (a
// report that joined the wrong story because the right one was not there
// yet; two stories that a later report showed to be one).
//
// Each article is compared with the articles of its window that share the
// most rare names, specific numbers and strongest terms and concepts with
// it, dated close enough to be one story, as Corpus.Compare compares two
// articles; rarity counts the window's stories (windowRarity). Then groups
// merge best pair first, as the clusterer joins an article to a story and
// merges stories: a group's evidence is its articles' summed, an article
// (or a group of a few) joins a group at the threshold and two larger
// groups merge at the merge threshold. Ties go to the groups whose smallest content hash is
// smallest. Only the groups the new articles reach through pairs that
// score at least half the threshold are regrouped, each story whole; the
// others stay as they were.
type Consolidation struct {
	opts Options
}

// Member is an article of the active window as consolidation sees it.
type Member struct {
	// Article is the article's id; Hash its content hash, which orders the
	// members so that the result does not depend on the order given.
	Article int64
	Hash    string
	// Story is the story the article is in.
	Story int64
	// Profile is the article's own evidence (ArticleProfile). Consolidate
	// takes it into a symbol table of its own.
	Profile *Profile
}

// Regrouped is a story that consolidation changed: its profile, rebuilt
// from its articles' own, and its articles.
type Regrouped struct {
	Profile  *Profile
	Articles []int64
}

// Move records articles that left a story for another: a merge when the
// story they left no longer exists, a split when it goes on.
type Move struct {
	From, Into int64
	Articles   int
	// Merged reports that From was merged into Into and no longer exists;
	// otherwise part of From split off into Into.
	Merged bool
}

// Regrouping is what a consolidation changed.
type Regrouping struct {
	// Stories are the stories whose articles changed, new ones included.
	Stories []Regrouped
	// Removed lists the stories left without articles, merged or split
	// whole into others; Moves says where their articles went.
	Removed []int64
	Moves   []Move
}

// NewConsolidation returns a consolidation with the clusterer's options
// (the zero value: the defaults).
func NewConsolidation(opts Options) *Consolidation {
	return &Consolidation{opts: opts.withDefaults()}
}

// ArticleProfile returns the evidence of one article as a story of its
// own, which consolidation compares with other articles'. Its terms and
// concepts are kept to the strongest that scoring compares.
func ArticleProfile(d Doc) *Profile {
	d.estimated = estimate(d)
	p := newProfile(0, d, newSymbolTable(0))
	p.Terms = p.Terms.prune(maxScoredTerms * 4 / 5)
	p.Concepts = p.Concepts.prune(maxScoredTerms * 4 / 5)
	return p
}

// Date returns the date a profile is placed by in time: its first
// publication date, else its first estimated date; zero when neither is
// known.
func (p *Profile) Date() time.Time {
	first, _, _ := p.dates()
	return first
}

// Consolidate regroups members (see Consolidation). newID numbers the
// stories that consolidation starts. A story keeps its id when one group
// holds most of its articles; a group that holds most of several stories'
// takes the id of the one it holds most of (ties: the smaller id), the
// others merged into it; a group that holds most of none is a new story.
//
// fresh names the articles that arrived since the members were last
// consolidated (nil: regroup all): only the groups they can reach are
// regrouped, the others left as they are.
func (c *Consolidation) Consolidate(members []Member, fresh []int64, newID NewIDs) (Regrouping, error) {
	ms := slices.Clone(members)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Hash < ms[j].Hash })
	syms := newSymbolTable(0)
	for _, m := range ms {
		m.Profile.bind(syms)
	}
	// Rarity counts stories, as the clusterer's does: the names of a
	// story of a hundred reports are rare news, not common words.
	r := windowRarity{syms: syms, df: map[feature]int{}}
	counted := map[struct {
		f feature
		s int64
	}]bool{}
	stories := map[int64]bool{}
	for _, m := range ms {
		stories[m.Story] = true
		for _, f := range profileFeatures(m.Profile) {
			k := struct {
				f feature
				s int64
			}{f, m.Story}
			if !counted[k] {
				counted[k] = true
				r.df[f]++
			}
		}
	}
	r.n = len(stories)
	var start []int
	if fresh != nil {
		start = []int{}
		for i, m := range ms {
			if slices.Contains(fresh, m.Article) {
				start = append(start, i)
			}
		}
	}
	groups := c.cluster(ms, start, r)
	var scope []Member
	for _, g := range groups {
		for _, i := range g {
			scope = append(scope, ms[i])
		}
	}
	// regroup sees the members of the groups only, in the groups' order.
	reindexed := make([][]int, len(groups))
	at := 0
	for gi, g := range groups {
		for range g {
			reindexed[gi] = append(reindexed[gi], at)
			at++
		}
	}
	return regroup(scope, reindexed, newID)
}

// windowRarity is the rarity of features among the stories of a window,
// as the clusterer counts it, but smoothed by rarityPrior stories that
// hold every feature: a window of a few stories tells little of what is
// rare, and its weights stay near even, as Compare's, rather than swing
// with which few it holds.
type windowRarity struct {
	syms *symbolTable
	df   map[feature]int
	n    int
}

// rarityPrior is the weight of the even prior of windowRarity, in
// stories.
const rarityPrior = 3

func (r windowRarity) symbols() *symbolTable { return r.syms }

func (r windowRarity) idf(f feature) float64 {
	return math.Log(float64(r.n+rarityPrior)/float64(r.df[f]+rarityPrior)) + 1
}

// cluster returns the groups of the members of ms that the fresh ones
// (indexes; nil: all) can reach, each group in order, the groups in the
// order of their first member.
func (c *Consolidation) cluster(ms []Member, fresh []int, r rarity) [][]int {
	n := len(ms)
	vs := make([]docVectors, n)
	docs := make([]Doc, n)
	norms := make([]profileNorms, n)
	keys := make([][]string, n)
	for i, m := range ms {
		vs[i], docs[i] = m.Profile.vectors()
		vs[i].prepare(r)
		norms[i] = m.Profile.norms(r)
		keys[i] = indexKeys(vs[i])
	}
	near := c.candidates(ms, keys, r)
	// The scope: the fresh members, then every member a scored pair at
	// least minEdge of the threshold links to one in the scope, and every
	// member of a story one in the scope is in, so that stories are
	// regrouped whole. Groups never span two parts no such pair links, so
	// the groups outside the scope stay as they were.
	inScope := make([]bool, n)
	var queue []int
	add := func(i int) {
		if !inScope[i] {
			inScope[i] = true
			queue = append(queue, i)
		}
	}
	if fresh == nil {
		for i := range ms {
			add(i)
		}
	}
	for _, i := range fresh {
		add(i)
	}
	byStory := map[int64][]int{}
	for i, m := range ms {
		byStory[m.Story] = append(byStory[m.Story], i)
	}
	// sums holds each group's score with each neighbour: every candidate
	// pair of its articles.
	sums := make([]map[int]float64, n)
	scored := map[[2]int]bool{}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		for _, j := range byStory[ms[i].Story] {
			add(j)
		}
		for _, j := range near[i] {
			a, b := min(i, j), max(i, j)
			if scored[[2]int{a, b}] {
				continue
			}
			scored[[2]int{a, b}] = true
			s := score(vs[a], docs[a], ms[b].Profile, &norms[b], r).Value
			// Every candidate pair stays a neighbour: an article too
			// unlike each of a story's articles may still be like their
			// sum once they are one group.
			if sums[a] == nil {
				sums[a] = map[int]float64{}
			}
			if sums[b] == nil {
				sums[b] = map[int]float64{}
			}
			sums[a][b], sums[b][a] = s, s
			if s >= minEdge*c.opts.Threshold {
				add(j)
			}
		}
	}
	// Groups start as the articles in scope and merge best pair first,
	// as the clusterer joins an article to a story and merges two stories:
	// a group's evidence is its articles' summed (its profile), compared
	// with another group's as an article's is with a story's, a single
	// article joining at the threshold and two groups merging at the merge
	// threshold. A pair's score changes only when one of its groups does,
	// so the pairs wait in a heap, best first (ties: the smaller first
	// members), and a pair of a group that changed since is passed over.
	members := make([][]int, n)
	prof := make([]*Profile, n)
	version := make([]int, n)
	for i := range members {
		if inScope[i] {
			members[i], prof[i] = []int{i}, ms[i].Profile
		}
	}
	// Groups of a few articles are stories in the making, which the
	// clusterer would have grown one article at a time: they merge at the
	// threshold.
	threshold := func(a, b int) float64 {
		if len(members[a]) > fewArticles && len(members[b]) > fewArticles {
			return c.opts.MergeThreshold
		}
		return c.opts.Threshold
	}
	h := &pairHeap{}
	push := func(a, b int, s float64) {
		if s >= threshold(a, b) {
			heap.Push(h, pair{s, a, b, version[a], version[b]})
		}
	}
	for a, nb := range sums {
		for b, s := range nb {
			if a < b {
				push(a, b, s)
			}
		}
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		if p.va != version[p.a] || p.vb != version[p.b] || members[p.a] == nil || members[p.b] == nil {
			continue
		}
		a, b := p.a, p.b
		merged := prof[a].Clone()
		merged.absorb(prof[b])
		prof[a], prof[b] = merged, nil
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		version[a]++
		// The merged group's neighbours: its two parts'.
		var nb []int
		for k := range sums[a] {
			nb = append(nb, k)
		}
		for k := range sums[b] {
			nb = append(nb, k)
		}
		for k := range sums[b] {
			delete(sums[k], b)
		}
		sums[b] = nil
		slices.Sort(nb)
		nb = slices.Compact(nb)
		v, d := merged.vectors()
		v.prepare(r)
		for _, k := range nb {
			if k == a || k == b || members[k] == nil {
				continue
			}
			kn := prof[k].norms(r)
			sc := score(v, d, prof[k], &kn, r).Value
			sums[a][k], sums[k][a] = sc, sc
			push(min(a, k), max(a, k), sc)
		}
	}
	var groups [][]int
	for _, g := range members {
		if g != nil {
			slices.Sort(g)
			groups = append(groups, g)
		}
	}
	return groups
}

// fewArticles is the most articles of a group that merges with another
// at the threshold rather than the merge threshold.
const fewArticles = 3

// pair is two groups' score, as of their versions.
type pair struct {
	s      float64
	a, b   int
	va, vb int
}

// pairHeap orders pairs best first; ties go to the smaller groups.
type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].s != h[j].s {
		return h[i].s > h[j].s
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	p := old[len(old)-1]
	*h = old[:len(old)-1]
	return p
}

// near reports whether two articles are dated close enough to report one
// story: within the window, or either undated.
func (c *Consolidation) near(a, b *Profile) bool {
	ta, tb := a.Date(), b.Date()
	if ta.IsZero() || tb.IsZero() {
		return true
	}
	gap := ta.Sub(tb)
	return gap <= c.opts.Window && -gap <= c.opts.Window
}

// minEdge is the least score of a pair, as a share of the threshold, that
// links a new article's reach to another article: articles that alike may
// end in one group, so their groups are regrouped together.
const minEdge = 0.5

// indexSearch is how many of an article's strongest terms and concepts
// find the articles it is compared with, beside all its names and
// specific numbers.
const indexSearch = 24

// Candidate limits: a key held by more of the window's articles than
// maxPostings finds none (it says little about which story an article is
// in, and walking it would make the cost grow with the window's square);
// an article is compared with the maxCandidates articles that share the
// most rare keys with it (ties: the smaller content hash), and with those
// that count it among theirs.
const (
	candidatePostings = 256
	maxPairCandidates = 32
)

// candidates returns, for each member, the members it is compared with:
// dated near it, among the most alike by their shared keys, weighed by
// rarity, either way.
func (c *Consolidation) candidates(ms []Member, keys [][]string, r rarity) [][]int {
	n := len(ms)
	index := map[string][]int{}
	for i := range ms {
		for _, k := range keys[i] {
			index[k] = append(index[k], i)
		}
	}
	weight := func(k string) float64 {
		return math.Log(float64(n+1)/float64(len(index[k])+1)) + 1
	}
	hits := make([]float64, n)
	var touched []int
	near := make([][]int, n)
	for i := range ms {
		for _, k := range keys[i] {
			post := index[k]
			if len(post) > candidatePostings {
				continue
			}
			w := weight(k)
			for _, j := range post {
				if j == i {
					continue
				}
				if hits[j] == 0 {
					touched = append(touched, j)
				}
				hits[j] += w
			}
		}
		var top []int
		for _, j := range touched {
			if c.near(ms[i].Profile, ms[j].Profile) {
				top = append(top, j)
			}
		}
		sort.Slice(top, func(a, b int) bool {
			if hits[top[a]] != hits[top[b]] {
				return hits[top[a]] > hits[top[b]]
			}
			return top[a] < top[b]
		})
		if len(top) > maxPairCandidates {
			top = top[:maxPairCandidates]
		}
		for _, j := range top {
			near[i] = append(near[i], j)
			near[j] = append(near[j], i)
		}
		for _, j := range touched {
			hits[j] = 0
		}
		touched = touched[:0]
	}
	for i := range near {
		slices.Sort(near[i])
		near[i] = slices.Compact(near[i])
	}
	return near
}

// indexKeys returns the keys that find an article's candidate pairs.
func indexKeys(v docVectors) []string {
	var keys []string
	for _, w := range v.names {
		keys = append(keys, "n:"+w.key)
	}
	for k := range v.wordKeys {
		keys = append(keys, "n:"+k)
	}
	for _, w := range v.numbers {
		if numberSpecificity(w.key) >= 0.5 {
			keys = append(keys, "#:"+w.key)
		}
	}
	for _, f := range strongest(v.rankedTerms, indexSearch) {
		keys = append(keys, "t:"+f)
	}
	for _, f := range strongest(v.rankedConcepts, indexSearch) {
		keys = append(keys, "c:"+f)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func strongest(fs []docFeature, n int) []string {
	out := make([]string, 0, n)
	for i, f := range fs {
		if i == n {
			break
		}
		out = append(out, f.key)
	}
	return out
}

// regroup turns groups of members into stories (see Consolidate).
func regroup(ms []Member, groups [][]int, newID NewIDs) (Regrouping, error) {
	total := map[int64]int{}
	for _, m := range ms {
		total[m.Story]++
	}
	var out Regrouping
	kept := map[int64]bool{}
	type assigned struct {
		id     int64
		counts map[int64]int
	}
	as := make([]assigned, len(groups))
	for gi, g := range groups {
		counts := map[int64]int{}
		for _, i := range g {
			counts[ms[i].Story]++
		}
		var id int64
		best := 0
		for s, n := range counts {
			if 2*n > total[s] && (n > best || n == best && s < id) {
				id, best = s, n
			}
		}
		if id == 0 {
			var err error
			if id, err = newID(); err != nil {
				return Regrouping{}, fmt.Errorf("consolidate: %w", err)
			}
		}
		kept[id] = true
		as[gi] = assigned{id, counts}
	}
	for gi, g := range groups {
		a := as[gi]
		_, old := total[a.id]
		changed := !old || a.counts[a.id] != total[a.id] || len(a.counts) > 1
		froms := make([]int64, 0, len(a.counts))
		for s := range a.counts {
			froms = append(froms, s)
		}
		slices.Sort(froms)
		for _, s := range froms {
			if s != a.id {
				out.Moves = append(out.Moves, Move{From: s, Into: a.id, Articles: a.counts[s]})
			}
		}
		if !changed {
			continue
		}
		out.Stories = append(out.Stories, Regrouped{Profile: rebuild(a.id, ms, g), Articles: articleIDs(ms, g)})
	}
	for s := range total {
		if !kept[s] {
			out.Removed = append(out.Removed, s)
		}
	}
	slices.Sort(out.Removed)
	// A removed story's moves are merges: it went whole somewhere, or in
	// parts, none of which kept it.
	for i := range out.Moves {
		out.Moves[i].Merged = !kept[out.Moves[i].From]
	}
	return out, nil
}

func articleIDs(ms []Member, g []int) []int64 {
	out := make([]int64, len(g))
	for n, i := range g {
		out[n] = ms[i].Article
	}
	return out
}

// rebuild folds the profiles of a group's members into the profile of
// story id, the earliest article first (ties: by content hash): its
// title is that article's, or the first English one's.
func rebuild(id int64, ms []Member, g []int) *Profile {
	order := slices.Clone(g)
	sort.SliceStable(order, func(a, b int) bool {
		da, db := ms[order[a]].Profile.Date(), ms[order[b]].Profile.Date()
		if !da.Equal(db) {
			if da.IsZero() || db.IsZero() {
				return db.IsZero()
			}
			return da.Before(db)
		}
		return ms[order[a]].Hash < ms[order[b]].Hash
	})
	first := ms[order[0]].Profile
	p := &Profile{ID: id, Title: first.Title, TitleLanguage: first.TitleLanguage, syms: first.syms}
	for _, i := range order {
		p.absorb(ms[i].Profile)
	}
	return p
}

// Window is how far apart in time two articles may be and still be
// compared.
func (c *Consolidation) Window() time.Duration { return c.opts.Window }
