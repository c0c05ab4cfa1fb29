package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"

	"github.com/storyline/storyline/internal/cache"
	"github.com/storyline/storyline/internal/gazetteer"
)

// Model is the tagger of one language: the weight of each hashed feature
// for each tag, and of each pair of tags in a row.
type Model struct {
	// Lang is the language the model was trained on (ISO 639-1).
	Lang string
	// Places is the gazetteer whose places are features. A model trained
	// with one (Options.Places, then UsesPlaces) tags best given the same.
	Places *gazetteer.Gazetteer
	// known and starts keep the gazetteer's answers from one document to
	// the next (SetPlaces): the place of a name, and whether a word may
	// start a name of several; nil keeps none.
	known  *cache.Cache[string, placeAnswer]
	starts *cache.Cache[string, bool]
	// usesPlaces says whether the model was trained with a gazetteer.
	usesPlaces bool
	bits       uint8
	// trans holds the weight of tag cur after tag prev at
	// (prev+1)*numTags+cur; prev -1 is the start of the sentence.
	trans [(numTags + 1) * numTags]float32
	// step is the weight of one unit of a row's quantised weights.
	step float32
	// blocks says which feature buckets have a row of weights: bit b of
	// blocks[i].bits for bucket 64*i+b; the row's number is the block's
	// rank (the rows of the buckets before it) plus the bits set below b.
	// A bitmap of 1<<bits bits and its ranks (256 KB for 2^20 buckets)
	// stay in the CPU's cache, where a dense index of rows did not.
	blocks []block
	// rows holds the quantised weights of the buckets with any, in the
	// order of the buckets; 16 bytes, a row in one cache line.
	rows []row
}

// block is 64 feature buckets of the bitmap.
type block struct {
	bits uint64
	rank uint32
}

// row is the quantised weight of each tag for one feature bucket.
type row [numTags + 1]int16

