// Package entity finds the people, organisations and places an article
// mentions, in any language and script, and gives each one a
// language-neutral key, so that "Qassem Soleimani", "Suleimani",
// "Süleyman", "قاسم سليماني" and "Сулеймани" are one entity within an
// article and across articles.
//
// No multilingual named-entity model exists in Go, so Find combines rules:
//
//   - In cased scripts (Latin, Cyrillic, Greek) a mention is a run of
//     capitalised words, with particles ("al", "bin", "von", "de", "of")
//     between them. Lines whose capitals say nothing (title-case
//     headlines, all-caps lines) are left to the second pass; a
//     sentence-initial word needs evidence (the article capitalises it
//     mid-sentence, or it is a known given name, title, cue word or
//     place); a German single word, like any capitalised common word, needs
//     a cue or an earlier mention.
//   - Titles and honorifics in many languages ("Major General",
//     "Präsident", "президент", "Cumhurbaşkanı", "الرئيس", "主席") mark
//     persons; organisation type words ("Force", "Ministry", "Partisi",
//     "министерство", "فيلق") mark organisations, media words ("News",
//     "Times", "Post") newspapers and agencies, descriptors ("newspaper",
//     "صحيفة") the name after them; the gazetteer
//     (internal/gazetteer), place words ("Airport", "Middle East") and
//     place prepositions ("in", "в", "في") mark places.
//   - In the Arabic script, which has no capitals, a person's name follows
//     a title or rank, starts with a common given name, or stands in
//     quotation marks (“قاسم سليماني”); an organisation follows its type
//     word (فيلق القدس); places come from the gazetteer, proclitics
//     (و ب ل ف ك) and the article ال removed.
//   - In Chinese, places come from the gazetteer and a person's name
//     follows a title (总统, 主席, 指挥官).
//   - A lone capitalised word no cue types is resolved by what the article
//     says elsewhere: the family name of a person found ("Soleimani" joins
//     "Qassem Soleimani"; a key of three consonants or fewer, "Assad", must
//     also be spelled as one of the person's mentions, so that "East" does
//     not join him), the core of an organisation found (a bare «al-Quds»
//     joins the Quds Force in Latin script), a place the gazetteer knows, a
//     truncated family name when only one person fits ("Soleiman"). Else an
//     acronym or an "al-X" form is an organisation, a word after a place
//     preposition a place, and a word capitalised mid-sentence twice or
//     more a person when it ends like a family name ("-ani", "-ov",
//     "-oğlu") and an organisation otherwise ("Reuters"). Demonyms
//     ("Iranian", "Iraqi": the gazetteer's places with a demonym ending),
//     type words alone ("Agency") and the rest are dropped.
//   - A second pass finds the later short mentions of what the first pass
//     found, wherever they stand: a surname alone ("Soleimani",
//     "الأسد"), a possessive ("Soleimani's", "Süleyman’ın"), a
//     sentence-initial or headline word, a word with an Arabic proclitic
//     ("لقاسم سليماني").
//
// # Keys
//
// Every name word gets a transliteration key (namekey.Key): a
// consonant skeleton after transliteration of Arabic, Persian and Cyrillic
// letters, with vowels dropped since the Arabic script writes no short
// vowels ("Soleimani", "Suleimani", "Sulejmani", "Süleyman", "سليماني",
// "Сулеймани" are all "slmn").
//
//   - A place the gazetteer knows has the key "place:" + its gazetteer id
//     ("place:iso:SY", "place:geonames:170654"), the same in every
//     language; another place has "place:" + the key of its name.
//   - A person has "person:" + the key of the family name, the last name
//     word ("person:slmn" for "Qassem Soleimani", "Soleimani" and "قاسم
//     سليماني" alike; "bin Salman" keeps its connector: "person:bnslmn"),
//     so that a person named by surname alone in one article matches the
//     full name in another. The risk is two people who share a family name
//     (Ali and Mojtaba Khamenei), or two names that share a skeleton
//     (Salman and Soleiman): across articles their keys meet. Entity.FullKey
//     keeps "person:" + the keys of all the name words ("person:ksm slmn")
//     when the article gives more than the family name; two entities whose
//     FullKeys are both full and differ are different people. Within one
//     article, of two people with one family-name key (Bashar and Hafez
//     al-Assad) the one mentioned most keeps it, as the same person would
//     in an article that names only him, the other gets its full key as
//     Key, and a bare "Assad" goes to the one mentioned most.
//   - An organisation has "org:" + the keys of its name words less its type
//     words ("Quds Force", "Qods Force", «al-Quds» and "فيلق القدس" are all
//     "org:kts"; "Jerusalem Post" is "org:jrslm bst", media words stay).
//
// # Names
//
// Beside the entities, Find gives the Names story similarity compares, from
// the same tokens and word lists: in cased scripts every capitalised run
// that survives trimming, typed or not, with less confidence than an
// entity; in the Arabic script the persons found.
//
// A Finder finds the entities of articles. It never logs, prints or fails:
// every input, even invalid UTF-8, gives a result (maybe empty). It is safe
// for concurrent use. It holds the gazetteer and caches the folding and
// classes of words, their keys, the gazetteer's answers and the demonyms
// across articles (up to a size its maker sets), as news repeats its words.
package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/analyze/tagger"
	"github.com/storyline/storyline/internal/cache"
	"github.com/storyline/storyline/internal/gazetteer"
	"github.com/storyline/storyline/internal/lang/token"
)

