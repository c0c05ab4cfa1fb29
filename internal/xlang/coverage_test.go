package xlang

import (
	"encoding/csv"
	"maps"
	"math"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/storyline/storyline/internal/lang"
)

// semevalPairs is the SemEval-2022 task 8 training set, beside the
// repository.
const semevalPairs = "../../../shared/bench/semeval22/train.csv"

// TestCoverage reports, for each language of the SemEval-2022 task 8
// articles (each article once), the share of content-word tokens
// (analyze's terms, counted with repetition; for Chinese, character
// bigrams) that have at least one concept, and the share of distinct
// terms. It checks nothing but that German coverage is not
// collapsing; run with -v to read the figures:
//
//	go test -run Coverage -v ./internal/xlang/
func TestCoverage(t *testing.T) {
	if raceEnabled {
		t.Skip("an evaluation, skipped under the race detector")
	}
	d := installed()
	if !slices.Contains(d.Languages(), "de") {
		t.Skip("no German-English FreeDict dictionary in " + DefaultDir + " (apt-get install dict-freedict-deu-eng)")
	}
	f, err := os.Open(semevalPairs)
	if err != nil {
		t.Skip("no SemEval pairs: ", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	type tally struct {
		tokens, covered int
		terms           map[string]bool // distinct terms, and whether covered
	}
	byLang := map[string]*tally{}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		for _, side := range [][2]string{{r[col["lang1"]], r[col["text1"]]}, {r[col["lang2"]], r[col["text2"]]}} {
			code, text := side[0], side[1]
			if code == "en" || seen[text] || !slices.Contains(d.Languages(), code) {
				continue
			}
			seen[text] = true
			tl := byLang[code]
			if tl == nil {
				tl = &tally{terms: map[string]bool{}}
				byLang[code] = tl
			}
			for term, n := range lang.Terms(code, text) {
				ok := len(concepts(d, code, term)) > 0
				tl.tokens += n
				tl.terms[term] = ok
				if ok {
					tl.covered += n
				}
			}
		}
	}
	for _, lang := range slices.Sorted(func(yield func(string) bool) {
		for l := range byLang {
			if !yield(l) {
				return
			}
		}
	}) {
		tl := byLang[lang]
		covered := 0
		for _, ok := range tl.terms {
			if ok {
				covered++
			}
		}
		t.Logf("%s: %.1f%% of %d content-word tokens have a concept (%.1f%% of %d distinct terms)",
			lang, 100*float64(tl.covered)/float64(tl.tokens), tl.tokens,
			100*float64(covered)/float64(len(tl.terms)), len(tl.terms))
	}
	if de := byLang["de"]; de != nil && float64(de.covered) < 0.5*float64(de.tokens) {
		t.Errorf("German coverage %d of %d tokens, want at least half", de.covered, de.tokens)
	}
}

// TestCrossLingualSignal measures what the concepts are worth to story
// similarity on the SemEval-2022 task 8 pairs written in two languages:
// the Pearson correlation between the pairs' Overall score (1 = same
// story, 4 = unrelated; negated here, so that higher is better) and the
// cosine of their bags of concepts (each term counts for its concepts,
// English terms for themselves; see conceptBag), beside the cosine of the raw terms, which
// across languages meet only on names and shared words. Run with -v:
//
//	go test -run CrossLingualSignal -v ./internal/xlang/
func TestCrossLingualSignal(t *testing.T) {
	if raceEnabled {
		t.Skip("an evaluation, skipped under the race detector")
	}
	d := installed()
	if len(d.Languages()) == 0 {
		t.Skip("no FreeDict dictionaries in " + DefaultDir)
	}
	f, err := os.Open(semevalPairs)
	if err != nil {
		t.Skip("no SemEval pairs: ", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	type sample struct{ gold, raw, concept float64 }
	byPair := map[string][]sample{}
	for _, r := range rows[1:] {
		l1, l2 := r[col["lang1"]], r[col["lang2"]]
		if l1 == l2 {
			continue
		}
		gold, err := strconv.ParseFloat(r[col["Overall"]], 64)
		if err != nil {
			continue
		}
		t1, t2 := lang.Terms(l1, r[col["text1"]]), lang.Terms(l2, r[col["text2"]])
		byPair[l1+"-"+l2] = append(byPair[l1+"-"+l2], sample{
			gold:    -gold,
			raw:     cosine(toFloat(t1), toFloat(t2)),
			concept: cosine(conceptBag(d, l1, t1), conceptBag(d, l2, t2)),
		})
	}
	for _, pair := range slices.Sorted(maps.Keys(byPair)) {
		ss := byPair[pair]
		var gold, raw, con []float64
		for _, s := range ss {
			gold, raw, con = append(gold, s.gold), append(raw, s.raw), append(con, s.concept)
		}
		t.Logf("%s (%d pairs): Pearson raw terms %.3f, concepts %.3f", pair, len(ss), pearson(gold, raw), pearson(gold, con))
	}
}

// conceptBag maps a bag of terms to a bag of concepts, each term's count
// shared among its concepts; each term is kept as well, at half its count
// when it has concepts (names, numbers and words spelt alike still meet,
// and a term the other language's dictionary lacks still meets its
// cognate: German "präsident" and French "président" stem alike).
func conceptBag(d *Dictionary, lang string, terms map[string]int) map[string]float64 {
	out := map[string]float64{}
	for term, n := range terms {
		cs := concepts(d, lang, term)
		if len(cs) == 0 {
			out[term] += float64(n)
			continue
		}
		out[term] += float64(n) / 2
		for _, c := range cs {
			out[c] += float64(n) / float64(len(cs))
		}
	}
	return out
}

func toFloat(m map[string]int) map[string]float64 {
	out := make(map[string]float64, len(m))
	for k, v := range m {
		out[k] = float64(v)
	}
	return out
}

// cosine is the cosine of two bags, each count damped by a square root.
func cosine(a, b map[string]float64) float64 {
	var dot, na, nb float64
	for k, v := range a {
		v = math.Sqrt(v)
		na += v * v
		if w, ok := b[k]; ok {
			dot += v * math.Sqrt(w)
		}
	}
	for _, w := range b {
		nb += w
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range x {
		sxy += (x[i] - mx) * (y[i] - my)
		sxx += (x[i] - mx) * (x[i] - mx)
		syy += (y[i] - my) * (y[i] - my)
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}
