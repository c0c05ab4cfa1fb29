package entity

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang/token"
)

// findForm returns the entity of ents one of whose mentions is form.
func findForm(ents []Entity, form string) (Entity, bool) {
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m == form {
				return e, true
			}
		}
	}
	return Entity{}, false
}

func TestFindLanguages(t *testing.T) {
	type want struct {
		form string
		typ  Type
	}
	tests := []struct {
		lang, title, text string
		want              []want
		not               []string // forms that must not be mentions
	}{
		{
			lang:  "en",
			title: "Assad met Soleimani in Damascus",
			text: "Syrian President Bashar al-Assad met Iranian Major General Qassem Soleimani in Damascus on Tuesday. " +
				"Soleimani's visit was first reported by the Tehran Times, and the Quds Force did not comment. " +
				"Mr. Soleimani later flew to Moscow.",
			want: []want{{"Bashar al-Assad", Person}, {"Qassem Soleimani", Person}, {"Soleimani", Person},
				{"Damascus", Place}, {"Tehran Times", Organization}, {"Quds Force", Organization}, {"Moscow", Place}},
			not: []string{"Syrian", "Iranian", "Tuesday", "President", "Major General"},
		},
		{
			// No rule types a recurring lone name: one that ends like a
			// family name is a person, another an organisation.
			lang: "en",
			text: "Analysts in Tehran say Hosseini wants more. Officials said Hosseini refused, and Reuters reported it; " +
				"the Kremlin told Reuters nothing.",
			want: []want{{"Hosseini", Person}, {"Reuters", Organization}, {"Tehran", Place}},
			not:  []string{"Analysts", "Officials"},
		},
		{
			lang: "ar",
			text: "قال الرئيس السوري بشار الأسد إن قائد فيلق القدس الإيراني “قاسم سليماني” زار دمشق. " +
				"وأكد المتحدث باسم الخارجية حسن فلارك أن سليماني التقى الأسد في بغداد، وأن لقاسم سليماني دوراً كبيراً في سوريا.",
			want: []want{{"بشار الأسد", Person}, {"قاسم سليماني", Person}, {"سليماني", Person}, {"الأسد", Person},
				{"حسن فلارك", Person}, {"فيلق القدس", Organization}, {"دمشق", Place}, {"بغداد", Place}, {"سوريا", Place}},
			not: []string{"الإيراني", "السوري"},
		},
		{
			lang: "fa",
			text: "سردار قاسم سلیمانی فرمانده سپاه قدس در دمشق با بشار اسد دیدار کرد. سلیمانی سپس به تهران بازگشت.",
			want: []want{{"قاسم سلیمانی", Person}, {"سلیمانی", Person}, {"سپاه قدس", Organization},
				{"دمشق", Place}, {"بشار اسد", Person}, {"تهران", Place}},
		},
		{
			lang: "ru",
			text: "Президент России Владимир Путин встретился в Москве с Башаром Асадом. " +
				"Министр иностранных дел Сергей Лавров заявил, что генерал Касем Сулеймани прилетал в Москву. " +
				"По словам Лаврова, Путин и Асад обсудили положение в Сирии.",
			want: []want{{"Владимир Путин", Person}, {"Путин", Person}, {"Москве", Place}, {"Башаром Асадом", Person},
				{"Сергей Лавров", Person}, {"Касем Сулеймани", Person}, {"Сирии", Place}, {"России", Place}},
			not: []string{"Министр", "По"},
		},
		{
			lang: "uk",
			text: "Президент України Володимир Зеленський зустрівся в Києві з прем'єр-міністром Денисом Шмигалем. " +
				"Зеленський заявив, що Росія програє війну.",
			want: []want{{"Володимир Зеленський", Person}, {"Зеленський", Person}, {"України", Place},
				{"Денисом Шмигалем", Person}, {"Росія", Place}},
		},
		{
			lang: "tr",
			text: "Cumhurbaşkanı Recep Tayyip Erdoğan, Dışişleri Bakanı Mevlüt Çavuşoğlu ile Ankara'da görüştü. " +
				"Erdoğan'ın açıklamasına göre Kudüs Gücü komutanı Kasım Süleymani'nin ölümü bölgeyi değiştirdi.",
			want: []want{{"Recep Tayyip Erdoğan", Person}, {"Erdoğan", Person}, {"Mevlüt Çavuşoğlu", Person},
				{"Ankara", Place}, {"Kudüs Gücü", Organization}, {"Kasım Süleymani", Person}},
			not: []string{"Dışişleri Bakanı", "Cumhurbaşkanı"},
		},
		{
			lang: "de",
			text: "Bundeskanzler Olaf Scholz traf in Berlin den französischen Präsidenten Emmanuel Macron. " +
				"Die Regierung will den Haushalt im Dezember beschließen, sagte Scholz der Süddeutschen Zeitung.",
			want: []want{{"Olaf Scholz", Person}, {"Scholz", Person}, {"Berlin", Place}, {"Emmanuel Macron", Person}},
			not:  []string{"Regierung", "Haushalt", "Die Regierung", "Dezember"},
		},
		{
			lang: "es",
			text: "El presidente Pedro Sánchez se reunió en Madrid con el líder del Partido Popular, Alberto Núñez Feijóo. " +
				"Sánchez dijo que el Gobierno aprobará el presupuesto en enero.",
			want: []want{{"Pedro Sánchez", Person}, {"Sánchez", Person}, {"Madrid", Place},
				{"Partido Popular", Organization}, {"Alberto Núñez Feijóo", Person}},
		},
		{
			lang: "fr",
			text: "Le président Emmanuel Macron a reçu à Paris le ministre iranien des Affaires étrangères. " +
				"Selon le ministère des Armées, la force Al-Qods n'a pas répondu. Macron a quitté l'Élysée.",
			want: []want{{"Emmanuel Macron", Person}, {"Macron", Person}, {"Paris", Place}},
		},
		{
			lang: "it",
			text: "Il presidente Sergio Mattarella ha incontrato a Roma il generale iraniano Qassem Soleimani. " +
				"Secondo l'agenzia Ansa, Mattarella ha parlato della Siria.",
			want: []want{{"Sergio Mattarella", Person}, {"Mattarella", Person}, {"Roma", Place},
				{"Qassem Soleimani", Person}, {"Siria", Place}},
		},
		{
			lang: "pl",
			text: "Prezydent Andrzej Duda spotkał się w Warszawie z premierem Donaldem Tuskiem. " +
				"Duda powiedział, że Polska wesprze Ukrainę.",
			want: []want{{"Andrzej Duda", Person}, {"Duda", Person}, {"Donaldem Tuskiem", Person}, {"Polska", Place}},
		},
		{
			lang: "zh",
			text: "俄罗斯总统普京在莫斯科会见了叙利亚总统阿萨德。伊朗指挥官苏莱曼尼也在场。普京表示支持叙利亚。",
			want: []want{{"俄罗斯", Place}, {"普京", Person}, {"莫斯科", Place}, {"叙利亚", Place},
				{"阿萨德", Person}, {"苏莱曼尼", Person}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			ents, ments := find(testFinder(), tt.lang, tt.title, tt.text)
			checkResult(t, tt.text, ents, ments)
			for _, w := range tt.want {
				e, ok := findForm(ents, w.form)
				switch {
				case !ok:
					t.Errorf("no mention %q", w.form)
				case e.Type != w.typ:
					t.Errorf("%q is a %s (%s), want a %s", w.form, e.Type, e.Key, w.typ)
				}
			}
			for _, form := range tt.not {
				if e, ok := findForm(ents, form); ok {
					t.Errorf("%q found as %s %s", form, e.Type, e.Key)
				}
			}
			if t.Failed() {
				for _, e := range ents {
					t.Logf("%s %s %q %q", e.Type, e.Key, e.Name, e.Mentions)
				}
			}
		})
	}
}

