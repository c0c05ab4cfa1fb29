package synth

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tailSize is the number of pseudo-words after a language's common words;
// topicTail bounds the tail ranks that stories draw topic words from, so
// that every language has a word for every topic.
const (
	tailSize  = 40000
	hanTail   = 24000
	topicTail = 20000
)

// sampler draws indices 0..n-1 with fixed probabilities in constant
// expected time: a cumulative table and a guide table that points into it.
type sampler struct {
	cdf   []float64
	guide []int32
}

// newSampler returns a sampler of the weights, which need not sum to one.
func newSampler(weights []float64) *sampler {
	var total float64
	for _, w := range weights {
		total += w
	}
	cdf := make([]float64, len(weights))
	var acc float64
	for i, w := range weights {
		acc += w
		cdf[i] = acc / total
	}
	cdf[len(cdf)-1] = 1
	guide := make([]int32, len(weights))
	j := 0
	for g := range guide {
		threshold := float64(g) / float64(len(guide))
		for cdf[j] <= threshold {
			j++
		}
		guide[g] = int32(j)
	}
	return &sampler{cdf: cdf, guide: guide}
}

// newZipf returns a sampler of n ranks with weights 1/(rank+q)^s.
func newZipf(n int, s, q float64) *sampler {
	w := make([]float64, n)
	for i := range w {
		w[i] = math.Pow(float64(i)+q, -s)
	}
	return newSampler(w)
}

// draw maps a uniform u in [0,1) to an index.
func (z *sampler) draw(u float64) int {
	i := int(z.guide[int(u*float64(len(z.guide)))])
	for z.cdf[i] <= u {
		i++
	}
	return i
}

// vocab is a language's vocabulary: function words and content words
// (the common words, then the pseudo-word tail), each with Zipfian
// frequencies. Content word i of one language means the same as content
// word i of another in the tail, which lets a story's topic words be
// "translated". Content words sit in fixed slots of 32 bytes, half a cache
// line: the generator reads them at random, and a word costs one cache
// miss, not two.
type vocab struct {
	fn       []string
	fnZ      *sampler
	slots    []slot
	common   int // content words before the tail
	contentZ *zipf
	themes   [numThemes]string
	hverbs   []string
}

// slot holds one content word: its length, with capBit set if it begins
// with a capital (a German noun), then its bytes.
type slot [slotSize]byte

const (
	slotSize = 32
	capBit   = 0x80
)

// content returns content word i and whether it is capitalised.
func (v *vocab) content(i int) ([]byte, bool) {
	s := &v.slots[i]
	return s[1 : 1+s[0]&^capBit], s[0]&capBit != 0
}

// zipf draws ranks 0..n-1 with weights 1/(rank+q)^s: the first ranks from
// a table, the long tail from the inverse of the continuous distribution,
// which needs no memory.
type zipf struct {
	head          *sampler
	pHead         float64
	lo, d, inv, q float64
	headN, n      int
	k             int // -inv when that is a whole number, for a faster power
}

func newZipfTail(n int, s, q float64) *zipf {
	h := min(n, 1024)
	z := &zipf{head: newZipf(h, s, q), headN: h, n: n, q: q, inv: 1 / (1 - s)}
	var headMass float64
	for i := range h {
		headMass += math.Pow(float64(i)+q, -s)
	}
	z.lo = math.Pow(float64(h)+q, 1-s)
	z.d = z.lo - math.Pow(float64(n)+q, 1-s)
	tailMass := z.d / (s - 1)
	z.pHead = headMass / (headMass + tailMass)
	if k := math.Round(-z.inv); k >= 1 && k <= 64 && math.Abs(k+z.inv) < 1e-9 {
		z.k = int(k)
	}
	return z
}

func (z *zipf) draw(u float64) int {
	if u < z.pHead {
		return z.head.draw(u / z.pHead)
	}
	u = (u - z.pHead) / (1 - z.pHead)
	y := z.lo - u*z.d
	var x float64
	if z.k > 0 {
		x = 1 / powInt(y, z.k)
	} else {
		x = math.Pow(y, z.inv)
	}
	return min(max(int(x-z.q), z.headN), z.n-1)
}

// powInt returns y to the power k by squaring.
func powInt(y float64, k int) float64 {
	p := 1.0
	for k > 0 {
		if k&1 == 1 {
			p *= y
		}
		y *= y
		k >>= 1
	}
	return p
}

var (
	vocabOnce [len(vocabCodes)]sync.Once
	vocabs    [len(vocabCodes)]*vocab
)

// vocabCodes fixes an index per known language for the vocabulary cache.
var vocabCodes = [...]string{"en", "de", "fr", "es", "it", "pl", "tr", "ru", "ar", "fa", "zh"}

