// Package story groups articles into stories: it scores how likely an
// article reports the same story as another article or as a story built so
// far, with the evidence for and against, explains each score by its
// evidence, clusters articles online, one at a time, in input order
// (Clusterer), and regroups the active window by a clustering whose result
// does not depend on that order (Consolidation).
package story

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/internal/analyze"
	"github.com/storyline/storyline/internal/analyze/entity"
)

// Doc is an article reduced to what story similarity uses.
type Doc struct {
	Title     string
	Language  string
	Published time.Time
	Analysis  analyze.Analysis
	// Concepts weighs the English concepts of the article's words (for an
	// English article, its stems): what compares words across languages.
	// Empty when no bilingual dictionary knows the language.
	Concepts map[string]float64
	// People counts the mentions of the persons and organisations the
	// article names, by entity key: what links stories into threads.
	People map[string]float64
	// Mentioned lists the full days the article names, as written
	// ("14 March 2026") or resolved from its date ("on Saturday"): the days
	// of the events it reports, which tell two events of one kind apart.
	// For an article without a publication date, the latest day it writes
	// out that is not after its arrival estimates when it was published:
	// news reports recent events.
	Mentioned []time.Time
	// Written lists the days among Mentioned that are written out in full,
	// which alone estimate the date of an undated article (a relative day
	// needs a date to resolve against).
	Written []time.Time
	// Arrived is when the article reached storyline; the days an undated
	// article names after it are plans or deadlines, not news. Zero: no
	// day is too late.
	Arrived time.Time
	// Places counts the mentions of the places the article names, by
	// entity key; PlaceText shows each key as written.
	Places    map[string]float64
	PlaceText map[string]string
	// days counts Mentioned by day ("YYYY-MM-DD") for a story compared
	// whole (Profile.vectors); nil for an article, whose Mentioned count.
	days map[string]float64
	// estimated is the estimate of an undated article's date (see
	// Mentioned); zero when unknown. It depends on the article alone, never
	// on what arrived before it.
	estimated time.Time
}

// Weights of the evidence in a score: how much each kind alone can tell.
// Kinds combine as independent evidence (noisy-or), so strong evidence of
// one kind is enough and weak evidence of several kinds adds up. Names and
// numbers are language-neutral; terms compare well only within one
// language, so across languages they count for less.
// Across languages the words compare through their English concepts, which
// dictionaries give less surely than a shared language does.
type weights struct{ names, terms, concepts, numbers float64 }

var (
	sameLanguage  = weights{names: 0.50, terms: 0.90, numbers: 0.50}
	crossLanguage = weights{names: 0.80, terms: 0.30, concepts: 0.60, numbers: 0.60}
)

