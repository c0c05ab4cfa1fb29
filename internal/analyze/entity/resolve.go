package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/token"
)

// resolver groups the candidates of an article into entities.
type resolver struct {
	f      *finder
	groups []*group
	index  map[string]*group
}

// groupKey is the key that puts two typed candidates in one group before
// any merging: the gazetteer id of a place, the core key of an
// organisation, the full key of a person.
func groupKey(typ Type, c *cand) string {
	switch {
	case typ == Place && c.placeID != "":
		return "place\x00" + c.placeID
	case typ == Organization:
		return "org\x00" + c.core
	}
	return string(typ) + "\x00" + c.full
}

// join adds c to the group of its type and key, making the group if need
// be.
func (r *resolver) join(typ Type, c *cand) *group {
	k := groupKey(typ, c)
	g := r.index[k]
	if g == nil {
		g = &group{typ: typ, keys: c.keys, full: c.full, surname: c.surname, core: c.core, placeID: c.placeID, place: c.place, first: c.order}
		r.index[k] = g
		r.groups = append(r.groups, g)
	}
	r.attach(g, c)
	return g
}

// attach adds c to g.
func (r *resolver) attach(g *group, c *cand) {
	c.typ = g.typ
	g.cands = append(g.cands, c)
	g.first = min(g.first, c.order)
}

// move moves the candidates of a into b.
func (r *resolver) move(a, b *group) {
	for _, c := range a.cands {
		r.attach(b, c)
	}
	a.cands = nil
}

// resolve groups the candidates: typed ones by key, short person names
// into the full names they end, then the untyped ones by what the article
// and the gazetteer know of them.
func (f *finder) resolve() []*group {
	r := &resolver{f: f, index: map[string]*group{}}
	var multi, single []*cand
	for _, c := range f.cands {
		switch {
		case c.typ != "":
			r.join(c.typ, c)
		case len(c.keys) > 1:
			multi = append(multi, c)
		default:
			single = append(single, c)
		}
	}
	r.mergePersons()
	for _, c := range multi {
		if g := r.byFullKey(c.full); g != nil {
			r.attach(g, c)
		} else if c.placeHint {
			r.join(Place, c)
		}
	}
	r.singles(single)
	r.mergePersons()
	return r.groups
}

// byFullKey returns a group whose full key is k, or nil.
func (r *resolver) byFullKey(k string) *group {
	for _, g := range r.groups {
		if len(g.cands) > 0 && g.full == k {
			return g
		}
	}
	return nil
}

// mergePersons merges each person group into the most mentioned person
// group whose longer name ends with its family name and contains its other
// words in order ("Soleimani" and "General Soleimani" into "Qassem
// Soleimani", "Ali Ayyoub" into "Ali Abdullah Ayyoub").
func (r *resolver) mergePersons() {
	for _, a := range r.groups {
		if a.typ != Person || len(a.cands) == 0 {
			continue
		}
		var best *group
		for _, b := range r.groups {
			if b == a || b.typ != Person || len(b.cands) == 0 || len(b.keys) <= len(a.keys) || b.surname != a.surname {
				continue
			}
			if !subsequence(a.keys, b.keys) {
				continue
			}
			if best == nil || len(b.cands) > len(best.cands) {
				best = b
			}
		}
		if best != nil {
			r.move(a, best)
		}
	}
}

// subsequence reports whether the words of a occur in b in order.
func subsequence(a, b []string) bool {
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// singles resolves the untyped one-word candidates, grouped by key: the
// family name of a person found, the core of an organisation found, a
// place the gazetteer knows, a truncated family name ("Soleiman"), a word
// after a place preposition, an acronym (an organisation), a word
// capitalised mid-sentence twice or more (an organisation); demonyms and
// the rest are dropped.
func (r *resolver) singles(cs []*cand) {
	f := r.f
	byKey := map[string][]*cand{}
	var order []string
	for _, c := range cs {
		// One spelling at a time: "Iraq" and "Iraqi" share a key.
		k := c.keys[0] + "\x00" + f.segs[c.seg].toks[c.j-1].fold
		if byKey[k] == nil {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], c)
	}
	for _, sk := range order {
		cs := byKey[sk]
		c0 := cs[0]
		k := c0.keys[0]
		t := &f.segs[c0.seg].toks[c0.j-1]
		if placeWordSet[t.fold] || t.org != orgNone || genericPlaceSet[t.fold] || nonNameSet[t.fold] {
			continue
		}
		target := r.person(k, t.fold)
		if target == nil && !f.demonym(t) {
			target = r.org(k)
		}
		if target == nil {
			if g := f.gazetteer(f.text(c0)); g.ok && (!f.lower[t.fold] || t.allCaps || g.kind == kindCountry) {
				for _, c := range cs {
					c.placeID, c.place = g.id, g.name
					r.join(Place, c)
				}
				continue
			}
			target = r.truncated(k)
		}
		if target != nil {
			for _, c := range cs {
				r.attach(target, c)
			}
			continue
		}
		hint, acronym, al, mid := false, false, false, 0
		for _, c := range cs {
			al = al || c.alForm
			hint = hint || c.placeHint
			acronym = acronym || c.acronym
			if c.midSent {
				mid++
			}
		}
		var typ Type
		switch {
		case f.demonym(t) || t.stop || t.title:
		case hint:
			typ = Place
		case acronym, al:
			typ = Organization
		case mid >= 2 && surnameLike(t.fold):
			typ = Person // a family name whose full name the article gave where no rule saw it
		case mid >= 2:
			typ = Organization
		}
		if typ == "" {
			continue
		}
		for _, c := range cs {
			r.join(typ, c)
		}
	}
}