// checkResult checks what holds for every result of Find.
func checkResult(t *testing.T, text string, ents []Entity, ments []Mention) {
	t.Helper()
	keys := map[string]Type{}
	for _, e := range ents {
		if e.Name == "" || e.Key == "" || e.Count <= 0 || len(e.Mentions) == 0 || !utf8.ValidString(e.Key) {
			t.Errorf("bad entity %+v", e)
		}
		if e.Type != Person && e.Type != Organization && e.Type != Place {
			t.Errorf("bad type %+v", e)
		}
		if !strings.HasPrefix(e.Key, map[Type]string{Person: "person:", Organization: "org:", Place: "place:"}[e.Type]) {
			t.Errorf("key %q of a %s", e.Key, e.Type)
		}
		keys[e.Key] = e.Type
	}
	last := -1
	for _, m := range ments {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("bad offsets %+v in %d bytes", m, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q at %d:%d, text has %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if m.Start < last {
			t.Errorf("mentions out of order at %+v", m)
		}
		last = m.Start
		if typ, ok := keys[m.Key]; !ok || typ != m.Type {
			t.Errorf("mention %+v of no entity", m)
		}
	}
}

// TestKeys checks that one person or place gets one key across languages
// and scripts, and that different ones do not share it.
func TestKeys(t *testing.T) {
	type mention struct{ lang, text, form string }
	families := [][]mention{
		{
			{"en", "Iranian General Qassem Soleimani arrived.", "Qassem Soleimani"},
			{"en", "Commander Qasem Soleimani arrived.", "Qasem Soleimani"},
			{"en", "The general Qassem Suleimani arrived. Suleimani spoke.", "Suleimani"},
			{"en", "«Sulejmani was deployed», said General Sulejmani.", "Sulejmani"},
			{"tr", "Komutan Kasım Süleymani'nin ölümü.", "Kasım Süleymani"},
			{"ar", "قال قائد فيلق القدس قاسم سليماني إن.", "قاسم سليماني"},
			{"fa", "سردار قاسم سلیمانی گفت.", "قاسم سلیمانی"},
			{"ru", "Генерал Касем Сулеймани прилетел.", "Касем Сулеймани"},
		},
		{
			{"en", "President Bashar al-Assad spoke.", "Bashar al-Assad"},
			{"en", "President Bashar Al-Assad spoke. Assad left.", "Assad"},
			{"ar", "قال الرئيس بشار الأسد إن الأسد باق.", "بشار الأسد"},
			{"ru", "Президент Башар Асад заявил.", "Башар Асад"},
		},
		{
			{"en", "President Vladimir Putin said.", "Vladimir Putin"},
			{"ru", "Президент Владимир Путин заявил.", "Владимир Путин"},
			{"ar", "قال الرئيس الروسي فلاديمير بوتين إن.", "فلاديمير بوتين"},
			{"de", "Präsident Wladimir Putin sagte.", "Wladimir Putin"},
		},
		{
			{"tr", "Cumhurbaşkanı Recep Tayyip Erdoğan konuştu.", "Recep Tayyip Erdoğan"},
			{"en", "President Recep Tayyip Erdogan said.", "Recep Tayyip Erdogan"},
			{"ar", "قال الرئيس التركي رجب طيب أردوغان إن.", "رجب طيب أردوغان"},
			{"ru", "Президент Эрдоган заявил.", "Эрдоган"},
		},
		{
			{"en", "Supreme Leader Ayatollah Ali Khamenei said.", "Ali Khamenei"},
			{"ar", "قال المرشد الإيراني علي خامنئي إن.", "علي خامنئي"},
			{"ru", "Аятолла Али Хаменеи заявил.", "Али Хаменеи"},
		},
		{
			{"en", "Foreign Minister Sergey Lavrov said.", "Sergey Lavrov"},
			{"ru", "Министр Сергей Лавров заявил.", "Сергей Лавров"},
			{"ar", "قال وزير الخارجية الروسي سيرغي لافروف إن.", "سيرغي لافروف"},
		},
		{
			{"en", "He flew to Russia.", "Russia"},
			{"ar", "وصل إلى روسيا أمس.", "روسيا"},
			{"ru", "Он прилетел в Россию.", "Россию"},
			{"tr", "Rusya'da toplantı yapıldı.", "Rusya"},
		},
		{
			{"en", "He flew to Syria.", "Syria"},
			{"ar", "عاد إلى سوريا أمس.", "سوريا"},
			{"de", "Er flog nach Syrien.", "Syrien"},
		},
		{
			{"en", "The Quds Force denied it.", "Quds Force"},
			{"en", "The Qods Force denied it.", "Qods Force"},
			{"ar", "نفى فيلق القدس ذلك.", "فيلق القدس"},
		},
		{{"en", "The new commander is General Ismail Kaani.", "Ismail Kaani"}},
		{{"en", "General Hossein Hamadani died.", "Hossein Hamadani"}},
	}
	keyOf := make([]string, len(families))
	for fi, fam := range families {
		for _, m := range fam {
			ents, _ := find(testFinder(), m.lang, "", m.text)
			e, ok := findForm(ents, m.form)
			if !ok {
				t.Errorf("%s %q: no mention %q in %+v", m.lang, m.text, m.form, ents)
				continue
			}
			if keyOf[fi] == "" {
				keyOf[fi] = e.Key
			} else if e.Key != keyOf[fi] {
				t.Errorf("%s %q: key %q, want %q", m.lang, m.form, e.Key, keyOf[fi])
			}
		}
	}
	seen := map[string]int{}
	for fi, k := range keyOf {
		if prev, ok := seen[k]; ok && k != "" {
			t.Errorf("families %d and %d share key %q", prev, fi, k)
		}
		seen[k] = fi
	}
}

func TestFindEmpty(t *testing.T) {
	for _, lang := range []string{"en", "ar", "zh", "und", ""} {
		ents, ments := find(testFinder(), lang, "", "")
		if len(ents) != 0 || len(ments) != 0 {
			t.Errorf("testFinder().Find(%q, empty) = %v, %v", lang, ents, ments)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Syrian President Bashar al-Assad met Qassem Soleimani's aides in Damascus; the Quds Force denied it.",
		"قال الرئيس السوري بشار الأسد إن “قاسم سليماني” زار دمشق ولقاسم سليماني دور. فيلق القدس",
		"Президент Владимир Путин встретился с Башаром Асадом в Москве.",
		"Cumhurbaşkanı Erdoğan'ın İSTANBUL'da açıklaması. Kudüs Gücü",
		"俄罗斯总统普京在莫斯科会见了叙利亚总统阿萨德。指挥官卡西姆·苏莱曼尼",
		"U.S. U.N. 'quoted' O'Brien d'Estaing l'Iran «al-Quds» As-Safir -- Mr. X",
		"\xff\xfe\xc3 broken \u200c\u200d\u00ad Al- al-",
	} {
		f.Add("en", s)
		f.Add("ar", s)
		f.Add("zh", s)
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		title, body, _ := strings.Cut(text, "\n")
		ents, ments := find(testFinder(), lang, title, body)
		checkResult(t, body, ents, ments)
	})
}

// testFinder is the Finder the tests share, with a cache as in a long
// ingest.
var testFinder = sync.OnceValue(func() *Finder {
	g, err := gazetteer.Load()
	if err != nil {
		panic(err)
	}
	return NewFinder(g, 200000, nil)
})

// find tokenises an article's title and text and finds their entities with fd.
func find(fd *Finder, lang, title, text string) ([]Entity, []Mention) {
	r := fd.Find(lang, token.NewSegment(title), token.NewSegment(text))
	return r.Entities, r.Mentions
}

// TestSharedFamilyName checks that of two people with one family name in
// an article, the one mentioned most keeps the family-name key (as he
// would where he is named alone) and the other gets his full name's key.
func TestSharedFamilyName(t *testing.T) {
	text := "Bashar al-Assad met the envoy in Damascus. Bashar al-Assad said the talks went well. " +
		"His father Hafez al-Assad ruled Syria for three decades. Assad thanked the envoy."
	got := map[string]string{}
	for _, e := range testFinder().Find("en", token.NewSegment(""), token.NewSegment(text)).Entities {
		if e.Type == Person {
			got[e.Name] = e.Key
		}
	}
	if got["Bashar al-Assad"] != "person:ast" {
		t.Errorf("Bashar al-Assad, mentioned most: key %q, want person:ast (all: %v)", got["Bashar al-Assad"], got)
	}
	if k := got["Hafez al-Assad"]; k == "person:ast" || !strings.HasSuffix(k, " ast") {
		t.Errorf("Hafez al-Assad: key %q, want his full name's (all: %v)", k, got)
	}
}
