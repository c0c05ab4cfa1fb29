package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/pool"
)

// The entity evaluation scores the entities storyline finds against gold
// annotations as ../shared/bench/ner/README.md defines it: per document,
// sets of (surface, type) on both sides, the surfaces normalised; mentions
// the annotators marked optional count neither way; four measures from
// strict to loose; micro precision, recall and F1 per language and per
// type, and their macro mean over languages. Where the README leaves room:
//   - a prediction inside an optional mention that matches a gold name
//     under the measure is a hit; only one that matches none is ignored;
//   - matching is not one-to-one: every prediction matching some gold name
//     is a hit and every gold name matched by some prediction is found,
//     and the untyped measures still count (surface, type) pairs;
//   - whole words are separated by spaces for boundary matches, by spaces
//     and hyphens inside optional mentions; a Han character is a word
//     wherever it stands (not only in Chinese documents);
//   - "invisible marks" are all Unicode format characters (Cf); Arabic
//     diacritics are the marks lang/ar drops, without its letter folds;
//     case folding is Unicode's full folding (ß is ss);
//   - the macro F1 is the mean of the languages' F1s, as its precision and
//     recall are the means of theirs.

// The entity types scored, as the gold writes them.
const (
	typePerson       = "person"
	typeOrganisation = "organisation"
	typePlace        = "place"
)

// EntityName is a surface string with its entity type.
type EntityName struct {
	Surface string `json:"surface"`
	Type    string `json:"type"`
}

// EntityDoc is one annotated document of an entity set.
type EntityDoc struct {
	// Language is the ISO 639-1 code of the set's folder.
	Language string
	// ID names the document: its file name without ".json".
	ID string
	// Title is empty where the source has none; Text has one sentence a
	// line.
	Title, Text string
	// Gold are the entities to find, each distinct surface once.
	Gold []EntityName
	// Optional are the surfaces found or missed without consequence
	// (miscellaneous names, derived words, nested names).
	Optional []string
}

// EntityFunc finds the entities of a document: in practice storyline's
// analysis of the document as ingest reads a record of its title and
// text in its language.
type EntityFunc func(EntityDoc) ([]article.Entity, error)

// ReadEntitySet reads an entity set: for each language, the folder
// dir/<lang> holding articles/<id>.json ({"title", "text"}), gold.json
// ({id: [[surface, type], ...]}) and optional.json ({id: [[surface, tag],
// ...]}; may be absent). It reads the languages given, or every folder
// holding a gold.json when none is, and returns the documents in order of
// language and id. Every article must have a gold entry and every gold
// entry an article.
func ReadEntitySet(ctx context.Context, dir string, langs []string) ([]EntityDoc, error) {
	if len(langs) == 0 {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("entity set: %w", err)
		}
		for _, e := range entries {
			if _, err := os.Stat(filepath.Join(dir, e.Name(), "gold.json")); e.IsDir() && err == nil {
				langs = append(langs, e.Name())
			}
		}
		if len(langs) == 0 {
			return nil, fmt.Errorf("entity set %s: no <lang>/gold.json", dir)
		}
	}
	langs = slices.Clone(langs)
	slices.Sort(langs)
	var docs []EntityDoc
	for _, code := range slices.Compact(langs) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ds, err := readEntityLanguage(filepath.Join(dir, code), code)
		if err != nil {
			return nil, fmt.Errorf("entity set %s: %w", code, err)
		}
		docs = append(docs, ds...)
	}
	return docs, nil
}