// surnameEndings end family names in many languages and rarely the names
// of organisations: Persian and Arabic "-i" ("Soleimani"), Slavic "-ov",
// "-ev", "-in", "-ski", Turkish "-oğlu", Armenian "-yan", Spanish "-ez",
// Germanic "-son", "-sen", "-berg", "-stein", "-mann".
var surnameEndings = []string{"ani", "ari", "adi", "eni", "ini", "zadeh", "ov", "ova", "ev", "eva",
	"in", "ina", "ski", "sky", "ska", "oğlu", "oglu", "yan", "ez", "son", "sen", "berg", "stein", "mann",
	"ович", "ов", "ев", "ин", "ский"}

// surnameLike reports whether a folded word ends like a family name.
func surnameLike(w string) bool {
	for _, e := range surnameEndings {
		if strings.HasSuffix(w, e) && runeLen(w) > runeLen(e)+2 {
			return true
		}
	}
	return false
}

// person returns the most mentioned person whose family-name key is k. A
// key of three letters or fewer ("ast" of "Assad", also of "East") says
// little: then the word, folded, must be the last word of one of the
// person's mentions.
func (r *resolver) person(k, fold string) *group {
	var best *group
	for _, g := range r.groups {
		if g.typ != Person || len(g.cands) == 0 || g.surname != k || best != nil && len(g.cands) <= len(best.cands) {
			continue
		}
		if len(k) <= 3 && !r.spelled(g, fold) {
			continue
		}
		best = g
	}
	return best
}

// spelled reports whether fold is the last word of a mention of g.
func (r *resolver) spelled(g *group, fold string) bool {
	for _, c := range g.cands {
		if r.f.segs[c.seg].toks[c.j-1].fold == fold {
			return true
		}
	}
	return false
}

// org returns the most mentioned organisation whose core key is k.
func (r *resolver) org(k string) *group {
	var best *group
	for _, g := range r.groups {
		if g.typ == Organization && len(g.cands) > 0 && g.core == k && (best == nil || len(g.cands) > len(best.cands)) {
			best = g
		}
	}
	return best
}

// truncated returns the one person whose family-name key starts with k
// and is at most two consonants longer ("Soleiman" of "Soleimani" where
// the final vowel carries a consonant in some spelling), or nil when there
// is none or more than one.
func (r *resolver) truncated(k string) *group {
	if len(k) < 3 {
		return nil
	}
	var found *group
	for _, g := range r.groups {
		if g.typ != Person || len(g.cands) == 0 || !strings.HasPrefix(g.surname, k) || len(g.surname)-len(k) > 2 || g.surname == k {
			continue
		}
		if found != nil && found.surname != g.surname {
			return nil
		}
		if found == nil || len(g.cands) > len(found.cands) {
			found = g
		}
	}
	return found
}

