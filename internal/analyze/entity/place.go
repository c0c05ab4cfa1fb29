package entity

import (
	"strings"
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
	h := f.fd.lookup(name)
	if !h.ok && (f.lang == "uk" || f.lang == "pl" || f.lang == "ru" || f.lang == "be") && !strings.ContainsAny(name, " -") {
		// A case form the gazetteer does not undo: Ukrainian "України",
		// Polish "Warszawie".
		lw := strings.ToLower(name)
		if stem := trimCaseEnding(lw); stem != lw {
			for _, end := range []string{"а", "я", "ь", "a", ""} {
				if g := f.fd.lookup(stem + end); g.ok && g.kind != kindFeature {
					h = g
					break
				}
			}
		}
	}
	return h
}

// lookup asks the gazetteer about one name, through the Finder's cache:
// news repeats its words, and a look-up folds the name and tries its
// inflections.
func (fd *Finder) lookup(name string) gazHit {
	if h, ok := fd.lookups.Get(name); ok {
		return h
	}
	h := fd.lookupUncached(name)
	fd.lookups.Put(name, h)
	return h
}

// lookupUncached asks the gazetteer about one name.
func (fd *Finder) lookupUncached(name string) gazHit {
	var h gazHit
	if name == "" || len(name) >= 80 || genericPlaceSet[strings.ToLower(name)] || genericPlaceSet[ar.Normalize(name)] {
		return h
	}
	p, ok := fd.places.Lookup(name)
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
			return n == gazetteer.Normalize(fd.places.NameIn(p, "ar")) || n == gazetteer.Normalize(fd.places.NameIn(p, "fa"))
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
	{"ischen", "ien"}, {"ische", "ien"}, {"ischer", "ien"}, {"ischen", "is"}, {"ische", "is"},
	{"ischen", ""}, {"ische", ""}, {"ischer", ""}, {"isches", ""},
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
	if d, ok := f.fd.demonyms.Get(w); ok {
		return d
	}
	d := f.isDemonym(t)
	f.fd.demonyms.Put(w, d)
	return d
}

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