// newModel returns the model of the given weights, quantised as the format
// keeps them: dense holds numTags weights a bucket, 1<<bits buckets.
func newModel(code string, bits uint8, trans *[(numTags + 1) * numTags]float32, dense []float32) *Model {
	var maxAbs float64
	for _, v := range dense {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	for _, v := range trans {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	m := &Model{Lang: code, bits: bits, step: 1, blocks: make([]block, (1<<bits)/64)}
	if s := float32(maxAbs / (maxQuant - 1)); s >= minStep && s <= maxStep {
		m.step = s
	}
	quant := func(v float32) int16 {
		return int16(max(-(maxQuant - 1), min(maxQuant-1, int64(math.Round(float64(v/m.step))))))
	}
	for i, v := range trans {
		m.trans[i] = float32(quant(v)) * m.step
	}
	nt := int(numTags)
	for bucket := 0; bucket < 1<<bits; bucket++ {
		var r row
		any := false
		for t := range nt {
			r[t] = quant(dense[bucket*nt+t])
			any = any || r[t] != 0
		}
		if any {
			m.addRow(bucket, r)
		}
	}
	return m
}

// addRow adds the row of a bucket after those of every bucket before it.
func (m *Model) addRow(bucket int, r row) {
	b := &m.blocks[bucket/64]
	if b.bits == 0 {
		b.rank = uint32(len(m.rows))
	}
	b.bits |= 1 << (bucket % 64)
	m.rows = append(m.rows, r)
}

// fixRanks sets the rank of the blocks without rows, after the last row.
func (m *Model) fixRanks() {
	n := uint32(0)
	for i := range m.blocks {
		if m.blocks[i].bits == 0 {
			m.blocks[i].rank = n
		}
		n = m.blocks[i].rank + uint32(bits.OnesCount64(m.blocks[i].bits))
	}
}

// addWeights adds the weights of feature bucket f to s.
func (m *Model) addWeights(f uint32, s *[numTags]int32) {
	b := &m.blocks[f/64]
	bit := uint64(1) << (f % 64)
	if b.bits&bit == 0 {
		return
	}
	r := &m.rows[b.rank+uint32(bits.OnesCount64(b.bits&(bit-1)))]
	for t := range s {
		s[t] += int32(r[t])
	}
}

// Format of a model, all integers little-endian or varints:
//
//	magic "STGR", version byte (formatVersion: it changes with the
//	layout and with the features, whose hashes the rows are: a model of
//	another version is refused, to be trained again)
//	language: uvarint length, bytes
//	bits byte: the feature table has 1<<bits buckets
//	flags byte: 1 if the gazetteer's places are features
//	step float32: a weight is its quantised value times step
//	transitions: (numTags+1)*numTags zigzag varints
//	rows: uvarint count, then per row: uvarint gap to the bucket before
//	(the first: bucket+1), one byte with a bit for each tag whose weight
//	is not zero, and those weights as zigzag varints.
const (
	magic         = "STGR"
	formatVersion = 2 // 2: the apostrophe clitics (features.go)
	minBits       = 8
	maxBits       = 22
	maxQuant      = 1 << 15
	flagPlaces    = 1
	// A step is within [minStep, maxStep], so no weight is infinite.
	minStep, maxStep = 1e-30, 1e30
)

// ErrFormat is returned by Load for input that is not a model it can read.
var ErrFormat = errors.New("tagger: not a model")

// errWeight is a quantised weight out of range.
var errWeight = errors.New("weight out of range")

// UsesPlaces reports whether the model was trained with the gazetteer's
// places as features, and so wants Places set.
func (m *Model) UsesPlaces() bool { return m.usesPlaces }

// Size returns the number of feature buckets the model keeps weights for.
func (m *Model) Size() int { return len(m.rows) }

// Tag returns the most probable tag of each word of one sentence. It is
// safe for concurrent use.
func (m *Model) Tag(words []Word) []Tag { return m.NewTagger().Tag(words) }

// Tagger tags the sentences of one document with a model, keeping its
// buffers and the gazetteer's answers from one sentence to the next. It is
// not safe for concurrent use.
type Tagger struct {
	m      *Model
	places map[string]placeAnswer
	starts map[string]bool
	find   placeFinder
	words  map[string]wordInfo
	infos  []wordInfo
	scores []float32
	feats  []uint32
	back   []int8
}

// NewTagger returns a tagger for the sentences of one document.
func (m *Model) NewTagger() *Tagger {
	t := &Tagger{m: m, words: map[string]wordInfo{}}
	if m.usesPlaces && m.Places != nil {
		t.places, t.starts = map[string]placeAnswer{}, map[string]bool{}
		t.find = t.findPlace
	}
	return t
}

// SetPlaces gives the model the gazetteer whose places are features, with
// a cache of up to cacheEntries of its answers shared by the documents the
// model tags: news repeats its words, and a look-up folds a name and tries
// its inflections.
func (m *Model) SetPlaces(g *gazetteer.Gazetteer, cacheEntries int) {
	m.Places = g
	m.known, m.starts = cache.New[string, placeAnswer](cacheEntries), cache.New[string, bool](cacheEntries)
}

// findPlace asks the gazetteer for the place of a name, once a name, and
// whether a word may start a name of several, once a word.
func (t *Tagger) findPlace(name []byte, first string) (placeAnswer, bool) {
	if first != "" {
		may, ok := t.starts[first]
		if !ok {
			if may, ok = t.m.starts.Get(first); !ok {
				may = t.m.Places.MayStartName(first)
				t.m.starts.Put(first, may)
			}
			t.starts[first] = may
		}
		if !may {
			return placeAnswer{}, false
		}
	}
	if a, ok := t.places[string(name)]; ok {
		return a, a.ok
	}
	a, ok := t.m.known.Get(string(name))
	if !ok {
		p, found := t.m.Places.Lookup(string(name))
		a = newAnswer(p.Kind.String(), found)
		t.m.known.Put(string(name), a)
	}
	t.places[string(name)] = a
	return a, a.ok
}

// Tag returns the most probable tag of each word of one sentence.
func (t *Tagger) Tag(words []Word) []Tag {
	if len(words) == 0 {
		return nil
	}
	m := t.m
	nt := int(numTags)
	t.infos = appendInfo(t.infos, m.Lang, words, t.find, t.words)
	t.scores = slices.Grow(t.scores[:0], len(words)*nt)[:len(words)*nt]
	t.back = slices.Grow(t.back[:0], len(words)*nt)[:len(words)*nt]
	mask := uint32(1)<<m.bits - 1
	for i := range words {
		t.feats = features(m.Lang, t.infos, i, mask, t.feats[:0])
		var sum [numTags]int32
		for _, f := range t.feats {
			m.addWeights(f, &sum)
		}
		s := t.scores[i*nt : (i+1)*nt]
		for k, v := range sum {
			s[k] = float32(v) * m.step
		}
	}
	return viterbi(t.scores, &m.trans, t.back)
}

// follows[p+1][t] says whether tag t may follow tag p (p -1 at the start
// of a sentence), as allowed says.
var follows = func() (f [numTags + 1][numTags]bool) {
	for p := -1; p < int(numTags); p++ {
		for t := range numTags {
			f[p+1][t] = allowed(p, t)
		}
	}
	return f
}()

// viterbi returns the tags of best score: the emission scores of each word
// (numTags a word) plus the transition scores, under the IOB2 constraint.
// back, if at least as long as scores, is where it keeps its back pointers.
func viterbi(scores []float32, trans *[(numTags + 1) * numTags]float32, back []int8) []Tag {
	const nt = int(numTags)
	n := len(scores) / nt
	if len(back) < n*nt {
		back = make([]int8, n*nt)
	}
	var best, next [numTags]float32
	negInf := float32(math.Inf(-1))
	for t := 0; t < nt; t++ {
		best[t] = negInf
		if follows[0][t] {
			best[t] = scores[t] + trans[t]
		}
	}
	for i := 1; i < n; i++ {
		bk := back[i*nt : i*nt+nt]
		for t := 0; t < nt; t++ {
			v, from := negInf, 0
			for p := 0; p < nt; p++ {
				if !follows[p+1][t] || best[p] == negInf {
					continue
				}
				if w := best[p] + trans[(p+1)*nt+t]; w > v {
					v, from = w, p
				}
			}
			next[t] = v + scores[i*nt+t]
			bk[t] = int8(from)
		}
		best = next
	}
	last := 0
	for t := 1; t < nt; t++ {
		if best[t] > best[last] {
			last = t
		}
	}
	tags := make([]Tag, n)
	for i := n - 1; i >= 0; i-- {
		tags[i] = Tag(last)
		last = int(back[i*nt+last])
	}
	return tags
}

// WriteTo writes the model in its binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	step := m.step
	quant := func(v float32) int64 {
		return max(-(maxQuant - 1), min(maxQuant-1, int64(math.Round(float64(v/step)))))
	}
	b := []byte(magic)
	b = append(b, formatVersion)
	b = binary.AppendUvarint(b, uint64(len(m.Lang)))
	b = append(b, m.Lang...)
	b = append(b, m.bits)
	var flags byte
	if m.usesPlaces {
		flags |= flagPlaces
	}
	b = append(b, flags)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(step))
	for _, v := range m.trans {
		b = binary.AppendVarint(b, quant(v))
	}
	var rows []byte
	count, prev := 0, int64(-1)
	for i, blk := range m.blocks {
		for k, set := blk.rank, blk.bits; set != 0; k, set = k+1, set&(set-1) {
			bucket := int64(i*64 + bits.TrailingZeros64(set))
			r := &m.rows[k]
			var mbyte byte
			for t := range numTags {
				if r[t] != 0 {
					mbyte |= 1 << t
				}
			}
			if mbyte == 0 {
				continue
			}
			rows = binary.AppendUvarint(rows, uint64(bucket-prev))
			prev = bucket
			rows = append(rows, mbyte)
			for t := range numTags {
				if r[t] != 0 {
					rows = binary.AppendVarint(rows, int64(r[t]))
				}
			}
			count++
		}
	}
	b = binary.AppendUvarint(b, uint64(count))
	b = append(b, rows...)
	n, err := w.Write(b)
	return int64(n), err
}

