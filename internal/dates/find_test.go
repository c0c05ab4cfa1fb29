package dates

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// pub is the publication date of the invented sentences: a Sunday.
var pub = time.Date(2020, 2, 23, 15, 24, 0, 0, time.UTC)

// show formats a found date as the tables write it: "kind date text".
func show(d Date) string { return string(d.Kind) + " " + d.Date + " " + d.Text }

func TestFind(t *testing.T) {
	r, a, p := "relative ", "absolute ", "partial "
	tests := []struct {
		lang, text string
		pub        time.Time
		want       []string // every date found, in text order
	}{
		// English.
		{"en", "The talks collapsed three years ago, officials said on Tuesday.", pub,
			[]string{r + "2017 three years ago", r + "2020-02-18 on Tuesday"}},
		{"en", "He was appointed in March 2012 and resigned on January 13.", pub,
			[]string{p + "2012-03 March 2012", p + "2020-01-13 January 13"}},
		{"en", "Fighting resumed last week and a truce is expected next month.", pub,
			[]string{r + "2020-02-10 last week", r + "2020-03 next month"}},
		{"en", "She served from 2011 to 2015 and again in 2018-2019.", pub,
			[]string{p + "2011 from 2011", p + "2015 2015", p + "2018 2018", p + "2019 2019"}},
		{"en", "Yesterday the minister said the plan (July 2012- January 2018) had failed.", pub,
			[]string{r + "2020-02-22 Yesterday", p + "2012-07 July 2012", p + "2018-01 January 2018"}},
		{"en", "A few years ago the city was rebuilt; two weeks ago it flooded, 3 months ago it burned.", pub,
			[]string{r + " A few years ago", r + "2020-02-09 two weeks ago", r + "2019-11 3 months ago"}},
		{"en", "The vote is due at the beginning of next year, not in December as planned last December.", pub,
			[]string{r + "2021-01 the beginning of next year", p + "2019-12 in December", r + "2019-12 last December"}},
		{"en", "Sunday, 1 March 2020: talks resume next Tuesday, the day after tomorrow or in the summer of 2021.", pub,
			[]string{a + "2020-03-01 1 March 2020", r + "2020-02-25 next Tuesday", r + "2020-02-25 the day after tomorrow",
				p + "2021 the summer of 2021"}},
		{"en", "Between 2011 and 2015 prices rose; by 2030 they will double.", pub,
			[]string{p + "2011 Between 2011", p + "2015 2015", p + "2030 by 2030"}},
		{"en", "The 2000 trucks left after 41 years of service, on the 40th day, at 15:24; call 1-800-574-574.", pub, nil},
		{"en", "USA Today reported that the Sunday Times was sold in May.", pub,
			[]string{p + "2020-05 in May"}},
		{"en", "It happened three years ago, on January 13 and in 2011.", time.Time{},
			[]string{r + " three years ago", p + " January 13", p + "2011 in 2011"}},
		// German.
		{"de", "Die Gespräche scheiterten vor drei Jahren, sagte der Minister am Dienstag.", pub,
			[]string{r + "2017 vor drei Jahren", r + "2020-02-18 am Dienstag"}},
		{"de", "Letzte Woche kam er an, im März 2012 war er schon einmal hier.", pub,
			[]string{r + "2020-02-10 Letzte Woche", p + "2012-03 März 2012"}},
		{"de", "Seit 2011 lebt sie in Berlin; morgen reist sie ab, am Morgen war es kalt.", pub,
			[]string{p + "2011 Seit 2011", r + "2020-02-24 morgen"}},
		{"de", "Im vergangenen Jahr stieg die Zahl um 41 Prozent, Anfang dieses Jahres sank sie.", pub,
			[]string{r + "2019 Im vergangenen Jahr", r + "2020-01 Anfang dieses Jahres"}},
		{"de", "Der Morgen in München. Morgen beginnt der Prozess, der seit_2011 läuft.", pub,
			[]string{r + "2020-02-24 Morgen"}},
		// French.
		{"fr", "La semaine dernière, le ministre a rappelé qu'il y a deux ans, en 2018, le projet avait échoué.", pub,
			[]string{r + "2020-02-10 La semaine dernière", r + "2018 il y a deux ans", p + "2018 en 2018"}},
		{"fr", "Il est arrivé en juillet et repartira le mois prochain ; hier, il a évoqué le 13 janvier.", pub,
			[]string{p + "2019-07 en juillet", r + "2020-03 le mois prochain", r + "2020-02-22 hier", p + "2020-01-13 13 janvier"}},
		{"fr", "L'année dernière, mardi dernier, aujourd'hui.", pub,
			[]string{r + "2019 L'année dernière", r + "2020-02-18 mardi dernier", r + "2020-02-23 aujourd'hui"}},
		// Spanish.
		{"es", "Hace dos días el presidente viajó a Madrid, donde estuvo en marzo de 2012.", pub,
			[]string{r + "2020-02-21 Hace dos días", p + "2012-03 marzo de 2012"}},
		{"es", "El martes pasado se reunió con el ministro; por la mañana llovió. Mañana habrá elecciones.", pub,
			[]string{r + "2020-02-18 El martes pasado", r + "2020-02-24 Mañana"}},
		{"es", "El año pasado, a finales de 2015 y hace años.", pub,
			[]string{r + "2019 El año pasado", p + "2015 a finales de 2015", r + " hace años"}},
		// Italian.
		{"it", "Tre anni fa, nel 2017, il governo cadde; ieri il premier ha parlato.", pub,
			[]string{r + "2017 Tre anni fa", p + "2017 nel 2017", r + "2020-02-22 ieri"}},
		{"it", "Lo scorso anno il tasso è salito; a luglio è sceso, martedì scorso è risalito.", pub,
			[]string{r + "2019 Lo scorso anno", p + "2019-07 a luglio", r + "2020-02-18 martedì scorso"}},
		// Polish.
		{"pl", "Trzy lata temu, w 2017 roku, rząd upadł; wczoraj premier przemówił.", pub,
			[]string{r + "2017 Trzy lata temu", p + "2017 w 2017 roku", r + "2020-02-22 wczoraj"}},
		{"pl", "W zeszłym tygodniu, we wtorek, ogłoszono wybory w marcu.", pub,
			[]string{r + "2020-02-10 W zeszłym tygodniu", r + "2020-02-18 we wtorek", p + "2020-03 w marcu"}},
		// Russian.
		{"ru", "Три года назад, в 2017 году, правительство ушло в отставку; вчера премьер выступил.", pub,
			[]string{r + "2017 Три года назад", p + "2017 в 2017 году", r + "2020-02-22 вчера"}},
		{"ru", "В прошлом году, 3 января 2020 года, во вторник, в марте 2012 года; он работал там 41 год.", pub,
			[]string{r + "2019 В прошлом году", a + "2020-01-03 3 января 2020 года", r + "2020-02-18 во вторник",
				p + "2012-03 марте 2012 года"}},
		{"ru", "Несколько лет назад, в декабре прошлого года.", pub,
			[]string{r + " Несколько лет назад", r + "2019-12 в декабре прошлого года"}},
		{"ru", "Она появилась около двух лет назад, с 2011 по 2015 год.", pub,
			[]string{r + "2018 двух лет назад", p + "2011 2011", p + "2015 2015 год"}},
		// Ukrainian.
		{"uk", "Три роки тому, у 2017 році, уряд пішов у відставку; вчора прем'єр виступив.", pub,
			[]string{r + "2017 Три роки тому", p + "2017 у 2017 році", r + "2020-02-22 вчора"}},
		{"uk", "Минулого тижня, у вівторок, п'ять років тому.", pub,
			[]string{r + "2020-02-10 Минулого тижня", r + "2020-02-18 у вівторок", r + "2015 п'ять років тому"}},
		// Turkish.
		{"tr", "Geçen hafta, üç yıl önce 2017'de kurulan parti dağıldı.", pub,
			[]string{r + "2020-02-10 Geçen hafta", r + "2017 üç yıl önce", p + "2017 2017'de"}},
		{"tr", "Dün açıklama yapan bakan, Eylül ayında seçim olacağını söyledi. 13 Ocak 2020 Pazartesi.", pub,
			[]string{r + "2020-02-22 Dün", p + "2019-09 Eylül ayında", a + "2020-01-13 13 Ocak 2020"}},
		// Arabic.
		{"ar", "قبل ثلاث سنوات، في عام 2017، انهارت الحكومة، وأمس تحدث الرئيس.", pub,
			[]string{r + "2017 قبل ثلاث سنوات", p + "2017 في عام 2017", r + "2020-02-22 وأمس"}},
		{"ar", "قُتل سليماني مطلع العام الحالي في ٣ يناير ٢٠٢٠ بغارة أمريكية.", pub,
			[]string{r + "2020-01 مطلع العام الحالي", a + "2020-01-03 ٣ يناير ٢٠٢٠"}},
		{"ar", "الأسبوع الماضي، يوم الثلاثاء، وفي ديسمبر الماضي، قبل سنوات، بمناسبة مرور 40 يوم.", pub,
			[]string{r + "2020-02-10 الأسبوع الماضي", r + "2020-02-18 يوم الثلاثاء", r + "2019-12 ديسمبر الماضي",
				r + " قبل سنوات"}},
		{"ar", "أعلنت الحكومة اليوم أن اليوم الأول من العام المقبل عطلة، وفي كانون الثاني 2019.", pub,
			[]string{r + "2020-02-23 اليوم", r + "2021 العام المقبل", p + "2019-01 كانون الثاني 2019"}},
		// Persian.
		{"fa", "سه سال پیش، در سال ۱۳۹۶، دولت سقوط کرد و دیروز رئیس جمهور سخنرانی کرد.", pub,
			[]string{r + "2017 سه سال پیش", p + "2017 در سال ۱۳۹۶", r + "2020-02-22 دیروز"}},
		{"fa", "سلیمانی در ۱۳ دی ۱۳۹۸ کشته شد؛ هفته گذشته، روز سه‌شنبه، امسال و در تیرماه.", pub,
			[]string{a + "2020-01-03 ۱۳ دی ۱۳۹۸", r + "2020-02-10 هفته گذشته", r + "2020-02-18 روز سه‌شنبه",
				r + "2019 امسال", p + "2019-07 در تیرماه"}},
		// Chinese.
		{"zh", "三年前，2017年，政府倒台；昨天总理发表讲话。", pub,
			[]string{r + "2017 三年前", p + "2017 2017年", r + "2020-02-22 昨天"}},
		{"zh", "2020年1月3日，苏莱曼尼遇袭。他于1月13日抵达，上周二会见了部长，去年12月曾来访，3个月后离开。", pub,
			[]string{a + "2020-01-03 2020年1月3日", p + "2020-01-13 1月13日", r + "2020-02-18 上周二", r + "2019-12 去年12月"}},
		{"zh", "今年年初，二〇一九年三月五日，两千多人。", pub,
			[]string{r + "2020-01 今年年初", a + "2019-03-05 二〇一九年三月五日"}},
		{"zh", "使用长征二号丁运载火箭，3号线于5日开通。", pub,
			[]string{p + "2020-02-05 5日"}},
		// Any other language: full dates, months with years, year ranges.
		{"nl", "Op 23 februari 2020 en in maart 2012, 2011-2015.", pub,
			[]string{a + "2020-02-23 23 februari 2020", p + "2012-03 maart 2012", p + "2011 2011", p + "2015 2015"}},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range Find(tt.lang, tt.text, tt.pub) {
			got = append(got, show(d))
			checkDate(t, tt.text, d)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Find(%s, %q)\n got %q\nwant %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

// checkDate checks the invariants of a found date.
func checkDate(t *testing.T, text string, d Date) {
	t.Helper()
	if d.Start < 0 || d.End > len(text) || d.Start >= d.End || d.Text != text[d.Start:d.End] {
		t.Fatalf("bad span %d:%d %q in %q", d.Start, d.End, d.Text, text)
	}
	if utf8.ValidString(text) && !utf8.ValidString(d.Text) {
		t.Fatalf("span %d:%d splits a rune in %q", d.Start, d.End, text)
	}
	if d.Kind != Absolute && d.Kind != Partial && d.Kind != Relative {
		t.Fatalf("bad kind %q", d.Kind)
	}
	if d.Date == "" {
		if d.Kind == Absolute {
			t.Fatalf("absolute date %q without a date", d.Text)
		}
		return
	}
	ok := false
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(d.Date) == len(layout) {
			_, err := time.Parse(layout, d.Date)
			ok = err == nil
		}
	}
	if !ok {
		t.Fatalf("bad date %q for %q", d.Date, d.Text)
	}
}

// seedsDir holds real scraped articles shared by the project.
const seedsDir = "../../../shared/seeds"

// seed is one seed article with its language and publication date.
type seed struct {
	id, lang string
	pub      time.Time
	text     string
}

func readSeeds(tb testing.TB) []seed {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		tb.Skip("no seeds in " + seedsDir)
	}
	pubs := map[string]time.Time{
		"000": time.Date(2020, 2, 23, 0, 0, 0, 0, time.UTC),
		"004": time.Date(2015, 12, 21, 0, 0, 0, 0, time.UTC),
	}
	var out []seed
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		id := filepath.Base(f)[:3]
		lang := "en"
		if id == "002" {
			lang = "ar"
		}
		out = append(out, seed{id: id, lang: lang, pub: pubs[id], text: string(data)})
	}
	return out
}

