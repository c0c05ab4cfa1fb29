package tagger

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang/token"
)

// Sentence is one annotated sentence: its words and their tags.
type Sentence struct {
	Words []Word
	Tags  []Tag
	// Doc is the number of the document the sentence belongs to, counted
	// from 0 in the order read (sentences of sources without documents
	// count as documents of 20 sentences).
	Doc int
}

// ReadCoNLL reads annotated sentences: one token a line, token<TAB>tag, a
// blank line after each sentence, "# doc" lines before each document.
// Tokens cut at an apostrophe are joined (glue) and each token is cut as
// Words cuts text (sentence), so that training sees the words tagging
// will see.
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var raw []rawToken
	doc, inDoc, hasDocs := 0, 0, false
	flush := func() {
		if cur := sentence(glue(raw)); len(cur.Words) > 0 {
			if !hasDocs && inDoc == 20 {
				doc++
				inDoc = 0
			}
			cur.Doc = doc
			out = append(out, cur)
			inDoc++
		}
		raw = raw[:0]
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		tab := strings.IndexByte(text, '\t')
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case tab < 0 && strings.HasPrefix(text, "# doc"):
			flush()
			if hasDocs || len(out) > 0 {
				doc++
			}
			hasDocs, inDoc = true, 0
			continue
		case tab < 0:
			return nil, fmt.Errorf("line %d: no tab", line)
		}
		tag, ok := ParseTag(strings.TrimSpace(text[tab+1:]))
		if !ok {
			return nil, fmt.Errorf("line %d: tag %q", line, text[tab+1:])
		}
		raw = append(raw, rawToken{token.NFKC(text[:tab]), tag})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flush()
	return out, nil
}

// rawToken is one token of an annotated sentence as the corpus cuts it.
type rawToken struct {
	text string
	tag  Tag
}

// glue joins to the word before the suffixes a corpus cuts at an
// apostrophe, as text writes them in one word ("Ankara" "'da", "Iran"
// "'s"); the joined word has the word's tag. (Elided words stay apart:
// "dell'" "Iraq", as the annotated sets write them.)
func glue(raw []rawToken) []rawToken {
	out := raw[:0]
	for _, t := range raw {
		if n := len(out); n > 0 && apostropheSuffix(t.text) && endsInLetter(out[n-1].text) {
			out[n-1].text += t.text
			continue
		}
		out = append(out, t)
	}
	return out
}

// apostropheSuffix reports whether s is an apostrophe and one to five
// lower-case letters ("'s", "'nin").
func apostropheSuffix(s string) bool {
	_, size := utf8.DecodeRuneInString(s)
	return token.IndexApostrophe(s) == 0 && lowerLetters(s[size:], 5)
}

func endsInLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// sentence cuts the tokens of an annotated sentence as Words cuts text: a
// token Words drops becomes the punctuation before the next word; one it
// splits gives its tag to the first part and the inside tag to the rest.
func sentence(raw []rawToken) Sentence {
	var cur Sentence
	var punct strings.Builder
	for _, rt := range raw {
		words, _ := Words(rt.text)
		if len(words) == 0 {
			punct.WriteString(gapPunct(rt.text))
			continue
		}
		for i, w := range words {
			if i == 0 {
				p := punct.String() + w.Punct
				w.Punct = gapPunct(p)
				punct.Reset()
			}
			t := rt.tag
			if i > 0 && t.begins() {
				t++
			}
			cur.Words = append(cur.Words, w)
			cur.Tags = append(cur.Tags, t)
		}
	}
	return cur
}

// Options set how a model is trained. The zero value trains well.
type Options struct {
	// Epochs is the number of passes over the sentences (default 20).
	Epochs int
	// Bits sets the feature table to 1<<Bits buckets (default 20).
	Bits int
	// Seed seeds the order in which each epoch visits the sentences.
	Seed uint64
	// Places, if set, makes the gazetteer's places features.
	Places *gazetteer.Gazetteer
}

