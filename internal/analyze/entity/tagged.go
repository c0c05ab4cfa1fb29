package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/lang/de"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/analyze/tagger"
	"github.com/storyline/storyline/internal/lang/token"
)

// Models gives the learned tagger of a language (ISO 639-1), or nil when
// there is none and the rules find the mentions. It must be safe for
// concurrent use.
type Models func(lang string) *tagger.Model

// tagTypes are the entity types of the tagger's span types.
var tagTypes = map[string]Type{"PER": Person, "ORG": Organization, "LOC": Place}

// tag is the first pass when a learned tagger serves the language: the
// mentions are the tagger's names in each segment, sentence by sentence,
// typed as it says; a name the gazetteer knows as a country is a place
// whatever the tagger says, and every place the gazetteer knows gets its
// id.
func (f *finder) tag(m *tagger.Model) {
	tg := m.NewTagger() // one for the article's sentences
	for si := range f.segs {
		s := &f.segs[si]
		words, wtoks := tagger.WordsOf(s.src, s.raw)
		// at[k] is the finder token word k lies in: both come from
		// token.Tokenize, the tagger cutting Han runs into characters.
		at := make([]int, len(wtoks))
		ti := 0
		for k, w := range wtoks {
			for ti < len(s.raw) && s.raw[ti].End <= w.Start {
				ti++
			}
			if ti == len(s.raw) || s.raw[ti].Start > w.Start {
				return // not the tokens of the segment: leave it untagged
			}
			at[k] = ti
		}
		for a := 0; a < len(words); {
			b := a + 1
			for b < len(words) && !sentenceEnd(s.src[wtoks[b-1].End:wtoks[b].Start], words[b-1].Text) {
				b++
			}
			if a > 0 {
				words[a].Punct = tagger.StartPunct(s.src[wtoks[a-1].End:wtoks[a].Start])
			}
			for _, sp := range tagger.Spans(tg.Tag(words[a:b])) {
				// A name does not run over punctuation or a possessive:
				// "Baba Amr," Ayyoub; Lebanon's Hezbollah.
				from := a + sp.Start
				for k := from + 1; k <= a+sp.End; k++ {
					if k == a+sp.End || nameBreak(s.src[wtoks[k-1].End:wtoks[k].Start], s.toks[at[k-1]].suffix) {
						f.tagged(si, sp.Type, wtoks[from:k], at[from], at[k-1]+1)
						from = k
					}
				}
			}
			a = b
		}
	}
	f.tidyTagged()
}

// nameBreak reports whether gap, the text between two words the tagger
// put in one name, or suffix, the apostrophe suffix of the first, ends the
// name there (a suffix is a case or possessive ending: "Lebanon's").
func nameBreak(gap, suffix string) bool {
	return suffix != "" || strings.ContainsAny(gap, ",;:\"“”«»„()[]|•—–/")
}

// tidyTagged corrects the tagger's mentions with what the article and the
// rules know: a demonym alone ("Muslims", "ایرانی"), a German adjective
// ("Deutsche") or a generic place word ("island") is no name; a capitalised word
// the article also writes in lowercase is no name where its capital says
// nothing (a sentence's first word, a title-case or all-capitals line); a
// person whose last word is an organisation word ("Qods Force") or after
// an organisation's descriptor ("the newspaper Asharq Al-Awsat") is an
// organisation; and one name has one type in an article (voteTypes).
//
// Measured on the development sets, and not kept: dropping the names of
// title-case lines that the article does not name elsewhere (the names of
// headlines are mostly right), and typing a name after a title as a person
// (Slavic titles take a place in the genitive: "prezydent Rosji").
func (f *finder) tidyTagged() {
	kept := f.cands[:0]
	for _, c := range f.cands {
		ts := f.segs[c.seg].toks
		first := &ts[c.i]
		if c.j-c.i == 1 && (first.cased && (f.demonym(first) || capitalsMute(first) && f.lower[first.fold]) ||
			genericPlaceSet[first.fold] || first.arabic && f.nisba(first.fold) || f.lang == "de" && de.IsInflectedAdjective(first.fold)) {
			continue
		}
		if first.titleCase && c.placeID == "" && !f.trimNoisy(c) {
			continue
		}
		if c.typ == Person && (ts[c.j-1].org != orgNone || f.context(c.seg, c.i).desc) {
			c.typ = Organization
		}
		kept = append(kept, c)
	}
	f.cands = kept
	f.voteTypes()
}

