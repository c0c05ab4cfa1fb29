package quote

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// ents builds mentions for the test: each "Form=Canonical Name/type" (or
// just "Name/type") gives a mention at every whole-word occurrence.
func ents(text string, specs ...string) []Mention {
	var list []seedEntity
	for _, spec := range specs {
		spec, typ, _ := strings.Cut(spec, "/")
		form, name, ok := strings.Cut(spec, "=")
		if !ok {
			name = form
		}
		list = append(list, seedEntity{name: name, typ: typ, forms: []string{form}})
	}
	return findMentions(text, list)
}

type wantQuote struct {
	prefix     string // the quoted text starts with this
	speaker    string
	cue        string // "" means not checked
	reportedBy string
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, lang, text string
		mentions         []string
		want             []wantQuote // exactly these quotations, in order
	}{
		// English.
		{"en subject before, colon", "en",
			`The minister said: "We will not accept these terms under any circumstances."`, nil,
			[]wantQuote{{"We will not accept", "The minister", "said", ""}}},
		{"en name after the quote", "en",
			`"We are ready to talk at any time," Ayyoub told reporters on Monday.`, nil,
			[]wantQuote{{"We are ready to talk at any time", "Ayyoub", "told", ""}}},
		{"en inverted after the quote", "en",
			`“The talks have failed and nobody knows what comes next,” said the official.`, nil,
			[]wantQuote{{"The talks have failed", "the official", "said", ""}}},
		{"en pronoun", "en",
			`John Smith arrived late. "I was stuck in traffic for two hours," he added.`,
			[]string{"John Smith/person"},
			[]wantQuote{{"I was stuck in traffic", "John Smith", "added", ""}}},
		{"en nested quotes stay inside", "en",
			`Lavrov said: "They told us 'we will never leave this city' and then they left."`,
			[]string{"Lavrov=Sergey Lavrov/person"},
			[]wantQuote{{"They told us 'we will never leave this city' and then they left.", "Sergey Lavrov", "said", ""}}},
		{"en quote over two paragraphs", "en",
			"The spokesman said: \"The first part of the statement goes here.\n\"The second part continues after a paragraph break.\"", nil,
			[]wantQuote{
				{"The first part of the statement goes here.", "The spokesman", "said", ""},
				{"The second part continues", "The spokesman", "said", ""},
			}},
		{"en quote wrapped by a line break", "en",
			"Officials said \"the road will stay closed\nuntil the bridge is repaired\" on Monday.", nil,
			[]wantQuote{{"the road will stay closed\nuntil the bridge is repaired", "Officials", "said", ""}}},
		{"en inch marks and apostrophes", "en",
			`He bought a 12" pipe; the plumber's work was fine. Engineers said "the 5" valve failed under pressure" yesterday.`, nil,
			[]wantQuote{{`the 5" valve failed under pressure`, "Engineers", "said", ""}}},
		{"en according to", "en",
			`The army withdrew, according to Colonel James Brown, "because the bridge had been destroyed overnight."`, nil,
			[]wantQuote{{"because the bridge", "Colonel James Brown", "according to", ""}}},
		{"en quoted names are not quotes", "en",
			`The missile, nicknamed "Storm", and the tank "T-90 Vladimir" were shown. He called it "Hero of the Republic".`, nil,
			nil},
		{"en apostrophe inside curly quotes", "en",
			`“We don’t want war with anyone,” Smith said.`, nil,
			[]wantQuote{{"We don’t want war with anyone", "Smith", "said", ""}}},
		{"en the latter, reported", "en",
			`Brown met Green in May. Brown noted that the latter urged him to stay, telling him that "there is no other way forward for us."`,
			[]string{"Brown=Tom Brown/person", "Green=Ann Green/person"},
			[]wantQuote{{"there is no other way forward", "Ann Green", "telling", "Tom Brown"}}},
		{"en the former", "en",
			`Brown met Green in May. Later the former told reporters that "the meeting went better than anyone expected."`,
			[]string{"Brown=Tom Brown/person", "Green=Ann Green/person"},
			[]wantQuote{{"the meeting went better", "Tom Brown", "told", ""}}},
		{"en consecutive quotes", "en",
			`"It's a disaster for everyone," said Mark Regev. "Nobody expected this to happen so fast."`, nil,
			[]wantQuote{{"It's a disaster for everyone", "Mark Regev", "said", ""}, {"Nobody expected this", "Mark Regev", "", ""}}},
		{"en quoted as saying", "en",
			`The agency quoted Ayyoub as saying, "We planned the battle together with our allies."`,
			[]string{"Ayyoub/person"},
			[]wantQuote{{"We planned the battle", "Ayyoub", "as saying", "The agency"}}},
		{"en new sentence after a quote is no attribution", "en",
			`She said "this is the end of the road for us." Brown confirmed the news later.`,
			[]string{"Brown/person"},
			[]wantQuote{{"this is the end of the road", "", "said", ""}}},

		// Arabic.
		{"ar verb first", "ar",
			`وقال وزير الخارجية فيصل المقداد: «إن إسرائيل تلعب بالنار في المنطقة».`,
			[]string{"فيصل المقداد=Faisal Mikdad/person"},
			[]wantQuote{{"إن إسرائيل تلعب بالنار", "Faisal Mikdad", "قال", ""}}},
		{"ar verb after the quote", "ar",
			`«لن نتراجع عن مواقفنا مهما كانت الضغوط»، قال المتحدث باسم الحكومة.`, nil,
			[]wantQuote{{"لن نتراجع عن مواقفنا", "المتحدث باسم الحكومة", "قال", ""}}},
		{"ar subject left out", "ar",
			`التقى الوزير أحمد حسن بالصحفيين. وأضاف أن “الوضع الإنساني في غزة كارثي بكل المقاييس”.`,
			[]string{"أحمد حسن=Ahmad Hassan/person"},
			[]wantQuote{{"الوضع الإنساني في غزة", "Ahmad Hassan", "أضاف", ""}}},
		{"ar participle", "ar",
			`وطمأنه سليماني قائلاً: “لا خيارات أمامنا سوى النصر في هذه الحرب”.`,
			[]string{"سليماني=Qassem Soleimani/person"},
			[]wantQuote{{"لا خيارات أمامنا", "Qassem Soleimani", "قائلاً", ""}}},
		{"ar quoted name is no quote", "ar",
			`وصل “قاسم سليماني” إلى دمشق.`, nil, nil},

		// Persian.
		{"fa subject before the verb", "fa",
			`وزیر خارجه ایران گفت: «ما به دنبال جنگ نیستیم و از دیپلماسی حمایت می‌کنیم».`, nil,
			[]wantQuote{{"ما به دنبال جنگ نیستیم", "وزیر خارجه ایران", "گفت", ""}}},
		{"fa mention", "fa",
			`عباس عراقچی در این نشست گفت: «مذاکرات به مرحله حساسی رسیده است».`,
			[]string{"عباس عراقچی=Abbas Araghchi/person"},
			[]wantQuote{{"مذاکرات به مرحله", "Abbas Araghchi", "گفت", ""}}},

		// Russian and Ukrainian.
		{"ru dash and inverted speaker", "ru",
			`«Мы не допустим эскалации конфликта в регионе», — заявил министр иностранных дел Сергей Лавров.`,
			[]string{"Сергей Лавров=Sergey Lavrov/person"},
			[]wantQuote{{"Мы не допустим", "Sergey Lavrov", "заявил", ""}}},
		{"ru по словам", "ru",
			`По словам Лаврова, «переговоры зашли в тупик и продолжать их бессмысленно».`,
			[]string{"Лаврова=Sergey Lavrov/person"},
			[]wantQuote{{"переговоры зашли в тупик", "Sergey Lavrov", "по словам", ""}}},
		{"uk заявив", "uk",
			`«Ми будемо захищати кожен метр нашої землі», — заявив Зеленський.`, nil,
			[]wantQuote{{"Ми будемо захищати", "Зеленський", "заявив", ""}}},

		// Turkish.
		{"tr speaker before the quote, verb after", "tr",
			`Erdoğan, "Bu saldırıların hesabını mutlaka soracağız" dedi.`, nil,
			[]wantQuote{{"Bu saldırıların hesabını", "Erdoğan", "dedi", ""}}},

		// German.
		{"de low-high quotes", "de",
			`„Wir werden die Sanktionen nicht aufheben“, sagte Bundeskanzler Olaf Scholz am Montag.`, nil,
			[]wantQuote{{"Wir werden die Sanktionen", "Bundeskanzler Olaf Scholz", "sagte", ""}}},
		{"de so", "de",
			`„Die Lage ist ernst, aber nicht hoffnungslos“, so Scholz.`, nil,
			[]wantQuote{{"Die Lage ist ernst", "Scholz", "so", ""}}},
		{"de reversed guillemets", "de",
			`Er sagte: »Das ist keine gute Idee für uns alle«.`, nil,
			[]wantQuote{{"Das ist keine gute Idee", "", "sagte", ""}}},

		// French and Swiss.
		{"fr single guillemets nested", "fr",
			`Le ministre a déclaré : « Ils appellent cela une ‹ opération spéciale ›, mais c'est une guerre ».`, nil,
			[]wantQuote{{"Ils appellent cela une ‹ opération spéciale ›, mais c'est une guerre", "Le ministre", "déclaré", ""}}},
		{"fr spaced guillemets", "fr",
			`« Nous ne céderons pas aux menaces », a déclaré le président Emmanuel Macron.`,
			[]string{"Emmanuel Macron/person"},
			[]wantQuote{{"Nous ne céderons pas", "Emmanuel Macron", "déclaré", ""}}},
		{"fr selon", "fr",
			`Selon l'AFP, « les négociations reprendront la semaine prochaine à Genève ».`, nil,
			[]wantQuote{{"les négociations reprendront", "AFP", "selon", ""}}},

		// Spanish, Italian, Polish.
		{"es dijo", "es",
			`"No vamos a permitir más violencia en las calles", dijo el ministro del Interior.`, nil,
			[]wantQuote{{"No vamos a permitir", "el ministro del Interior", "dijo", ""}}},
		{"it ha detto", "it",
			`"Siamo pronti a collaborare con tutti i partner europei", ha detto il premier Giorgia Meloni.`,
			[]string{"Giorgia Meloni/person"},
			[]wantQuote{{"Siamo pronti a collaborare", "Giorgia Meloni", "detto", ""}}},
		{"pl powiedział", "pl",
			`„Nie zgodzimy się na takie warunki porozumienia” – powiedział premier Donald Tusk.`, nil,
			[]wantQuote{{"Nie zgodzimy się", "premier Donald Tusk", "powiedział", ""}}},
		{"pl single low quotes nested", "pl",
			`Tusk powiedział: „Nazwali to ‚operacją specjalną’, ale to jest wojna”.`, nil,
			[]wantQuote{{"Nazwali to ‚operacją specjalną’, ale to jest wojna", "Tusk", "powiedział", ""}}},

		// Chinese and Japanese.
		{"zh subject and verb in one run", "zh",
			`外交部发言人表示：“中方坚决反对任何形式的单边制裁。”`, nil,
			[]wantQuote{{"中方坚决反对", "外交部发言人", "表示", ""}}},
		{"zh pronoun after the quote", "zh",
			`王毅会见了记者。“我们将继续推动和平谈判，”他说。`,
			[]string{"王毅=Wang Yi/person"},
			[]wantQuote{{"我们将继续推动和平谈判", "Wang Yi", "说", ""}}},
		{"ja corner brackets", "ja",
			`首相は「私たちは全力を尽くします」と述べた。`, nil,
			[]wantQuote{{"私たちは全力を尽くします", "", "", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Find(tt.lang, token.NewSegment(tt.text), ents(tt.text, tt.mentions...))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotations, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if !strings.HasPrefix(g.Text, w.prefix) {
					t.Errorf("quote %d: text %q, want prefix %q", i, g.Text, w.prefix)
				}
				if tt.text[g.Start:g.End] != g.Text {
					t.Errorf("quote %d: offsets [%d:%d] do not give %q", i, g.Start, g.End, g.Text)
				}
				if g.Speaker != w.speaker {
					t.Errorf("quote %d: speaker %q, want %q", i, g.Speaker, w.speaker)
				}
				if w.cue != "" && g.Cue != w.cue {
					t.Errorf("quote %d: cue %q, want %q", i, g.Cue, w.cue)
				}
				if g.ReportedBy != w.reportedBy {
					t.Errorf("quote %d: reported by %q, want %q", i, g.ReportedBy, w.reportedBy)
				}
			}
		})
	}
}

