package cue

// Quotes holds a language's words for finding quotations, who said them and
// the sources an article cites. Words are written lowercase, as the
// language writes them; the quote stage folds them as it folds text.
//
// News quotes across languages and a text's language may be misjudged, so
// the words of every list are looked for in text of any language, except
// OwnCues and the pronouns written in the Latin script, which count only
// in text of their language.
type Quotes struct {
	// Cues are the speech and citation cues, looked for in text of any
	// language.
	Cues QuoteCues
	// OwnCues are cues looked for only in text of this language, where they
	// win over a cue of the same words from Cues: elsewhere they are common
	// words (German "so") or mean something else (Russian "заявив" is a
	// participle, Ukrainian "заявив" a past tense).
	OwnCues QuoteCues

	// Determiners open a noun phrase ("the official", "le ministre") and
	// are never a name by themselves.
	Determiners []string
	// SubjectPronouns stand for a person named before, as the subject of a
	// speech verb ("he said"). Those of the Latin script are another
	// language's articles or prepositions (Italian "il", Spanish "he"), so
	// they count only in text of this language.
	SubjectPronouns []string
	// ObjectPronouns stand for a person named before, as an object ("quotes
	// him as saying"); Latin-script ones count in this language only.
	ObjectPronouns []string
	// Latter pick the second of two persons just named ("the latter").
	Latter []string
	// Former pick the first of two persons just named ("the former").
	Former []string
	// Complementizers introduce the content of what is said ("said that").
	Complementizers []string
	// GluedComplementizers are the complementizers a scraped text may glue
	// to the speech verb before them ("arguedthat"); matched as written,
	// ignoring case.
	GluedComplementizers []string
	// Conjunctions join clauses; a verb right after one shares the subject
	// of the clause before ("the General ... and explained"). The words
	// for "and" are cue.Names.Conjunctions, read here too; these are the
	// others ("but", "while").
	Conjunctions []string
	// ClauseOpeners, besides complementizers and conjunctions, stand right
	// before the subject of a new clause ("when", "because").
	ClauseOpeners []string
	// Auxiliaries, and adverbs, stand between a subject and its speech verb
	// ("Flark also noted", "has said", "a déclaré").
	Auxiliaries []string
	// Connectors may stand inside a capitalised name of an organisation
	// ("Ministry of Foreign Affairs"); inside any name, so may the
	// particles of persons' names (cue.Names.Particles: "Bashar al-Assad",
	// "Ursula von der Leyen").
	Connectors []string
	// SpeakerNouns head the description of a speaker who is a person ("the
	// official", "a Syrian source", "le porte-parole").
	SpeakerNouns []string
	// SpeakerBodies head the description of a speaker who is no person: an
	// institution or what it issued ("the ministry", "a statement").
	SpeakerBodies []string
	// Descriptors name a kind of news outlet ("the Israeli newspaper
	// Haaretz", "агентство ..."): a name next to one is a cited source.
	Descriptors []string
	// DescriptorPrefixes begin descriptors that take suffixes (Turkish
	// "gazetesi", "ajansının").
	DescriptorPrefixes []string
	// MediaWords, inside a name, say the name is a news outlet ("Fox News",
	// "Jerusalem Post").
	MediaWords []string
	// MediaEndings end, in a script without spaces, the name of a news
	// outlet (Chinese 社 "agency" in 新华社).
	MediaEndings []string
	// GenericHeads after a capitalised word show it is an adjective, not a
	// name ("Arab sources", "Western intelligence").
	GenericHeads []string
	// Demonyms are adjectives of nationality that look like names but name
	// no outlet ("the Arab newspaper") and that DemonymEndings miss.
	Demonyms []string
	// DemonymEndings end most adjectives of nationality ("Lebanese",
	// "Syrian").
	DemonymEndings []string
	// CiteFillers may stand between a citing cue and the source it names
	// ("according to a report released by the ...", "selon un rapport de").
	CiteFillers []string
	// CitePrefixes, in a script without spaces, are glued before the name
	// of a cited source (Chinese 据 "according to" in 据新华社报道).
	CitePrefixes []string
	// Elisions are the articles and particles written before an apostrophe
	// and split off the word after it ("l'AFP", "d'après", "dell'ANSA").
	Elisions []string
	// NounDeterminers stand before nouns only, so a cue word after one is
	// a noun ("the writing on the poster").
	NounDeterminers []string
	// NameLinks join the words of a name in a script without capitals
	// (Arabic عبد "servant of", بن "son of").
	NameLinks []string
	// LatinArticles are the spellings in Latin letters of the language's
	// article before a name ("al-", "as-", "el-"), left out of a source's
	// key when hyphenated.
	LatinArticles []string
}

// QuoteCues are the cues of speech and citation, one list per role: where
// the speaker or source stands and what the cue marks. Each entry is a
// phrase of one or more words separated by spaces, split as the tokenizer
// splits text ("d' après": the elided article is a token of its own). A
// phrase in a script without spaces (Chinese) is a verb found at the end
// of a run of that script ("王毅表示").
type QuoteCues struct {
	// SpeechVerbs mark reported speech; the speaker is their subject,
	// before them ("Mikdad said") or after them when inverted ("said the
	// official", "قال المسؤول").
	SpeechVerbs []string
	// ReportVerbs are speech verbs that report ("wrote", "reported",
	// "пишет"): a name they point at is a cited source unless it is a
	// person.
	ReportVerbs []string
	// TellVerbs report speech with the speaker before them and the hearer
	// after ("Ayyoub told reporters").
	TellVerbs []string
	// According mark speech whose speaker follows, a cited source
	// ("according to Flark", "по словам", "بحسب").
	According []string
	// Citing point at a cited source that follows, whoever it is
	// ("citing", "speaking to", "по данным", "به گزارش").
	Citing []string
	// Participles mark speech whose speaker is the subject of the clause
	// they hang on ("..., telling him that", "قائلا").
	Participles []string
	// AsSaying mark speech in "X quotes Y as saying": the speaker is the
	// object before them, the reporter the subject before the verb.
	AsSaying []string
	// Before mark speech whose speaker precedes them (Arabic "فلارك قوله").
	Before []string
	// CitedBefore mark speech whose speaker precedes them and is a cited
	// source ("Reuters'e göre", "der Zeitung zufolge").
	CitedBefore []string
	// PostQuote mark a quotation only right after it, with the speaker
	// after them ("„...“, so Merkel").
	PostQuote []string
}
