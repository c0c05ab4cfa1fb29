package entity

import (
	"strings"

	"github.com/storyline/storyline/internal/lang/token"
)

// maxNameWords bounds a name: longer capitalised runs are menus or titles.
const maxNameWords = 10

// context is what precedes a run of capitals.
type context struct {
	title bool // a title or rank: the run is a person
	desc  bool // an organisation descriptor: the run is an organisation
	place bool // a place preposition
	org   int  // index of a lowercase organisation type word just before ("la force Al-Qods"), or -1
}

// scanCased finds the runs of capitalised words of segment si.
func (f *finder) scanCased(si int) {
	ts := f.segs[si].toks
	n := len(ts)
	for i := 0; i < n; {
		t := &ts[i]
		if t.kind != token.Word || !t.capital || t.noisy || t.arabic {
			i++
			continue
		}
		start := i
		if i > 0 && ts[i].hyphenPrev && !ts[i-1].capital && f.isArticleAt(si, i-1) {
			start = i - 1 // "al-Quds"
		}
		j := i + 1
		for j < n && ts[j-1].suffix == "" && ts[j].joinPrev && ts[j].kind == token.Word && ts[j].cased {
			if ts[j].capital {
				if ts[j].hyphenPrev && f.hyphenBreak(si, j) {
					break
				}
				j++
				continue
			}
			k := j
			for k < n && ts[k].cased && !ts[k].capital && ts[k].joinPrev && ts[k-1].suffix == "" && (particleSet[ts[k].fold] || innerParticle(ts[k-1].fold, ts[k].fold)) {
				k++
			}
			if k > j && k < n && ts[k].capital && ts[k].joinPrev && ts[k].kind == token.Word && ts[k-1].suffix == "" {
				j = k + 1
				continue
			}
			break
		}
		ctx := f.context(si, start)
		if ctx.org >= 0 {
			start = ctx.org
		}
		f.run(si, start, j, ctx)
		i = j
	}
}

// innerParticle reports the particles allowed only after another ("von der
// Leyen", "van den Berg"); alone they are German and Dutch articles.
func innerParticle(prev, w string) bool {
	return (prev == "von" || prev == "van") && innerParticleSet[w]
}

// hyphenBreak reports whether the hyphen before token j splits the run:
// between two places or demonyms ("Iran-Iraq", "Russian-Iranian"), not
// after an article ("al-Assad") or between titles ("Major-General").
func (f *finder) hyphenBreak(si, j int) bool {
	ts := f.segs[si].toks
	a, b := &ts[j-1], &ts[j]
	if particleSet[a.fold] || a.title && b.title {
		return false
	}
	return f.placeOrDemonym(a) || f.placeOrDemonym(b)
}

// context looks at the words before a run starting at token i.
func (f *finder) context(si, i int) context {
	ts := f.segs[si].toks
	ctx := context{org: -1}
	if i == 0 {
		return ctx
	}
	p := &ts[i-1]
	if p.kind != token.Word || p.capital && !p.noisy && !p.sentStart {
		return ctx
	}
	gap := strings.TrimSpace(f.segs[si].src[p.end:ts[i].start])
	if p.suffix != "" && gap == "" {
		gap = "'" // after a possessive: "Lebanon's Hezbollah"
	}
	switch gap {
	case "", ",", "«", "“", "\"", "„":
	default:
		if !strings.HasPrefix(gap, "'") {
			return ctx
		}
	}
	w := p.fold
	ctx.title = isTitle(w) && gap != "'"
	ctx.desc = orgDescSet[w] || orgDescSet[trimCaseEnding(w)]
	if gap == "" && !p.capital {
		ctx.place = placePrepSet[w]
		if k := orgWord(w); k != orgNone && !ctx.desc && f.lang != "en" && f.lang != "de" {
			ctx.org = i - 1 // "la force Al-Qods", "партия Яблоко"
		}
	}
	return ctx
}

