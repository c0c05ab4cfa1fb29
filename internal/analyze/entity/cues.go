package entity

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/dates"

	"github.com/storyline/storyline/internal/article"
	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/pl"
	"github.com/storyline/storyline/internal/lang/tr"
)

// The word lists below are general: the words that qualify a title, the
// type words of organisation names, the words that introduce a place. The
// titles themselves are the language layer's (lang.IsTitle). Every entry is lowercase as Fold writes it (Arabic
// script normalised by ar.Normalize when loaded). Inflected languages list
// stems where noted.

// titleModifiers may stand between a run's other words and a title
// ("Syrian Foreign Minister", "Defense Minister", "Supreme Leader").
const titleModifiers = `
foreign defense defence interior finance justice health economy supreme affairs
deputy vice prime acting former chief head senior top first state press
external home trade energy oil security intelligence army military
außen innen finanz verteidigung
dışişleri içişleri savunma maliye adalet genelkurmay
`

// orgTypeWords are the type words of organisation names: they make a run
// an organisation and are left out of its key, so that "Quds Force",
// "Qods Force", «al-Quds» and "فيلق القدس" share "org:kts".
const orgTypeWords = `
force forces corps ministry party army guard guards brigade brigades
movement front council committee organization organisation agency
department university college institute bank company corporation corp
inc ltd union league association court parliament assembly commission
authority navy center centre foundation fund staff command service bureau
militia militias regiment division battalion administration group office
ministerium partei agentur armee korps garde bewegung ausschuss
universität kommission verband gruppe stiftung regierung
ministère parti agence armée corps garde gardiens brigade mouvement
conseil comité université banque fondation commission assemblée
ministerio partido agencia ejército fuerza fuerzas cuerpo guardia
guardianes brigada movimiento frente consejo comité universidad banco
fundación comisión asamblea
ministero partito agenzia esercito forza forze corpo guardia guardiani
brigata movimento fronte consiglio comitato università banca fondazione
commissione
министерство партия агентство армия корпус силы движение фронт совет
комитет университет банк компания служба союз штаб
міністерство партія агентство армія сили рада університет служба
bakanlığı bakanlık partisi parti ajansı ajans ordusu ordu gücü güçleri
kuvvetleri muhafızları üniversitesi bankası şirketi derneği meclisi
konseyi örgütü hareketi cephesi tugayı komutanlığı kurmay başkanlığı
ministerstwo ministerstwa partia partii agencja agencji armia armii siły
korpus gwardia brygada ruch rada komitet uniwersytet bank
`

// orgStems are Cyrillic and Polish org type words given as stems, matched
// after one case ending is removed ("министерства", "агентства").
var orgStems = []string{"министерств", "агентств", "парти", "арми", "корпус", "сил",
	"движени", "комитет", "университет", "компани", "служб", "міністерств", "парті",
	"ministerstw", "parti", "agencj", "armi"}

// mediaWords end the names of newspapers, agencies and broadcasters. They
// make a run an organisation but stay in its key: "Jerusalem Post" is not
// "Jerusalem".
const mediaWords = `
news times post press journal herald tribune gazette daily radio tv
television telegraph observer review magazine network channel report
zeitung allgemeine rundschau spiegel
`

// orgDescriptors precede an organisation's name without being part of it
// ("the newspaper Haaretz", "صحيفة “جيروازليم بوست”", "газета «Известия»").
const orgDescriptors = `
newspaper daily broadcaster channel outlet website magazine agency
zeitung tageszeitung sender
journal quotidien chaîne
periódico diario cadena
quotidiano giornale
газета газеты газете телеканал телеканала издание издания агентство
агентства
gazetesi gazete ajansı
gazeta dziennik
`

// placeWords mark a run as a place ("Aleppo Airport", "Middle East",
// "Central Asia").
const placeWords = `
airport province governorate square street avenue mountains mountain
river sea ocean gulf strait island islands valley desert district region
peninsula heights bay lake canal border crossing east west north south
central asia europe africa america
`