// Score is a similarity in [0,1] with the evidence behind it.
type Score struct {
	// Value is the similarity: the square root of the weighted evidence
	// times the time factor. The root calibrates it, making it about
	// linear in how alike people judge two reports (fitted, as its only
	// parameter, on the SemEval-2022 Task 8 training pairs).
	Value float64 `json:"score"`
	// Names and Terms are the cosine similarities of the names and the
	// terms; Numbers grows with the specificity of the shared numbers. Each
	// is in [0,1].
	Names   float64 `json:"names"`
	Terms   float64 `json:"terms"`
	Numbers float64 `json:"numbers"`
	// Concepts is the cosine of the English concepts of the words, which
	// counts across languages only.
	Concepts float64 `json:"concepts"`
	// Time is the factor for the distance between the publication dates:
	// 1 within a few days, falling with the gap; Undated when a date is
	// unknown.
	Time float64 `json:"time"`
	// CrossLanguage reports that the two sides share no language.
	CrossLanguage bool `json:"cross_language"`
	// DaysApart is the gap in days between the dates; -1 when unknown.
	DaysApart float64 `json:"days_apart"`
	// SharedNames, SharedTerms and SharedNumbers list the evidence both
	// sides share, strongest first.
	SharedNames    []string `json:"shared_names"`
	SharedTerms    []string `json:"shared_terms"`
	SharedConcepts []string `json:"shared_concepts"`
	SharedNumbers  []string `json:"shared_numbers"`
	// Against is the factor of the evidence against one story: 1 when
	// nothing conflicts, lower the more the two sides name other days and
	// other specific numbers, the more so when they name other places and
	// other secondary people too: what tells two events of one kind apart
	// (two earthquakes, two verdicts of one trial). It multiplies the
	// evidence for, as Time does.
	Against float64 `json:"against"`
	// PlaceConflict, DateConflict, NumberConflict and PeopleConflict are
	// the parts of Against, each in [0,1]: how much of what each side
	// names of the kind the other lacks (the share of one side's mentions
	// the other lacks times the share of the other's the first lacks); 0
	// when a side names none. Places and people are compared only when
	// the days conflict, as they count only then.
	PlaceConflict  float64 `json:"place_conflict"`
	DateConflict   float64 `json:"date_conflict"`
	NumberConflict float64 `json:"number_conflict"`
	PeopleConflict float64 `json:"people_conflict"`
	// OnlyPlaces, OnlyDays, OnlyNumbers and OnlyPeople show each
	// conflict as two entries: what the article (or the first story) names
	// that the other side lacks, then what the other names that it lacks,
	// each a comma-separated list, heaviest first; empty when there is no
	// conflict.
	OnlyPlaces  []string `json:"only_places"`
	OnlyDays    []string `json:"only_days"`
	OnlyNumbers []string `json:"only_numbers"`
	OnlyPeople  []string `json:"only_people"`
}

// UndatedFactor is the time factor when a publication date is unknown.
const UndatedFactor = 0.85

// rarity tells how rare a feature is among the stories seen so far.
type rarity interface {
	idf(f feature) float64
	// symbols is the table of the features counted.
	symbols() *symbolTable
}

// flatRarity weighs every feature the same: for comparing two articles with
// no corpus behind them.
type flatRarity struct{ syms *symbolTable }

func (flatRarity) idf(feature) float64 { return 1 }

func (r flatRarity) symbols() *symbolTable { return r.syms }

// kind is a kind of evidence: the same text may be a name token key and a
// word key, and they count apart.
type kind uint8

const (
	termKind kind = iota + 1
	conceptKind
	nameKind
	wordKeyKind
	numberKind
)

// feature is a symbol of one kind, as rarity counts it.
type feature uint64

func featureOf(k kind, s symbol) feature { return feature(k)<<32 | feature(s) }

// kind returns the feature's kind.
func (f feature) kind() kind { return kind(f >> 32) }

// symbol returns the feature's symbol.
func (f feature) symbol() symbol { return symbol(f & math.MaxUint32) }

// docVectors are an article's weighted features, sorted by key for
// deterministic sums.
type docVectors struct {
	names, terms, numbers, concepts []weighted
	// wordKeys are the keys of words in scripts without case: names only
	// where the other side has them as names.
	wordKeys  map[string]float64
	languages map[string]int
	// The features weighed under one rarity table, computed once per
	// article by prepare rather than once per candidate story: those
	// compared with each story, and all terms and concepts strongest first,
	// which find the candidate stories.
	preparedTerms, preparedNames, preparedConcepts, preparedNumbers []docFeature
	termsNorm, namesNorm, conceptsNorm                              float64
	rankedTerms, rankedConcepts                                     []docFeature
	// leads are the article's most mentioned name tokens.
	leads []string
}

// docFeature is a feature of an article with its symbol (noSymbol when no
// profile holds it) and its weight under a rarity table:
// dw = log(1+count) * idf.
type docFeature struct {
	key     string
	sym     symbol
	dw, idf float64
}

// maxScoredTerms is how many of an article's terms, the weightiest, are
// compared with each candidate story; the rest add little but time.
const maxScoredTerms = 120