// sweep is the second pass: it finds the later mentions of the entities
// found wherever they stand (sentence starts, headlines, all-caps lines,
// after a proclitic), and gazetteer places on lines the first pass left
// alone.
func (f *finder) sweep(groups []*group) {
	r := &resolver{f: f, groups: groups, index: map[string]*group{}}
	for _, g := range groups {
		if len(g.cands) > 0 {
			r.index[groupKey(g.typ, g.cands[0])] = g
		}
	}
	type arName struct {
		words []string
		g     *group
	}
	arNames := map[string][]arName{} // by first word
	arLast := map[string]*group{}
	hanNames := map[string]*group{}
	for _, g := range groups {
		for _, c := range g.cands {
			t := &f.segs[c.seg].toks[c.i]
			switch {
			case t.arabic && (g.typ == Person || g.typ == Organization):
				ws := arabicWords(f, c)
				if len(ws) > 1 {
					arNames[ws[0]] = append(arNames[ws[0]], arName{ws, g})
				}
				if last := ws[len(ws)-1]; g.typ == Person && runeLen(last) >= 3 && !arabicStop(last) {
					if old := arLast[last]; old == nil || len(old.cands) < len(g.cands) {
						arLast[last] = g
					}
				}
			case t.kind == token.Han && g.typ == Person:
				hanNames[f.text(c)] = g
			}
		}
	}
	for si := range f.segs {
		ts := f.segs[si].toks
		for i := 0; i < len(ts); i++ {
			t := &ts[i]
			if t.used {
				continue
			}
			switch {
			case t.kind == token.Han:
				for name, g := range hanNames {
					r.sweepHan(si, i, name, g)
				}
			case t.arabic:
				matched := false
				names := arNames[t.fold]
				if rest, ok := ar.StripProclitic(t.fold); ok {
					names = append(names[:len(names):len(names)], arNames[rest]...)
				}
				for _, n := range names {
					if k := matchArabic(ts, i, n.words); k > i {
						c := &cand{seg: si, i: i, j: k}
						if t.fold != n.words[0] {
							c.start = t.start + firstRuneLen(f.segs[si].src[t.start:t.end])
						}
						if f.add(c) != nil {
							r.attach(n.g, c)
						}
						i = k - 1
						matched = true
						break
					}
				}
				if matched {
					continue
				}
				if g := arLast[t.fold]; g != nil {
					if c := f.add(&cand{seg: si, i: i, j: i + 1}); c != nil {
						r.attach(g, c)
					}
				} else if rest, ok := ar.StripProclitic(t.fold); ok && arLast[rest] != nil {
					c := &cand{seg: si, i: i, j: i + 1}
					if !strings.HasPrefix(t.fold, ar.LamArticle) {
						c.start = t.start + firstRuneLen(f.segs[si].src[t.start:t.end])
					}
					if f.add(c) != nil {
						r.attach(arLast[rest], c)
					}
				}
			case t.kind == token.Word && t.capital:
				r.sweepCased(si, i)
			}
		}
	}
}

// sweepCased matches one capitalised word against the entities found and
// the gazetteer.
func (r *resolver) sweepCased(si, i int) {
	f := r.f
	t := &f.segs[si].toks[i]
	if t.stop || t.title || t.org != orgNone || isCalendar(t.fold) || placeWordSet[t.fold] || nonNameSet[t.fold] {
		return
	}
	w := t.norm
	if t.allCaps && runeLen(w) > 1 && t.noisy {
		w = titleCase(w) // a headline in capitals: "SOLEIMANI" is not an acronym
	}
	k := f.wordKey(w)
	target := r.person(k, t.fold)
	if target == nil {
		target = r.org(k)
	}
	if target == nil && (f.lang == "de" || f.lang == "nl" || f.lang == "pl") {
		// Case endings the key keeps: German "Putins", Polish "Putinem".
		for _, end := range []string{"s", "em", "ie", "owi"} {
			if s, ok := strings.CutSuffix(w, end); ok && runeLen(s) >= 3 {
				if target = r.person(f.wordKey(s), ""); target != nil {
					break
				}
			}
		}
	}
	if target != nil {
		if c := f.add(&cand{seg: si, i: i, j: i + 1}); c != nil {
			r.attach(target, c)
		}
		return
	}
	if f.lower[t.fold] {
		return // a common word the article writes in lowercase
	}
	if g := f.gazetteer(w); g.ok && runeLen(w) >= 3 && (g.kind == kindCountry || g.pop >= 100000 && !t.allCaps) {
		if c := f.add(&cand{seg: si, i: i, j: i + 1, placeID: g.id, place: g.name}); c != nil {
			r.join(Place, c)
		}
	}
}

// sweepHan adds the uncovered occurrences of a Chinese name in Han token
// i.
func (r *resolver) sweepHan(si, i int, name string, g *group) {
	f := r.f
	t := &f.segs[si].toks[i]
	run := f.segs[si].src[t.start:t.end]
	for off := 0; ; {
		k := strings.Index(run[off:], name)
		if k < 0 {
			return
		}
		a := t.start + off + k
		b := a + len(name)
		if !f.covered(si, a, b) {
			c := &cand{seg: si, i: i, j: i + 1, start: a, end: b, keys: g.keys, surname: g.surname}
			if f.add(c) != nil {
				r.attach(g, c)
			}
		}
		off += k + len(name)
	}
}

// matchArabic returns the end of the tokens from i that spell words, the
// first maybe with a one-letter proclitic ("لقاسم سليماني"), or i.
func matchArabic(ts []tok, i int, words []string) int {
	if i+len(words) > len(ts) {
		return i
	}
	for k, w := range words {
		t := &ts[i+k]
		if t.used || !t.arabic || k > 0 && !t.joinPrev {
			return i
		}
		if t.fold == w {
			continue
		}
		if rest, ok := ar.StripProclitic(t.fold); k == 0 && ok && rest == w {
			continue
		}
		return i
	}
	return i + len(words)
}

// titleCase returns w with only its first letter a capital.
func titleCase(w string) string {
	for i := range w {
		if i > 0 {
			return w[:i] + strings.ToLower(w[i:])
		}
	}
	return w
}