// trimNoisy trims a name on a title-case line to the
// words the article capitalises mid-sentence on other lines ("Admits
// Soleimani" in a headline), and reports whether any are left.
func (f *finder) trimNoisy(c *cand) bool {
	ts := f.segs[c.seg].toks
	i, j := c.i, c.j
	for i < j && !f.midCap[ts[i].fold] {
		i++
	}
	for j > i && !f.midCap[ts[j-1].fold] {
		j--
	}
	switch {
	case i == j:
		return false
	case i == c.i && j == c.j:
		return true
	}
	c.i, c.j, c.start, c.end = i, j, ts[i].start, ts[j-1].end
	c.keys, c.surname = f.nameKeys(c.seg, i, j, c.start)
	c.full = strings.Join(c.keys, " ")
	c.core = f.coreKey(c.seg, i, j, c.keys)
	return len(c.keys) > 0
}

// nisba reports whether an Arabic-script word is the adjective of a
// country or region the gazetteer knows: "ایرانی" (Iranian), "السوري".
func (f *finder) nisba(w string) bool {
	for _, end := range []string{"یه", "ية", "ی", "ي"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok || runeLen(stem) < 3 {
			continue
		}
		if h := f.gazetteer(stem); h.ok && (h.kind == kindCountry || h.kind == kindRegion) {
			return true
		}
	}
	return false
}

// capitalsMute reports whether the capital of t says nothing of a name:
// it starts a sentence, or stands on a title-case or all-capitals line.
func capitalsMute(t *tok) bool { return t.noisy || t.sentStart }

// candFold returns the folded text of c.
func (f *finder) candFold(c *cand) string {
	ts := f.segs[c.seg].toks
	if ts[c.i].kind == token.Han {
		return f.segs[c.seg].src[c.start:c.end]
	}
	var b strings.Builder
	for k := c.i; k < c.j; k++ {
		if k > c.i {
			b.WriteByte(' ')
		}
		b.WriteString(ts[k].fold)
	}
	return b.String()
}

// voteTypes gives each name of the article the type most of its mentions
// have (ties to the first mention's); a place the gazetteer knows stays a
// place and counts twice, and a single word that ends a person's longer name votes person
// ("Assad" after "Bashar al-Assad").
func (f *finder) voteTypes() {
	type tally struct {
		votes map[Type]int
		first Type
	}
	tallies := map[string]*tally{}
	vote := func(name string, typ Type, n int) {
		t := tallies[name]
		if t == nil {
			t = &tally{votes: map[Type]int{}, first: typ}
			tallies[name] = t
		}
		t.votes[typ] += n
	}
	folds := make([]string, len(f.cands))
	for i, c := range f.cands {
		folds[i] = f.candFold(c)
		n := 1
		if c.placeID != "" {
			n = 2
		}
		vote(folds[i], c.typ, n)
	}
	surnames := map[string]bool{} // last words of persons' longer names
	for _, c := range f.cands {
		if c.typ == Person && c.j-c.i > 1 {
			last := f.segs[c.seg].toks[c.j-1].fold
			surnames[last] = true
			if tallies[last] != nil {
				vote(last, Person, 1)
			}
		}
	}
	// A longer name of another type that ends with a person's family name
	// and no organisation word is that person or a relative: "Qasem
	// Soleimani" cut from a tagged "Quds» Qasem Soleimani".
	for i, c := range f.cands {
		ts := f.segs[c.seg].toks
		if c.typ != Person && c.placeID == "" && c.j-c.i > 1 && surnames[ts[c.j-1].fold] && ts[c.j-1].org == orgNone {
			vote(folds[i], Person, 2)
		}
	}
	for i, c := range f.cands {
		if c.placeID != "" {
			continue
		}
		t := tallies[folds[i]]
		best := t.first
		for _, typ := range []Type{Person, Organization, Place} {
			if t.votes[typ] > t.votes[best] {
				best = typ
			}
		}
		if best == Place && c.typ != Place {
			if g := f.gazetteer(f.segs[c.seg].src[c.start:c.end]); g.ok {
				c.placeID, c.place = g.id, g.name
			}
		}
		c.typ = best
	}
}

