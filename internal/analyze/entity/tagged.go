package entity

import (
	"strings"
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
		words, wtoks := tagger.Words(s.src)
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
				f.tagged(si, sp.Type, wtoks[a+sp.Start:a+sp.End], at[a+sp.Start], at[a+sp.End-1]+1)
			}
			a = b
		}
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
	c := &cand{seg: si, i: i, j: j, typ: tagTypes[typ],
		start: max(ws[0].Start, ts[i].start), end: min(ws[len(ws)-1].End, ts[j-1].end)}
	if c.typ == "" || c.end <= c.start {
		return
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
