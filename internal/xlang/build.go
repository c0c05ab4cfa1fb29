package xlang

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/token"
)

const (
	// maxConcepts is how many concepts a term maps to.
	maxConcepts = 3
	// maxCandidates is how many candidate concepts a key keeps while the
	// table is built.
	maxCandidates = 10
	// keepShare drops a candidate whose weight is below this share of the
	// best one's: a rare sense is noise next to the common one.
	keepShare = 0.3
	// reverseWeight scales what an English-to-X dictionary says about an
	// X word: that "deprem" is a translation of "earthquake" says less
	// about "deprem" than a Turkish-to-English entry for it would.
	reverseWeight = 0.5
	// maxPhraseTerms is the longest phrase, in terms, whose words are keys
	// for the phrase's concepts when they have no entry of their own
	// ("trzęsienie ziemi": "trzęsienie" gets "earthquake").
	maxPhraseTerms = 3
	// idBits is the width of one concept id in a packed key value.
	idBits = 21
	// maxIDs is how many distinct concepts one language can hold.
	maxIDs = 1<<idBits - 1
)

// table maps the stems of one language to English concepts.
type table struct {
	// concepts are the English concept stems; ids index it.
	concepts []string
	// keys holds up to three concept ids per stem, each plus one, packed
	// idBits apart, the best first: a map of fixed-size values costs far
	// less than a map of slices.
	keys map[string]uint64
}

// lookup returns the concepts of stem, nil when there are none.
func (t *table) lookup(stem string) []string {
	v, ok := t.keys[stem]
	if !ok {
		return nil
	}
	out := make([]string, 0, maxConcepts)
	for ; v != 0; v >>= idBits {
		if id := v & maxIDs; id != 0 {
			out = append(out, t.concepts[id-1])
		}
	}
	return out
}

// cand is a candidate concept of a key while the table is built.
type cand struct {
	id  uint32
	w   float32
	seq uint32 // order of first sight, for stable ties
}

// builder builds the table of one language from the votes of its
// dictionaries' entries.
type builder struct {
	lang     string
	ids      map[string]uint32
	concepts []string
	// primary holds the votes for keys met as one-word headwords or
	// translations; fallback those for words of short phrases and from
	// pivot dictionaries, which count only for words that the primary
	// votes say little about.
	primary, fallback map[string][]cand
	seq               uint32
	// voter turns entries into votes when the builder works alone
	// (tests); the pipeline gives each worker its own.
	*voter
}

func newBuilder(lang string) *builder {
	b := &builder{
		lang:     lang,
		ids:      map[string]uint32{},
		primary:  map[string][]cand{},
		fallback: map[string][]cand{},
		voter:    newVoter(lang),
	}
	b.voter.emit = b.apply
	return b
}

// vote is one vote of an entry for a concept of a key.
type vote struct {
	key, concept string
	w            float32
	fallback     bool
}

// apply counts a vote.
func (b *builder) apply(v vote) {
	m := b.primary
	if v.fallback {
		m = b.fallback
	}
	b.add(m, v.key, v.concept, v.w)
}

// voter turns entries into votes. It remembers the analysis of the words
// and translations it has seen, so it serves one goroutine.
type voter struct {
	lang string
	// memo caches the term of each word, items the terms of each
	// translation, by language.
	memo  map[string]map[string]string
	items map[string]map[string]phrase
	// placeholders are the terms of words such as "sth", "jdn", "coś"
	// that stand for an argument, not for content, by language.
	placeholders map[string]map[string]bool
	// emit receives the votes.
	emit func(vote)
	// weak makes every vote a fallback vote, which counts only for words
	// that the other dictionaries say little about.
	weak bool
}

// newVoter returns a voter for language code; also lists the pivot
// languages whose headwords it analyses besides English.
func newVoter(code string, also ...string) *voter {
	v := &voter{
		lang:         code,
		memo:         map[string]map[string]string{},
		items:        map[string]map[string]phrase{},
		placeholders: map[string]map[string]bool{},
	}
	for _, l := range append([]string{"en", code}, also...) {
		ph := map[string]bool{}
		for _, w := range placeholderWords[l] {
			for _, tok := range token.Tokenize(w) {
				ph[lang.Fold(l, tok.Text)] = true
				for t := range lang.Terms(l, tok.Text) {
					ph[t] = true
				}
			}
		}
		v.placeholders[l] = ph
	}
	return v
}