// Load reads a model written by WriteTo. Input that is not such a model
// gives an error wrapping ErrFormat.
func Load(r io.Reader) (*Model, error) {
	br := bufio.NewReader(r)
	fail := func(what string, err error) (*Model, error) {
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, errWeight) {
			return nil, fmt.Errorf("tagger: reading the model: %w", err)
		}
		return nil, fmt.Errorf("%w: %s", ErrFormat, what)
	}
	head := make([]byte, len(magic)+1)
	if _, err := io.ReadFull(br, head); err != nil {
		return fail("short header", err)
	}
	if string(head[:len(magic)]) != magic {
		return fail("bad magic", nil)
	}
	if head[len(magic)] != formatVersion {
		return fail(fmt.Sprintf("version %d, want %d (a model of other features: train it again with storyline train entities)", head[len(magic)], formatVersion), nil)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 16 {
		return fail("language", err)
	}
	code := make([]byte, n)
	if _, err := io.ReadFull(br, code); err != nil {
		return fail("language", err)
	}
	m := &Model{Lang: string(code)}
	if m.bits, err = br.ReadByte(); err != nil || m.bits < minBits || m.bits > maxBits {
		return fail("table size", err)
	}
	flags, err := br.ReadByte()
	if err != nil || flags&^flagPlaces != 0 {
		return fail("flags", err)
	}
	m.usesPlaces = flags&flagPlaces != 0
	var sb [4]byte
	if _, err := io.ReadFull(br, sb[:]); err != nil {
		return fail("step", err)
	}
	m.step = math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	if !(m.step >= minStep && m.step <= maxStep) {
		return fail("step", nil)
	}
	readWeight := func() (int16, error) {
		v, err := binary.ReadVarint(br)
		if err != nil {
			return 0, err
		}
		if v <= -maxQuant || v >= maxQuant {
			return 0, errWeight
		}
		return int16(v), nil
	}
	for i := range m.trans {
		v, err := readWeight()
		if err != nil {
			return fail("transitions", err)
		}
		m.trans[i] = float32(v) * m.step
	}
	count, err := binary.ReadUvarint(br)
	if err != nil || count > 1<<m.bits {
		return fail("row count", err)
	}
	m.blocks = make([]block, (1<<m.bits)/64)
	bucket := int64(-1)
	for range count {
		gap, err := binary.ReadUvarint(br)
		if err != nil || gap == 0 || gap >= 1<<m.bits || bucket+int64(gap) >= 1<<m.bits {
			return fail("row bucket", err)
		}
		bucket += int64(gap)
		mbyte, err := br.ReadByte()
		if err != nil || mbyte == 0 || mbyte >= 1<<numTags {
			return fail("row tags", err)
		}
		var r row
		for t := range numTags {
			if mbyte&(1<<t) != 0 {
				if r[t], err = readWeight(); err != nil {
					return fail("row weight", err)
				}
			}
		}
		m.addRow(int(bucket), r)
	}
	m.fixRanks()
	if _, err := br.ReadByte(); err != io.EOF {
		return fail("trailing bytes", err)
	}
	return m, nil
}
