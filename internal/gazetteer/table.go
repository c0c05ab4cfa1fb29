package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// placesGz is the generated table, gzip-compressed text. After comment lines
// starting with '#', each line is one place, tab-separated:
//
//	id  kind  country  population  English-name  display-names  aliases
//
// kind is one letter: c country, r region, p populated place, f feature.
// display-names is "lang:name" items separated by '|', one per language,
// the names NameIn returns; aliases are further names separated by '|'
// (short forms, codes, transliterations, former names). Names are stored
// as written; keys are made with Normalize when the table loads, so a
// change to Normalize needs no new data.
//
// A name (the English one, a display name after its "lang:", or an alias)
// may start with a mark that says how it matches:
//
//	!  not at all: it is only displayed ("Того", Togo in Russian, is also
//	   the word "of that");
//	=  only with its Latin diacritics as written ("Şam", Damascus in
//	   Turkish, but not "Sam").
//
// A name of two to five capital letters ("US", "U.S.", "США") is a letter
// code and matches only when written in capitals.
//
//go:embed data/places.tsv.gz
var placesGz []byte

// langName is a place's name in one language.
type langName struct {
	lang, name string
}

// record is one place as held in memory.
type record struct {
	id, name   string // name without its mark
	kind       Kind
	country    string
	population int
	names      []langName // sorted by lang
}

// gazTable is the decoded table with its indexes.
type gazTable struct {
	recs []record
	byID map[string]int32
	// The indexes map a key to the most prominent place that has it.
	byKey    map[string]entry // Normalize(name)
	byStrict map[string]entry // normalize(name, false), for '='-marked names
	byCode   map[string]entry // letter codes, capitals without periods
	// starts holds the first words of the names of two words or more,
	// in their keys (Normalize, and normalize for '='-marked names).
	starts map[string]bool
}

// An entry is the place a key gives and the tier of the name that gave
// it: 0 for its English or a display name, 1 for an alias.
type entry struct {
	i    int32
	tier uint8
}

// place returns record i as a Place.
func (t *gazTable) place(i int32) Place {
	r := &t.recs[i]
	return Place{ID: r.id, Name: r.name, Kind: r.kind, Country: r.country, Population: r.population}
}

// find returns the place a name denotes, as written: the most prominent
// of the places its letter code, its key with diacritics and its folded
// key give.
func (t *gazTable) find(name string) (int32, bool) {
	var best entry
	found := false
	consider := func(e entry, ok bool) {
		if ok && (!found || t.better(e, best)) {
			best, found = e, true
		}
	}
	if IsCode(name) {
		e, ok := t.byCode[CodeKey(name)]
		consider(e, ok)
	}
	if key := normalize(name, false); key != "" && len(t.byStrict) > 0 {
		e, ok := t.byStrict[key]
		consider(e, ok)
	}
	if key := Normalize(name); key != "" {
		e, ok := t.byKey[key]
		consider(e, ok)
	}
	return best.i, found
}

// IsCode reports whether s is a letter code: two to five capital letters,
// periods and spaces aside ("US", "U.S.", "EE. UU.", "США"). Codes match
// only as written in capitals.
func IsCode(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '.' || r == ' ':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 5
}

// CodeKey is the form letter codes are indexed in: without periods and
// spaces.
func CodeKey(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '.' || r == ' ' {
			return -1
		}
		return r
	}, s)
}

// rank orders places by prominence for ambiguous names: a country first,
// then cities and regions (see better), then features. A country of fewer
// than a million people ranks as a city: "Granada" is the Spanish city
// before Grenada, "San Martín" a town before Saint Martin.
func (r *record) rank() int {
	switch r.kind {
	case Country:
		if r.population < minCountryPopulation {
			return 1
		}
		return 0
	case City, Region:
		return 1
	}
	return 2
}

// minCountryPopulation is the population below which a country ranks as
// a city.
const minCountryPopulation = 1000000

