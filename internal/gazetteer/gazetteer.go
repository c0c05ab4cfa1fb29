// Package gazetteer knows the world's countries, first-level regions and
// larger cities under their names in many languages and scripts, so that
// "Syria", "سوريا", "Сирия", "Suriye", "Syrien" and "叙利亚" are one place.
//
// The table is generated from Debian data packages (GeoNames, Unicode CLDR,
// iso-codes; see data/NOTICE) by ./gen, embedded gzip-compressed (about
// 1 MB), and decoded by Load (about 0.2 s) into a Gazetteer, which the
// caller keeps and passes to what looks places up. It holds every ISO
// 3166-1 country, the first-level divisions of GeoNames, and about 10,000
// cities: those of 100,000 people or more, capitals, and smaller ones known
// abroad. All functions and methods are safe for concurrent use.
package gazetteer

//go:generate go run ./gen -o data/places.tsv.gz

import (
	"fmt"
	"sort"
	"strings"
)

// Kind tells what a place is.
type Kind uint8

// The kinds of place, from the broadest.
const (
	Country Kind = iota + 1 // a country or territory of ISO 3166-1
	Region                  // a first-level administrative division
	City                    // a populated place
	Feature                 // anything else: a sea, a river, a strait
)

// String returns the kind's name in lowercase ("country").
func (k Kind) String() string {
	switch k {
	case Country:
		return "country"
	case Region:
		return "region"
	case City:
		return "city"
	case Feature:
		return "feature"
	}
	return "unknown"
}

// Gazetteer is the decoded table of places. It is read-only, so safe for
// concurrent use.
type Gazetteer struct {
	t *gazTable
}

// Load decodes the embedded table.
func Load() (*Gazetteer, error) {
	t, err := decode(placesGz)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: embedded data: %w", err)
	}
	return &Gazetteer{t: t}, nil
}

// Place is one place of the gazetteer.
type Place struct {
	// ID is stable across regenerations of the table: "iso:SY" for a
	// country, "geonames:170654" (its GeoNames id) for a city,
	// "admin1:SY.13" (country and GeoNames division code) for a region.
	ID         string
	Name       string // English name
	Kind       Kind
	Country    string // ISO 3166-1 alpha-2 code of the country it is in ("SY")
	Population int
}

// Lookup finds the place a name denotes, in any language and script. The
// name is folded by Normalize first, so case, Latin diacritics, Arabic
// letter variants (أ إ آ ا, ة ه, ى ي), tashkeel and tatweel, Persian ی ک
// against Arabic ي ك and the Arabic article ال do not matter. When the
// name as given is not known, Lookup tries a few readings of an inflected
// form: without an Arabic proclitic (و ب ل before the name: "بدمشق"),
// without a suffix after an apostrophe ("Suriye'de", "Iran's"), without
// the English "the" ("the Netherlands"), and with a Russian case ending
// made nominative ("Сирии", "Москве"). Such a reading counts only when it
// finds a country, a region or a city of 100,000 people or more: a small
// town's name is more often another word inflected.
//
// A name several places share gives the most prominent of them: a country
// (of a million people or more) first; a city before a region, unless the
// region has ten times the city's people ("Aleppo" is the city, "Florida"
// the US state); then the place that bears the name as its own (not as a
// further alias); then the larger population.
//
// Letter codes match only in capitals ("US", "U.S.", "США", not "us").
func (g *Gazetteer) Lookup(name string) (Place, bool) {
	t := g.t
	if i, ok := t.find(name); ok {
		return t.place(i), true
	}
	for _, alt := range inflectionCandidates(name) {
		if i, ok := t.find(alt); ok && t.recs[i].prominent() {
			return t.place(i), true
		}
	}
	return Place{}, false
}

// MayStartName reports whether word can be the first of a name of two
// words or more that Lookup finds: a quick test before looking up the
// phrases a word starts. A letter code and the English "the" ("the Gaza
// Strip") may start any.
func (g *Gazetteer) MayStartName(word string) bool {
	t := g.t
	return t.starts[Normalize(word)] || t.starts[normalize(word, false)] || IsCode(word) || strings.EqualFold(word, "the")
}

// ByID returns the place with the given id ("iso:SY", "geonames:170654").
func (g *Gazetteer) ByID(id string) (Place, bool) {
	t := g.t
	i, ok := t.byID[id]
	if !ok {
		return Place{}, false
	}
	return t.place(i), true
}

// NameIn returns the name of place p in language lang (an ISO 639-1 code
// such as "ar", "ru", "zh"), or its English name when the table has none.
func (g *Gazetteer) NameIn(p Place, lang string) string {
	t := g.t
	i, ok := t.byID[p.ID]
	if !ok {
		return p.Name
	}
	lang = strings.ToLower(lang)
	if j := strings.IndexAny(lang, "-_"); j > 0 {
		lang = lang[:j]
	}
	names := t.recs[i].names
	k := sort.Search(len(names), func(k int) bool { return names[k].lang >= lang })
	if k < len(names) && names[k].lang == lang {
		return names[k].name
	}
	return p.Name
}

// Len returns the number of places in the table.
func (g *Gazetteer) Len() int { return len(g.t.recs) }
