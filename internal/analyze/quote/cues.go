package quote

import (
	"strings"
	"sync"
)

// role says where a cue's speaker stands.
type role uint8

const (
	// roleVerb: a speech verb; the speaker is its subject, before it
	// ("Mikdad said") or after it when inverted ("said the official",
	// "قال المسؤول").
	roleVerb role = iota
	// roleVerbBefore: the subject stands before; what follows is the
	// hearer ("Ayyoub told reporters").
	roleVerbBefore
	// roleAfter: the speaker follows ("according to Flark", "по словам",
	// "بحسب").
	roleAfter
	// roleBefore: the speaker precedes ("Reuters'e göre", "der Zeitung
	// zufolge", "فلارك قوله").
	roleBefore
	// roleParticiple: the speaker is the subject of the clause the
	// participle hangs on ("..., telling him that", "قائلا").
	roleParticiple
	// roleAsSaying: "quotes him as saying": the speaker is the object
	// before "as", the reporter the subject before the verb.
	roleAsSaying
	// rolePostOnly: marks a quote only right after it, speaker after
	// ("„...“, so Merkel").
	rolePostOnly
)

// kind says what a cue marks.
type kind uint8

const (
	// kSpeech marks reported speech: a quote nearby is someone's words.
	kSpeech kind = 1 << iota
	// kCite points at a cited source, whoever it is ("according to",
	// "citing", "speaking to", "по данным", "به گزارش").
	kCite
	// kReport is a reporting verb ("wrote", "reported", "пишет", "أفادت"):
	// a name it points at is a source unless it is a person.
	kReport
)

// dir says on which side a cue's source stands.
type dir uint8

const (
	dirAfter dir = 1 << iota
	dirBefore
	dirBoth = dirAfter | dirBefore
)

// cue is one speech or citation cue.
type cue struct {
	words []string // folded words; a phrase has several
	role  role
	kind  kind
	src   dir
	langs string // space-separated languages it is limited to; "" for all
}

// cueSpecs lists the cues by language. Phrases are separated by commas;
// the words of a phrase by spaces ("d' après" is two tokens).
var cueSpecs = []struct {
	langs string
	role  role
	kind  kind
	src   dir
	list  string
}{
	// English.
	{"", roleVerb, kSpeech, dirBoth, `said, says, say, added, adds, stated,
		states, noted, notes, explained, explains, stressed, stresses,
		emphasized, emphasised, insisted, insists, warned, warns, declared,
		declares, announced, announces, claimed, claims, argued, argues,
		asserted, asserts, affirmed, affirms, confirmed, confirms, disclosed,
		discloses, revealed, reveals, recalled, recalls, replied, replies,
		responded, responds, answered, remarked, remarks, commented,
		comments, exclaimed, exclaims, observed, observes, admitted, admits,
		acknowledged, acknowledges, urged, urges, conceded, concedes,
		complained, complains, concluded, concludes, maintained, maintains,
		contended, contends, tweeted, pointed out, went on`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `wrote, writes, reported, reports,
		published, publishes, quotes, quoted`},
	{"", roleVerbBefore, kSpeech | kReport, dirAfter, `told, tells`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `according to, in the words of`},
	{"", roleAfter, kCite, dirAfter, `citing, quoting, cited, cites, speaking to,
		reported by, as reported by, in an interview with`},
	{"", roleParticiple, kSpeech, 0, `saying, telling, adding, noting, stressing,
		warning, explaining, insisting, arguing, declaring, claiming,
		asserting, recalling, writing`},
	{"", roleAsSaying, kSpeech, 0, `as saying, as telling`},

	// Arabic (folded: hamza carriers and tanween go).
	{"", roleVerb, kSpeech, dirBoth, `قال, قالت, يقول, تقول, أكد, أكدت, يؤكد,
		تؤكد, أضاف, أضافت, يضيف, تضيف, أشار, أشارت, يشير, تشير, صرح, صرحت,
		أوضح, أوضحت, تابع, تابعت, لفت, لفتت, اعتبر, اعتبرت, شدد, شددت, أعلن,
		أعلنت`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `أفاد, أفادت, ذكر, ذكرت, كتب,
		كتبت, نقلت, أورد, أوردت, نشرت, كشف, كشفت`},
	{"", roleParticiple, kSpeech, 0, `قائلا, قائلة, مضيفا, مضيفة, مؤكدا, مؤكدة,
		موضحا, موضحة, مشيرا, مشيرة, معتبرا`},
	{"", roleBefore, kSpeech, 0, `قوله, قولها, تصريحه, تصريحها`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `بحسب, حسب, وفقا, وفق, طبقا,
		نقلا عن, على لسان`},

	// Persian.
	{"", roleVerb, kSpeech, dirBoth, `گفت, افزود, اظهار داشت, تصریح کرد,
		عنوان کرد, بیان کرد, خاطرنشان کرد, تاکید کرد, اعلام کرد`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `نوشت, گزارش داد`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `به گفته, به نقل از`},
	{"", roleAfter, kCite, dirAfter, `به گزارش, طبق گزارش, بنا بر گزارش`},

	// Russian and Ukrainian.
	{"", roleVerb, kSpeech, dirBoth, `заявил, заявила, заявили, сказал,
		сказала, сказали, сообщил, сообщила, сообщили, отметил, отметила,
		отметили, подчеркнул, подчеркнула, добавил, добавила, пояснил,
		пояснила, признал, признала, говорит, говорят, заявляет, отмечает,
		подчеркивает, утверждает, утверждают, рассказал, рассказала,
		повідомив, повідомила, зазначив, зазначила, додав, додала,
		наголосив, наголосила`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `пишет, пишут, написал, написала,
		сообщает, сообщают, передает, передаёт, цитирует, повідомляє, пише`},
	{"ru", roleParticiple, kSpeech, 0, `заявив, отметив, подчеркнув, добавив,
		сказав`},
	{"", roleVerb, kSpeech, dirBoth, `заявив, сказав`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `по словам, за словами`},
	{"", roleAfter, kCite, dirAfter, `по данным, по информации, со ссылкой на,
		по сообщению, за даними`},

	// Turkish.
	{"", roleVerb, kSpeech, dirBoth, `dedi, söyledi, açıkladı, belirtti,
		ifade etti, kaydetti, vurguladı, diye konuştu, aktardı, dile getirdi`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `bildirdi, yazdı, duyurdu`},
	{"", roleBefore, kSpeech | kCite, dirBefore, `göre`},
	{"", roleParticiple, kSpeech, 0, `diyerek`},

	// German.
	{"", roleVerb, kSpeech, dirBoth, `sagte, sagt, sagten, erklärte, erklärt,
		erklärten, betonte, betont, meinte, meint, fügte, warnte, warnt`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `berichtete, berichtet, schreibt,
		schrieb, meldet, meldete`},
	{"de", rolePostOnly, kSpeech, 0, `so`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `laut`},
	{"", roleAfter, kCite, dirAfter, `nach angaben`},
	{"", roleBefore, kSpeech | kCite, dirBefore, `zufolge`},

	// French.
	{"", roleVerb, kSpeech, dirBoth, `déclaré, dit, affirmé, ajouté, souligné,
		expliqué, indiqué, estimé, précisé, assuré, déclare, affirme,
		explique, estime, indique, précise, souligne, ajoute, assure`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `rapporte, rapporté, écrit`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `selon, d' après`},
	{"", roleAfter, kCite, dirAfter, `citant, citando`},
	{"", roleParticiple, kSpeech, 0, `ajoutant, déclarant, affirmant,
		soulignant, expliquant`},

	// Spanish, Italian, Portuguese.
	{"", roleVerb, kSpeech, dirBoth, `dijo, afirmó, declaró, aseguró, señaló,
		explicó, añadió, agregó, indicó, manifestó, sostuvo, advirtió,
		afirma, asegura, detto, dichiarato, affermato, spiegato, aggiunto,
		sottolineato, afferma, spiega, disse, afirmou, declarou`},
	{"es it", roleVerb, kSpeech, dirBoth, `dice`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `informó, publicó, reportó,
		informa, publica, riporta, scrive, riferito`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `según, de acuerdo con, secondo`},
	{"pt", roleAfter, kSpeech | kCite, dirAfter, `segundo`},
	{"", roleParticiple, kSpeech, 0, `añadiendo, diciendo, agregando,
		aggiungendo, dicendo`},

	// Polish.
	{"", roleVerb, kSpeech, dirBoth, `powiedział, powiedziała, stwierdził,
		stwierdziła, dodał, dodała, podkreślił, podkreśliła, oświadczył,
		oświadczyła, zaznaczył, zaznaczyła, mówi`},
	{"", roleVerb, kSpeech | kReport, dirBoth, `podała, podał, podaje, pisze,
		informuje`},
	{"", roleAfter, kSpeech | kCite, dirAfter, `według`},
	{"", roleParticiple, kSpeech, 0, `dodając, mówiąc`},
}

