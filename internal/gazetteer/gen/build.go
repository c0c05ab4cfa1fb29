package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/gazetteer/debdata"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
)

// A place is one line of the table being built.
type place struct {
	id         string
	kind       string // c, r, p
	country    string
	population int
	name       string
	display    map[string]string // lang -> name
	aliases    []string
	keys       map[string]bool // normalised names already held
	votes      map[string]int  // how many sources gave each key
}

// builder assembles the places from the sources and filters their names.
type builder struct {
	src     *sources
	o       options
	dropped map[string]int // reason -> names dropped
	counts  map[string]int // kind -> places
	names   int
}

func newBuilder(src *sources, o options) *builder {
	return &builder{src: src, o: o, dropped: map[string]int{}, counts: map[string]int{}}
}

// stats summarises the table for its header and the generator's report.
func (b *builder) stats() string {
	return fmt.Sprintf("%d countries, %d regions, %d cities, %d names", b.counts["c"], b.counts["r"], b.counts["p"], b.names)
}

// newPlace starts a place; setName gives it its English name.
func newPlace(id, kind, country string, pop int) *place {
	return &place{id: id, kind: kind, country: country, population: pop,
		display: map[string]string{}, keys: map[string]bool{}, votes: map[string]int{}}
}

// build returns the table's places: countries, then regions, then cities,
// each sorted by id.
func (b *builder) build() []*place {
	countries := b.countries()
	resolveConflicts(countries)
	if b.o.verbose {
		b.inclusionStats()
	}
	regions, cities := b.citiesAndRegions()
	giveToNamesakes(b, cities)
	dropCityAliases(countries, cities)
	var all []*place
	for _, group := range [][]*place{countries, regions, cities} {
		sort.Slice(group, func(i, j int) bool { return idLess(group[i].id, group[j].id) })
		all = append(all, group...)
	}
	for _, p := range all {
		b.counts[p.kind]++
		b.names += 1 + len(p.display) + len(p.aliases)
	}
	if b.o.verbose {
		for r, n := range b.dropped {
			fmt.Fprintf(stderr, "gen: dropped %d names: %s\n", n, r)
		}
	}
	return all
}

// idLess orders ids by prefix, then numerically.
func idLess(a, b string) bool {
	if len(a) != len(b) && strings.HasPrefix(a, "geonames:") && strings.HasPrefix(b, "geonames:") {
		return len(a) < len(b)
	}
	return a < b
}

// add gives p the name in language lang (empty for a name of no one
// language); a display name is kept as p's name in lang unless it already
// has one, otherwise the name only matches. Names that would cause false
// matches are marked or dropped (see mark).
func (b *builder) add(p *place, lang, name string, display bool) {
	name = cleanName(name)
	if name == "" {
		return
	}
	if p.kind != "c" {
		// "وان، ترکی", "Victoria, Texas": a city's or a region's name
		// qualified by where it is; the qualifier goes.
		if i := strings.IndexAny(name, ",،"); i > 0 {
			name = strings.TrimSpace(name[:i])
		}
	}
	for _, v := range variants(name, p.kind == "c") {
		// English display names are the place's Name.
		isDisplay := display && lang != "" && lang != "en" && v == name && p.display[lang] == "" && v != strings.TrimLeft(p.name, "!=")
		m, ok := b.mark(p, lang, v, isDisplay)
		if !ok {
			continue
		}
		var k string
		switch m {
		case "":
			k = gazetteer.Normalize(v)
		case "=":
			k = "=" + strictKey(v)
		}
		if k != "" {
			p.votes[k]++
		}
		if isDisplay {
			p.display[lang] = m + v
			if k != "" {
				p.keys[k] = true
			}
			continue
		}
		if k == "" || p.keys[k] {
			continue
		}
		p.keys[k] = true
		p.aliases = append(p.aliases, m+v)
	}
}

// setName sets p's English name, marked as mark tells.
func (b *builder) setName(p *place, name string) {
	m, _ := b.mark(p, "en", name, true)
	p.name = m + name
	switch m {
	case "":
		p.keys[gazetteer.Normalize(name)] = true
		p.votes[gazetteer.Normalize(name)] += 2
	case "=":
		p.keys["="+strictKey(name)] = true
	}
}

// resolveConflicts settles a name several places of one kind were given:
// the place most sources gave it to keeps it, the others lose it (a display
// name stays, unmatched). It mends translation slips such as "فلسطين"
// (Palestine) given for the official name of Eritrea.
func resolveConflicts(places []*place) {
	best := map[string]int{}
	for _, p := range places {
		for k, n := range p.votes {
			best[k] = max(best[k], n)
		}
	}
	lose := func(p *place, name string) bool {
		k := gazetteer.Normalize(name)
		return !strings.HasPrefix(name, "!") && !strings.HasPrefix(name, "=") && p.votes[k] < best[k]
	}
	for _, p := range places {
		aliases := p.aliases[:0]
		for _, a := range p.aliases {
			if !gazetteer.IsCode(a) && lose(p, a) {
				continue
			}
			aliases = append(aliases, a)
		}
		p.aliases = aliases
		for l, d := range p.display {
			if lose(p, d) {
				p.display[l] = "!" + d
			}
		}
	}
}