// addConfident adds the rules' confident persons where the tagger tagged
// nothing: a name of two words or more after a title or starting with a
// known given name, in a script with capitals (an uncased given name is
// too often a common word: Persian الان "now" is "Alan"). r is a fresh
// finder over the same segments.
func (f *finder) addConfident(r *finder) {
	r.scan()
	for _, c := range r.cands {
		ts := r.segs[c.seg].toks
		if c.typ != Person || c.j-c.i < 2 || !ts[c.i].cased || !(c.i > 0 && ts[c.i-1].title || givenNameSet[ts[c.i].fold]) {
			continue
		}
		if f.overlaps(c) {
			continue
		}
		f.add(&cand{seg: c.seg, i: c.i, j: c.j, start: c.start, end: c.end, typ: Person})
	}
}

// overlaps reports whether a candidate of the finder shares a token with c.
func (f *finder) overlaps(c *cand) bool {
	for _, d := range f.cands {
		if d.seg == c.seg && d.i < c.j && c.i < d.j {
			return true
		}
	}
	return false
}

// tagged adds the candidate of one tagged name: words ws, in finder tokens
// i..j-1, of tagger type typ.
func (f *finder) tagged(si int, typ string, ws []token.Token, i, j int) {
	ts := f.segs[si].toks
	// A capitalised stop word that starts a sentence is not part of the
	// name ("The Quds Force", "Like Iran") unless the gazetteer knows the
	// whole ("The Hague").
	for j-i > 1 && len(ws) == j-i && ts[i].sentStart && ts[i].stop && ts[i].cased {
		if g := f.gazetteer(f.segs[si].src[ts[i].start:ts[j-1].end]); g.ok {
			break
		}
		i, ws = i+1, ws[1:]
	}
	c := &cand{seg: si, i: i, j: j, typ: tagTypes[typ],
		start: max(ws[0].Start, ts[i].start), end: min(ws[len(ws)-1].End, ts[j-1].end)}
	if c.typ == "" || c.end <= c.start {
		return
	}
	// The Arabic article joined by a hyphen belongs to the name
	// ("al-Quds"), and so does an Arabic organisation word before an
	// organisation's name ("فيلق القدس").
	if i > 0 && ts[i].hyphenPrev && f.isArticleAt(si, i-1) {
		c.i, c.start = i-1, ts[i-1].start
	}
	if c.typ == Organization && c.i > 0 && c.i == i {
		if p := &ts[i-1]; p.arabic && arabicOrg(p.fold) {
			c.i, c.start = i-1, p.start
		}
	}
	text := f.segs[si].src[c.start:c.end]
	if g := f.gazetteer(text); g.ok && (c.typ == Place || g.kind == kindCountry && c.typ == Person) {
		c.typ, c.placeID, c.place = Place, g.id, g.name
	}
	if ts[i].kind == token.Han {
		key := hanKey(text)
		c.keys, c.surname = []string{key}, key
	}
	f.add(c)
}

// sentenceEnd reports whether gap, the text between word prev and the
// next, ends a sentence or a line: the tagger learned from sentences.
func sentenceEnd(gap, prev string) bool {
	if strings.IndexByte(gap, '\n') >= 0 {
		return true
	}
	if !strings.ContainsAny(gap, ".!?。！？") {
		return false
	}
	// Not after an initial ("J. Smith").
	return !(strings.Trim(gap, ". ") == "" && utf8.RuneCountInString(prev) == 1)
}