// readEntityLanguage reads one language's folder of an entity set.
func readEntityLanguage(dir, code string) ([]EntityDoc, error) {
	gold, err := readNameLists(filepath.Join(dir, "gold.json"))
	if err != nil {
		return nil, err
	}
	optional, err := readNameLists(filepath.Join(dir, "optional.json"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	names, err := filepath.Glob(filepath.Join(dir, "articles", "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	docs := make([]EntityDoc, 0, len(names))
	for _, name := range names {
		id := strings.TrimSuffix(filepath.Base(name), ".json")
		g, ok := gold[id]
		if !ok {
			return nil, fmt.Errorf("%s: no gold entry", id)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var rec struct{ Title, Text string }
		if err := json.Unmarshal(data, &rec); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		d := EntityDoc{Language: code, ID: id, Title: rec.Title, Text: rec.Text, Gold: g}
		for _, o := range optional[id] {
			d.Optional = append(d.Optional, o.Surface)
		}
		docs = append(docs, d)
	}
	if len(docs) != len(gold) {
		return nil, fmt.Errorf("%d gold entries for %d articles", len(gold), len(docs))
	}
	return docs, nil
}

// readNameLists reads a file of {id: [[surface, type or tag], ...]}.
func readNameLists(path string) (map[string][]EntityName, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string][][2]string
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string][]EntityName, len(raw))
	for id, pairs := range raw {
		names := make([]EntityName, len(pairs))
		for i, p := range pairs {
			names[i] = EntityName{Surface: p[0], Type: p[1]}
		}
		out[id] = names
	}
	return out, nil
}

// EntityReport is the evaluation of the entities of a set.
type EntityReport struct {
	// Languages come in order of their codes.
	Languages []LanguageEntities `json:"languages"`
	// Macro is the mean over the languages not reported apart: its
	// precisions, recalls and F1s are the means of theirs, its counts
	// their sums; per type, the mean over the languages whose gold has
	// the type.
	Macro LanguageEntities `json:"macro"`
	// Documents are the strict scores of each document, in the order of
	// the documents evaluated.
	Documents []DocumentEntities `json:"documents,omitempty"`
}

// DocumentEntities is the strict score of one document: which gold names
// were missed and which predictions matched none (normalised, as scored).
type DocumentEntities struct {
	Language string      `json:"language"`
	ID       string      `json:"id"`
	Strict   EntityScore `json:"strict"`
	// Missed are the gold names no prediction matches strictly.
	Missed []EntityName `json:"missed,omitempty"`
	// Wrong are the predictions that match no gold name strictly and do
	// not lie inside an optional mention.
	Wrong []EntityName `json:"wrong,omitempty"`
}

// LanguageEntities are the scores of one language, or their macro mean.
type LanguageEntities struct {
	// Language is the ISO 639-1 code, or "macro".
	Language string `json:"language"`
	// Apart marks a language reported apart and left out of the macro
	// mean: French, historical newspapers read by OCR.
	Apart bool `json:"apart,omitempty"`
	// Documents is the number of documents.
	Documents int      `json:"documents"`
	All       Measures `json:"all"`
	// Types are the scores per entity type: person, organisation and
	// place, then any other type predicted.
	Types []TypeEntities `json:"types"`
}

// TypeEntities are the scores of one entity type; predictions count by
// their own type, gold entities by theirs.
type TypeEntities struct {
	Type string `json:"type"`
	Measures
}

// Measures are the scores by the four matching rules.
type Measures struct {
	// Strict matches the same normalised string with the same type.
	Strict EntityScore `json:"strict"`
	// NoType matches the same normalised string, whatever the types.
	NoType EntityScore `json:"notype"`
	// Boundary matches the same type where one string equals the other or
	// is a whole-word prefix or suffix of it (a Han character is a word,
	// and the shorter string has two at least).
	Boundary EntityScore `json:"boundary"`
	// Loose is Boundary whatever the types.
	Loose EntityScore `json:"loose"`
}

// EntityScore counts a measure's matches and derives precision, recall
// and F1 from them: precision is matched predictions over predictions,
// recall matched gold over gold.
type EntityScore struct {
	Gold        int `json:"gold"`
	GoldMatched int `json:"gold_matched"`
	// Predicted leaves out the predictions lying within an optional
	// mention that match no gold entity.
	Predicted        int     `json:"predicted"`
	PredictedMatched int     `json:"predicted_matched"`
	Precision        float64 `json:"precision"`
	Recall           float64 `json:"recall"`
	F1               float64 `json:"f1"`
}

// add adds o's counts to s.
func (s *EntityScore) add(o EntityScore) {
	s.Gold += o.Gold
	s.GoldMatched += o.GoldMatched
	s.Predicted += o.Predicted
	s.PredictedMatched += o.PredictedMatched
}

// finish derives the ratios from the counts.
func (s *EntityScore) finish() {
	s.Precision = ratio(float64(s.PredictedMatched), float64(s.Predicted))
	s.Recall = ratio(float64(s.GoldMatched), float64(s.Gold))
	s.F1 = harmonicMean(s.Precision, s.Recall)
}

// measures lists m's scores in the order of the measures' names.
func (m *Measures) measures() [numMeasures]*EntityScore {
	return [numMeasures]*EntityScore{&m.Strict, &m.NoType, &m.Boundary, &m.Loose}
}

// The measures, in the order of Measures' fields.
const (
	strict = iota
	noType
	boundary
	loose
	numMeasures
)

// reportedApart reports whether a language's figures stay out of the
// macro mean: French, whose set is historical newspapers read by OCR.
func reportedApart(code string) bool { return code == "fr" }

// EvaluateEntities finds the entities of every document with find, on all
// CPUs, and scores them against the gold. It fails when find fails or ctx
// is done.
func EvaluateEntities(ctx context.Context, docs []EntityDoc, find EntityFunc) (EntityReport, error) {
	type found struct {
		ents []article.Entity
		err  error
	}
	results := slices.Collect(pool.Map(ctx, 0, slices.Values(docs), func(d EntityDoc) found {
		ents, err := find(d)
		return found{ents, err}
	}))
	if err := ctx.Err(); err != nil {
		return EntityReport{}, err
	}
	byLang := map[string]*langCounts{}
	var codes []string
	var r EntityReport
	for i, d := range docs {
		if err := results[i].err; err != nil {
			return EntityReport{}, fmt.Errorf("%s/%s: %w", d.Language, d.ID, err)
		}
		lc := byLang[d.Language]
		if lc == nil {
			lc = &langCounts{types: map[string]*Measures{}}
			byLang[d.Language] = lc
			codes = append(codes, d.Language)
		}
		lc.docs++
		var pred []EntityName
		for _, e := range results[i].ents {
			for _, m := range e.Mentions {
				pred = append(pred, EntityName{Surface: m, Type: e.Type})
			}
		}
		r.Documents = append(r.Documents, scoreDocument(d, pred, lc.typeMeasures))
	}
	sort.Strings(codes)
	for _, code := range codes {
		r.Languages = append(r.Languages, byLang[code].finish(code))
	}
	r.Macro = macro(r.Languages)
	return r, nil
}

// langCounts gathers one language's counts per type.
type langCounts struct {
	docs  int
	types map[string]*Measures
}

// typeMeasures returns the counts of type typ.
func (lc *langCounts) typeMeasures(typ string) *Measures {
	m := lc.types[typ]
	if m == nil {
		m = &Measures{}
		lc.types[typ] = m
	}
	return m
}

// finish sums the types and derives the ratios.
func (lc *langCounts) finish(code string) LanguageEntities {
	l := LanguageEntities{Language: code, Apart: reportedApart(code), Documents: lc.docs}
	all := l.All.measures()
	for _, typ := range typeOrder(lc.types) {
		t := TypeEntities{Type: typ, Measures: *lc.types[typ]}
		for i, s := range t.measures() {
			s.finish()
			all[i].add(*s)
		}
		l.Types = append(l.Types, t)
	}
	for _, s := range all {
		s.finish()
	}
	return l
}

// typeOrder lists the types of m: person, organisation and place, then
// the others in alphabetical order.
func typeOrder(m map[string]*Measures) []string {
	rank := func(t string) int {
		switch t {
		case typePerson:
			return 0
		case typeOrganisation:
			return 1
		case typePlace:
			return 2
		}
		return 3
	}
	types := make([]string, 0, len(m))
	for t := range m {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool {
		if ri, rj := rank(types[i]), rank(types[j]); ri != rj {
			return ri < rj
		}
		return types[i] < types[j]
	})
	return types
}

// macro averages the languages not reported apart: the ratios are means,
// the counts sums. A type's mean is over the languages whose gold has it.
func macro(langs []LanguageEntities) LanguageEntities {
	out := LanguageEntities{Language: "macro"}
	n := 0
	type mean struct {
		m Measures
		n int
	}
	types := map[string]*mean{}
	addMean := func(dst *Measures, src Measures) {
		d, s := dst.measures(), src.measures()
		for i := range d {
			d[i].add(*s[i])
			d[i].Precision += s[i].Precision
			d[i].Recall += s[i].Recall
			d[i].F1 += s[i].F1
		}
	}
	divide := func(m *Measures, n int) {
		for _, s := range m.measures() {
			s.Precision /= float64(n)
			s.Recall /= float64(n)
			s.F1 /= float64(n)
		}
	}
	for _, l := range langs {
		if l.Apart {
			continue
		}
		n++
		out.Documents += l.Documents
		addMean(&out.All, l.All)
		for _, t := range l.Types {
			if t.Strict.Gold == 0 {
				continue
			}
			mt := types[t.Type]
			if mt == nil {
				mt = &mean{}
				types[t.Type] = mt
			}
			mt.n++
			addMean(&mt.m, t.Measures)
		}
	}
	if n == 0 {
		return out
	}
	divide(&out.All, n)
	order := map[string]*Measures{}
	for t, mt := range types {
		divide(&mt.m, mt.n)
		order[t] = &mt.m
	}
	for _, t := range typeOrder(order) {
		out.Types = append(out.Types, TypeEntities{Type: t, Measures: *order[t]})
	}
	return out
}

// scoredName is a name normalised for scoring.
type scoredName struct{ text, typ string }

// scoreDocument adds the counts of document d with predictions pred to
// the measures of each type (counts gives them): the gold and the
// predictions as sets of normalised (surface, type), each prediction
// matched against every gold name under each measure. It returns the
// document's strict score.
func scoreDocument(d EntityDoc, pred []EntityName, counts func(typ string) *Measures) DocumentEntities {
	doc := DocumentEntities{Language: d.Language, ID: d.ID}
	g, p := nameSet(d.Gold), nameSet(pred)
	var opt []string
	for _, o := range d.Optional {
		if n := normalizeSurface(o); n != "" {
			opt = append(opt, n)
		}
	}
	for m := range numMeasures {
		for _, x := range p {
			s := counts(x.typ).measures()[m]
			hit := slices.ContainsFunc(g, func(y scoredName) bool { return matches(m, x, y) })
			if !hit && slices.ContainsFunc(opt, func(o string) bool { return within(x.text, o) }) {
				continue // inside an optional mention: neither hit nor false positive
			}
			s.Predicted++
			if hit {
				s.PredictedMatched++
			}
			if m == strict {
				doc.Strict.Predicted++
				if hit {
					doc.Strict.PredictedMatched++
				} else {
					doc.Wrong = append(doc.Wrong, EntityName{Surface: x.text, Type: x.typ})
				}
			}
		}
		for _, y := range g {
			s := counts(y.typ).measures()[m]
			s.Gold++
			hit := slices.ContainsFunc(p, func(x scoredName) bool { return matches(m, x, y) })
			if hit {
				s.GoldMatched++
			}
			if m == strict {
				doc.Strict.Gold++
				if hit {
					doc.Strict.GoldMatched++
				} else {
					doc.Missed = append(doc.Missed, EntityName{Surface: y.text, Type: y.typ})
				}
			}
		}
	}
	doc.Strict.finish()
	return doc
}

// nameSet normalises names into a set, in order of first appearance;
// names that normalise to nothing are dropped.
func nameSet(names []EntityName) []scoredName {
	seen := map[scoredName]bool{}
	var out []scoredName
	for _, n := range names {
		s := scoredName{normalizeSurface(n.Surface), scoredType(n.Type)}
		if s.text != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// scoredType maps storyline's entity types to the gold's: "organization"
// is "organisation"; the others are the same.
func scoredType(t string) string {
	if t == "organization" {
		return typeOrganisation
	}
	return t
}

// matches reports whether prediction x matches gold name y under measure
// m.
func matches(m int, x, y scoredName) bool {
	if (m == strict || m == boundary) && x.typ != y.typ {
		return false
	}
	if m == strict || m == noType {
		return x.text == y.text
	}
	return affix(x.text, y.text)
}

// affix reports whether one of a and b equals the other or is a
// whole-word prefix or suffix of it. Words are separated by spaces, and
// a Han character is a word of its own; a prefix or suffix cut between
// Han characters needs two of them at least.
func affix(a, b string) bool {
	if a == b {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) == len(long) {
		return false
	}
	if strings.HasPrefix(long, short) && wordEdge(long, len(short), short) {
		return true
	}
	return strings.HasSuffix(long, short) && wordEdge(long, len(long)-len(short), short)
}

// wordEdge reports whether byte offset i, strictly inside s, falls
// between two words of s, for a part of s that is the string part: at a
// space, or beside a Han character when part has two characters at
// least.
func wordEdge(s string, i int, part string) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	if before == ' ' || after == ' ' {
		return true
	}
	return (isHan(before) || isHan(after)) && utf8.RuneCountInString(part) >= 2
}

// within reports whether x lies wholly inside the optional mention o:
// equal to it, or whole words or hyphen-separated parts of it (a Han
// character is a word of its own).
func within(x, o string) bool {
	for i := 0; i+len(x) <= len(o); {
		j := strings.Index(o[i:], x)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(x)
		if partEdge(o, start) && partEdge(o, end) {
			return true
		}
		_, w := utf8.DecodeRuneInString(o[start:])
		i = start + w
	}
	return false
}

// partEdge reports whether byte offset i of s is the start or the end of
// s or falls between two words or hyphen-separated parts.
func partEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	sep := func(r rune) bool { return r == ' ' || r == '-' || isHan(r) }
	return sep(before) || sep(after)
}

// isHan reports a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// normalizeSurface normalises a surface string for scoring: NFKC,
// case-folded, invisible marks (format characters such as ZWNJ, RLM and
// the soft hyphen) removed, Arabic tatweel and diacritics removed, white
// space collapsed to single spaces, and the punctuation and quotes around
// it stripped.
func normalizeSurface(s string) string {
	s = cases.Fold().String(norm.NFKC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cf, r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if out, change := ar.NormalizeRune(r); change && out < 0 {
			continue // tatweel and diacritics; Normalize's letter folds stay out
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), func(r rune) bool {
		return unicode.IsPunct(r) || r == ' ' || r == '`'
	})
}