// vocabFor returns the vocabulary of a language, building it on first use.
// A vocabulary depends on the language only, so it is shared by all
// streams.
func vocabFor(l *language) *vocab {
	for i, c := range vocabCodes {
		if c == l.code {
			vocabOnce[i].Do(func() { vocabs[i] = buildVocab(l) })
			return vocabs[i]
		}
	}
	panic("synth: no vocabulary for " + l.code)
}

func buildVocab(l *language) *vocab {
	v := &vocab{fn: words(l.fn), themes: l.themes, hverbs: words(l.hverbs)}
	common := words(l.common)
	v.common = len(common)
	seen := make(map[string]bool, tailSize+len(common))
	for _, w := range common {
		seen[strings.ToLower(w)] = true
	}
	for _, w := range v.fn {
		seen[w] = true
	}
	n := tailSize
	if l.script == han {
		n = hanTail
	}
	content := append(make([]string, 0, len(common)+n), common...)
	// The tail depends on the language alone: a fixed seed from its code.
	var h uint64 = 14695981039346656037
	for i := 0; i < len(l.code); i++ {
		h = (h ^ uint64(l.code[i])) * 1099511628211
	}
	r := rand.New(rand.NewPCG(h, 0x5eed))
	pw := newPseudo(l)
	for tries := 0; len(content) < len(common)+n && tries < 50*n; tries++ {
		w := pw.word(r)
		if k := strings.ToLower(w); len(w) < slotSize && !seen[k] {
			seen[k] = true
			content = append(content, w)
		}
	}
	for len(content) < len(common)+n { // the letters ran out: numbered words
		content = append(content, content[len(content)%(len(content)-len(common))+len(common)]+strconv.Itoa(len(content)))
	}
	v.slots = make([]slot, len(content))
	for i, w := range content {
		if len(w) >= slotSize {
			panic("synth: word too long for its slot: " + w)
		}
		v.slots[i][0] = byte(len(w))
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			v.slots[i][0] |= capBit
		}
		copy(v.slots[i][1:], w)
	}
	v.contentZ = newZipfTail(len(content), 1.05, 8)
	v.fnZ = newZipf(len(v.fn), 1.0, 1)
	return v
}

// pseudo spells pseudo-words from a language's parts.
type pseudo struct {
	script                                          script
	onsets, nuclei, codas, suffixes, caps, prefixes []string
	chars                                           []rune
}

func newPseudo(l *language) *pseudo {
	p := l.pseudo
	return &pseudo{
		script: l.script,
		onsets: parts(p.onsets), nuclei: parts(p.nuclei), codas: parts(p.codas),
		suffixes: parts(p.suffixes), caps: parts(p.capSuffixes), prefixes: parts(p.prefixes),
		chars: []rune(p.chars),
	}
}

func pick(r *rand.Rand, list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[r.IntN(len(list))]
}

// word returns one pseudo-word.
func (p *pseudo) word(r *rand.Rand) string {
	var b strings.Builder
	switch {
	case p.script == han:
		n := 2
		if r.IntN(4) == 0 {
			n = 3
		}
		for range n {
			b.WriteRune(p.chars[r.IntN(len(p.chars))])
		}
		return b.String()
	case p.script == arabic || p.script == persian:
		// A root of three or four consonants with long vowels between them.
		b.WriteString(pick(r, p.prefixes))
		n := 3 + r.IntN(2)
		for i := range n {
			b.WriteString(pick(r, p.onsets))
			if i < n-1 {
				b.WriteString(pick(r, p.nuclei))
			}
		}
		b.WriteString(pick(r, p.suffixes))
		return b.String()
	}
	syl := 1 + r.IntN(3)
	for i := range syl {
		b.WriteString(pick(r, p.onsets))
		b.WriteString(pick(r, p.nuclei))
		if i == syl-1 || r.IntN(3) == 0 {
			b.WriteString(pick(r, p.codas))
		}
	}
	if len(p.caps) > 0 && r.IntN(2) == 0 {
		// A German noun: capitalised.
		b.WriteString(pick(r, p.caps))
		return capitalize(b.String(), false)
	}
	b.WriteString(pick(r, p.suffixes))
	return b.String()
}

// capitalize upper-cases the first letter; turkish selects the dotted İ.
func capitalize(s string, turkish bool) string {
	r, n := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(r)
	if turkish {
		u = unicode.TurkishCase.ToUpper(r)
	}
	if u == r {
		return s
	}
	return string(u) + s[n:]
}

// appendCap appends s with its first letter upper-cased.
func appendCap(b []byte, s string, turkish bool) []byte {
	r, n := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(r)
	if turkish {
		u = unicode.TurkishCase.ToUpper(r)
	}
	b = utf8.AppendRune(b, u)
	return append(b, s[n:]...)
}
