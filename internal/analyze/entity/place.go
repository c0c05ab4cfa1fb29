package entity

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang/ar"
)

// placeKind is the part of a gazetteer kind the finder uses.
type placeKind uint8

const (
	kindCountry placeKind = iota + 1
	kindRegion
	kindCity
	kindFeature
)

// gazHit is the result of one gazetteer look-up.
type gazHit struct {
	ok       bool
	id, name string
	kind     placeKind
	pop      int
	// native is true when the name looked up is the place's own name in
	// Arabic or Persian, not an alias ("روس" is an alias of Russia).
	native bool
}

// gazetteer looks a name up, once per article.
func (f *finder) gazetteer(name string) gazHit {
	h := lookup(name)
	if !h.ok && (f.lang == "uk" || f.lang == "pl" || f.lang == "ru" || f.lang == "be") && !strings.ContainsAny(name, " -") {
		// A case form the gazetteer does not undo: Ukrainian "України",
		// Polish "Warszawie".
		lw := strings.ToLower(name)
		if stem := trimCaseEnding(lw); stem != lw {
			for _, end := range []string{"а", "я", "ь", "a", ""} {
				if g := lookup(stem + end); g.ok && g.kind != kindFeature {
					h = g
					break
				}
			}
		}
	}
	return h
}

// lookupCache keeps the gazetteer's answers across articles: news repeats
// its words, and a look-up folds the name and tries its inflections. It
// stops growing at maxCached names.
var (
	lookupCache sync.Map // string -> gazHit
	cached      atomic.Int64
)

const maxCached = 200000

// lookup asks the gazetteer about one name, through lookupCache.
func lookup(name string) gazHit {
	if noCache {
		return lookupUncached(name)
	}
	if h, ok := lookupCache.Load(name); ok {
		return h.(gazHit)
	}
	h := lookupUncached(name)
	if cached.Load() < maxCached {
		if _, loaded := lookupCache.LoadOrStore(name, h); !loaded {
			cached.Add(1)
		}
	}
	return h
}

// lookupUncached asks the gazetteer about one name.
func lookupUncached(name string) gazHit {
	var h gazHit
	if name == "" || len(name) >= 80 || genericPlaceSet[strings.ToLower(name)] || genericPlaceSet[ar.Normalize(name)] {
		return h
	}
	p, ok := gazetteer.Lookup(name)
	if !ok {
		return h
	}
	h = gazHit{ok: true, id: p.ID, name: p.Name, pop: p.Population}
	switch p.Kind {
	case gazetteer.Country:
		h.kind = kindCountry
	case gazetteer.Region:
		h.kind = kindRegion
	case gazetteer.City:
		h.kind = kindCity
	default:
		h.kind = kindFeature
	}
	if r, _ := utf8.DecodeRuneInString(name); ar.IsArabicLetter(r) {
		n := gazetteer.Normalize(name)
		native := func(n string) bool {
			return n == gazetteer.Normalize(p.NameIn("ar")) || n == gazetteer.Normalize(p.NameIn("fa"))
		}
		h.native = native(n)
		if rest, ok := ar.StripProclitic(ar.Normalize(name)); ok && !h.native {
			h.native = native(gazetteer.Normalize(rest))
		}
	}
	return h
}

// demonymEndings turn a demonym back into its place's name: "Iranian" ->
// "Iran", "Syrian" -> "Syria", "Iraqi" -> "Iraq", "Lebanese" -> "Lebanon",
// "Turkish" -> "Turkey", "İranlı" -> "İran".
var demonymEndings = []struct{ cut, add string }{
	{"ian", ""}, {"n", ""}, {"an", ""}, {"i", ""}, {"ese", "on"}, {"ese", "a"}, {"ese", ""},
	{"ish", "ey"}, {"ish", ""}, {"i", "istan"},
	{"lı", ""}, {"li", ""}, {"lu", ""}, {"lü", ""},
}

// demonym reports whether a capitalised word names a people, a language
// or a religion rather than an entity: a general list, and the demonyms of
// the gazetteer's places ("Iranian", "Iraqi").
func (f *finder) demonym(t *tok) bool {
	w := t.fold
	if nonNameSet[w] {
		return true
	}
	if !t.capital || t.allCaps || runeLen(w) < 4 || t.arabic {
		return false
	}
	if !noCache {
		if d, ok := demonymCache.Load(w); ok {
			return d.(bool)
		}
	}
	d := f.isDemonym(t)
	if !noCache && cached.Load() < maxCached {
		if _, loaded := demonymCache.LoadOrStore(w, d); !loaded {
			cached.Add(1)
		}
	}
	return d
}

// demonymCache keeps demonym's answers across articles, by folded word.
var demonymCache sync.Map

// isDemonym does the work of demonym.
func (f *finder) isDemonym(t *tok) bool {
	w := t.fold
	if h := f.gazetteer(t.norm); h.ok {
		return false
	}
	plural := strings.TrimSuffix(w, "s")
	for _, e := range demonymEndings {
		if !strings.HasSuffix(plural, e.cut) || runeLen(plural)-runeLen(e.cut) < 3 {
			continue
		}
		if h := f.gazetteer(strings.TrimSuffix(plural, e.cut) + e.add); h.ok && (h.kind == kindCountry || h.kind == kindRegion) {
			return true
		}
	}
	return false
}

// placeOrDemonym reports a place or a demonym.
func (f *finder) placeOrDemonym(t *tok) bool {
	if t.arabic || !t.capital {
		return false
	}
	return f.gazetteer(t.norm).ok || f.demonym(t)
}