// prepare weighs the article's features under r.
func (d *docVectors) prepare(r rarity) {
	terms := weigh(d.terms, termKind, r)
	d.rankedTerms = strongestFirst(terms)
	d.preparedTerms, d.termsNorm = compared(terms, d.rankedTerms, maxScoredTerms)
	concepts := weigh(d.concepts, conceptKind, r)
	d.rankedConcepts = strongestFirst(concepts)
	d.preparedConcepts, d.conceptsNorm = compared(concepts, d.rankedConcepts, maxScoredTerms)
	d.preparedNames = weigh(d.names, nameKind, r)
	d.namesNorm = normOf(d.preparedNames)
	d.preparedNumbers = weigh(d.numbers, numberKind, r)
	d.leads = leadNames(d.names)
}

// Protagonists: the name tokens most mentioned on both sides are who the
// two are about, which stories of one thread share; that they share them
// says less about sharing one event than a shared secondary name does.
const (
	leadTokens        = 4
	protagonistWeight = 0.35
)

// leadNames returns the leadTokens heaviest name tokens.
func leadNames(names []weighted) []string {
	ws := append([]weighted(nil), names...)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].w > ws[j].w })
	return keysOf(ws, leadTokens)
}

// weigh weighs features of kind k under r, in their order.
func weigh(ws []weighted, k kind, r rarity) []docFeature {
	out := make([]docFeature, len(ws))
	syms := r.symbols()
	for i, f := range ws {
		s := syms.lookup(f.key)
		idf := r.idf(featureOf(k, s))
		out[i] = docFeature{f.key, s, math.Log1p(f.w) * idf, idf}
	}
	return out
}

// strongestFirst returns weighed features by weight, strongest first;
// ties go to the smaller key.
func strongestFirst(fs []docFeature) []docFeature {
	out := slices.Clone(fs)
	sort.Slice(out, func(i, j int) bool {
		if out[i].dw != out[j].dw {
			return out[i].dw > out[j].dw
		}
		return out[i].key < out[j].key
	})
	return out
}

// compared returns the features compared with each story, all of them or
// else the limit strongest, and their norm.
func compared(all, ranked []docFeature, limit int) ([]docFeature, float64) {
	if len(all) > limit {
		all = ranked[:limit]
	}
	return all, normOf(all)
}

// normOf is the length of weighed features.
func normOf(fs []docFeature) float64 {
	var norm float64
	for _, f := range fs {
		norm += f.dw * f.dw
	}
	return math.Sqrt(norm)
}

// preparedOverlap is overlap on features weighed by prepare.
func preparedOverlap(doc []docFeature, docNorm float64, prof Features, profNorm float64, discount func(string) float64) (cos float64, shared []weighted) {
	if len(doc) == 0 || profNorm == 0 || docNorm == 0 {
		return 0, nil
	}
	var dot float64
	for _, f := range doc {
		if pw, ok := prof.get(f.sym); ok {
			contrib := f.dw * math.Log1p(pw) * f.idf
			if discount != nil {
				contrib *= discount(f.key)
			}
			dot += contrib
			shared = append(shared, weighted{f.key, contrib})
		}
	}
	if dot == 0 {
		return 0, nil
	}
	sort.SliceStable(shared, func(i, j int) bool { return shared[i].w > shared[j].w })
	return math.Min(1, dot/(docNorm*profNorm)), shared
}

type weighted struct {
	key string
	w   float64
}

// matchKeyLen is how much of a name token's key is matched: derived forms
// share the start of the skeleton ("Hamburg" and "Hamburger" are "hmbrg"
// and "hmbrgr"; "Iran" and "Iranian" "arn" and "arnn").
const matchKeyLen = 5

// MatchKey cuts a name token's key to the letters similarity matches: the
// keys it reports as shared names are so cut.
func MatchKey(k string) string {
	n := 0
	for i := range k {
		if n == matchKeyLen {
			return k[:i]
		}
		n++
	}
	return k
}

// shortKeyWeight discounts name tokens whose key has three letters.
const shortKeyWeight = 0.6

// nameTokenKeys splits name keys into their token keys; a name is matched
// token by token so that "Soleimani" meets "Qassem Soleimani".
func nameTokenKeys(names []entity.Name) map[string]float64 {
	out := make(map[string]float64)
	for _, n := range names {
		for _, tok := range strings.Fields(n.Key) {
			tok = MatchKey(tok)
			switch {
			case len(tok) < 3:
				continue
			case len(tok) == 3:
				// Short skeletons ("abt" for Abd, "ast" for Assad) are
				// shared by more unrelated names.
				out[tok] += shortKeyWeight * float64(n.Count)
			default:
				out[tok] += float64(n.Count)
			}
		}
	}
	return out
}