func TestFindSources(t *testing.T) {
	tests := []struct {
		name, lang, text string
		mentions         []string
		want             []Source // exactly these; Key "" means NameKey(Name) is not checked
	}{
		{"en according to", "en", `According to Reuters, the talks failed.`, nil,
			[]Source{{"Reuters", namekey.Key("Reuters"), "according to"}}},
		{"en newspaper reported", "en", `The Israeli newspaper Haaretz reported that the talks failed.`, nil,
			[]Source{{"Haaretz", namekey.Key("Haaretz"), "reported"}}},
		{"en speaking to", "en", `Speaking to CNN, the minister denied the claims.`, nil,
			[]Source{{"CNN", namekey.Key("CNN"), "speaking to"}}},
		{"en credit line", "en", "The talks failed.\nSource: Associated Press", nil,
			[]Source{{"Associated Press", "", "source"}}},
		{"en a person quoted is no outlet", "en", `Ayyoub told reporters that Brown reported the attack.`,
			[]string{"Brown/person", "Ayyoub/person"}, nil},
		{"en adjectives are no sources", "en",
			`According to Arab sources, the plan failed. Citing Western intelligence, officials said so.`, nil, nil},
		{"en mention key and dedup", "en",
			`The Lebanese newspaper «As-Safir» argued that the visit happened. According to «Al-Safir», it did.`, nil,
			[]Source{{"As-Safir", namekey.Key("Safir"), "argued"}}},
		{"fr selon", "fr", `Selon l'AFP, le président est arrivé à Paris.`, nil,
			[]Source{{"AFP", namekey.Key("AFP"), "selon"}}},
		{"de laut dpa", "de", `Laut dpa wurde der Vertrag unterzeichnet.`, nil,
			[]Source{{"dpa", "", "laut"}}},
		{"es según la agencia", "es", `Según la agencia EFE, el presidente llegó a Madrid.`, nil,
			[]Source{{"EFE", namekey.Key("EFE"), "según"}}},
		{"it secondo", "it", `Secondo l'ANSA, il governo ha approvato il decreto.`, nil,
			[]Source{{"ANSA", namekey.Key("ANSA"), "secondo"}}},
		{"ru по данным", "ru", `По данным ТАСС, переговоры завершились.`, nil,
			[]Source{{"ТАСС", "", "по данным"}}},
		{"ru как сообщает", "ru", `Как сообщает РИА Новости, министр прибыл в Анкару.`, nil,
			[]Source{{"РИА Новости", "", "сообщает"}}},
		{"tr haberine göre", "tr", `Anadolu Ajansı'nın haberine göre, bakan Ankara'ya geldi.`, nil,
			[]Source{{"Anadolu Ajansı", namekey.Key("Anadolu"), "göre"}}},
		{"zh 据…报道", "zh", `据新华社报道，双方举行了会谈。`, nil,
			[]Source{{"新华社", "", "报道"}}},
		{"fa به گزارش", "fa", `به گزارش ایرنا، وزیر به تهران بازگشت.`, nil,
			[]Source{{"ایرنا", "", "به گزارش"}}},
		{"ar وفقا لوكالة الأنباء", "ar", `وفقا لوكالة الأنباء الألمانية، وصل الوزير إلى برلين.`, nil,
			[]Source{{"وكالة الأنباء الألمانية", "", "وفقا"}}},
		{"ar أفادت صحيفة", "ar", `وأفادت صحيفة “جيروازليم بوست” الإسرائيلية أن الأسد فكر بالرحيل.`, nil,
			[]Source{{"جيروازليم بوست", "", "أفادت"}}},
		{"ar ذكرت صحيفة", "ar", `ذكرت صحيفة الشرق الأوسط أن الاجتماع تأجل.`, nil,
			[]Source{{"الشرق الأوسط", "", "ذكرت"}}},
		{"pl według", "pl", `Według PAP, rząd przyjął projekt ustawy.`, nil,
			[]Source{{"PAP", namekey.Key("PAP"), "według"}}},
		{"en the article goes with the name", "en",
			`According to a report released by the Jerusalem Center for Public Affairs, he stayed.`, nil,
			[]Source{{"the Jerusalem Center for Public Affairs", "", "according to"}}},
		{"en outlet descriptor after the name", "en",
			`In August, Fox News channel, citing data from Western intelligence, reported the visit.`, nil,
			[]Source{{"Fox News", "", "reported"}}},
		{"en descriptor alone", "en", `In an op-ed in the Israeli newspaper Haaretz, the author wrote about Gaza.`, nil,
			[]Source{{"Haaretz", namekey.Key("Haaretz"), "newspaper"}}},
		{"ar a generic agency is no source", "ar", `وفقا لوكالة الأنباء، وصل الوزير إلى برلين.`, nil, nil},
		{"en mention gives the key", "en", `Israeli newspaper Haaretz wrote that Iran stayed out.`,
			[]string{"Haaretz=Haaretz Daily/organization"},
			[]Source{{"Haaretz", namekey.Key("Haaretz Daily"), "wrote"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := Find(tt.lang, token.NewSegment(tt.text), ents(tt.text, tt.mentions...))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d sources, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Name != w.Name || g.Cue != w.Cue {
					t.Errorf("source %d: %q cue %q, want %q cue %q", i, g.Name, g.Cue, w.Name, w.Cue)
				}
				if w.Key != "" && g.Key != w.Key {
					t.Errorf("source %d: key %q, want %q", i, g.Key, w.Key)
				}
				if g.Key == "" {
					t.Errorf("source %d: empty key", i)
				}
			}
		})
	}
}

