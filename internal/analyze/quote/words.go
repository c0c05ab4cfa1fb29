package quote

import (
	"strings"

	"github.com/storyline/storyline/internal/lang/ar"
)

// Word lists. Every word is written folded (lowercase; Arabic script as
// ar.Normalize leaves it, which Fold applies to the tables when they load).
// They are grammar, not names: articles, pronouns, the nouns that head a
// speaker's description, the words that name a kind of news outlet.

// determiners open a noun phrase ("the official", "a Syrian source",
// "le ministre"). They are never a name by themselves.
var determiners = wordSet(`
	the a an this these his her its their one another some two three four
	several many
	le la les l' un une ce cette ces
	el los las una unos unas
	il lo gli i
	der die das den dem des ein eine einer einem eines
	o os as um uma`)

// subjectPronouns and objectPronouns stand for a person named earlier.
// Latin-script pronouns are other languages' articles or prepositions
// (Italian "il", English "on", Spanish "he"), so they count only in their
// language; those of other scripts count everywhere.
var subjectPronouns = map[string]map[string]bool{
	"":   wordSet(`он она він вона هو هي او 他 她`),
	"en": wordSet(`he she`),
	"de": wordSet(`er sie`),
	"fr": wordSet(`il elle`),
	"es": wordSet(`él ella`),
	"it": wordSet(`lui lei egli`),
	"pt": wordSet(`ele ela`),
	"pl": wordSet(`on ona`),
	"tr": wordSet(`o`),
}

var objectPronouns = map[string]map[string]bool{
	"":   wordSet(`его её ее`),
	"en": wordSet(`him her`),
}

// pronounIn reports whether w is a pronoun of table for language lang (an
// unknown language uses the English words).
func pronounIn(table map[string]map[string]bool, lang, w string) bool {
	if table[""][w] {
		return true
	}
	if l, ok := table[lang]; ok {
		return l[w]
	}
	return table["en"][w]
}

// anaphors pick one of two persons just named: "the latter" is the second,
// "the former" the first. The value says which: true for the latter.
var anaphors = map[string]bool{
	"latter": true, "former": false,
	"последний": true, "последняя": true, "первый": false,
	"dernier": true, "dernière": true,
	"último": true, "última": true,
	"letzterer": true, "letztere": true, "ersterer": false, "erstere": false,
	"الاخير": true, "الاخيره": true,
}

// complementizers introduce the content of what is said ("said that ...").
var complementizers = wordSet(`
	that dass que qu' qu che что чтобы що że ki
	ان بان انه انها
	كه`)

// conjunctions join clauses; a verb right after one shares the subject of
// the clause before ("the General ... and explained").
var conjunctions = wordSet(`and but while и но а и та und aber et mais y pero
	e ma i ale ve ama و ثم`)

// clauseOpeners, besides complementizers and conjunctions, stand right
// before the subject of a new clause.
var clauseOpeners = wordSet(`when because after before as since although
	where whereas which`)

// auxiliaries and adverbs stand between a subject and its speech verb
// ("Flark also noted", "has said", "a déclaré", "ha detto").
var auxiliaries = wordSet(`
	also has have had was were is are will would later then further
	previously earlier reportedly again once recently repeatedly publicly
	separately subsequently had just never
	a ont avait aussi également encore t
	ha hanno aveva anche
	había han también
	hat habe hatte auch noch
	также тоже ранее еще ещё уже же
	też także również
	ayrıca
	قد وقد كما ايضا
	هم نيز`)

// connectors may stand inside a capitalised name ("Center for Public
// Affairs", "Bashar al-Assad", "Ministry of Foreign Affairs").
var connectors = wordSet(`of for al el bin ibn bint abu de da di del della du
	des van von der den y la le aş ul`)

// speakerNouns head a description of a speaker ("the official", "a
// Syrian source", "le porte-parole"). person tells which describe a person.
var speakerNouns = map[string]bool{
	"official": true, "officials": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "source": true, "sources": true, "minister": true,
	"president": true, "analyst": true, "analysts": true, "expert": true,
	"experts": true, "diplomat": true, "diplomats": true, "officer": true,
	"commander": true, "lawmaker": true, "leader": true, "witness": true,
	"witnesses": true, "resident": true, "residents": true, "activist": true,
	"ambassador": true, "envoy": true, "aide": true, "adviser": true,
	"advisor": true, "chief": true, "head": true, "director": true,
	"secretary": true, "prosecutor": true, "governor": true, "mayor": true,
	"senator": true, "general": true, "colonel": true, "premier": true,
	"chancellor": true, "statement": false,
	"ministry": false, "government": false, "agency": false, "army": false,
	"military": false, "police": false, "office": false, "embassy": false,
	"представитель": true, "источник": true, "министр": true,
	"пресс-секретарь": true, "эксперт": true, "аналитик": true,
	"собеседник": true, "чиновник": true, "министерство": false, "мид": false,
	"президент": true, "премьер": true, "премьер-министр": true, "глава": true,
	"ministre": true, "porte-parole": true, "responsable": true,
	"président": true, "présidente": true, "chef": true,
	"diplomate": true, "analyste": true, "ministère": false,
	"ministro": true, "portavoz": true, "fuente": true, "funcionario": true,
	"experto": true, "ministerio": false, "portavoce": true, "fonte": true,
	"presidente": true, "presidenta": true, "jefe": true,
	"funzionario": true, "esperto": true, "ministero": false,
	"sprecher": true, "sprecherin": true, "ministerium": false,
	"kanzler": true, "bundeskanzler": true, "bundeskanzlerin": true,
	"präsident": true, "präsidentin": true,
	"rzecznik": true, "źródło": true, "ekspert": true, "ministerstwo": false,
	"prezydent": true, "szef": true,
	"bakan": true, "sözcü": true, "yetkili": true, "uzman": true,
	"cumhurbaşkanı": true, "başbakan": true,
	"مصدر": true, "مسؤول": true, "المتحدث": true, "الناطق": true,
	"وزير": true, "محلل": true, "خبير": true, "المصدر": true, "المسؤول": true,
	"الوزير": true, "وزاره": false, "الوزاره": false, "الرئيس": true,
	"رئيس": true,
}