// genericPlaceWords are never a place on their own, whatever the
// gazetteer's aliases say ("Republic", "Capital").
const genericPlaceWords = `
republic kingdom state states union federation emirates islands island
city capital north south east west central new great upper lower
العاصمة المدينة الدولة جزيرة الجزيرة جزر
جزیره شهر استان
`

// placePrepositions precede a place; an unknown capitalised word right
// after one is taken for a place ("in Tartus", "в Тартусе").
const placePrepositions = `
in near outside across into throughout
nach à au aux en dans
в во на из под
у
w we
`

// arabicOrgWords start Arabic and Persian organisation names ("فيلق
// القدس", "وزارة الخارجية", "سپاه قدس").
const arabicOrgWords = `
فيلق وزارة حزب حركة جيش الجيش مجلس جامعة منظمة هيئة شركة جبهة كتائب الحرس
حرس وكالة تنظيم ميليشيا مليشيا لواء
سپاه وزارت ارتش دانشگاه خبرگزاری سازمان شرکت نیروی جبهه
`

// arabicDescriptors precede a name in Arabic and Persian without being part
// of it: "صحيفة “جيروازليم بوست”".
const arabicDescriptors = `
صحيفة جريدة مجلة قناة موقع إذاعة تلفزيون شبكة روزنامه
`

// arabicPlaceCues precede a place in Arabic and Persian.
const arabicPlaceCues = `
في من إلى الى مدينة العاصمة محافظة بلدة قرية منطقة ريف در از به شهر استان
`

// arabicTitleExtra adds to the ar and fa name cues some ranks and offices.
const arabicTitleExtra = `
الجنرال الفريق اللواء العميد العقيد وزير الوزير رئيس الرئيس المستشار
مستشار قائد القائد سرلشکر سردار ژنرال آیت
`

// zhTitles precede a person's name in Chinese.
var zhTitles = strings.Fields(`主席 总统 总理 首相 部长 外长 防长 国务卿 将军 司令 指挥官 发言人
领导人 大使 总书记 国王 女王 王储 领袖 议长 少将 中将 上将 总司令 司令员 外交部长 国防部长`)

// nonNames are capitalised words that name groups, languages and
// religions, not entities ("Sunni", "Arabic"), beyond the demonyms the
// gazetteer derives.
const nonNames = `
arab arabs arabic kurd kurds kurdish shiite shiites shia shi'ite sunni
sunnis jew jews jewish muslim muslims christian christians islamic
islamist islamists british french dutch swiss greek english welsh
scottish irish european europeans western eastern persian hebrew latin
americans african asian jihadist jihadists god allah ramadan christmas
german germans afghan afghans
easter eid internet
`

// particleWords may stand inside a name between capitalised words.
// The Arabic article's spellings (ar.ArticleSpellings) join them.
const particleWords = `bin ibn bint ben abu abd
de da di del della dos das du des la le van von ter zu y of for
and the d' бен ибн бин фон ван де ve`

// joinWords are the particles that join two names ("Iran and Iraq"), not
// the words of one, unless a type word makes the whole an organisation
// ("Center for Public Affairs").
const joinWords = `for and the ve`

// innerParticles are German and Dutch articles, particles inside a name
// after another ("von der Leyen", "van den Berg").
const innerParticles = `der den dem`

// connectors join the next word into one family name ("bin Salman",
// "Abd al-Mahdi", "عبد اللهيان").
const connectors = `bin ibn abu abd abdul abdel бен ибн бин абу абд`

// arabicConnectors are the connectors in Arabic script, matched once the
// article is stripped.
const arabicConnectors = `عبد ابو بن ابن`

