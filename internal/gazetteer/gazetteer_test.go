package gazetteer

import (
	"sync"
	"testing"
	"unicode/utf8"
)

// TestLookup checks that the names of one place in many languages and
// scripts resolve to that place.
func TestLookup(t *testing.T) {
	tests := []struct {
		id    string
		names []string
	}{
		{"iso:SY", []string{"Syria", "سوريا", "سورية", "Сирия", "Suriye", "Syrien", "叙利亚", "سوریه", "Syrian Arab Republic", "SYRIA", "Сирии", "Suriye'de", "وسوريا"}},
		{"iso:RU", []string{"Russia", "روسيا", "Россия", "Rusya", "Russland", "俄罗斯", "Russian Federation", "России", "РФ"}},
		{"iso:IR", []string{"Iran", "إيران", "ايران", "Иран", "İran", "Islamic Republic of Iran", "ایران", "Irán", "伊朗", "Iran's"}},
		{"iso:IQ", []string{"Iraq", "العراق", "عراق", "Ирак", "Irak", "伊拉克"}},
		{"iso:LB", []string{"Lebanon", "لبنان", "Ливан", "Lübnan", "Liban"}},
		{"iso:YE", []string{"Yemen", "اليمن", "Йемен", "Jemen"}},
		{"iso:IL", []string{"Israel", "إسرائيل", "اسرائيل", "Израиль", "İsrail", "以色列"}},
		{"iso:KZ", []string{"Kazakhstan", "Казахстан", "哈萨克斯坦", "Kazakistan", "Kasachstan"}},
		{"iso:MA", []string{"Morocco", "المغرب", "Maroc", "Marruecos", "Марокко", "Fas"}},
		{"iso:DE", []string{"Germany", "Deutschland", "ألمانيا", "المانيا", "Германия", "Almanya", "德国", "آلمان", "Allemagne"}},
		{"iso:US", []string{"United States", "US", "U.S.", "USA", "America", "United States of America", "الولايات المتحدة", "أمريكا", "США", "ABD", "美国", "EE. UU.", "Estados Unidos"}},
		{"iso:GB", []string{"United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "بريطانيا", "Великобритания", "İngiltere", "英国"}},
		{"iso:PS", []string{"Palestine", "فلسطين", "Palestinian Territories"}},
		{"iso:TR", []string{"Turkey", "Türkiye", "تركيا", "Турция", "Türkei"}},
		{"iso:AE", []string{"UAE", "United Arab Emirates", "الإمارات"}},
		{"geonames:170654", []string{"Damascus", "دمشق", "Дамаск", "Şam", "Damaskus", "大马士革", "بدمشق", "Дамаске"}},
		{"geonames:98182", []string{"Baghdad", "بغداد", "Багдад", "Bağdat"}},
		{"geonames:112931", []string{"Tehran", "طهران", "تهران", "Тегеран", "Tahran", "Teheran", "德黑兰"}},
		{"geonames:170063", []string{"Aleppo", "حلب", "Halep", "Алеппо"}},
		{"geonames:524901", []string{"Moscow", "موسكو", "Москва", "Moskova", "莫斯科", "Moskau", "مسکو", "Москве"}},
		{"geonames:281133", []string{"Gaza", "غزة", "غزه", "Газа", "Gazze"}},
		{"geonames:169577", []string{"Homs", "حمص", "Хомс"}},
		{"geonames:173576", []string{"Latakia", "اللاذقية", "لاذقية", "Латакия", "Lazkiye"}},
		{"geonames:163345", []string{"Tartus", "Tartous", "طرطوس", "Тартус"}},
		{"geonames:169389", []string{"Idlib", "إدلب", "ادلب", "Идлиб", "İdlip"}},
		{"geonames:311046", []string{"Izmir", "إزمير", "İzmir", "伊兹密尔", "Измир"}},
		{"geonames:2911298", []string{"Hamburg", "Гамбург", "هامبورغ", "هامبورگ"}},
		{"geonames:1816670", []string{"Beijing", "北京", "Пекин", "Pekin", "بكين", "Peking"}},
		{"geonames:703448", []string{"Kyiv", "Kiev", "Київ", "Киев", "كييف"}},
		{"geonames:119208", []string{"Qom", "قم", "Кум"}},
	}
	for _, tt := range tests {
		for _, name := range tt.names {
			p, ok := testGaz().Lookup(name)
			if !ok || p.ID != tt.id {
				t.Errorf("testGaz().Lookup(%q) = %v, %v; want %s", name, p, ok, tt.id)
			}
		}
	}
}

// TestLookupNotPlaces checks that ordinary words of the supported
// languages, and names that only look like places, resolve to nothing.
func TestLookupNotPlaces(t *testing.T) {
	for _, w := range []string{
		"", " ", "the", "The", "and", "said", "of", "Of", "in", "us", "uk", "usa",
		"Sam", "nice day", "Along", "Mobile", "Split", "Van", "Est",
		"في", "من", "على", "إلى", "عن", "قال", "كان", "و", "ال",
		"и", "в", "на", "что", "Того", "или", "Или", "сказал",
		"ve", "bir", "bu", "için", "de", "da", "ile",
		"und", "der", "die", "das", "el", "la", "los", "le", "les", "et", "il", "che",
		"я", "я",
		"的", "了",
	} {
		if p, ok := testGaz().Lookup(w); ok {
			t.Errorf("testGaz().Lookup(%q) = %v; want nothing", w, p)
		}
	}
}

// TestNormalize checks the folding Lookup applies.
func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Syria", "syria"},
		{"İzmir", "izmir"},
		{"Şam", "sam"},
		{"Côte d’Ivoire", "cote divoire"},
		{"U.S.", "us"},
		{"Deir ez-Zor", "deir ez zor"},
		{"  São   Paulo ", "sao paulo"},
		{"Łódź", "lodz"},
		{"Straße", "strasse"},
		{"العراق", "عراق"},
		{"إدلب", "ادلب"},
		{"ادلب", "ادلب"},
		{"غزة", "غزه"},
		{"اللاذقيّة", "لاذقيه"},
		{"دمـشـق", "دمشق"},
		{"مصطفى", "مصطفي"},
		{"ایران", "ايران"},
		{"کرمان", "كرمان"},
		{"Москва", "москва"},
		{"北京", "北京"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestByIDAndNameIn checks lookup by id and the localized names.
func TestByIDAndNameIn(t *testing.T) {
	p, ok := testGaz().ByID("iso:SY")
	if !ok || p.Name != "Syria" || p.Kind != Country || p.Country != "SY" || p.Population == 0 {
		t.Fatalf("testGaz().ByID(iso:SY) = %+v, %v", p, ok)
	}
	for lang, want := range map[string]string{"ar": "سوريا", "ru": "Сирия", "tr": "Suriye", "zh": "叙利亚", "zh-Hans": "叙利亚", "en": "Syria", "xx": "Syria"} {
		if got := testGaz().NameIn(p, lang); got != want {
			t.Errorf("NameIn(%q) = %q, want %q", lang, got, want)
		}
	}
	d, ok := testGaz().ByID("geonames:170654")
	if !ok || d.Name != "Damascus" || d.Kind != City || d.Country != "SY" {
		t.Fatalf("testGaz().ByID(geonames:170654) = %+v, %v", d, ok)
	}
	if got := testGaz().NameIn(d, "tr"); got != "Şam" {
		t.Errorf("Damascus in Turkish = %q, want Şam", got)
	}
	if _, ok := testGaz().ByID("geonames:0"); ok {
		t.Error("testGaz().ByID(geonames:0) found a place")
	}
}

// TestProminence checks that a name shared by places gives the most
// prominent one.
func TestProminence(t *testing.T) {
	for name, id := range map[string]string{
		"Georgia":         "iso:GE",           // the country, not the US state
		"Aleppo":          "geonames:170063",  // the city, not the governorate
		"Moscow":          "geonames:524901",  // not Moscow, Idaho
		"Tripoli":         "geonames:2210247", // Libya's, the larger
		"Birmingham":      "geonames:2655603", // England's
		"Florida":         "admin1:US.FL",     // the state, not Florida, Uruguay
		"واشنطن":          "geonames:4140963", // Washington, D.C., not Washington, Utah
		"Granada":         "geonames:2517117", // the city in Spain, not Grenada
		"Киншаса":         "geonames:2314302", // the city, not DR Congo
		"Бразилия":        "iso:BR",
		"the Netherlands": "iso:NL",
	} {
		if p, ok := testGaz().Lookup(name); !ok || p.ID != id {
			t.Errorf("testGaz().Lookup(%q) = %+v, %v; want %s", name, p, ok, id)
		}
	}
}

// TestEmbeddedTable checks that the embedded data decodes whole.
func TestEmbeddedTable(t *testing.T) {
	tab, err := decode(placesGz)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[Kind]int{}
	for _, r := range tab.recs {
		kinds[r.kind]++
	}
	if kinds[Country] < 249 || kinds[Region] < 2000 || kinds[City] < 5000 {
		t.Errorf("table has %v places by kind; want at least 249 countries, 2000 regions, 5000 cities", kinds)
	}
	if len(tab.byKey) < 50000 {
		t.Errorf("table has %d keys, want at least 50000", len(tab.byKey))
	}
	if n := testGaz().Len(); n != len(tab.recs) {
		t.Errorf("Len() = %d, want %d", n, len(tab.recs))
	}
}

// BenchmarkDecode measures decoding the embedded table and building its
// indexes, which Load pays.
func BenchmarkDecode(b *testing.B) {
	for b.Loop() {
		if _, err := decode(placesGz); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookup measures looking names up, found and not.
func BenchmarkLookup(b *testing.B) {
	names := []string{"Syria", "سوريا", "Сирии", "Damascus", "بدمشق", "Suriye'de", "said", "من", "Barack Obama"}
	g := testGaz()
	for b.Loop() {
		for _, n := range names {
			g.Lookup(n)
		}
	}
}

// FuzzLookup checks that any input looks up without panicking and
// normalises to valid UTF-8.
func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Syria", "سوريا", "Сирии", "Suriye'de", "U.S.", "بدمشق", "the Netherlands", "\xff\xfe", "ـــ", "'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := Normalize(s); !utf8.ValidString(n) {
			t.Errorf("Normalize(%q) = %q, not UTF-8", s, n)
		}
		if p, ok := testGaz().Lookup(s); ok && p.ID == "" {
			t.Errorf("testGaz().Lookup(%q) found a place without an id", s)
		}
	})
}

// testGaz is the gazetteer the tests share, loaded once.
var testGaz = sync.OnceValue(func() *Gazetteer {
	g, err := Load()
	if err != nil {
		panic(err)
	}
	return g
})

// TestMayStartName checks that the first word of names of two words or
// more that Lookup finds may start a name, and that common words do not.
func TestMayStartName(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{
		{"United", true},     // United States, United Kingdom
		{"الولايات", true},   // الولايات المتحدة
		{"Syrian", true},     // Syrian Arab Republic
		{"Islamic", true},    // Islamic Republic of Iran
		{"EE", true},         // EE. UU.: a letter code
		{"the", true},        // the Netherlands
		{"Estados", true},    // Estados Unidos
		{"yesterday", false}, // a common word
		{"في", false},        // "in"
	} {
		if got := testGaz().MayStartName(c.word); got != c.want {
			t.Errorf("MayStartName(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
