package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/token"
)

// scanArabic finds the names in the Arabic-script words of segment si:
// quoted names, organisations after their type word, persons after a
// title or starting with a given name, and gazetteer places.
func (f *finder) scanArabic(si int) {
	ts := f.segs[si].toks
	n := len(ts)
	for i := 0; i < n; i++ {
		t := &ts[i]
		if !t.arabic || t.used {
			continue
		}
		w := t.fold
		// Quoted: “قاسم سليماني”, صحيفة “جيروازليم بوست”.
		if k := f.quotedEnd(si, i); k > i {
			typ := Person
			switch {
			case i > 0 && ts[i-1].arabic && (arDescSet[ts[i-1].fold] || arabicOrg(ts[i-1].fold)):
				typ = Organization
			case arabicOrg(w):
				typ = Organization
			}
			c := &cand{seg: si, i: i, j: k, typ: typ}
			if g := f.gazetteer(f.spanText(si, i, k)); g.ok && typ == Person {
				c.typ, c.placeID, c.place = Place, g.id, g.name
			}
			f.add(c)
			i = k - 1
			continue
		}
		switch {
		case arabicOrg(w):
			if k := f.arabicOrgEnd(si, i); k > i+1 {
				f.add(&cand{seg: si, i: i, j: k, typ: Organization})
				i = k - 1
			}
			continue
		case isArabicTitle(w):
			j := f.skipQualifiers(si, i+1)
			if j < n && ts[j].arabic && !ts[j].used && f.quotedEnd(si, j) == j && !arabicOrg(ts[j].fold) {
				if k := f.arabicName(si, j, true); k > j {
					f.add(&cand{seg: si, i: j, j: k, typ: Person})
					i = k - 1
				}
			}
			continue
		}
		if g, ok := givenName(w); ok {
			if k := f.arabicName(si, i, false); k > i+1 {
				c := &cand{seg: si, i: i, j: k, typ: Person}
				if g != w {
					c.start = t.start + firstRuneLen(f.segs[si].src[t.start:t.end]) // "لقاسم سليماني"
				}
				f.add(c)
				i = k - 1
				continue
			}
		}
		f.arabicPlace(si, i)
	}
}

// givenName reports whether w, or w less one proclitic, is a common given
// name, and which.
func givenName(w string) (string, bool) {
	if ar.IsGivenName(w) {
		return w, true
	}
	if rest, ok := ar.StripProclitic(w); ok && ar.IsGivenName(rest) {
		return rest, true
	}
	return "", false
}

// arabicPlace records token i as a place when the gazetteer knows it: a
// country or a city of a million people anywhere, a smaller place after a
// place cue ("في", "مدينة").
func (f *finder) arabicPlace(si, i int) {
	ts := f.segs[si].toks
	t := &ts[i]
	if runeLen(t.fold) < 3 || arabicStop(t.fold) || ar.IsNisba(t.fold) || arPlaceCueSet[t.fold] {
		return
	}
	g := f.gazetteer(t.norm)
	if !g.ok {
		return
	}
	cue := i > 0 && ts[i-1].arabic && arPlaceCueSet[ts[i-1].fold]
	start := f.afterProclitic(si, i)
	if start > t.start && strings.HasPrefix(t.fold, ar.InProclitic) {
		cue = true // بدمشق: in Damascus
	}
	if g.native && (g.kind == kindCountry || g.pop >= 1000000) || cue {
		f.add(&cand{seg: si, i: i, j: i + 1, start: start, end: t.end, typ: Place, placeID: g.id, place: g.name})
	}
}

// afterProclitic returns the byte offset of token i past a one-letter
// proclitic when the bare word is what the gazetteer or the article knows
// ("بدمشق" -> "دمشق"), else the token's start.
func (f *finder) afterProclitic(si, i int) int {
	t := &f.segs[si].toks[i]
	rest, ok := ar.StripProclitic(t.fold)
	if !ok || strings.HasPrefix(t.fold, ar.Article) || strings.HasPrefix(t.fold, ar.LamArticle) {
		return t.start // للعراق: the article is fused with the proclitic
	}
	if g := f.gazetteer(rest); g.ok && g.id == f.gazetteer(t.norm).id {
		return t.start + firstRuneLen(f.segs[si].src[t.start:t.end])
	}
	return t.start
}