// Train learns the model of language code from the sentences, the same
// model for the same sentences and options. It stops early, with ctx's
// error, when ctx is done.
func Train(ctx context.Context, code string, sents []Sentence, opts Options) (*Model, error) {
	if opts.Epochs <= 0 {
		opts.Epochs = 20
	}
	if opts.Bits == 0 {
		opts.Bits = 20
	}
	if opts.Bits < minBits || opts.Bits > maxBits {
		return nil, fmt.Errorf("tagger: table bits %d outside %d..%d", opts.Bits, minBits, maxBits)
	}
	nt := int(numTags)
	mask := uint32(1)<<opts.Bits - 1
	// The features of every word, computed once.
	type prepared struct {
		feats []uint32 // of all words, offsets in off
		off   []int32
		tags  []Tag
	}
	data := make([]prepared, len(sents))
	for i, s := range sents {
		infos := sentenceInfo(code, s.Words, opts.Places)
		var p prepared
		for j := range s.Words {
			p.off = append(p.off, int32(len(p.feats)))
			p.feats = features(code, infos, j, mask, p.feats)
		}
		p.off = append(p.off, int32(len(p.feats)))
		p.tags = s.Tags
		data[i] = p
	}
	size := (1 << opts.Bits) * nt
	// w holds the weights; u the sum of each update times the instance
	// count at which it happened, for averaging (Daumé's trick).
	w := make([]float32, size)
	u := make([]float64, size)
	var tw [(numTags + 1) * numTags]float32
	var tu [(numTags + 1) * numTags]float64
	rng := rand.New(rand.NewPCG(opts.Seed, 0x5eed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	c := 1.0
	var scores []float32
	var back []int8
	for range opts.Epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			p := &data[k]
			n := len(p.tags)
			scores = scores[:0]
			for j := range n {
				var s [numTags]float32
				for _, f := range p.feats[p.off[j]:p.off[j+1]] {
					row := w[int(f)*nt : int(f)*nt+nt]
					for t := range s {
						s[t] += row[t]
					}
				}
				scores = append(scores, s[:]...)
			}
			back = slices.Grow(back[:0], len(scores))[:len(scores)]
			pred := viterbi(scores, &tw, back)
			for j := range n {
				g, q := p.tags[j], pred[j]
				if g != q {
					for _, f := range p.feats[p.off[j]:p.off[j+1]] {
						w[int(f)*nt+int(g)]++
						u[int(f)*nt+int(g)] += c
						w[int(f)*nt+int(q)]--
						u[int(f)*nt+int(q)] -= c
					}
				}
				gp, qp := 0, 0
				if j > 0 {
					gp, qp = int(p.tags[j-1])+1, int(pred[j-1])+1
				}
				if gp != qp || g != q {
					tw[gp*nt+int(g)]++
					tu[gp*nt+int(g)] += c
					tw[qp*nt+int(q)]--
					tu[qp*nt+int(q)] -= c
				}
			}
			c++
		}
	}
	// Average, in place, and quantise.
	var trans [(numTags + 1) * numTags]float32
	for i := range tw {
		trans[i] = float32(float64(tw[i]) - tu[i]/c)
	}
	for i := range w {
		w[i] = float32(float64(w[i]) - u[i]/c)
	}
	m := newModel(code, uint8(opts.Bits), &trans, w)
	m.Places, m.usesPlaces = opts.Places, opts.Places != nil
	return m, nil
}

// Score is how well tags match the gold ones.
type Score struct {
	// Words and Correct count the words and those tagged right.
	Words, Correct int
	// Gold, Found and Matched count the gold names, the names found and
	// those found with the same words and type as a gold one.
	Gold, Found, Matched int
}

// Add counts one sentence.
func (s *Score) Add(gold, got []Tag) {
	for i := range gold {
		s.Words++
		if i < len(got) && got[i] == gold[i] {
			s.Correct++
		}
	}
	gs, fs := Spans(gold), Spans(got)
	s.Gold += len(gs)
	s.Found += len(fs)
	set := make(map[Span]bool, len(gs))
	for _, sp := range gs {
		set[sp] = true
	}
	for _, sp := range fs {
		if set[sp] {
			s.Matched++
		}
	}
}

// Accuracy is the share of words tagged right.
func (s Score) Accuracy() float64 { return ratio(s.Correct, s.Words) }

// Precision is the share of the names found that are gold names (same
// words, same type).
func (s Score) Precision() float64 { return ratio(s.Matched, s.Found) }

// Recall is the share of the gold names found.
func (s Score) Recall() float64 { return ratio(s.Matched, s.Gold) }

// F1 is the harmonic mean of Precision and Recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
