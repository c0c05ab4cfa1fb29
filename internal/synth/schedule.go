package synth

import (
	"math"
	"math/rand/v2"
	"time"
)

// How articles are placed in time: the clock gives the k-th article of the
// stream its publication time, spreading the articles over the span with
// the rhythm of news (busy weekday afternoons, quiet nights and Sundays).
// Article k falls in the k-th of n equal slices of the span's activity, so
// times never decrease along the stream. Which story an article belongs to
// is decided at its time: the running story whose next article is most
// overdue, or, when none is due, a new story. New stories thus fill the
// room the running ones leave, and the mean story size is what the size
// distribution says.

// clock maps article numbers to seconds since the start.
type clock struct {
	cum   []float64 // cumulative activity at the end of each hour
	total float64
	n     int
	h     int // the hour of the last time given; times only grow
}

var (
	// Activity by weekday, Sunday first, and by hour of the day (UTC).
	weekdayActivity = [7]float64{0.6, 1.0, 1.05, 1.05, 1.05, 1.0, 0.65}
	hourActivity    = [24]float64{0.35, 0.3, 0.3, 0.3, 0.35, 0.5, 0.7, 0.9, 1.0,
		1.1, 1.15, 1.2, 1.2, 1.15, 1.1, 1.1, 1.05, 1.0, 0.95, 0.9, 0.8, 0.7, 0.55, 0.45}
)

func newClock(start time.Time, days, n int) clock {
	c := clock{cum: make([]float64, days*24), n: n}
	wd := int(start.Weekday())
	var acc float64
	for h := range c.cum {
		acc += weekdayActivity[(wd+h/24)%7] * hourActivity[h%24]
		c.cum[h] = acc
	}
	c.total = acc
	return c
}

// at returns the time of article k, u in [0,1) placing it within its
// slice, in whole seconds since the start. Calls must not decrease k.
func (c *clock) at(k int, u float64) float64 {
	a := c.total * (float64(k) + u) / float64(c.n)
	for c.h < len(c.cum)-1 && c.cum[c.h] <= a {
		c.h++
	}
	prev := 0.0
	if c.h > 0 {
		prev = c.cum[c.h-1]
	}
	frac := (a - prev) / (c.cum[c.h] - prev)
	return math.Floor((float64(c.h) + min(max(frac, 0), 0.9999)) * 3600)
}

// maxStorySize bounds story sizes: a fortieth of the stream, at least 10
// and at most 3000.
func maxStorySize(articles int) int {
	return min(max(articles/40, 10), 3000)
}

// storySizes returns a sampler of story sizes minus one: a power law
// P(k) ~ k^-alpha on 1..limit with alpha chosen so that the mean is mean.
func storySizes(mean float64, limit int) *sampler {
	weights := func(alpha float64) ([]float64, float64) {
		w := make([]float64, limit)
		var sum, wsum float64
		for k := 1; k <= limit; k++ {
			w[k-1] = math.Pow(float64(k), -alpha)
			sum += w[k-1]
			wsum += float64(k) * w[k-1]
		}
		return w, wsum / sum
	}
	if mean <= 1 {
		return newSampler([]float64{1})
	}
	lo, hi := 0.0, 8.0
	if _, m := weights(lo); m <= mean {
		w, _ := weights(lo)
		return newSampler(w)
	}
	for range 60 {
		mid := (lo + hi) / 2
		if _, m := weights(mid); m > mean {
			lo = mid
		} else {
			hi = mid
		}
	}
	w, _ := weights((lo + hi) / 2)
	return newSampler(w)
}

// story is a running story: what its articles are about and when its next
// article is due.
type story struct {
	id    int
	start float64 // seconds since the stream's start
	span  float64 // seconds over which its articles spread
	due   float64 // time of the next article
	u     float64 // last planned time as a fraction of the span, before squaring
	left  int     // planned articles still to come
	index int     // position in the heap

	home  int     // language index of most of its articles
	pHome float64 // share of articles in the home language

	persons []entity
	orgs    []entity
	place   entity
	theme   int
	topics  []int // tail ranks of its topic words
	numbers []number
}