// firstRuneLen returns the byte length of the first character of s.
func firstRuneLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// quotedEnd returns the end of a quoted name of one to four Arabic-script
// words starting at token i, or i when there is none.
func (f *finder) quotedEnd(si, i int) int {
	s := &f.segs[si]
	ts := s.toks
	prev := 0
	if i > 0 {
		prev = ts[i-1].end
	}
	gap := strings.TrimRight(s.src[prev:ts[i].start], " ")
	if !strings.HasSuffix(gap, "“") && !strings.HasSuffix(gap, "\"") && !strings.HasSuffix(gap, "«") && !strings.HasSuffix(gap, "”") {
		return i
	}
	if strings.HasSuffix(gap, ":”") || strings.HasSuffix(gap, ":“") {
		return i // a quoted statement: قوله :”إن ...
	}
	for k := i; k < len(ts) && k-i < 4; k++ {
		t := &ts[k]
		if !t.arabic || arabicStop(t.fold) || runeLen(t.fold) < 2 || k > i && !t.joinPrev {
			return i
		}
		rest := strings.TrimLeft(s.src[t.end:], " ")
		if strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "“") {
			return k + 1
		}
	}
	return i
}

// arabicOrgEnd returns the end of the organisation whose type word is
// token i: one or two following words, a definite word second, no
// relational adjective ("فيلق القدس الإيراني" -> "فيلق القدس").
func (f *finder) arabicOrgEnd(si, i int) int {
	ts := f.segs[si].toks
	k := i + 1
	for k < len(ts) && k-i <= 2 {
		t := &ts[k]
		if !t.arabic || !t.joinPrev || arabicStop(t.fold) || ar.IsNisba(t.fold) || isArabicTitle(t.fold) || runeLen(t.fold) < 2 {
			break
		}
		if f.quotedEnd(si, k) > k {
			break
		}
		if k > i+1 && !strings.HasPrefix(t.fold, ar.Article) {
			break
		}
		k++
	}
	return k
}

// skipQualifiers skips the words that qualify a title: more titles and
// definite words ("الرئيس السوري", "المتحدث باسم الخارجية"), at most four.
func (f *finder) skipQualifiers(si, j int) int {
	ts := f.segs[si].toks
	for skipped := 0; j < len(ts) && skipped < 4; skipped++ {
		t := &ts[j]
		if !t.arabic || !t.joinPrev || f.quotedEnd(si, j) > j {
			break
		}
		if !isArabicTitle(t.fold) && !ar.IsDefinite(t.fold) {
			break
		}
		j++
	}
	return j
}

// arabicName returns the end of the name starting at token j: a given
// name or two and a family name, longer with عبد, أبو, بن ("رجب طيب
// أردوغان", "بشار الأسد"), stopping at a stop word, a title, a relational
// adjective, an organisation word, punctuation or a non-Arabic token. After
// a title the first word may be a given name that is also a common word
// (علي, "on"). It returns j when no name starts there.
func (f *finder) arabicName(si, j int, afterTitle bool) int {
	ts := f.segs[si].toks
	n := len(ts)
	if j >= n || ar.IsDefinite(ts[j].fold) || arabicStop(ts[j].fold) && !(afterTitle && arAmbiguousGiven[ts[j].fold]) {
		return j
	}
	max := 2
	k := j
	for k < n && k-j < max && ts[k].arabic && !ts[k].used && (k == j || ts[k].joinPrev) {
		w := ts[k].fold
		if k > j && (arabicStop(w) || isArabicTitle(w) || ar.IsNisba(w) || arabicOrg(w)) || runeLen(w) < 2 {
			break
		}
		if k > j && f.gazetteer(ts[k].norm).ok && !ar.IsGivenName(ts[k-1].fold) {
			break
		}
		if (ar.IsNameConnector(w) || k > j && (ar.IsGivenName(w) || arAmbiguousGiven[w])) && max < 4 {
			max++
		}
		k++
	}
	for k > j && ar.IsNameConnector(ts[k-1].fold) {
		k--
	}
	return k
}

// arAmbiguousGiven are given names that are also common words (علي is
// also على, "on", once normalised; طيب is "good"): names only after a
// title or another given name.
var arAmbiguousGiven = map[string]bool{"علي": true, "طيب": true, "عمر": true}

// arabicWords returns the folded words of an Arabic-script mention, the
// first without a proclitic.
func arabicWords(f *finder, c *cand) []string {
	ts := f.segs[c.seg].toks
	var ws []string
	for k := c.i; k < c.j; k++ {
		if ts[k].kind == token.Word {
			ws = append(ws, ts[k].fold)
		}
	}
	return ws
}