// run classifies and records the run of capitals toks[i:j].
func (f *finder) run(si, i, j int, ctx context) {
	ts := f.segs[si].toks
	if ctx.org < 0 {
		i = f.trimLeading(si, i, j)
	}
	for j > i && (particleSet[ts[j-1].fold] || ts[j-1].stop && !ts[j-1].allCaps || f.calendarAt(si, j-1, j)) {
		j--
	}
	if i >= j || j-i > 2*maxNameWords {
		return
	}
	caps := 0
	for k := i; k < j; k++ {
		if ts[k].capital {
			caps++
		}
	}
	if caps > maxNameWords {
		return
	}
	// A month or weekday splits the run ("Yemen January").
	for k := i; k < j; k++ {
		if f.calendarAt(si, k, j) {
			f.run(si, i, k, ctx)
			f.run(si, k+1, j, context{org: -1})
			return
		}
	}
	hasOrg, lastCue := false, Type("")
	for k := i; k < j; k++ {
		switch {
		case ts[k].org != orgNone:
			hasOrg, lastCue = true, Organization
		case placeWordSet[ts[k].fold] && k > i:
			lastCue = Place
		}
	}
	// A title splits the run: before it a qualifier, after it the person.
	for k := j - 1; k >= i; k-- {
		if !ts[k].title {
			continue
		}
		if k+1 < j && !particleSet[ts[k+1].fold] && f.orgAfter(si, k+1, j) {
			break // "General Staff", "General Assembly"
		}
		b := k
		for b > i && (ts[b-1].title || titleModSet[ts[b-1].fold]) {
			b--
		}
		f.qualifier(si, i, b)
		f.afterTitle(si, k+1, j)
		return
	}
	// Words joined by "of", "for", "and", "the" form one name only with a
	// type word ("Ministry of Defense", "Center for Public Affairs").
	if !hasOrg && lastCue != Place {
		for k := i + 1; k < j-1; k++ {
			if w := ts[k].fold; !ts[k].capital && (w == "of" || joinWordSet[w]) {
				if f.gazetteer(f.spanText(si, i, j)).ok {
					break
				}
				e := k
				for e < j && !ts[e].capital {
					e++
				}
				f.run(si, i, k, ctx)
				f.run(si, e, j, context{org: -1})
				return
			}
		}
	}
	// A leading acronym stands alone ("IRGC Qods Force", "U.S. State
	// Department").
	if j-i > 1 && ts[i].allCaps && !ts[i+1].allCaps && !f.gazetteer(f.spanText(si, i, j)).ok {
		f.single(si, i, context{org: -1})
		f.run(si, i+1, j, context{org: -1})
		return
	}
	switch {
	case hasOrg || ctx.desc || ctx.org >= 0:
		if lastCue == Place {
			f.placeRun(si, i, j)
			return
		}
		f.orgRun(si, i, j)
	case lastCue == Place:
		f.placeRun(si, i, j)
	case j-i == 1:
		f.single(si, i, ctx)
	default:
		f.multi(si, i, j, ctx)
	}
}

// calendarAt reports whether token k of a run ending at j is a month or
// weekday: a calendar word last in the run or beside a number ("Yemen
// January 6", "5 Kasım"); elsewhere it may be a name ("Kasım Süleymani").
func (f *finder) calendarAt(si, k, j int) bool {
	ts := f.segs[si].toks
	if !isCalendar(ts[k].fold) {
		return false
	}
	return k == j-1 || k > 0 && ts[k-1].kind == token.Number || k+1 < len(ts) && ts[k+1].kind == token.Number
}

// trimLeading drops the leading words of a run that are no part of a name
// and returns the new start.
func (f *finder) trimLeading(si, i, j int) int {
	ts := f.segs[si].toks
	for i < j {
		t := &ts[i]
		w := t.fold
		switch {
		case f.isArticleAt(si, i) && i+1 < j && ts[i+1].hyphenPrev:
			return i // "Al-Safir"
		case particleSet[w] || f.calendarAt(si, i, j):
		case t.stop && !t.allCaps:
		case t.sentStart && f.lower[w] && !t.title && !t.allCaps && t.org == orgNone:
		case t.sentStart && !f.evidence(si, i, j):
		default:
			return i
		}
		i++
	}
	return i
}

