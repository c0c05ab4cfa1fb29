package quote

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/cue"
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

// cuePhrase is one speech or citation cue.
type cuePhrase struct {
	words []string // folded words; a phrase has several
	role  role
	kind  kind
	src   dir
	lang  string // the language it is limited to; "" for all
}

// cueLists says, for each list of cue.QuoteCues, where the speaker stands,
// what the cue marks and where the source stands.
var cueLists = []struct {
	list func(*cue.QuoteCues) []string
	role role
	kind kind
	src  dir
}{
	{func(c *cue.QuoteCues) []string { return c.SpeechVerbs }, roleVerb, kSpeech, dirBoth},
	{func(c *cue.QuoteCues) []string { return c.ReportVerbs }, roleVerb, kSpeech | kReport, dirBoth},
	{func(c *cue.QuoteCues) []string { return c.TellVerbs }, roleVerbBefore, kSpeech | kReport, dirAfter},
	{func(c *cue.QuoteCues) []string { return c.According }, roleAfter, kSpeech | kCite, dirAfter},
	{func(c *cue.QuoteCues) []string { return c.Citing }, roleAfter, kCite, dirAfter},
	{func(c *cue.QuoteCues) []string { return c.Participles }, roleParticiple, kSpeech, 0},
	{func(c *cue.QuoteCues) []string { return c.AsSaying }, roleAsSaying, kSpeech, 0},
	{func(c *cue.QuoteCues) []string { return c.Before }, roleBefore, kSpeech, 0},
	{func(c *cue.QuoteCues) []string { return c.CitedBefore }, roleBefore, kSpeech | kCite, dirBefore},
	{func(c *cue.QuoteCues) []string { return c.PostQuote }, rolePostOnly, kSpeech, 0},
}

var (
	cueOnce sync.Once
	// cueIndex maps a cue's first word to the cues starting with it.
	cueIndex map[string][]*cuePhrase
	// hanCues are the cues of the Han script, which has no spaces: a Han
	// run ending with one is a speaker and its verb ("王毅表示", "他说").
	hanCues []*cuePhrase
)

// loadCues fills cueIndex and hanCues from the cues of every language: the
// shared ones for all languages, each language's own for it alone.
func loadCues() {
	cueIndex = map[string][]*cuePhrase{}
	for _, code := range codes {
		q := languages[code]
		for _, set := range []struct {
			cues *cue.QuoteCues
			lang string
		}{{&q.Cues, ""}, {&q.OwnCues, code}} {
			for _, l := range cueLists {
				for _, phrase := range l.list(set.cues) {
					words := strings.Fields(phrase)
					if len(words) == 0 {
						continue
					}
					c := &cuePhrase{words: words, role: l.role, kind: l.kind, src: l.src, lang: set.lang}
					if r, _ := utf8.DecodeRuneInString(words[0]); unicode.Is(unicode.Han, r) {
						hanCues = append(hanCues, c)
						continue
					}
					for i, w := range words {
						words[i] = foldWord(w)
					}
					if !slices.ContainsFunc(cueIndex[words[0]], c.same) {
						cueIndex[words[0]] = append(cueIndex[words[0]], c)
					}
				}
			}
		}
	}
}

// same reports whether c and o are the same cue, given by two languages.
func (c *cuePhrase) same(o *cuePhrase) bool {
	return slices.Equal(c.words, o.words) && c.role == o.role && c.kind == o.kind && c.src == o.src && c.lang == o.lang
}

// allows reports whether c applies to language lang.
func (c *cuePhrase) allows(lang string) bool {
	return c.lang == "" || c.lang == lang
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
