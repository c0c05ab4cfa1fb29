package story

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
)

// Profile is what the clusterer knows of one story: the summed evidence of
// its articles, kept small enough to hold many stories in memory. Profiles
// are updated article by article and persisted whole.
type Profile struct {
	// ID identifies the story; the clusterer gives new stories the next
	// number, so ids follow input order.
	ID int64 `json:"id"`
	// Title is the headline of the story's first article, or of its first
	// English article once one joins: English is the language most users
	// of a multilingual story can read.
	Title string `json:"title"`
	// TitleLanguage is the language of Title.
	TitleLanguage string `json:"title_language"`
	// Articles counts the story's articles.
	Articles int `json:"articles"`
	// Languages counts the articles per language.
	Languages map[string]int `json:"languages"`
	// Terms sums the term weights of the articles ("lang:stem").
	Terms Features `json:"terms"`
	// Concepts sums the English concepts of the articles' words.
	Concepts Features `json:"concepts"`
	// People sums the mentions of the persons and organisations of the
	// articles by entity key.
	People map[string]float64 `json:"people"`
	// Names sums the mentions of the articles' names by name token key.
	Names Features `json:"names"`
	// WordKeys sums the keys of the articles' words in caseless scripts.
	WordKeys Features `json:"word_keys"`
	// NameText shows each name token key as it was first written.
	NameText map[string]string `json:"name_text"`
	// Numbers counts the articles that state each number.
	Numbers Features `json:"numbers"`
	// Places sums the mentions of the places the articles name, by entity
	// key; PlaceText shows each as first written.
	Places    map[string]float64 `json:"places,omitempty"`
	PlaceText map[string]string  `json:"place_text,omitempty"`
	// Days counts the articles that mention each full day ("2026-03-14").
	Days map[string]float64 `json:"days,omitempty"`
	// First and Last bound the publication dates of the dated articles.
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
	// EstimatedFirst and EstimatedLast bound the estimated dates of the
	// undated articles (see Doc.Mentioned).
	EstimatedFirst time.Time `json:"estimated_first,omitzero"`
	EstimatedLast  time.Time `json:"estimated_last,omitzero"`
	// syms is the symbol table of the features: the clusterer's for a
	// story it holds; nil for a profile read from storage, whose features
	// have tables of their own until a clusterer takes it in.
	syms *symbolTable
}

// titleLanguage is the language a story's title is preferably in.
const titleLanguage = "en"

// Profile size limits: the strongest entries are kept.
const (
	maxProfileTerms   = 400
	maxProfileNames   = 120
	maxProfileNumbers = 60
	maxProfilePlaces  = 60
	maxProfileDays    = 60
)

// LanguageList returns the profile's languages, most articles first.
func (p *Profile) LanguageList() []string {
	langs := make([]string, 0, len(p.Languages))
	for l := range p.Languages {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		if p.Languages[langs[i]] != p.Languages[langs[j]] {
			return p.Languages[langs[i]] > p.Languages[langs[j]]
		}
		return langs[i] < langs[j]
	})
	return langs
}

// newProfile starts a story from its first article, its features symbols
// of t.
func newProfile(id int64, d Doc, t *symbolTable) *Profile {
	p := &Profile{ID: id, Title: d.Title, TitleLanguage: d.Language, syms: t}
	p.add(d)
	return p
}

// bind takes the profile's features into table t.
func (p *Profile) bind(t *symbolTable) {
	p.syms = t
	p.Terms, p.Concepts, p.Names = p.Terms.in(t), p.Concepts.in(t), p.Names.in(t)
	p.WordKeys, p.Numbers = p.WordKeys.in(t), p.Numbers.in(t)
}

// renumber makes the profile's features symbols of t, numbered by
// renumber (see Clusterer.compactSymbols).
func (p *Profile) renumber(t *symbolTable, renumber []symbol) {
	p.syms = t
	p.Terms, p.Concepts = p.Terms.renumbered(t, renumber), p.Concepts.renumbered(t, renumber)
	p.Names, p.WordKeys = p.Names.renumbered(t, renumber), p.WordKeys.renumbered(t, renumber)
	p.Numbers = p.Numbers.renumbered(t, renumber)
}

// makeMaps makes the maps a profile lacks: a new one, or one stored by an
// older storyline that did not keep every kind of evidence.
func (p *Profile) makeMaps() {
	if p.Languages == nil {
		p.Languages = map[string]int{}
	}
	if p.People == nil {
		p.People = map[string]float64{}
	}
	if p.NameText == nil {
		p.NameText = map[string]string{}
	}
	if p.Places == nil {
		p.Places = map[string]float64{}
	}
	if p.PlaceText == nil {
		p.PlaceText = map[string]string{}
	}
	if p.Days == nil {
		p.Days = map[string]float64{}
	}
}

