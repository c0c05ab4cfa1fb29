package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/gazetteer/debdata"
)

var stderr = os.Stderr

// countries returns a place for each ISO 3166-1 country, and for Kosovo
// (XK, the user-assigned code CLDR and GeoNames use).
func (b *builder) countries() []*place {
	enLocale := localeSource{"en", "en", true}
	en := b.src.territory[enLocale]
	isoByCode := map[string]debdata.ISOCountry{}
	var codes []string
	for _, c := range b.src.iso {
		isoByCode[c.Alpha2] = c
		codes = append(codes, c.Alpha2)
	}
	if _, ok := isoByCode["XK"]; !ok {
		codes = append(codes, "XK")
	}
	var out []*place
	for _, code := range codes {
		iso := isoByCode[code]
		name := iso.CommonName
		if name == "" {
			name = iso.Name
		}
		if tn := en[code]; tn != nil && tn.Name != "" {
			name = tn.Name
			if tn.Short != "" && !gazetteer.IsCode(tn.Short) {
				name = tn.Short // "Palestine", "Myanmar", "Hong Kong"
			}
		}
		if n := countryNames[code]; n != "" {
			name = n
		}
		p := newPlace("iso:"+code, "c", code, b.src.countryPop[code])
		b.setName(p, name)
		for _, ls := range cldrLocales {
			tn := b.src.territory[ls][code]
			if tn == nil {
				continue
			}
			b.add(p, ls.lang, tn.Name, ls.display)
			for _, a := range tn.Alts {
				b.addCode(p, a)
			}
		}
		for _, n := range []string{iso.Name, iso.OfficialName, iso.CommonName} {
			if n == "" {
				continue
			}
			b.add(p, "en", n, false)
			for _, ls := range cldrLocales {
				if t := b.src.isoNames[ls][n]; t != "" {
					b.add(p, ls.lang, t, false)
				}
			}
		}
		for _, ls := range geonamesLocales {
			b.add(p, ls.lang, b.src.geonames[ls][code], ls.display)
		}
		for _, a := range countryAliases[code] {
			b.addCode(p, a)
		}
		out = append(out, p)
	}
	return out
}

// tzCity returns the English name of a time zone's exemplar city:
// "Asia/Damascus" -> "Damascus", "America/Port_of_Spain" -> "Port of Spain".
func (b *builder) tzCity(tz string) string {
	if c := b.src.zones[localeSource{"en", "en", true}][tz]; c != "" {
		return c
	}
	return strings.ReplaceAll(tz[strings.LastIndexByte(tz, '/')+1:], "_", " ")
}

// newsLangs are the languages in which being named makes a smaller city
// known enough to keep (see citiesAndRegions).
var newsLangs = []string{"ar", "fa", "ru", "uk", "tr", "de", "es", "fr", "it", "pl", "zh"}

// citiesAndRegions returns the cities the table keeps and the first-level
// divisions of all GeoNames cities. A city is kept when it has at least
// -min-population people, when it is the largest city of its country, the
// namesake of its time zone (which catches most capitals) or of its
// division ("Idlib" in Idlib Governorate), or when it is named in at least
// -min-languages of newsLangs (which catches smaller places known abroad).
func (b *builder) citiesAndRegions() (regions, cities []*place) {
	en := b.src.geonames[localeSource{"en", "en", true}]
	largest := map[string]int{}
	for _, c := range b.src.cities {
		largest[c.Country] = max(largest[c.Country], c.Population)
	}
	regionPop := map[string]int{}
	for _, c := range b.src.cities {
		regionPop[c.Country+"."+c.Admin1] += c.Population
	}
	regionByKey := map[string]*place{}
	for _, c := range b.src.cities {
		if c.Admin1 == "" || c.Admin1 == "00" {
			continue
		}
		key := c.Country + "." + c.Admin1
		if regionByKey[key] != nil {
			continue
		}
		name := en[key]
		if name == "" {
			name = c.Admin1Name
		}
		if name == "" {
			continue
		}
		r := newPlace("admin1:"+key, "r", c.Country, regionPop[key])
		b.setName(r, name)
		regionByKey[key] = r
		b.addRegionName(r, "", c.Admin1Name, false)
		for _, ls := range geonamesLocales {
			b.addRegionName(r, ls.lang, b.src.geonames[ls][key], ls.display)
		}
	}
	seatKey := map[string]string{} // region -> key of its name without the generic word
	for key, r := range regionByKey {
		regions = append(regions, r)
		name := strings.TrimLeft(r.name, "!=")
		if s := stripDivision(name); s != "" {
			name = s
		}
		seatKey[key] = gazetteer.Normalize(name)
	}

	for _, c := range b.src.cities {
		name := en[c.ID]
		if name == "" {
			name = c.Name
		}
		tzNamesake := c.Timezone != "" && (b.tzCity(c.Timezone) == c.Name || b.tzCity(c.Timezone) == name)
		nLangs := 0
		for _, l := range newsLangs {
			if b.src.geonames[localeSource{l, l, true}][c.ID] != "" {
				nLangs++
			}
		}
		seat := seatKey[c.Country+"."+c.Admin1] != "" &&
			(seatKey[c.Country+"."+c.Admin1] == gazetteer.Normalize(name) || seatKey[c.Country+"."+c.Admin1] == gazetteer.Normalize(c.Name))
		if c.Population < b.o.minPop && !tzNamesake && !seat && c.Population < largest[c.Country] && nLangs < b.o.minLangs {
			continue
		}
		p := newPlace("geonames:"+c.ID, "p", c.Country, c.Population)
		b.setName(p, name)
		b.add(p, "", c.Name, false)
		for _, ls := range geonamesLocales {
			b.add(p, ls.lang, b.src.geonames[ls][c.ID], ls.display)
		}
		if tzNamesake {
			for _, ls := range cldrLocales {
				b.add(p, ls.lang, b.src.zones[ls][c.Timezone], ls.display)
			}
		}
		for _, a := range cityAliases[c.ID] {
			b.add(p, "", a, false)
		}
		cities = append(cities, p)
	}
	return regions, cities
}