// placeholderWords stand for the arguments of a verb or phrase in
// dictionary entries ("to take sth. into account", "jdn. anrufen").
var placeholderWords = map[string][]string{
	"en": {"sth", "sb", "something", "someone", "somebody", "oneself", "one's", "sth's", "sb's", "etc", "e.g"},
	"de": {"etw", "jdn", "jdm", "jds", "jd", "sich", "etwas", "jemand", "jemanden", "jemandem", "jemandes"},
	"fr": {"qqch", "qqn", "quelque", "chose", "quelqu'un", "se", "s'"},
	"es": {"algo", "alguien", "alg", "se"},
	"it": {"qc", "qcn", "qualcosa", "qualcuno", "si"},
	"pl": {"coś", "czegoś", "czemuś", "czymś", "kogoś", "komuś", "kimś", "się", "sobie"},
	"tr": {"bir", "şey", "birini", "birine", "birinin", "birinden", "birşey", "etmek", "olmak", "yapmak"},
	"ru": {"что-л", "кого-л", "кому-л", "чем-л", "чего-л", "кто-л", "себя", "ся"},
}

// phrase is a headword or translation analysed.
type phrase struct {
	// terms are the content terms of its words, in text order, as
	// analyze stems them.
	terms []string
	// words counts its words, stop words included, placeholders not:
	// "es kommt vor" is three words but one term, "jdn. anrufen" one
	// word.
	words int
	// compound is set for one word of several parts ("US-Kongress",
	// "Corona-ignorant"): its concepts belong to the whole, not to a part.
	compound bool
}

// analyse analyses text in language code.
func (v *voter) analyse(code, text string) phrase {
	m := v.memo[code]
	if m == nil {
		m = map[string]string{}
		v.memo[code] = m
	}
	ph := v.placeholders[code]
	p := phrase{compound: strings.ContainsAny(text, "-‐‑") && wordCount(text) == 1}
	text = token.NFKC(text)
	if strings.ContainsAny(text, stressMarks) {
		// Russian dictionaries mark the stress ("ротаци́зм"), which
		// running text does not.
		text = stressRemover.Replace(text)
	}
	for _, tok := range token.Tokenize(text) {
		if tok.Kind == token.Han && (code == "zh" || code == "ja") {
			// Han text is compared by character bigrams: each is a
			// word ("疫苗" is one, "冠状病毒" three).
			keep := lang.Terms(code, tok.Text)
			for _, bg := range bigrams(tok.Text) {
				if keep[bg] > 0 {
					p.words++
					p.terms = append(p.terms, bg)
				}
			}
			continue
		}
		if tok.Kind != token.Word {
			continue
		}
		t, ok := m[tok.Text]
		if !ok {
			for k := range lang.Terms(code, tok.Text) {
				t = strings.Clone(k)
			}
			if t == "" {
				// A stop word: a placeholder if it folds to one.
				if ph[lang.Fold(code, tok.Text)] {
					t = placeholder
				}
			}
			m[strings.Clone(tok.Text)] = t
		}
		switch {
		case t == placeholder || ph[t]:
		case t == "":
			p.words++
		default:
			p.words++
			p.terms = append(p.terms, t)
		}
	}
	return p
}

// stressMarks are the combining accents that mark stress; after NFKC they
// are left only where no precomposed letter exists, as in Cyrillic.
const stressMarks = "\u0301\u0300"

var stressRemover = strings.NewReplacer("\u0301", "", "\u0300", "")

// bigrams returns the overlapping character bigrams of a Han run in order,
// or the run itself when it is one character, as analyze counts them.
func bigrams(run string) []string {
	rs := []rune(run)
	if len(rs) == 1 {
		return []string{run}
	}
	out := make([]string, 0, len(rs)-1)
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, string(rs[i:i+2]))
	}
	return out
}

// placeholder marks a placeholder that is a stop word in the word memo.
const placeholder = "\x00"

// analyseItem is analyse for a translation, remembered whole: translations
// repeat ("government" is the translation of many German words).
func (v *voter) analyseItem(lang, item string) phrase {
	m := v.items[lang]
	if m == nil {
		m = map[string]phrase{}
		v.items[lang] = m
	}
	p, ok := m[item]
	if !ok {
		p = v.analyse(lang, item)
		m[strings.Clone(item)] = p
	}
	return p
}