// descriptors name a kind of news outlet ("the Israeli newspaper Haaretz",
// "Fox News channel", "صحيفة ...", "агентство ..."). A name next to one is
// a source.
var descriptors = wordSet(`
	newspaper daily agency channel broadcaster website site magazine weekly
	outlet tabloid network television tv station portal publication paper
	news journal wire
	газета газеты газете газету издание издания агентство агентства
	информагентство телеканал телеканала радиостанция портал сайт журнал
	еженедельник видання агенція
	zeitung tageszeitung wochenzeitung nachrichtenagentur agentur sender
	magazin blatt
	journal quotidien agence chaîne hebdomadaire magazine
	diario periódico agencia cadena canal revista rotativo emisora
	quotidiano giornale agenzia rete emittente settimanale sito testata
	gazeta dziennik agencja tygodnik stacja telewizja serwis
	صحيفه جريده وكاله قناه موقع مجله تلفزيون اذاعه شبكه الانباء انباء
	روزنامه خبرگزاري شبكه سايت پايگاه نشريه`)

// descriptorPrefixes are descriptors that take suffixes (Turkish
// "gazetesi", "ajansının").
var descriptorPrefixes = []string{"gazete", "ajans", "kanal", "dergi", "televizyon"}

// mediaWords, inside a name, say the name is a news outlet ("Fox News",
// "The New York Times", "Jerusalem Post").
var mediaWords = wordSet(`news times post press agency radio tv herald journal
	gazette tribune daily telegraph guardian observer express mail chronicle
	courier wire ria tass новости ajansı haber zeitung presse`)

// genericHeads after a capitalised word show it is an adjective, not a
// name ("Arab sources", "Western intelligence").
var genericHeads = wordSet(`sources source officials official media
	intelligence diplomats analysts experts authorities government leaders
	circles security reports press forces military army`)

// demonyms are adjectives of nationality that look like names but name no
// outlet ("the Arab newspaper"); most are caught by their endings.
var demonyms = wordSet(`arab thai swiss greek french dutch czech welsh irish
	scottish`)

var demonymEndings = []string{"ian", "ean", "ese", "ish", "i", "ic", "an"}

// citeFillers may stand between a citing cue and the source it names:
// "according to a report released by the ...", "selon un rapport de".
var citeFillers = wordSet(`report reports statement statements data
	information news article articles interview study survey analysis
	figures estimates document documents assessment findings account
	released published issued compiled prepared carried conducted made
	by of from in on
	rapport rapports données informations étude selon publié de du des
	informe datos estudio del
	rapporto dati studio di della dello
	bericht berichten angaben studie der des einem einer
	отчет отчёт доклад данным данных сообщению
	raport danych dane`)

// sourceLabels begin a credit line: "Source: Sozcu", "Kaynak: AA".
var sourceLabels = wordSet(`source sources kaynak источник джерело المصدر منبع
	quelle fuente fonte źródło 来源`)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = wordSet(`mr mrs ms dr gen col lt sgt capt maj adm gov sen
	rep prof st jr sr no vs etc m mme hr fr sra sig ing jan feb mar apr jun
	jul aug sep sept oct nov dec`)

// arabicNameLinks make an Arabic name longer: عبد (servant of), أبو
// (father of), بن/ابن (son of), آل (family of).
var arabicNameLinks = wordSet(`عبد أبو بن ابن بنت آل`)

// sovLanguages put the verb last, so a speaker may stand anywhere before
// the verb in its clause.
var sovLanguages = wordSet(`tr fa ja ko hi ur az`)

// vsoLanguages put the verb first: "قال المسؤول: ..." names the speaker
// after the verb even when more words follow before the quote.
var vsoLanguages = wordSet(`ar`)

// wordSet returns the set of the space-separated words of s, folded.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[foldWord(w)] = true
	}
	return m
}

// foldWord folds a table word the way tokens are folded: lowercase, and
// Arabic-script spelling variants normalised.
func foldWord(w string) string {
	return ar.Normalize(strings.ToLower(w))
}