// add folds an article into the profile and reports the features the
// profile did not hold before.
func (p *Profile) add(d Doc) (added []feature) {
	p.makeMaps()
	if p.syms == nil {
		p.bind(newSymbolTable(0))
	}
	p.Articles++
	p.Languages[d.Language]++
	if p.TitleLanguage != titleLanguage && d.Language == titleLanguage && d.Title != "" {
		p.Title, p.TitleLanguage = d.Title, d.Language
	}
	fold := func(dst *Features, k kind, src map[string]float64) {
		var syms []symbol
		*dst, syms = dst.merge(makeFeatures(p.syms, src))
		for _, s := range syms {
			added = append(added, featureOf(k, s))
		}
	}
	fold(&p.Terms, termKind, termWeights(d.Language, d.Analysis))
	for k, w := range d.People {
		p.People[k] += w
	}
	fold(&p.Concepts, conceptKind, d.Concepts)
	fold(&p.Names, nameKind, nameTokenKeys(d.Analysis.Names))
	fold(&p.WordKeys, wordKeyKind, wordKeyWeights(d.Analysis.WordKeys))
	for _, n := range d.Analysis.Names {
		words := strings.Fields(n.Text)
		keys := strings.Fields(n.Key)
		for i, k := range keys {
			k = MatchKey(k)
			if _, ok := p.NameText[k]; ok {
				continue
			}
			if len(words) == len(keys) {
				p.NameText[k] = words[i]
			} else {
				p.NameText[k] = n.Text
			}
		}
	}
	fold(&p.Numbers, numberKind, numberCounts(d.Analysis.Numbers))
	for k, w := range d.Places {
		p.Places[k] += w
		if _, ok := p.PlaceText[k]; !ok {
			p.PlaceText[k] = d.PlaceText[k]
		}
	}
	for _, k := range dayKeys(d.Mentioned) {
		p.Days[k]++
	}
	if !d.Published.IsZero() {
		if p.First.IsZero() || d.Published.Before(p.First) {
			p.First = d.Published
		}
		if d.Published.After(p.Last) {
			p.Last = d.Published
		}
	}
	if d.Published.IsZero() && !d.estimated.IsZero() {
		if p.EstimatedFirst.IsZero() || d.estimated.Before(p.EstimatedFirst) {
			p.EstimatedFirst = d.estimated
		}
		if d.estimated.After(p.EstimatedLast) {
			p.EstimatedLast = d.estimated
		}
	}
	p.prune()
	return added
}

// absorb folds another story into the profile, as when two stories turn
// out to be one, and reports the features the profile did not hold before.
// The profile keeps its id and, unless the other has one in English and it
// has not, its title.
func (p *Profile) absorb(o *Profile) (added []feature) {
	p.makeMaps()
	p.Articles += o.Articles
	for l, n := range o.Languages {
		p.Languages[l] += n
	}
	if p.TitleLanguage != titleLanguage && o.TitleLanguage == titleLanguage {
		p.Title, p.TitleLanguage = o.Title, o.TitleLanguage
	}
	fold := func(dst *Features, k kind, src Features) {
		var syms []symbol
		*dst, syms = dst.merge(src)
		for _, s := range syms {
			added = append(added, featureOf(k, s))
		}
	}
	fold(&p.Terms, termKind, o.Terms)
	fold(&p.Concepts, conceptKind, o.Concepts)
	fold(&p.Names, nameKind, o.Names)
	fold(&p.WordKeys, wordKeyKind, o.WordKeys)
	fold(&p.Numbers, numberKind, o.Numbers)
	for k, w := range o.People {
		p.People[k] += w
	}
	for k, t := range o.NameText {
		if _, ok := p.NameText[k]; !ok {
			p.NameText[k] = t
		}
	}
	for k, w := range o.Places {
		p.Places[k] += w
		if _, ok := p.PlaceText[k]; !ok {
			p.PlaceText[k] = o.PlaceText[k]
		}
	}
	for k, w := range o.Days {
		p.Days[k] += w
	}
	p.First, p.Last = widen(p.First, p.Last, o.First, o.Last)
	p.EstimatedFirst, p.EstimatedLast = widen(p.EstimatedFirst, p.EstimatedLast, o.EstimatedFirst, o.EstimatedLast)
	p.prune()
	return added
}

// widen returns the range [first, last] extended to cover [from, to]; zero
// times are unknown bounds.
func widen(first, last, from, to time.Time) (time.Time, time.Time) {
	if from.IsZero() {
		return first, last
	}
	if first.IsZero() || from.Before(first) {
		first = from
	}
	if to.After(last) {
		last = to
	}
	return first, last
}