// IsConnector reports whether a word joins the next into one family name,
// as in "bin Salman" or "عبد اللهيان": a person's family-name key then
// begins with the connector's key.
func IsConnector(word string) bool {
	listsOnce.Do(loadLists)
	w := lang.Fold(article.Undetermined, word)
	return connectorSet[w] || arabicConnectorSet[w]
}

// givenNames are common given names, evidence that a capitalised
// sentence-initial word opens a person's name.
const givenNames = `
mohammad mohammed muhammad mohamed ahmad ahmed ali hassan hasan hossein
hussein husain qassem qasem kassem ismail esmail bashar hafez abdullah
abdallah omar umar khalid khaled saad said ibrahim ibrahim yusuf youssef
mahmoud mustafa mostafa jamal salman faisal fahd nasser walid ziad tarek
amir mehdi mahdi reza javad jawad hamid majid masoud mohsen ebrahim
abbas ruhollah mojtaba habib elahe zainab zeynab fatima fatemeh maryam
recep tayyip ahmet mehmet mustafa hakan mevlüt
vladimir sergey sergei dmitry dmitri alexei alexey alexander aleksandr
mikhail nikolai yuri ivan boris igor oleg viktor volodymyr petro
donald joe joseph barack george bill hillary mike michael john james
robert william david richard thomas charles daniel paul mark steven
steve kevin brian anthony benjamin ehud benny naftali yair ariel moshe
angela olaf emmanuel nicolas francois françois marine boris theresa
keir rishi justin narendra xi shinzo kim
`

// stopExtra are words frequent in news prose, beyond the stop lists, that
// open sentences capitalised without naming anything.
const stopExtra = `
like also however meanwhile according last next this that these those
yesterday today tomorrow earlier later then thus since while after before
during although because despite though speaking citing asked said says
but and or if when where why how what who which there here it its his her
their our we they he she you i a an the in on at by for from with about
as of to into over under between among through without
`

// The lists above as sets, built on first use.
var (
	listsOnce          sync.Once
	titleModSet        map[string]bool
	orgTypeSet         map[string]bool
	mediaSet           map[string]bool
	orgDescSet         map[string]bool
	placeWordSet       map[string]bool
	genericPlaceSet    map[string]bool
	placePrepSet       map[string]bool
	arOrgSet           map[string]bool
	arDescSet          map[string]bool
	arPlaceCueSet      map[string]bool
	arTitleSet         map[string]bool
	nonNameSet         map[string]bool
	particleSet        map[string]bool
	joinWordSet        map[string]bool
	innerParticleSet   map[string]bool
	connectorSet       map[string]bool
	arabicConnectorSet map[string]bool
	givenNameSet       map[string]bool
	stopExtraSet       map[string]bool
)

func loadLists() {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
		return m
	}
	arSet := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[ar.Normalize(w)] = true
		}
		return m
	}
	titleModSet = set(titleModifiers)
	orgTypeSet = set(orgTypeWords)
	mediaSet = set(mediaWords)
	orgDescSet = set(orgDescriptors)
	placeWordSet = set(placeWords)
	genericPlaceSet = arSet(genericPlaceWords)
	placePrepSet = set(placePrepositions)
	arOrgSet = arSet(arabicOrgWords)
	arDescSet = arSet(arabicDescriptors)
	arPlaceCueSet = arSet(arabicPlaceCues)
	arTitleSet = arSet(arabicTitleExtra)
	nonNameSet = set(nonNames)
	particleSet = set(particleWords + " " + strings.Join(ar.ArticleSpellings(), " "))
	joinWordSet = set(joinWords)
	innerParticleSet = set(innerParticles)
	connectorSet = set(connectors)
	arabicConnectorSet = set(arabicConnectors)
	givenNameSet = set(givenNames)
	stopExtraSet = set(stopExtra)
}

// isStop reports a function word of lang or of English (English words
// appear in every language's news: "The", "And").
func (f *finder) isStop(folded string) bool {
	if lang.IsFunctionWord(f.lang, folded) || stopExtraSet[folded] || lang.IsFunctionWord("en", folded) {
		return true
	}
	switch f.lang {
	case "tr", "az":
		return tr.IsStop(folded)
	case "pl":
		return pl.IsStop(folded)
	}
	return false
}