// termWeights merges body and title terms, title terms counting thrice, and
// prefixes each stem with its language.
func termWeights(lang string, a analyze.Analysis) map[string]float64 {
	out := make(map[string]float64, len(a.Terms))
	for t, c := range a.Terms {
		out[lang+":"+t] += float64(c)
	}
	for t, c := range a.TitleTerms {
		out[lang+":"+t] += 2 * float64(c)
	}
	return out
}

// wordKeyWeight discounts a word key against a name: the word may be none.
const wordKeyWeight = 0.5

func wordKeyWeights(keys map[string]int) map[string]float64 {
	out := make(map[string]float64, len(keys))
	for k, c := range keys {
		// A skeleton of three consonants or fewer matches too many words.
		if len(k) >= 4 {
			out[MatchKey(k)] += wordKeyWeight * float64(c)
		}
	}
	return out
}

func numberCounts(nums []string) map[string]float64 {
	out := make(map[string]float64, len(nums))
	for _, n := range nums {
		out[n] = 1
	}
	return out
}

func sortedWeighted(m map[string]float64) []weighted {
	out := make([]weighted, 0, len(m))
	for k, v := range m {
		out = append(out, weighted{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

func vectorsOf(d Doc) docVectors {
	return docVectors{
		names:     sortedWeighted(nameTokenKeys(d.Analysis.Names)),
		wordKeys:  wordKeyWeights(d.Analysis.WordKeys),
		terms:     sortedWeighted(termWeights(d.Language, d.Analysis)),
		numbers:   sortedWeighted(numberCounts(d.Analysis.Numbers)),
		concepts:  sortedWeighted(d.Concepts),
		languages: map[string]int{d.Language: 1},
	}
}

// overlap returns the cosine of an article's features and a profile's,
// with counts damped as log(1+c) and weighted by rarity (and by discount,
// when set), and the shared features by their part in it.
func overlap(doc []weighted, prof func(string) (float64, bool), profNorm float64, k kind, r rarity, discount func(string) float64) (cos float64, shared []weighted) {
	if len(doc) == 0 || profNorm == 0 {
		return 0, nil
	}
	var dot, docNorm float64
	syms := r.symbols()
	for _, f := range doc {
		idf := r.idf(featureOf(k, syms.lookup(f.key)))
		dw := math.Log1p(f.w) * idf
		docNorm += dw * dw
		if pw, ok := prof(f.key); ok {
			contrib := dw * math.Log1p(pw) * idf
			if discount != nil {
				contrib *= discount(f.key)
			}
			dot += contrib
			shared = append(shared, weighted{f.key, contrib})
		}
	}
	if dot == 0 {
		return 0, nil
	}
	sort.SliceStable(shared, func(i, j int) bool { return shared[i].w > shared[j].w })
	return math.Min(1, dot/(math.Sqrt(docNorm)*profNorm)), shared
}

// numberEvidence scores the numbers an article shares with a profile by
// their specificity: "4.8" or "3900" rarely coincide by chance, "10" or
// "100" often do. Rarity among the stories weighs in too.
func numberEvidence(doc []docFeature, prof Features, r rarity) (float64, []weighted) {
	var sum float64
	var shared []weighted
	for _, f := range doc {
		if _, ok := prof.get(f.sym); !ok {
			continue
		}
		w := numberSpecificity(f.key) * f.idf / r.idf(featureOf(numberKind, noSymbol))
		sum += w
		shared = append(shared, weighted{f.key, w})
	}
	sort.SliceStable(shared, func(i, j int) bool { return shared[i].w > shared[j].w })
	return 1 - math.Exp(-sum/3), shared
}

// numberSpecificity is 1 for decimals and for numbers of three or more
// significant digits; large round amounts ("15000000000") are specific
// too; short round numbers ("20", "100") are not.
func numberSpecificity(n string) float64 {
	if strings.ContainsAny(n, ".,") {
		return 1
	}
	sig := len(strings.TrimRight(n, "0"))
	large := len(n) >= 5
	switch {
	case sig >= 3:
		return 1
	case large && sig == 2:
		return 0.8
	case large:
		return 0.5
	case len(n) == 4 && sig == 2:
		return 0.5
	case sig == 2:
		return 0.25
	}
	return 0.1
}

// namesAgainst returns the article's names for comparison with a profile:
// its name tokens, and those of its caseless words that the profile holds
// as names.
func namesAgainst(d docVectors, p *Profile) []weighted {
	if len(d.wordKeys) == 0 {
		return d.names
	}
	out := d.names
	extra := false
	for k, w := range d.wordKeys {
		if p.Names.has(k) && !hasKey(d.names, k) {
			out = append(out[:len(out):len(out)], weighted{k, w})
			extra = true
		}
	}
	if extra {
		sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	}
	return out
}

func hasKey(ws []weighted, k string) bool {
	i := sort.Search(len(ws), func(i int) bool { return ws[i].key >= k })
	return i < len(ws) && ws[i].key == k
}

// norm is the length of a profile's features as cosine weighs them.
//
// The squares are summed in fixed point, which is exact, so the result
// does not depend on the order of the features (their symbols' numbers
// depend on the order the process met their texts): the same profile
// always gives the same norm, bit for bit.
func norm(f Features, k kind, r rarity) float64 {
	const scale = 1 << 32
	var sum uint64
	for _, e := range f.e {
		w := math.Log1p(float64(e.w)) * r.idf(featureOf(k, e.sym))
		sum += uint64(math.Round(w * w * scale))
	}
	return math.Sqrt(float64(sum) / scale)
}

// dateOf is the date of an article for the time factor: its publication
// date or else its estimated date, which estimated reports.
func dateOf(d Doc) (t time.Time, estimated bool) {
	if !d.Published.IsZero() {
		return d.Published, false
	}
	return d.estimated, !d.estimated.IsZero()
}

// estimate returns the latest day an undated article writes out that is
// not after its arrival: a later day is a deadline or a plan ("a contract
// until 30 June 2031"), not news. Zero for a dated article and when no day
// qualifies. It depends on the article alone, so an article gets the same
// estimate whatever arrived before it.
func estimate(d Doc) time.Time {
	var latest time.Time
	if !d.Published.IsZero() {
		return latest
	}
	for _, m := range d.Written {
		if (d.Arrived.IsZero() || !m.After(d.Arrived)) && m.After(latest) {
			latest = m
		}
	}
	return latest
}

// articleTime scores the gap between an article's date and a story's. An
// estimated date on either side only ever lowers the factor below
// UndatedFactor: it can tell that two reports are far apart, never that
// they are close.
func articleTime(d Doc, p *Profile) (factor, days float64) {
	t, estT := dateOf(d)
	first, last, estP := p.dates()
	factor, days = timeFactor(t, first, last)
	if (estT || estP) && days >= 0 {
		factor = math.Min(UndatedFactor, factor)
	}
	return factor, days
}

// timeFactor scores the gap between a date and a story's date range.
func timeFactor(t, first, last time.Time) (factor, days float64) {
	if t.IsZero() || first.IsZero() {
		return UndatedFactor, -1
	}
	var gap time.Duration
	switch {
	case t.Before(first):
		gap = first.Sub(t)
	case t.After(last):
		gap = t.Sub(last)
	}
	days = gap.Hours() / 24
	if days <= 3 {
		return 1, days
	}
	return math.Max(0.2, math.Exp(-(days-3)/14)), days
}

// score compares document vectors, prepared under r, with a profile.
func score(d docVectors, doc Doc, p *Profile, n *profileNorms, r rarity) Score {
	var s Score
	var sharedTerms, sharedNums []weighted
	// Names: the cosine, not an overlap coefficient (how much of the
	// smaller side the larger holds): a large story names so many that it
	// would hold most of any article's names and draw in every article.
	// One shared name is weak evidence however rare it is; each further
	// one makes a coincidence less likely.
	w := crossLanguage
	s.CrossLanguage = true
	otherLanguage := false // the profile holds a language the article is not in
	for l, n := range p.Languages {
		if d.languages[l] > 0 && l != "und" {
			w, s.CrossLanguage = sameLanguage, false
		} else if n > 0 {
			otherLanguage = true
		}
	}
	// Caseless words stand in for names only against names written in
	// another language; within one language the terms compare them.
	var cos float64
	var sharedNames []weighted
	protagonists := func(k string) float64 {
		if slices.Contains(d.leads, k) && slices.Contains(n.leads, k) {
			return protagonistWeight
		}
		return 1
	}
	if otherLanguage {
		cos, sharedNames = overlap(namesAgainst(d, p), p.nameLookup(d), n.names, nameKind, r, protagonists)
	} else {
		cos, sharedNames = preparedOverlap(d.preparedNames, d.namesNorm, p.Names, n.names, protagonists)
	}
	s.Names = cos * (1 - math.Exp(-float64(len(sharedNames))/2))
	s.Terms, sharedTerms = preparedOverlap(d.preparedTerms, d.termsNorm, p.Terms, n.terms, nil)
	var sharedConcepts []weighted
	if s.CrossLanguage {
		s.Concepts, sharedConcepts = preparedOverlap(d.preparedConcepts, d.conceptsNorm, p.Concepts, n.concepts, nil)
	}
	s.Numbers, sharedNums = numberEvidence(d.preparedNumbers, p.Numbers, r)
	s.Time, s.DaysApart = articleTime(doc, p)
	evidence := 1 - (1-w.names*s.Names)*(1-w.terms*s.Terms)*(1-w.concepts*s.Concepts)*(1-w.numbers*s.Numbers)
	against(&s, doc, d, p)
	s.Value = math.Sqrt(evidence * s.Time * s.Against)
	s.SharedNames = p.nameDisplay(keysOf(sharedNames, 8))
	s.SharedTerms = termDisplay(keysOf(sharedTerms, 12))
	s.SharedConcepts = keysOf(sharedConcepts, 12)
	s.SharedNumbers = keysOf(sharedNums, 8)
	return s
}

func keysOf(ws []weighted, max int) []string {
	var out []string
	for i, w := range ws {
		if i == max {
			break
		}
		out = append(out, w.key)
	}
	return out
}

// termDisplay drops the language prefix of terms.
func termDisplay(keys []string) []string {
	for i, k := range keys {
		if _, t, ok := strings.Cut(k, ":"); ok {
			keys[i] = t
		}
	}
	return keys
}

// Compare scores two articles against each other, with every feature
// weighted the same as no corpus tells rarity.
func Compare(a, b Doc) Score {
	return compare(a, b, flatRarity{newSymbolTable(0)})
}

func compare(a, b Doc, r rarity) Score {
	a.estimated, b.estimated = estimate(a), estimate(b)
	p := newProfile(0, b, r.symbols())
	n := p.norms(r)
	v := vectorsOf(a)
	v.prepare(r)
	return score(v, a, p, &n, r)
}

// Corpus knows how many of a set of articles hold each feature, so that
// comparisons weigh rare names and terms above common ones, as the
// clusterer does with its stories.
type Corpus struct {
	syms *symbolTable
	df   map[feature]int
	n    int
}

// NewCorpus counts the features of docs.
func NewCorpus(docs []Doc) *Corpus {
	c := &Corpus{syms: newSymbolTable(0), df: map[feature]int{}}
	for _, d := range docs {
		c.n++
		for _, f := range profileFeatures(newProfile(0, d, c.syms)) {
			c.df[f]++
		}
	}
	return c
}

func (c *Corpus) symbols() *symbolTable { return c.syms }

func (c *Corpus) idf(f feature) float64 {
	return math.Log((float64(c.n)+1)/(float64(c.df[f])+1)) + 1
}

// Compare scores two articles with the corpus's rarity weights.
func (c *Corpus) Compare(a, b Doc) Score {
	return compare(a, b, c)
}