func TestFindSeeds(t *testing.T) {
	// want: dates that must be found ("kind date text"); not: texts that
	// must not be part of any date found.
	want := map[string][]string{
		"000": {"absolute 2020-01-06 January 6, 2020", "partial 1980 in 1980", "partial 2020-03-17 March 17",
			"absolute 2019-09-22 September 22, 2019", "absolute 2020-02-23 FEBRUARY 23, 2020"},
		"001": {"absolute 2020-01-03 January 3, 2020", "relative  three years ago", "partial 2011 in 2011",
			"relative  the previous evening"},
		"002": {"relative  مطلع العام الحالي", "relative  قبل سنوات"},
		"003": {"absolute 2020-01-13 January 13, 2020", "absolute 2015-10-07 October 7. 2015", "partial 2012-03 March 2012",
			"partial 2011-12 December 2011", "partial 2012-07 July 2012", "partial 2018-01 January 2018", "partial 2011 in 2011"},
		"004": {"absolute 2015-12-21 Dec 21, 2015", "partial 2015-09 In September", "partial 2015-07 in July",
			"partial 2015-08 In August", "partial 2014 the beginning of 2014", "partial 2015 the summer of 2015",
			"relative  a few months ago"},
	}
	not := map[string][]string{
		"000": {"41 years", "40th", "12 hours", "07:00", "14:00", "7AM", "1-800", "2421", "Copyright", "Sundays"},
		"002": {"40", "التسع"},
		"003": {"at 64", "1st battle", "2009"},
		"004": {"Mi-28", "T-90", "15 thousand", "20 of", "beginning of the month"},
	}
	for _, s := range readSeeds(t) {
		dates := Find(s.lang, s.text, s.pub)
		var got []string
		for _, d := range dates {
			got = append(got, show(d))
			checkDate(t, s.text, d)
			for _, bad := range not[s.id] {
				if strings.Contains(d.Text, bad) {
					t.Errorf("seed %s: %q is no date", s.id, d.Text)
				}
			}
		}
		for _, w := range want[s.id] {
			if !slices.Contains(got, w) {
				t.Errorf("seed %s: %q not found in %q", s.id, w, got)
			}
		}
		if !slices.IsSortedFunc(dates, func(a, b Date) int { return a.Start - b.Start }) {
			t.Errorf("seed %s: dates out of text order", s.id)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"three years ago, on Tuesday, in March 2012", "مطلع العام الحالي قبل ثلاث سنوات ٣ يناير ٢٠٢٠",
		"۱۳ دی ۱۳۹۸ سه سال پیش تیرماه", "2020年1月3日 上周二 三年前 二〇一九年", "в прошлом году 2011 году",
		"2011'de geçen hafta", "2011-2015 from 2011 to 2015", "hace dos días", "il y a deux ans",
	} {
		f.Add("en", s)
		f.Add("ar", s)
		f.Add("zh", s)
	}
	langs := []string{"en", "ar", "fa", "ru", "uk", "tr", "de", "es", "fr", "it", "pl", "zh", "und"}
	f.Fuzz(func(t *testing.T, lang, s string) {
		l := langs[len(lang)%len(langs)]
		for _, p := range []time.Time{{}, pub, time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)} {
			dates := Find(l, s, p)
			for i, d := range dates {
				checkDate(t, s, d)
				if i > 0 && dates[i-1].End > d.Start {
					t.Fatalf("overlapping dates %q %q in %q", dates[i-1].Text, d.Text, s)
				}
			}
		}
	})
}

// BenchmarkFind measures Find on each seed, cut or repeated to about 5 KB.
func BenchmarkFind(b *testing.B) {
	for _, s := range readSeeds(b) {
		text := s.text
		for len(text) < 5000 {
			text += "\n\n" + s.text
		}
		n := 5000
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		text = text[:n]
		b.Run(s.id+"-"+s.lang, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find(s.lang, text, s.pub)
			}
		})
	}
}