// isTitle reports a title word (folded), German compounds and Cyrillic and
// Polish case forms included.
func isTitle(w string) bool {
	if lang.IsTitle(w) || lang.HasTitleSuffix(w) {
		return true
	}
	if inflected(w) {
		if s := trimCaseEnding(w); s != w && lang.IsTitle(s) {
			return true
		}
	}
	return false
}

// inflected reports whether w may carry a Slavic case ending: Cyrillic,
// or Latin of five letters or more ending in a Polish case ending's last
// letter.
func inflected(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= 0xD0 && w[0] <= 0xD3 { // Cyrillic
		return true
	}
	return len(w) >= 5 && strings.IndexByte("aeuyimh", w[len(w)-1]) >= 0
}

// orgKind says what an organisation word does.
type orgKind uint8

const (
	orgNone  orgKind = iota
	orgType          // a type word, part of the name, out of the key
	orgMedia         // a media word, part of the name and the key
)

// orgWord reports whether a folded word is an organisation type word or
// media word, German compounds ("Außenministerium") and inflected
// Cyrillic and Polish forms included.
func orgWord(w string) orgKind {
	if orgTypeSet[w] {
		return orgType
	}
	if mediaSet[w] {
		return orgMedia
	}
	for _, suf := range []string{"ministerium", "partei", "agentur", "universität", "kommission"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return orgType
		}
	}
	for _, suf := range []string{"zeitung", "bank"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return orgMedia
		}
	}
	if inflected(w) {
		s := trimCaseEnding(w)
		for _, st := range orgStems {
			if s == st || strings.TrimSuffix(s, "и") == st {
				return orgType
			}
		}
	}
	return orgNone
}

// caseEndings are Russian, Ukrainian and Polish case endings, longest
// first, removed to match a stem ("министерства" -> "министерств").
var caseEndings = []string{"ого", "его", "ому", "ему", "ами", "ями", "ах", "ях", "ом", "ем", "ой", "ей",
	"ов", "ев", "ы", "и", "а", "я", "у", "ю", "е", "і", "owi", "ach", "ami", "em", "om", "ie", "a", "u", "y"}

// trimCaseEnding removes one case ending from w when four letters remain.
func trimCaseEnding(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range caseEndings {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 4 {
			return strings.TrimSuffix(w, e)
		}
	}
	return w
}

// isArabicTitle reports an Arabic or Persian title, rank or office, a
// one-letter proclitic allowed ("والرئيس", "للرئيس").
func isArabicTitle(w string) bool {
	if arTitleSet[w] || ar.IsNameCue(w) || fa.IsNameCue(w) {
		return true
	}
	if rest, ok := ar.StripProclitic(w); ok {
		return arTitleSet[rest] || ar.IsNameCue(rest) || fa.IsNameCue(rest)
	}
	return false
}

// arabicOrg reports an Arabic or Persian organisation word, a proclitic
// allowed ("لفيلق").
func arabicOrg(w string) bool {
	if arOrgSet[w] {
		return true
	}
	rest, ok := ar.StripProclitic(w)
	return ok && arOrgSet[rest]
}

// arabicStop reports an Arabic or Persian stop word.
func arabicStop(w string) bool { return ar.IsStop(w) || fa.IsStop(w) }

// isCalendar reports a month or weekday, in the singular or plural
// ("Sundays"), in any language the dates package reads.
func isCalendar(w string) bool {
	if calendarWord(w) {
		return true
	}
	t := strings.TrimSuffix(w, "s")
	return t != w && calendarWord(t)
}

// calendarWord reports a month or weekday name or abbreviation.
func calendarWord(w string) bool { return dates.IsMonthName(w) || dates.IsWeekdayName(w) }