// newStory starts a story at time t.
func (s *Stream) newStory(t float64) *story {
	r := s.rng
	s.nstories++
	size := 1 + s.sizes.draw(r.Float64())
	st := &story{id: s.nstories, start: t, left: size - 1}
	day := 24 * 3600.0
	switch {
	case size == 1:
	case size >= 200:
		st.span = (30 + 90*r.Float64()) * day
	case size >= 40 || r.IntN(12) == 0:
		st.span = (7 + 49*r.Float64()) * day
	default:
		f := r.Float64()
		st.span = (0.25 + 3.75*f*f + 0.3*math.Log(float64(size))) * day
	}

	st.home = s.langZ.draw(r.Float64())
	switch {
	case size < 5:
		st.pHome = 0.7
	case size < 20:
		st.pHome = 0.5
	default:
		st.pHome = 0.3 // world news
	}

	np := 1 + boolInt(r.IntN(2) == 0) + boolInt(r.IntN(4) == 0)
	no := boolInt(r.IntN(20) < 9) + boolInt(r.IntN(7) == 0)
	if np+no > 4 {
		no = 4 - np
	}
	var ranks [4]int
	used := 0
	distinct := func(z *rand.Zipf, k kind) int {
		x := int(z.Uint64())
		for tries := 0; tries < 20; tries++ {
			dup := false
			for _, y := range ranks[:used] {
				dup = dup || y == x+int(k)<<40
			}
			if !dup {
				break
			}
			x = int(z.Uint64())
		}
		ranks[used] = x + int(k)<<40
		used++
		return x
	}
	for range np {
		st.persons = append(st.persons, newEntity(s.opts.Seed, person, distinct(s.personZ, person)))
	}
	for range no {
		st.orgs = append(st.orgs, newEntity(s.opts.Seed, org, distinct(s.orgZ, org)))
	}
	st.place = newEntity(s.opts.Seed, place, int(s.placeZ.Uint64()))
	st.theme = r.IntN(numThemes)
	// Topic words: rarer terms, log-uniform over the tail.
	nt := 2 + r.IntN(4)
	for range nt {
		st.topics = append(st.topics, int(math.Exp(math.Log(100)+r.Float64()*math.Log(topicTail/100.0)))-1)
	}
	nn := [...]int{0, 1, 1, 2, 2, 3}[r.IntN(6)]
	for range nn {
		st.numbers = append(st.numbers, newNumber(r))
	}
	return st
}

// storyHeap is a min-heap of running stories by due time.
type storyHeap []*story

func (h *storyHeap) push(st *story) {
	*h = append(*h, st)
	st.index = len(*h) - 1
	h.up(st.index)
}

func (h *storyHeap) pop() *story {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	old[0].index = 0
	old[last] = nil
	*h = old[:last]
	if last > 0 {
		h.down(0)
	}
	return top
}

func (h storyHeap) less(i, j int) bool {
	if h[i].due != h[j].due {
		return h[i].due < h[j].due
	}
	return h[i].id < h[j].id
}

func (h storyHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}

func (h storyHeap) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(i, p) {
			return
		}
		h.swap(i, p)
		i = p
	}
}

func (h storyHeap) down(i int) {
	for {
		l := 2*i + 1
		if l >= len(h) {
			return
		}
		m := l
		if r := l + 1; r < len(h) && h.less(r, l) {
			m = r
		}
		if !h.less(m, i) {
			return
		}
		h.swap(i, m)
		i = m
	}
}

// outlet is a news site of one language.
type outlet struct {
	name   string
	domain string
	native bool // writes numbers in native digits
}

// newOutlets invents n outlets of a language, most popular first.
func newOutlets(seed uint64, l *language, n int) []outlet {
	out := make([]outlet, n)
	en := languages["en"]
	suffixes := [...]string{"news", "daily", "press", "post", "info", "media"}
	for i := range out {
		e := newEntity(seed^uint64(len(l.code))<<8^uint64(l.code[0])<<16^uint64(l.code[1])<<24, outletKind, i)
		pat := l.outlets[i%len(l.outlets)]
		var b []byte
		for j := 0; j < len(pat); j++ {
			if pat[j] == '@' {
				b = appendWord(b, e.name, l)
			} else {
				b = append(b, pat[j])
			}
		}
		lat := appendWord(nil, e.name, en)
		for j := range lat {
			if 'A' <= lat[j] && lat[j] <= 'Z' {
				lat[j] += 'a' - 'A'
			}
		}
		domain := string(lat) + suffixes[i%len(suffixes)] + "." + l.code + ".example"
		r := rand.New(rand.NewPCG(seed, uint64(i)))
		native := false
		switch l.code {
		case "ar":
			native = r.IntN(10) < 3
		case "fa":
			native = r.IntN(10) < 6
		}
		out[i] = outlet{name: string(b), domain: domain, native: native}
	}
	return out
}