// id returns the id of concept c, adding it; ok is false when the table is
// full.
func (b *builder) id(c string) (uint32, bool) {
	if id, ok := b.ids[c]; ok {
		return id, true
	}
	if len(b.concepts) >= maxIDs {
		return 0, false
	}
	b.concepts = append(b.concepts, c)
	id := uint32(len(b.concepts))
	b.ids[c] = id
	return id, true
}

// add votes w for concept c of key.
func (b *builder) add(m map[string][]cand, key, c string, w float32) {
	id, ok := b.id(c)
	if !ok {
		return
	}
	cs := m[key]
	for i := range cs {
		if cs[i].id == id {
			cs[i].w += w
			return
		}
	}
	b.seq++
	nc := cand{id: id, w: w, seq: b.seq}
	if len(cs) < maxCandidates {
		m[key] = append(cs, nc)
		return
	}
	// Full: replace the weakest if the newcomer outweighs it.
	weakest := 0
	for i := range cs {
		if cs[i].w < cs[weakest].w {
			weakest = i
		}
	}
	if w > cs[weakest].w {
		cs[weakest] = nc
	}
}

// addKeys votes the concepts for the source src: a one-word source is a
// primary key, each term of a short phrase a fallback key.
func (v *voter) addKeys(src phrase, concepts []string, w float32) {
	switch {
	case len(src.terms) == 0 || len(concepts) == 0 || len(src.terms) > maxPhraseTerms || src.words > maxPhraseWords:
		return
	case src.compound:
		return
	case src.words == 1:
		for _, c := range concepts {
			v.emit(vote{key: src.terms[0], concept: c, w: w / float32(len(concepts)), fallback: v.weak})
		}
	default:
		for _, s := range src.terms {
			for _, c := range concepts {
				v.emit(vote{key: s, concept: c, w: w / float32(len(concepts)*len(src.terms)), fallback: true})
			}
		}
	}
}

// maxPhraseWords is the longest phrase, in words, whose terms are
// fallback keys.
const maxPhraseWords = maxPhraseTerms + 2

// rankWeight is the weight of the item-th translation of the sense-th
// sense: the first sense and its first translation count most.
func rankWeight(sense, item int) float32 {
	return 1 / (float32(1+sense) * (1 + 0.5*float32(item)))
}

// maxConceptTerms is the longest translation, in English terms, that gives
// concepts: "government" gives one, "federal government" two, a longer
// phrase is a paraphrase.
const maxConceptTerms = 2

// null is the concept of a function word: a translation made of English
// stop words only ("seit": "since"; "mehr": "more"). It is a candidate like
// any other, so that a word whose common sense is a function word gets no
// concept from its rare content senses or from the content words that
// share its stem ("seit" and "Seite", "page", stem alike).
var null = []string{""}

// nullWeight scales the votes for null: function words are so frequent
// that a stem shared by a function word and a content word ("seit", "since",
// and "Seiten", "pages") is most often the function word in running text.
const nullWeight = 2

// functionWord reports whether a translation without content terms is a
// function word ("since", "more") rather than a title or a name that
// English analysis drops ("Mr", "Ms", "May"): whether it starts in lower
// case.
func functionWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsUpper(r)
}

// addForward adds an entry of an X-to-English dictionary.
func (v *voter) addForward(e entry) {
	if len(e.senses) == 0 {
		return
	}
	for _, h := range e.heads {
		if wordCount(h) > maxPhraseWords {
			continue
		}
		src := v.analyse(v.lang, h)
		if len(src.terms) == 0 || len(src.terms) > maxPhraseTerms {
			continue
		}
		for si, items := range e.senses {
			for ii, it := range items {
				en := v.analyseItem("en", it).terms
				w := rankWeight(si, ii)
				if len(en) == 0 {
					if !functionWord(it) {
						continue
					}
					en, w = null, nullWeight*w
				} else if len(en) > maxConceptTerms {
					continue
				}
				v.addKeys(src, en, w)
			}
		}
	}
}