// vectors returns the profile's evidence in the form of an article's, for
// comparing two stories.
func (p *Profile) vectors() (docVectors, Doc) {
	v := docVectors{
		names:     p.Names.weighted(),
		wordKeys:  p.WordKeys.Map(),
		terms:     p.Terms.weighted(),
		numbers:   p.Numbers.weighted(),
		concepts:  p.Concepts.weighted(),
		languages: p.Languages,
	}
	return v, Doc{Published: p.Last, estimated: p.EstimatedLast, People: p.People, Places: p.Places, PlaceText: p.PlaceText, days: p.Days}
}

// dates returns the story's date range, or else the range of its
// estimated dates, which estimated reports.
func (p *Profile) dates() (first, last time.Time, estimated bool) {
	if !p.First.IsZero() {
		return p.First, p.Last, false
	}
	return p.EstimatedFirst, p.EstimatedLast, !p.EstimatedFirst.IsZero()
}

// prune keeps the strongest entries of each map within its limit; ties go
// to the smaller key so that pruning is deterministic.
func (p *Profile) prune() {
	p.Terms = p.Terms.prune(maxProfileTerms)
	p.Concepts = p.Concepts.prune(maxProfileTerms)
	pruneMap(p.People, maxProfileNames)
	p.Names = p.Names.prune(maxProfileNames)
	p.WordKeys = p.WordKeys.prune(maxProfileTerms)
	p.Numbers = p.Numbers.prune(maxProfileNumbers)
	for k := range p.NameText {
		if !p.Names.has(k) {
			delete(p.NameText, k)
		}
	}
	pruneMap(p.Places, maxProfilePlaces)
	for k := range p.PlaceText {
		if _, ok := p.Places[k]; !ok {
			delete(p.PlaceText, k)
		}
	}
	pruneMap(p.Days, maxProfileDays)
}

// dayKeys returns days as "YYYY-MM-DD", each once.
func dayKeys(days []time.Time) []string {
	var out []string
	for _, d := range days {
		k := d.Format(time.DateOnly)
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// pruneMap prunes a map as Features.prune does.
func pruneMap(m map[string]float64, limit int) {
	if len(m) <= limit+limit/4 {
		return
	}
	ws := make([]weighted, 0, len(m))
	for k, v := range m {
		ws = append(ws, weighted{k, v})
	}
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].w != ws[j].w {
			return ws[i].w > ws[j].w
		}
		return ws[i].key < ws[j].key
	})
	for _, w := range ws[limit:] {
		delete(m, w.key)
	}
}

// profileNorms caches a profile's vector lengths under one rarity table
// and its most mentioned name tokens.
type profileNorms struct {
	names, terms, concepts float64
	leads                  []string
}

func (p *Profile) norms(r rarity) profileNorms {
	return profileNorms{
		names:    norm(p.Names, nameKind, r),
		terms:    norm(p.Terms, termKind, r),
		concepts: norm(p.Concepts, conceptKind, r),
		leads:    leadNames(p.Names.weighted()),
	}
}

// nameLookup finds a name token in the profile: among its names, or, for
// a name of the article, among its caseless words.
func (p *Profile) nameLookup(d docVectors) func(string) (float64, bool) {
	return func(k string) (float64, bool) {
		s := p.syms.lookup(k)
		if w, ok := p.Names.get(s); ok {
			return w, true
		}
		if hasKey(d.names, k) {
			return p.WordKeys.get(s)
		}
		return 0, false
	}
}

// nameDisplay shows name token keys as written.
func (p *Profile) nameDisplay(keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if t := p.NameText[k]; t != "" {
			out = append(out, t)
		} else {
			out = append(out, k)
		}
	}
	return out
}

// MainPeople returns the keys of the n persons and organisations the
// story's articles mention most.
func (p *Profile) MainPeople(n int) []string {
	ws := make([]weighted, 0, len(p.People))
	for k, v := range p.People {
		ws = append(ws, weighted{k, v})
	}
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].w != ws[j].w {
			return ws[i].w > ws[j].w
		}
		return ws[i].key < ws[j].key
	})
	return keysOf(ws, n)
}

// Clone returns a copy of the profile that shares nothing it could change
// with it, for storing while the clusterer goes on changing the original.
func (p *Profile) Clone() *Profile {
	c := *p
	c.Languages = maps.Clone(p.Languages)
	c.People = maps.Clone(p.People)
	c.NameText = maps.Clone(p.NameText)
	c.Places = maps.Clone(p.Places)
	c.PlaceText = maps.Clone(p.PlaceText)
	c.Days = maps.Clone(p.Days)
	return &c
}