// evidence reports whether a sentence-initial word is likely part of a
// name: the article capitalises it mid-sentence, or it is a given name, a
// title, an organisation or place word, or a place.
func (f *finder) evidence(si, i, j int) bool {
	t := &f.segs[si].toks[i]
	w := t.fold
	if f.midCap[w] || givenNameSet[w] || t.title || t.org != orgNone || t.allCaps {
		return true
	}
	if i+1 < j && (f.segs[si].toks[j-1].org != orgNone || placeWordSet[f.segs[si].toks[j-1].fold]) {
		return true
	}
	g := f.gazetteer(t.norm)
	return g.ok && (g.kind != kindCity || g.pop >= 1000000)
}

// orgAfter reports whether an organisation word stands in toks[i:j].
func (f *finder) orgAfter(si, i, j int) bool {
	for k := i; k < j; k++ {
		if f.segs[si].toks[k].org != orgNone {
			return true
		}
	}
	return false
}

// qualifier handles the words before a title: organisations and places
// are kept ("Quds Force Commander"), demonyms and the rest dropped
// ("Syrian President").
func (f *finder) qualifier(si, i, j int) {
	ts := f.segs[si].toks
	for i < j && (f.demonym(&ts[i]) || titleModSet[ts[i].fold]) && ts[j-1].org == orgNone {
		i++
	}
	if i >= j {
		return
	}
	if f.orgAfter(si, i, j) {
		f.run(si, i, j, context{org: -1})
		return
	}
	if g := f.gazetteer(f.spanText(si, i, j)); g.ok {
		f.placeSpan(si, i, j, g)
	}
}

// afterTitle records the person after a title; "of" and a place may come
// between ("President of Russia Vladimir Putin").
func (f *finder) afterTitle(si, i, j int) {
	ts := f.segs[si].toks
	if i >= j {
		return
	}
	if particleSet[ts[i].fold] {
		k := i
		for k < j && !ts[k].capital {
			k++
		}
		if k < j && f.orgAfter(si, k, j) {
			f.run(si, k, j, context{org: -1}) // "Commander of the Revolutionary Guards"
			return
		}
		for e := min(j, k+3); e > k; e-- {
			if g := f.gazetteer(f.spanText(si, k, e)); g.ok {
				f.placeSpan(si, k, e, g)
				f.afterTitle(si, e, j)
				return
			}
		}
		return
	}
	if f.orgAfter(si, i, j) {
		f.orgRun(si, i, j)
		return
	}
	if g := f.gazetteer(ts[i].norm); j-i >= 2 && g.ok && g.kind == kindCountry && !givenNameSet[ts[i].fold] {
		// The title's country: "Президент России Владимир Путин".
		f.placeSpan(si, i, i+1, g)
		i++
	}
	f.add(&cand{seg: si, i: i, j: j, typ: Person})
}

// orgRun records the organisations of a run with type words, split after a
// type word that the rest of the run does not need ("Iranian
// Revolutionary Guard Corps Quds Force" is two).
func (f *finder) orgRun(si, i, j int) {
	ts := f.segs[si].toks
	for k := i; k < j-1; k++ {
		if ts[k].org == orgNone || ts[k+1].org != orgNone || !ts[k+1].capital {
			continue
		}
		if f.orgAfter(si, k+1, j) {
			f.orgRun(si, i, k+1)
			f.orgRun(si, k+1, j)
			return
		}
	}
	// Trailing acronyms after the type word stand alone ("Quds Force HQ").
	for j-i > 1 && ts[j-1].allCaps && ts[j-2].org != orgNone {
		f.single(si, j-1, context{org: -1})
		j--
	}
	if j-i > 1 || j-i == 1 && ts[i].org == orgNone {
		f.add(&cand{seg: si, i: i, j: j, typ: Organization})
	}
}