// cleanName trims a name and rejects one that cannot be stored.
func cleanName(s string) string {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		if r == 0x200E || r == 0x200F || r == 0xFEFF {
			return -1 // direction marks
		}
		return r
	}, s))
	if s == "" || strings.ContainsAny(s, "\t\n\r|") || !utf8.ValidString(s) ||
		strings.HasPrefix(s, "!") || strings.HasPrefix(s, "=") {
		return ""
	}
	return s
}

// variants returns a name and the forms it implies: the name without a
// parenthesis ("Meksyk (miasto)" -> "Meksyk"), and for a country (when
// inverted says names may be inverted) the parenthesis alone ("Myanmar
// (Burma)" -> "Burma") and the un-inverted form of an inverted name ("Iran,
// Islamic Republic of" -> "Islamic Republic of Iran"); and a Chinese or Japanese city name
// without its 市 ("汉堡市" -> "汉堡").
func variants(name string, inverted bool) []string {
	out := []string{name}
	if i := strings.IndexAny(name, "(（"); i > 0 {
		before := strings.TrimSpace(name[:i])
		inner := strings.TrimRight(name[i:], ")） ")
		_, w := utf8.DecodeRuneInString(inner)
		inner = strings.TrimSpace(inner[w:])
		out = append(out, before)
		if inverted && inner != "" && !strings.ContainsAny(inner, "()（）") {
			out = append(out, inner)
		}
	}
	if a, c, ok := strings.Cut(name, ", "); ok && inverted && !strings.Contains(c, ",") {
		out = append(out, c+" "+a)
	}
	if s, ok := strings.CutSuffix(name, "市"); ok && utf8.RuneCountInString(s) >= 2 {
		out = append(out, s)
	}
	return out
}

// mark tells how name may match for p: "" as folded by Normalize, "=" only
// with its Latin diacritics, "!" not at all (a display name only). It
// reports false for a name to drop. A name is held back when it is too
// short, when it is a stop word of one of storyline's languages, or when
// it is one of commonWords or an Arabic given name and p is not a country;
// when only its folded
// form is such a word ("Şam" -> "sam"), it matches as written.
func (b *builder) mark(p *place, lang, name string, display bool) (string, bool) {
	hold := func(reason string) (string, bool) {
		b.dropped[reason]++
		if b.o.verbose {
			fmt.Fprintf(stderr, "gen: %s: %q for %s %s\n", reason, name, p.id, p.name)
		}
		if display {
			return "!", true
		}
		return "", false
	}
	key := gazetteer.Normalize(name)
	if key == "" {
		b.dropped["empty after normalisation"]++
		return "", false
	}
	if gazetteer.IsCode(name) {
		// Letter codes ("ОАЭ", "КНДР") are kept for countries only;
		// the table loader matches them when written in capitals.
		if p.kind == "c" {
			return "", true
		}
		return hold("letter code")
	}
	n, script := letters(key)
	switch {
	case script == unicode.Han || script == unicode.Hangul || script == unicode.Katakana || script == unicode.Hiragana:
		if n < 2 {
			return hold("one CJK letter")
		}
	case n < 3 && (script == unicode.Latin || p.population < 500000):
		return hold("under three letters")
	}
	// One-word names of the alphabets storyline has stop lists for are
	// checked against them. A large city keeps its own English name even
	// when it is a common word ("Nice").
	checked := script == unicode.Latin || script == unicode.Cyrillic || script == unicode.Arabic
	oneWord := checked && !strings.Contains(key, " ")
	strict := strictKey(name)
	common := func(k string) bool {
		if p.kind == "c" || display && lang == "en" && p.kind == "p" && p.population >= 300000 {
			return false
		}
		return commonWords[k] || script == unicode.Arabic && ar.IsGivenName(k)
	}
	if oneWord && (isStopWord(strict) || common(strict) || p.kind != "c" && curatedStrict[strict]) {
		return hold("stop word")
	}
	if oneWord && (!ar.HasLetter(name) && isStopWord(key) || common(key)) {
		// Only Latin diacritics tell a name from the word it folds to.
		if script == unicode.Latin && strict != key {
			b.dropped["matched with diacritics only"]++
			return "=", true
		}
		return hold("stop word")
	}
	return "", true
}