// TestOwnKey checks that the key folds articles, descriptors and the
// Arabic article's Latin spellings.
func TestOwnKey(t *testing.T) {
	same := [][]string{
		{"As-Safir", "Al-Safir", "as-Safir", "السفير"},
		{"Reuters", "the Agency Reuters"},
		{"The New York Times", "New York Times"},
		{"Asharq Al-Awsat", "Asharq al-Awsat"},
	}
	for _, names := range same {
		want := ownKey(names[0])
		for _, n := range names[1:] {
			if got := ownKey(n); got != want {
				t.Errorf("ownKey(%q) = %q, ownKey(%q) = %q: want equal", n, got, names[0], want)
			}
		}
	}
}

// FuzzFind checks that Find never panics and that every quotation's
// offsets give its text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`“The talks have failed,” said the official.`,
		`«Мы не допустим эскалации», — заявил Лавров.`,
		`وقال المسؤول: «إن الوضع خطير جدا في المنطقة».`,
		"He said: \"first part\n\"second part of it\"",
		`12" pipe 'quoted words here' "unclosed: "a b c.`,
		"„Wir“ «a» ‹b› 「c」 『d』 ‚e‘ \"",
		"notesNEWSru Israel. Source From: Sozcu\nSource:",
		"据新华社报道，“我们将继续推动和平谈判，”他说。",
		"\xff\xfe“\xc2\" said",
	} {
		f.Add(s, 0, 5)
	}
	f.Fuzz(func(t *testing.T, text string, ms, me int) {
		mentions := []Mention{{Start: ms, End: me, Name: "X", Key: "x", Type: "person"}, {Start: -1, End: len(text) + 5}}
		quotes, sources := Find("en", token.NewSegment(text), mentions)
		for _, q := range quotes {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End || text[q.Start:q.End] != q.Text {
				t.Fatalf("quote %+v: offsets invalid for text of %d bytes", q, len(text))
			}
		}
		for _, s := range sources {
			if s.Key == "" {
				t.Fatalf("source %+v without key", s)
			}
		}
		if utf8.ValidString(text) {
			Find("ar", token.NewSegment(text), nil)
			Find("zh", token.NewSegment(text), nil)
		}
	})
}