// placeRun records a run that ends with a place word ("Aleppo Airport",
// "Middle East").
func (f *finder) placeRun(si, i, j int) {
	if g := f.gazetteer(f.spanText(si, i, j)); g.ok {
		f.placeSpan(si, i, j, g)
		return
	}
	f.add(&cand{seg: si, i: i, j: j, typ: Place})
}

// placeSpan records a gazetteer place over toks[i:j].
func (f *finder) placeSpan(si, i, j int, g gazHit) {
	f.add(&cand{seg: si, i: i, j: j, typ: Place, placeID: g.id, place: g.name})
}

// single records a one-word run: typed by its context, else left for
// resolve.
func (f *finder) single(si, i int, ctx context) {
	t := &f.segs[si].toks[i]
	if runeLen(t.norm) < 3 && !t.allCaps || t.org != orgNone || t.title || placeWordSet[t.fold] || titleModSet[t.fold] {
		return // "Mi", "Agency", "General", "East": not names alone
	}
	c := &cand{seg: si, i: i, j: i + 1, acronym: t.allCaps && runeLen(t.norm) <= 6}
	switch {
	case ctx.title:
		c.typ = Person
	case ctx.desc:
		c.typ = Organization
	case ctx.place || locativeSuffixes[t.suffix] && (f.lang == "tr" || f.lang == "az"):
		c.placeHint = true
	}
	if f.lang == "de" && c.typ == "" && !c.placeHint && !c.acronym && !f.gazetteer(t.norm).ok {
		// German capitalises every noun: a lone capitalised word needs a
		// cue or a known name (the second pass).
		return
	}
	f.add(c)
}

// multi handles a run of several words without a cue: a place the
// gazetteer knows, a place and a name ("Russia Vladimir Putin"), or a
// person's name.
func (f *finder) multi(si, i, j int, ctx context) {
	ts := f.segs[si].toks
	if g := f.gazetteer(f.spanText(si, i, j)); g.ok {
		f.placeSpan(si, i, j, g)
		return
	}
	if j-i == 2 && f.isArticleAt(si, i) && !ctx.title {
		// "al-Nusra", "Al-Safir", «al-Quds»: a family name, or more often
		// an organisation (resolve decides).
		f.add(&cand{seg: si, i: i, j: j, alForm: true})
		return
	}
	if g := f.gazetteer(ts[i].norm); g.ok && g.kind == kindCountry && !givenNameSet[ts[i].fold] && j-i >= 2 && !ctx.title {
		f.placeSpan(si, i, i+1, g)
		f.run(si, i+1, j, context{org: -1})
		return
	}
	// Leading demonyms qualify the name ("Iranian Qassem Soleimani").
	for i < j-1 && f.demonym(&ts[i]) {
		i++
	}
	if j-i == 1 {
		f.single(si, i, ctx)
		return
	}
	c := &cand{seg: si, i: i, j: j}
	if ctx.title || f.personLike(si, i, j) {
		c.typ = Person
	}
	f.add(c)
}

// personLike reports whether a run of two to four words without type
// words looks like a person's name: no particle other than an Arabic or
// European name particle ("al", "bin", "von", "de"), no hyphenated
// compound other than after a particle.
func (f *finder) personLike(si, i, j int) bool {
	ts := f.segs[si].toks
	if j-i < 2 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		w := ts[k].fold
		if w == "of" || w == "for" || w == "and" || w == "the" || ts[k].allCaps && runeLen(w) > 1 || nonNameSet[w] {
			return false
		}
		if k > i && ts[k].hyphenPrev && !particleSet[ts[k-1].fold] && !givenNameSet[ts[k-1].fold] {
			return false
		}
	}
	return true
}

// spanText returns the text of toks[i:j] as written.
func (f *finder) spanText(si, i, j int) string {
	ts := f.segs[si].toks
	return f.segs[si].src[ts[i].start:ts[j-1].end]
}