// addRegionName adds a division's name and, as further names, the name
// without its generic word ("Aleppo Governorate" -> "Aleppo",
// "محافظة حلب" -> "حلب"). A city of the same name outranks the division
// when a name is looked up.
func (b *builder) addRegionName(r *place, lang, name string, display bool) {
	b.add(r, lang, name, display)
	if s := stripDivision(name); s != "" && s != name {
		b.add(r, lang, s, false)
	}
}

// divisionPrefixes and divisionSuffixes are the generic words of
// first-level division names, in the table's languages.
var (
	divisionPrefixes = []string{
		"Muḩāfaẓat ", "Muhafazat ", "Provincia de ", "Provincia di ", "Province de ",
		"Province of ", "State of ", "Estado de ", "Departamento de ", "Región de ",
		"Wilāyat ", "Wilayat ", "Ostān-e ", "Ostan-e ", "Provinsi ",
		"محافظة ", "ولاية ", "استان ", "منطقة ", "إقليم ", "Мухафаза ", "провинция ",
		"Провинция ", "Остан ", "Province du ", "Province de la ", "Région du ",
	}
	divisionSuffixes = []string{
		" Governorate", " Province", " Oblast", " Oblast'", " Region", " Prefecture",
		" State", " District", " County", " Krai", " Kray", " Okrug",
		" Voivodeship", " Department", " Municipality", " Territory", " Division",
		" Autonomous Region", " Ili", " İli", " Vilayeti", " Eyaleti", " Bölgesi",
		" область", " край", " провинция", " губернаторство", " штат", " регион",
		" Provinz", " Oblys", " oblysy", " Oblysy", "省", "県", " ostanı",
	}
)

// stripDivision returns name without a generic division word, or "" when
// it has none or too little would remain.
func stripDivision(name string) string {
	s := name
	for _, p := range divisionPrefixes {
		if r, ok := strings.CutPrefix(s, p); ok {
			s = r
			break
		}
	}
	for _, suf := range divisionSuffixes {
		if r, ok := strings.CutSuffix(s, suf); ok {
			s = r
			break
		}
	}
	if s == name || utf8.RuneCountInString(s) < 2 {
		return ""
	}
	return s
}

// inclusionStats counts, for the generator's -v report, the cities each
// rule of citiesAndRegions would keep.
func (b *builder) inclusionStats() {
	news := newsLangs
	hist := map[int]int{}
	histUS := map[int]int{}
	for _, c := range b.src.cities {
		if c.Population >= b.o.minPop {
			continue
		}
		n := 0
		for _, l := range news {
			if b.src.geonames[localeSource{l, l, true}][c.ID] != "" {
				n++
			}
		}
		hist[n]++
		if c.Country == "US" {
			histUS[n]++
		}
	}
	fmt.Fprintln(stderr, "cities under min-population by number of news languages named in:", hist, "US:", histUS)
}

// giveToNamesakes hands the foreign names of a smaller city to the larger
// city whose name it bears, in the languages the larger one has no name
// for or a longer one ("华盛顿特区" for "华盛顿"): Washington, Utah is
// "واشنطن" in GeoNames' Arabic and Washington, D.C. has no Arabic name,
// yet "واشنطن" in the news is the capital. The smaller city keeps such a
// name for display only.
func giveToNamesakes(b *builder, cities []*place) {
	owner := map[string]*place{} // key -> largest city holding it
	for _, p := range cities {
		for k := range p.keys {
			if o := owner[k]; o == nil || p.population > o.population {
				owner[k] = p
			}
		}
	}
	for _, p := range cities {
		big := owner[gazetteer.Normalize(strings.TrimLeft(p.name, "!="))]
		if big == nil || big == p || big.population <= p.population {
			continue
		}
		langsOf := make([]string, 0, len(p.display))
		for l := range p.display {
			langsOf = append(langsOf, l)
		}
		sort.Strings(langsOf) // map order would make the output vary
		for _, lang := range langsOf {
			d := p.display[lang]
			if strings.HasPrefix(d, "!") || strings.HasPrefix(d, "=") {
				continue
			}
			if bd := strings.TrimLeft(big.display[lang], "!="); bd != "" && !strings.HasPrefix(bd, d) {
				continue
			}
			b.add(big, lang, d, false)
			p.display[lang] = "!" + d
		}
	}
}