// strictKey is the key of a name matched with its diacritics: Normalize
// without the folding of Latin letters.
func strictKey(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(norm.NFC.String(name)) {
		switch {
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ʼ' || r == 'ʻ':
			// modifier letters, but apostrophes in names
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == ' ' || r == '-':
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// addCode gives p a letter code ("US", "UAE", "США"), matched only when
// written in capitals.
func (b *builder) addCode(p *place, code string) {
	if !gazetteer.IsCode(code) {
		b.add(p, "", code, false)
		return
	}
	key := gazetteer.CodeKey(code)
	if p.keys["code:"+key] {
		return
	}
	p.keys["code:"+key] = true
	p.aliases = append(p.aliases, code)
}

// letters counts the letters of a normalised key and tells the script of
// its first one.
func letters(key string) (int, *unicode.RangeTable) {
	n := 0
	var script *unicode.RangeTable
	for _, r := range key {
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if script == nil {
			for _, t := range []*unicode.RangeTable{unicode.Latin, unicode.Han, unicode.Hangul, unicode.Katakana, unicode.Hiragana, unicode.Cyrillic, unicode.Arabic} {
				if unicode.Is(t, r) {
					script = t
					break
				}
			}
			if script == nil {
				script = unicode.Other
			}
		}
	}
	return n, script
}

// stopLangs are the languages whose stop lists a one-word name is checked
// against.
var stopLangs = []string{"en", "ar", "fa", "ru", "uk", "tr", "de", "es", "fr", "it", "pl", "nl", "pt", "sv", "ro", "hu", "cs", "id", "bg", "az", "kk", "el", "hi", "zh"}

// isStopWord reports whether a normalised one-word name is a stop word of
// one of stopLangs.
func isStopWord(key string) bool {
	for _, l := range stopLangs {
		if len(lang.Terms(l, key)) == 0 {
			return true
		}
	}
	return false
}

// commonWords are words of the table's languages that are also the names
// of places (mostly small ones, or other-language names of larger ones)
// and would match ordinary text, or a person, more often than the place.
// The lowercase words of an English dictionary (-words) join them when the
// generator starts. They are kept for countries only, and as the English
// name of a city of 300,000 people or more ("Nice", "Reading").
var commonWords = map[string]bool{}

// curatedStrict are curatedCommonWords keyed by strictKey, so that a name
// written as the word is ("Koło", "Barış") is held back too.
var curatedStrict = map[string]bool{}

// curatedCommonWords are the words commonWords starts with, as written;
// they are keyed by Normalize.
const curatedCommonWords = `
	town city village island port bay lake mount river north south east west
	central capital new old saint san santa union victoria
	nord sud süd norte sur ouest oeste est este centre centro zentrum litoral
	hassan david obama salem
	ciudad cidade stadt dorf gorod selo shahr miasto wieś koło ora vita sens grasse
	مدينة دولة أمن أمل الأمل ملك نور سلام حرب شعب وطن قرية منطقة عاصمة جزيرة
	جبل نهر بحر ساحل شمال جنوب شرق غرب وسط
	شهر استان کشور دولت امنیت جنگ صلح مرکز
	мир союз бор город область край война армия народ победа слава свобода
	надежда вера любовь мария анна
	barış savaş şehir devlet millet zafer umut
`

// loadCommonWords fills commonWords from curatedCommonWords, the lowercase
// entries of the dictionary at path (one word a line, as in Debian's
// wamerican), and ar.IsGivenName's Arabic given names at lookup time.
func loadCommonWords(path string) error {
	for _, w := range strings.Fields(curatedCommonWords) {
		commonWords[gazetteer.Normalize(w)] = true
		curatedStrict[strictKey(w)] = true
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w (apt-get install wamerican, or give -words): %w", err, debdata.ErrNotInstalled)
	}
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := sc.Text()
		if w == "" || strings.ContainsAny(w, "'") || unicode.IsUpper([]rune(w)[0]) {
			continue // proper nouns and possessives
		}
		commonWords[gazetteer.Normalize(w)] = true
	}
	return sc.Err()
}

// dropCityAliases removes from the countries the further names (not their
// own or display names, nor the curated ones) that are a city's name:
// CLDR's "Конго (Киншаса)" makes "Киншаса" a name of DR Congo, and a
// translation slip makes "Бразилия" (Brazil) a name of Brasília.
func dropCityAliases(countries, cities []*place) {
	cityNames := map[string]bool{}
	for _, p := range cities {
		cityNames[gazetteer.Normalize(strings.TrimLeft(p.name, "!="))] = true
		for _, d := range p.display {
			if !strings.HasPrefix(d, "!") {
				cityNames[gazetteer.Normalize(strings.TrimLeft(d, "="))] = true
			}
		}
	}
	for _, c := range countries {
		curated := map[string]bool{}
		for _, a := range countryAliases[c.country] {
			curated[a] = true
		}
		own := map[string]bool{gazetteer.Normalize(strings.TrimLeft(c.name, "!=")): true}
		for _, d := range c.display {
			own[gazetteer.Normalize(strings.TrimLeft(d, "!="))] = true
		}
		aliases := c.aliases[:0]
		for _, a := range c.aliases {
			k := gazetteer.Normalize(strings.TrimLeft(a, "!="))
			if !curated[a] && !own[k] && cityNames[k] && !gazetteer.IsCode(a) {
				continue
			}
			aliases = append(aliases, a)
		}
		c.aliases = aliases
	}
}
