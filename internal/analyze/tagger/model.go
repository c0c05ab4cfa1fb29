package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"

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
	// usesPlaces says whether the model was trained with a gazetteer.
	usesPlaces bool
	bits       uint8
	// trans holds the weight of tag cur after tag prev at
	// (prev+1)*numTags+cur; prev -1 is the start of the sentence.
	trans [(numTags + 1) * numTags]float32
	// index holds, for each feature bucket with weights, 1 + the number
	// of its row in weights (numTags a row); 0 for the others. A slice,
	// not a map: one memory access a feature.
	index   []int32
	weights []float32
}

// Format of a model, all integers little-endian or varints:
//
//	magic "STGR", version byte
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
	formatVersion = 1
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
func (m *Model) Size() int { return len(m.weights) / int(numTags) }

// Tag returns the most probable tag of each word of one sentence. It is
// safe for concurrent use.
func (m *Model) Tag(words []Word) []Tag {
	if len(words) == 0 {
		return nil
	}
	var places *gazetteer.Gazetteer
	if m.usesPlaces {
		places = m.Places
	}
	infos := sentenceInfo(m.Lang, words, places)
	scores := make([]float32, len(words)*int(numTags))
	mask := uint32(1)<<m.bits - 1
	var buf []uint32
	for i := range words {
		buf = features(m.Lang, infos, i, mask, buf[:0])
		s := scores[i*int(numTags) : (i+1)*int(numTags)]
		for _, f := range buf {
			if r := m.index[f]; r > 0 {
				r = (r - 1) * int32(numTags)
				for t, w := range m.weights[r : r+int32(numTags)] {
					s[t] += w
				}
			}
		}
	}
	return viterbi(scores, &m.trans)
}

// viterbi returns the tags of best score: the emission scores of each word
// (numTags a word) plus the transition scores, under the IOB2 constraint.
func viterbi(scores []float32, trans *[(numTags + 1) * numTags]float32) []Tag {
	nt := int(numTags)
	n := len(scores) / nt
	back := make([]int8, n*nt)
	var best, next [numTags]float32
	negInf := float32(math.Inf(-1))
	for t := 0; t < nt; t++ {
		best[t] = negInf
		if allowed(-1, Tag(t)) {
			best[t] = scores[t] + trans[t]
		}
	}
	for i := 1; i < n; i++ {
		for t := 0; t < nt; t++ {
			next[t] = negInf
			for p := 0; p < nt; p++ {
				if best[p] == negInf || !allowed(p, Tag(t)) {
					continue
				}
				if v := best[p] + trans[(p+1)*nt+t]; v > next[t] {
					next[t] = v
					back[i*nt+t] = int8(p)
				}
			}
			next[t] += scores[i*nt+t]
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
	var maxAbs float64
	for _, v := range m.weights {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	for _, v := range m.trans {
		maxAbs = math.Max(maxAbs, math.Abs(float64(v)))
	}
	step := float32(1)
	if s := float32(maxAbs / (maxQuant - 1)); s >= minStep && s <= maxStep {
		step = s
	}
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
	for bucket, r := range m.index {
		if r == 0 {
			continue
		}
		r = (r - 1) * int32(numTags)
		var mbyte byte
		for t, v := range m.weights[r : r+int32(numTags)] {
			if quant(v) != 0 {
				mbyte |= 1 << t
			}
		}
		if mbyte == 0 {
			continue
		}
		rows = binary.AppendUvarint(rows, uint64(int64(bucket)-prev))
		prev = int64(bucket)
		rows = append(rows, mbyte)
		for t, v := range m.weights[r : r+int32(numTags)] {
			if mbyte&(1<<t) != 0 {
				rows = binary.AppendVarint(rows, quant(v))
			}
		}
		count++
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
		return fail(fmt.Sprintf("version %d, want %d", head[len(magic)], formatVersion), nil)
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
	step := math.Float32frombits(binary.LittleEndian.Uint32(sb[:]))
	if !(step >= minStep && step <= maxStep) {
		return fail("step", nil)
	}
	readWeight := func() (float32, error) {
		v, err := binary.ReadVarint(br)
		if err != nil {
			return 0, err
		}
		if v <= -maxQuant || v >= maxQuant {
			return 0, errWeight
		}
		return float32(v) * step, nil
	}
	for i := range m.trans {
		if m.trans[i], err = readWeight(); err != nil {
			return fail("transitions", err)
		}
	}
	count, err := binary.ReadUvarint(br)
	if err != nil || count > 1<<m.bits {
		return fail("row count", err)
	}
	m.index = make([]int32, 1<<m.bits)
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
		m.index[bucket] = int32(len(m.weights)/int(numTags)) + 1
		for t := range numTags {
			var v float32
			if mbyte&(1<<t) != 0 {
				if v, err = readWeight(); err != nil {
					return fail("row weight", err)
				}
			}
			m.weights = append(m.weights, v)
		}
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return fail("trailing bytes", err)
	}
	return m, nil
}