// hanCues are the Chinese speech verbs; a Han run ending with one is a
// speaker and its verb ("王毅表示", "他说").
var hanCues = []struct {
	verb string
	kind kind
}{
	{"表示", kSpeech}, {"指出", kSpeech}, {"强调", kSpeech}, {"透露", kSpeech},
	{"宣布", kSpeech}, {"认为", kSpeech}, {"说道", kSpeech}, {"坦言", kSpeech},
	{"回应", kSpeech}, {"说", kSpeech}, {"称", kSpeech},
	{"报道", kSpeech | kReport}, {"报导", kSpeech | kReport}, {"写道", kSpeech | kReport},
}

var (
	cueOnce sync.Once
	// cueIndex maps a cue's first word to the cues starting with it.
	cueIndex map[string][]*cue
	// folded copies of the maps keyed by table words.
	speakerNounSet map[string]bool
	anaphorSet     map[string]bool
)

func loadCues() {
	cueIndex = map[string][]*cue{}
	for _, spec := range cueSpecs {
		for _, phrase := range strings.Split(spec.list, ",") {
			words := strings.Fields(phrase)
			if len(words) == 0 {
				continue
			}
			for i, w := range words {
				words[i] = foldWord(w)
			}
			c := &cue{words: words, role: spec.role, kind: spec.kind, src: spec.src, langs: spec.langs}
			cueIndex[words[0]] = append(cueIndex[words[0]], c)
		}
	}
	speakerNounSet = map[string]bool{}
	for w, person := range speakerNouns {
		speakerNounSet[foldWord(w)] = person
	}
	anaphorSet = map[string]bool{}
	for w, latter := range anaphors {
		anaphorSet[foldWord(w)] = latter
	}
}

// allows reports whether c applies to language lang.
func (c *cue) allows(lang string) bool {
	if c.langs == "" {
		return true
	}
	for _, l := range strings.Fields(c.langs) {
		if l == lang {
			return true
		}
	}
	return false
}

// isCueWord reports whether w (folded) is a one-word cue, which a scraped
// text may glue to the next word ("arguedthat", "notesNEWSru").
func isCueWord(w string) bool {
	for _, c := range cueIndex[w] {
		if len(c.words) == 1 {
			return true
		}
	}
	return false
}