// Type is what kind of thing an entity is.
type Type string

// The types of entity.
const (
	Person       Type = "person"
	Organization Type = "organization"
	Place        Type = "place"
)

// Mention is one occurrence of an entity in the text.
type Mention struct {
	// Text is the mention as written: Text == text[Start:End]. A possessive
	// or case suffix after an apostrophe ("'s", "’ın") and an Arabic
	// proclitic letter (the ل of "لقاسم") are left out.
	Text string
	// Start and End are byte offsets in the text passed to Find.
	Start, End int
	// Type is the entity's type.
	Type Type
	// Key is the entity's key (Entity.Key).
	Key string
}

// Entity is one entity of an article with all its mentions.
type Entity struct {
	// Name is the canonical name: the most used Latin-script form in the
	// article if any, else the most used form; for gazetteer places the
	// English gazetteer name.
	Name string
	// Key is the language-neutral key: "place:geonames:170654" or
	// "place:iso:SY" for gazetteer places, else "person:", "org:" or
	// "place:" + transliteration key (see the package documentation).
	Key string
	// FullKey is the key of the whole name: for a person "person:" + the
	// keys of all name words when the article gives a given name
	// ("person:ksm slmn"), else Key. It tells apart two people who share a
	// family name.
	FullKey string
	// Type is what the entity is.
	Type Type
	// Mentions are the distinct surface forms as written, the most
	// frequent first (ties in order of first appearance).
	Mentions []string
	// Count is the number of mentions, in the title and the text.
	Count int
}

// Finder finds entities, with the gazetteer it holds and its caches. It is
// safe for concurrent use.
type Finder struct {
	places   *gazetteer.Gazetteer
	words    *cache.Cache[langWord, wordInfo]
	keys     *cache.Cache[string, string] // word -> analyze.NameKey
	lookups  *cache.Cache[string, gazHit] // name -> the gazetteer's answer
	demonyms *cache.Cache[string, bool]   // folded word -> a demonym?
	models   Models
}

// langWord is a word's text in a language, the key of the word cache.
type langWord struct{ lang, text string }

// NewFinder returns a Finder that looks places up in places and caches up
// to cacheSize entries of each kind (words, name keys, gazetteer answers,
// demonyms); 0 caches nothing, so that every article computes its words
// afresh. Where models (which may be nil) gives a language a learned
// tagger, its names are the mentions instead of the rules' (see Find).
func NewFinder(places *gazetteer.Gazetteer, cacheSize int, models Models) *Finder {
	return &Finder{
		places:   places,
		models:   models,
		words:    cache.New[langWord, wordInfo](cacheSize),
		keys:     cache.New[string, string](cacheSize),
		lookups:  cache.New[string, gazHit](cacheSize),
		demonyms: cache.New[string, bool](cacheSize),
	}
}

// Result is what Find finds in an article.
type Result struct {
	// Entities come most mentioned first (ties in order of first mention).
	Entities []Entity
	// Mentions are the mentions of the entities in the text only, in text
	// order, with offsets into the text; title mentions count in the
	// entities (Count, Mentions) but are not listed here, as their offsets
	// would point into another string.
	Mentions []Mention
	// Names are what story similarity compares: the names of cased
	// scripts, found with less confidence than entities and not typed,
	// the most mentioned first, then the persons named in the Arabic
	// script (see Name).
	Names []Name
}

// Find finds the entities and names of an article's title and text in
// language lang (ISO 639-1 or "und"), each tokenised once by the caller
// (token.NewSegment). When the Finder's models give the language a learned
// tagger, the mentions are the names it tags, typed as it says, in place
// of the rules' first pass, with the rules' confident persons where it
// tagged nothing (see addConfident); the rest (keys, canonical names, short forms
// joined to full names, later mentions, the gazetteer's places) is the
// same either way, and so are the names of cased scripts.
func (fd *Finder) Find(lang string, title, text token.Segment) Result {
	f := fd.newFinder(lang, title, text)
	var m *tagger.Model
	if fd.models != nil {
		m = fd.models(lang)
	}
	var r *finder
	if m != nil {
		r = f.clone()
		f.tag(m)
		f.addConfident(r)
	} else {
		f.scan()
	}
	names := f.names()
	groups := f.resolve()
	f.sweep(groups)
	ents, ments := f.assemble(groups)
	// Similarity compares the Arabic-script persons the rules find (typed
	// by a title, a given name or quotation marks): measured on SemEval,
	// they match stories better than the tagger's.
	persons := ents
	if r != nil && (lang == "ar" || lang == "fa") {
		rg := r.resolve()
		r.sweep(rg)
		persons, _ = r.assemble(rg)
	}
	return Result{Entities: ents, Mentions: ments, Names: uncasedNames(names, persons)}
}