// prominent reports whether a place is prominent enough to be the reading
// of an inflected or prefixed name (see Lookup): a country, a region, or
// a city of 100,000 people or more.
func (r *record) prominent() bool {
	return r.kind == Country || r.kind == Region || r.population >= 100000
}

// decode parses the gzip-compressed table and builds its indexes.
func decode(gz []byte) (*gazTable, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	t := &gazTable{byID: make(map[string]int32, 16384), byKey: make(map[string]entry, 1<<17),
		byStrict: map[string]entry{}, byCode: map[string]entry{}, starts: map[string]bool{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" || s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("line %d: %d fields, want 7", line, len(f))
		}
		r := record{id: f[0], country: f[2], name: strings.TrimLeft(f[4], "!=")}
		switch f[1] {
		case "c":
			r.kind = Country
		case "r":
			r.kind = Region
		case "p":
			r.kind = City
		case "f":
			r.kind = Feature
		default:
			return nil, fmt.Errorf("line %d: unknown kind %q", line, f[1])
		}
		if r.population, err = strconv.Atoi(f[3]); err != nil {
			return nil, fmt.Errorf("line %d: population: %w", line, err)
		}
		names := []string{f[4]} // as marked, English first
		if f[5] != "" {
			for _, item := range strings.Split(f[5], "|") {
				lang, name, ok := strings.Cut(item, ":")
				if !ok {
					return nil, fmt.Errorf("line %d: display name %q without language", line, item)
				}
				r.names = append(r.names, langName{lang, name})
				names = append(names, name)
			}
			sort.SliceStable(r.names, func(a, b int) bool { return r.names[a].lang < r.names[b].lang })
			for k := range r.names {
				r.names[k].name = strings.TrimLeft(r.names[k].name, "!=")
			}
		}
		if _, dup := t.byID[r.id]; dup {
			return nil, fmt.Errorf("line %d: duplicate id %s", line, r.id)
		}
		i := int32(len(t.recs))
		t.recs = append(t.recs, r)
		t.byID[r.id] = i
		for _, n := range names {
			t.index(i, n, 0)
		}
		if f[6] != "" {
			for _, a := range strings.Split(f[6], "|") {
				t.index(i, a, 1)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return t, nil
}

// index files place i under a (marked) name unless a more prominent place
// already holds the name's key.
func (t *gazTable) index(i int32, name string, tier uint8) {
	var m map[string]entry
	var key string
	switch {
	case strings.HasPrefix(name, "!"):
		return
	case strings.HasPrefix(name, "="):
		m, key = t.byStrict, normalize(name[1:], false)
	case IsCode(name):
		m, key = t.byCode, CodeKey(name)
	default:
		m, key = t.byKey, Normalize(name)
	}
	if key == "" {
		return
	}
	if first, _, ok := strings.Cut(key, " "); ok {
		t.starts[first] = true
	}
	e := entry{i, tier}
	if old, ok := m[key]; ok && !t.better(e, old) {
		return
	}
	m[key] = e
}

// better reports whether entry x gives a more prominent place than y.
func (t *gazTable) better(x, y entry) bool {
	a, b := &t.recs[x.i], &t.recs[y.i]
	if x.i == y.i {
		return x.tier < y.tier
	}
	if ra, rb := a.rank(), b.rank(); ra != rb {
		return ra < rb
	}
	if a.kind == Region && b.kind != Region || a.kind != Region && b.kind == Region {
		// A city before a region of its name, unless the region has ten
		// times its people: "Aleppo" is the city, "Florida" the state,
		// not Florida, Uruguay.
		if a.kind == Region {
			return a.population > regionFactor*b.population
		}
		return b.population <= regionFactor*a.population
	}
	if x.tier != y.tier {
		return x.tier < y.tier
	}
	return a.population > b.population
}

// regionFactor is how many times more people a region needs than a city of
// the same name to be the name's reading.
const regionFactor = 10
