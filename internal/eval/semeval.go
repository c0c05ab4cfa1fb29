// Package eval measures storyline against data nobody here wrote: story
// similarity and same-story clustering on SemEval-2022 Task 8 pairs
// ("Multilingual news article similarity"), clustering on a synthetic
// stream, and the entities found in news annotated with people,
// organisations and places (../shared/bench/ner).
package eval

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Pair is one annotated SemEval-2022 Task 8 article pair.
type Pair struct {
	ID           string
	Lang1, Lang2 string
	Text1, Text2 string
	// Overall is the annotators' mean rating: 1 the same story ... 4
	// unrelated.
	Overall float64
	// Translated reports a pair with a machine-translated article (an id
	// with a language suffix), a separate, synthetic track.
	Translated bool
}

// Target maps the rating to a similarity in [0,1]: (4 - Overall) / 3.
func (p Pair) Target() float64 { return (4 - p.Overall) / 3 }

// Languages names the pair's language pair: "de" or "de-en".
func (p Pair) Languages() string {
	if p.Lang1 == p.Lang2 {
		return p.Lang1
	}
	return p.Lang1 + "-" + p.Lang2
}

// ArticleIDs returns the ids of the pair's two articles.
func (p Pair) ArticleIDs() (string, string) {
	a, b, _ := strings.Cut(p.ID, "_")
	return a, b
}

// ReadPairs reads the SemEval CSV (columns pair_id, lang1, lang2, text1,
// text2, Overall and others, in any order).
func ReadPairs(r io.Reader) ([]Pair, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.TrimSpace(h)] = i
	}
	for _, need := range []string{"pair_id", "lang1", "lang2", "text1", "text2", "Overall"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("no %q column", need)
		}
	}
	var pairs []Pair
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if len(rec) < len(header) {
			return nil, fmt.Errorf("line %d: %d fields, want %d", line, len(rec), len(header))
		}
		overall, err := strconv.ParseFloat(rec[col["Overall"]], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: Overall: %w", line, err)
		}
		p := Pair{
			ID: rec[col["pair_id"]], Lang1: rec[col["lang1"]], Lang2: rec[col["lang2"]],
			Text1: rec[col["text1"]], Text2: rec[col["text2"]], Overall: overall,
		}
		p.Translated = strings.ContainsFunc(p.ID, func(r rune) bool { return r != '_' && (r < '0' || r > '9') })
		pairs = append(pairs, p)
	}
	return pairs, nil
}

// SplitTitle separates the headline the SemEval texts start with: the
// title and the body are joined by two spaces.
func SplitTitle(text string) (title, body string) {
	if i := strings.Index(text, "  "); i > 0 && i < 400 {
		return strings.TrimSpace(text[:i]), strings.TrimSpace(text[i:])
	}
	return "", strings.TrimSpace(text)
}

// Pearson returns the correlation of xs and ys; NaN when undefined.
func Pearson(xs, ys []float64) float64 {
	n := float64(len(xs))
	if len(xs) != len(ys) || len(xs) < 2 {
		return math.NaN()
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return math.NaN()
	}
	return sxy / math.Sqrt(sxx*syy)
}

// Correlation is the Pearson correlation of one group of pairs.
type Correlation struct {
	Group   string
	Pairs   int
	Pearson float64
}

// Correlations computes the correlation between scores and targets over
// all pairs ("overall") and per language pair, largest groups first.
func Correlations(pairs []Pair, scores []float64) []Correlation {
	type acc struct{ xs, ys []float64 }
	groups := map[string]*acc{"overall": {}}
	for i, p := range pairs {
		for _, g := range []string{"overall", p.Languages()} {
			a := groups[g]
			if a == nil {
				a = &acc{}
				groups[g] = a
			}
			a.xs = append(a.xs, scores[i])
			a.ys = append(a.ys, p.Target())
		}
	}
	out := make([]Correlation, 0, len(groups))
	for g, a := range groups {
		out = append(out, Correlation{Group: g, Pairs: len(a.xs), Pearson: Pearson(a.xs, a.ys)})
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i].Group == "overall") != (out[j].Group == "overall") {
			return out[i].Group == "overall"
		}
		if out[i].Pairs != out[j].Pairs {
			return out[i].Pairs > out[j].Pairs
		}
		return out[i].Group < out[j].Group
	})
	return out
}

// PRF is pairwise same-story precision, recall and F1.
type PRF struct {
	TP, FP, FN, TN                  int
	Precision, Recall, F1, Accuracy float64
}

// SameStory scores clustering decisions on the pairs with a clear rating:
// positive when Overall <= 1.5, negative when Overall >= 3; pairs between
// are left out. together tells whether the two articles of a pair ended
// in one story.
func SameStory(pairs []Pair, together func(Pair) bool) PRF {
	var r PRF
	for _, p := range pairs {
		pos, neg := p.Overall <= 1.5, p.Overall >= 3
		if !pos && !neg {
			continue
		}
		switch t := together(p); {
		case pos && t:
			r.TP++
		case pos:
			r.FN++
		case t:
			r.FP++
		default:
			r.TN++
		}
	}
	r.Precision = ratio(float64(r.TP), float64(r.TP+r.FP))
	r.Recall = ratio(float64(r.TP), float64(r.TP+r.FN))
	r.F1 = harmonicMean(r.Precision, r.Recall)
	r.Accuracy = ratio(float64(r.TP+r.TN), float64(r.TP+r.TN+r.FP+r.FN))
	return r
}

// ratio is a/b, 0 when b is.
func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// harmonicMean is the F1 of a precision and a recall, 0 when both are.
func harmonicMean(precision, recall float64) float64 {
	if precision+recall == 0 {
		return 0
	}
	return 2 * precision * recall / (precision + recall)
}