// group is one entity being assembled.
type group struct {
	typ     Type
	cands   []*cand
	keys    []string // the name words' keys of the longest name
	full    string   // keys joined by spaces
	surname string   // the family name's key (persons)
	core    string   // the key without type words (organisations)
	placeID string   // gazetteer id
	place   string   // gazetteer English name
	first   int      // order of first mention
	key     string
	fullKey string
}

// count returns the group's number of mentions.
func (g *group) count() int { return len(g.cands) }

// assemble turns the groups into entities and mentions.
func (f *finder) assemble(groups []*group) ([]Entity, []Mention) {
	var live []*group
	for _, g := range groups {
		if len(g.cands) > 0 && g.typ != "" {
			live = append(live, g)
		}
	}
	f.setKeys(live)
	ents := make([]Entity, 0, len(live))
	var ments []Mention
	for _, g := range live {
		for _, c := range g.cands {
			if c.seg == 1 {
				ments = append(ments, Mention{Text: f.segs[1].src[c.start:c.end], Start: c.start, End: c.end, Type: g.typ, Key: g.key})
			}
		}
		ents = append(ents, Entity{
			Name:     f.canonical(g),
			Key:      g.key,
			FullKey:  g.fullKey,
			Type:     g.typ,
			Mentions: forms(f, g),
			Count:    g.count(),
		})
	}
	order := make([]int, len(ents))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ga, gb := live[order[a]], live[order[b]]
		if ga.count() != gb.count() {
			return ga.count() > gb.count()
		}
		return ga.first < gb.first
	})
	sorted := make([]Entity, len(ents))
	for i, k := range order {
		sorted[i] = ents[k]
	}
	sort.Slice(ments, func(a, b int) bool { return ments[a].Start < ments[b].Start })
	return sorted, ments
}

// setKeys gives each group its key and full key, the full key as key for
// persons that share a family-name key in the article but the one
// mentioned most, and merges groups left with one key.
func (f *finder) setKeys(gs []*group) {
	surnames := map[string]map[string]bool{}
	top := map[string]*group{} // the full name mentioned most of each family name
	for _, g := range gs {
		if g.typ == Person {
			if surnames[g.surname] == nil {
				surnames[g.surname] = map[string]bool{}
			}
			surnames[g.surname][g.full] = true
			if t := top[g.surname]; len(g.keys) > 1 && (t == nil || g.count() > t.count() || g.count() == t.count() && g.first < t.first) {
				top[g.surname] = g
			}
		}
	}
	for _, g := range gs {
		full := g.full
		switch g.typ {
		case Place:
			if g.placeID != "" {
				g.key = "place:" + g.placeID
			} else {
				g.key = "place:" + full
			}
			g.fullKey = g.key
		case Organization:
			g.key = "org:" + g.core
			g.fullKey = "org:" + full
		case Person:
			g.key = "person:" + g.surname
			g.fullKey = "person:" + full
			if len(surnames[g.surname]) > 1 && len(g.keys) > 1 && top[g.surname] != g {
				g.key = g.fullKey
			}
		}
	}
}

// forms returns the distinct surface forms of a group, most frequent
// first.
func forms(f *finder, g *group) []string {
	n := map[string]int{}
	var order []string
	for _, c := range g.cands {
		s := f.text(c)
		if n[s] == 0 {
			order = append(order, s)
		}
		n[s]++
	}
	sort.SliceStable(order, func(a, b int) bool { return n[order[a]] > n[order[b]] })
	return order
}

// canonical returns a group's canonical name: the gazetteer's English name
// for a gazetteer place, else the most used Latin-script form, else the
// most used form; ties go to the longer form.
func (f *finder) canonical(g *group) string {
	if g.place != "" {
		return g.place
	}
	n := map[string]int{}
	first := map[string]int{}
	for i, c := range g.cands {
		s := f.text(c)
		if _, ok := first[s]; !ok {
			first[s] = i
		}
		n[s]++
	}
	best, bestLatin := "", false
	for s := range n {
		latin := isLatin(s)
		switch {
		case best == "":
		case latin != bestLatin:
			if !latin {
				continue
			}
		case n[s] != n[best]:
			if n[s] < n[best] {
				continue
			}
		case len(strings.Fields(s)) != len(strings.Fields(best)):
			if len(strings.Fields(s)) < len(strings.Fields(best)) {
				continue
			}
		case first[s] > first[best]:
			continue
		}
		best, bestLatin = s, latin
	}
	return best
}

// isLatin reports whether the first letter of s is a Latin one.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Latin, r)
		}
	}
	return false
}

// text returns a candidate's text as written.
func (f *finder) text(c *cand) string {
	return f.segs[c.seg].src[c.start:c.end]
}

// runeLen is utf8.RuneCountInString.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
