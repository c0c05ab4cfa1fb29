package story

import (
	"math"
	"slices"
	"sort"
	"time"
)

// Consolidation regroups the articles of the active window (the days
// around newly arrived articles) by average-link agglomerative clustering,
// whose result depends on the set of articles only, never on the order or
// the batches they arrived in: the online clusterer places each article
// at once, and consolidation then corrects what the order of arrival got
// wrong (a report that joined the wrong story because the right one was
// not there yet; two stories that a later report showed to be one).
//
// Every pair of the window's articles that share a name, a specific number
// or one of their strongest terms or concepts, and are dated close enough
// to be one story, is scored as Compare scores two articles (every feature
// weighed the same, so that a pair's score depends on the two articles
// alone and is computed once). Then the two groups with the highest mean
// score over all their pairs (a pair never scored counts 0) are merged,
// again and again, while that mean reaches the threshold. Ties go to the
// groups whose smallest content hash is smallest. Average link keeps a
// story from chaining through one article that resembles two events, as
// single link does, and from splitting on one odd pair, as complete link
// does. Its groups never span two parts of the window that no pair links,
// so regrouping the window around new articles regroups every story they
// can change.
type Consolidation struct {
	opts Options
	// scores caches pair scores by the content hashes of the pair, the
	// smaller first: a pair's score depends on the two articles only.
	scores map[[2]string]float64
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
	return &Consolidation{opts: opts.withDefaults(), scores: map[[2]string]float64{}}
}

// maxCachedScores bounds the cache of pair scores; past it the cache
// starts again.
const maxCachedScores = 4 << 20

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
func (c *Consolidation) Consolidate(members []Member, newID func() int64) Regrouping {
	ms := slices.Clone(members)
	sort.Slice(ms, func(i, j int) bool { return ms[i].Hash < ms[j].Hash })
	syms := newSymbolTable(0)
	for _, m := range ms {
		m.Profile.bind(syms)
	}
	groups := c.cluster(ms, flatRarity{syms})
	return regroup(ms, groups, newID)
}

// cluster returns the groups of ms (indexes), each in order, the groups
// in the order of their first member.
func (c *Consolidation) cluster(ms []Member, r rarity) [][]int {
	n := len(ms)
	vs := make([]docVectors, n)
	docs := make([]Doc, n)
	norms := make([]profileNorms, n)
	for i, m := range ms {
		vs[i], docs[i] = m.Profile.vectors()
		vs[i].prepare(r)
		norms[i] = m.Profile.norms(r)
	}
	// Candidate pairs share an indexed key.
	index := map[string][]int{}
	for i, m := range ms {
		for _, k := range indexKeys(vs[i], m.Profile) {
			index[k] = append(index[k], i)
		}
	}
	if len(c.scores) > maxCachedScores {
		clear(c.scores)
	}
	// sums holds each group's summed scores with its neighbours.
	sums := make([]map[int]float64, n)
	for i := range sums {
		sums[i] = map[int]float64{}
	}
	seen := make([]int, n)
	for i := range seen {
		seen[i] = -1
	}
	for i := range ms {
		var cands []int
		for _, k := range indexKeys(vs[i], ms[i].Profile) {
			for _, j := range index[k] {
				if j > i && seen[j] != i {
					seen[j] = i
					cands = append(cands, j)
				}
			}
		}
		for _, j := range cands {
			if !c.near(ms[i].Profile, ms[j].Profile) {
				continue
			}
			key := [2]string{ms[i].Hash, ms[j].Hash}
			s, ok := c.scores[key]
			if !ok {
				s = score(vs[i], docs[i], ms[j].Profile, &norms[j], r).Value
				c.scores[key] = s
			}
			if s > 0 {
				sums[i][j], sums[j][i] = s, s
			}
		}
	}
	size := make([]int, n)
	members := make([][]int, n)
	for i := range members {
		size[i], members[i] = 1, []int{i}
	}
	for {
		// The best pair of groups: the highest mean, ties to the smaller
		// pair of first members (a group is named by its first member,
		// which holds the smallest hash).
		bi, bj, best := -1, -1, 0.0
		for i := range sums {
			if members[i] == nil {
				continue
			}
			for j, s := range sums[i] {
				if j <= i {
					continue
				}
				mean := s / float64(size[i]*size[j])
				if mean >= c.opts.Threshold-1e-12 && (mean > best+1e-12 || math.Abs(mean-best) <= 1e-12 && (i < bi || i == bi && j < bj)) {
					bi, bj, best = i, j, mean
				}
			}
		}
		if bi < 0 {
			break
		}
		// Merge bj into bi: bi's first member is the smaller.
		for k, s := range sums[bj] {
			if k == bi {
				continue
			}
			sums[bi][k] += s
			sums[k][bi] += s
			delete(sums[k], bj)
		}
		delete(sums[bi], bj)
		sums[bj] = nil
		size[bi] += size[bj]
		members[bi] = append(members[bi], members[bj]...)
		members[bj] = nil
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

// indexSearch is how many of an article's strongest terms and concepts
// find the articles it is compared with, beside all its names and
// specific numbers.
const indexSearch = 24

// indexKeys returns the keys that find an article's candidate pairs.
func indexKeys(v docVectors, p *Profile) []string {
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
func regroup(ms []Member, groups [][]int, newID func() int64) Regrouping {
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
			id = newID()
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
	return out
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