// addReverse adds an entry of an English-to-X dictionary, read backwards:
// each X translation is a key for the English headword.
func (v *voter) addReverse(e entry) {
	for _, h := range e.heads {
		en := v.analyseItem("en", h).terms
		w := float32(reverseWeight)
		if len(en) == 0 {
			if !functionWord(h) {
				continue
			}
			en, w = null, nullWeight*w
		} else if len(en) > maxConceptTerms {
			continue
		}
		for si, items := range e.senses {
			for ii, it := range items {
				v.addKeys(v.analyseItem(v.lang, it), en, w*rankWeight(si, ii))
			}
		}
	}
}

// pivotWeight scales the votes of a pivot dictionary (German-Russian read
// backwards through German-English): two dictionaries, two chances to
// pick the wrong sense.
const pivotWeight = 0.5

// addPivot adds an entry of a dictionary from a pivot language to this
// one, read backwards: each translation gets the concepts that via, the
// pivot language's table, gives the headword.
func (v *voter) addPivot(e entry, viaLang string, via func(stem string) []string) {
	v.weak = true
	defer func() { v.weak = false }()
	for _, h := range e.heads {
		src := v.analyse(viaLang, h)
		if src.words != 1 || len(src.terms) != 1 || src.compound {
			continue
		}
		concepts := via(src.terms[0])
		for si, items := range e.senses {
			for ii, it := range items {
				key := v.analyseItem(v.lang, it)
				if len(concepts) > 0 {
					v.addKeys(key, concepts[:1], pivotWeight*reverseWeight*rankWeight(si, ii))
				}
			}
		}
	}
}

// table turns the votes into the lookup table. A candidate's score is its
// votes times a prior, the logarithm of the number of keys that have the
// concept as a candidate: a common English word ("woman", translating many
// words) is more likely the sense a news article means than a rare one
// ("signora"), which the dictionaries list in no order of frequency.
// Function-word votes (null) are not scaled: they compete with the
// content senses by their votes alone.
func (b *builder) table() *table {
	pop := make([]uint32, len(b.concepts)+1)
	for _, cs := range b.primary {
		for _, c := range cs {
			pop[c.id]++
		}
	}
	nullID, hasNull := b.ids[""]
	prior := func(id uint32) float32 {
		return float32(math.Log2(2 + float64(pop[id])))
	}
	t := &table{keys: make(map[string]uint64, len(b.primary)+len(b.fallback)/2)}
	used := make([]uint32, len(b.concepts)+1) // old id -> new id, 0 unused
	var concepts []string
	scored := make([]cand, 0, maxCandidates)
	pack := func(key string, cs []cand) {
		scored = scored[:0]
		var top float32
		for _, c := range cs {
			if !hasNull || c.id != nullID {
				top = max(top, prior(c.id))
			}
		}
		for _, c := range cs {
			if hasNull && c.id == nullID {
				c.w *= max(top, 1)
			} else {
				c.w *= prior(c.id)
			}
			scored = append(scored, c)
		}
		slices.SortFunc(scored, func(x, y cand) int {
			if c := cmp.Compare(y.w, x.w); c != 0 {
				return c
			}
			return cmp.Compare(x.seq, y.seq)
		})
		var v uint64
		n := 0
		for _, c := range scored {
			if n == maxConcepts || c.w < keepShare*scored[0].w {
				break
			}
			if hasNull && c.id == nullID {
				if n == 0 {
					return // a function word
				}
				continue
			}
			if used[c.id] == 0 {
				concepts = append(concepts, b.concepts[c.id-1])
				used[c.id] = uint32(len(concepts))
			}
			v |= uint64(used[c.id]) << (idBits * n)
			n++
		}
		if v != 0 {
			t.keys[key] = v
		}
	}
	for k, cs := range b.primary {
		if fb, ok := b.fallback[k]; ok && maxWeight(cs) <= reverseWeight {
			// Only weak evidence for the word on its own (a late
			// sense, or the English-to-X dictionary alone): its phrases
			// count as well.
			for _, c := range fb {
				b.add(b.primary, k, b.concepts[c.id-1], c.w)
			}
			cs = b.primary[k]
		}
		pack(k, cs)
	}
	for k, cs := range b.fallback {
		if _, ok := b.primary[k]; !ok {
			pack(k, cs)
		}
	}
	t.concepts = slices.Clip(concepts)
	return t
}

// maxWeight returns the greatest weight of cs.
func maxWeight(cs []cand) float32 {
	var m float32
	for _, c := range cs {
		m = max(m, c.w)
	}
	return m
}
