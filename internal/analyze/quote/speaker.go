package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// Speakers. A quotation's speaker is the subject of the speech cue nearest
// to it: first a cue right after it ("“...,” Ayyoub disclosed", "«...», —
// said the Russian Foreign Ministry", "«...», he added"), then the last cue
// before it in its sentence ("Mikdad said that “...”", "قائلا: “...”",
// "according to Flark, ..."). Where the subject stands depends on the cue
// (see role); a pronoun or "the latter" is resolved to a person named
// before; a phrase is resolved to the mention that covers it.

type pkind uint8

const (
	pName       pkind = iota + 1 // a name or a description, as written
	pPronoun                     // he, she, он, هو
	pObjPronoun                  // him, her
	pAnaphor                     // the latter, the former
)

// phrase is a speaker phrase: tokens [i, j), bytes [s, e).
type phrase struct {
	s, e   int
	i, j   int
	kind   pkind
	latter bool // for pAnaphor: the latter, not the former
	np     bool // a description headed by a speaker noun ("the official")
	person bool // for np: the head noun describes a person
}

// speaker is a resolved speaker.
type speaker struct {
	name, key string
	person    bool
	pos       int // byte offset of the phrase
}

// attribute finds the speaker of quotation g.
func (d *doc) attribute(g *group, q *Quote) {
	var h *hit
	var p phrase
	var ok bool
	lo, preEnd := d.preWindow(g)
	if ph, pp, pok := d.postCue(g, lo, preEnd); ph != nil {
		h, p, ok = ph, pp, pok
	}
	if !ok {
		if ph, pp, pok := d.preCue(lo, preEnd); ph != nil && (pok || h == nil) {
			h, p, ok = ph, pp, pok
		}
	}
	para := -1
	if preEnd < len(d.toks) {
		para = d.toks[preEnd].para
	}
	last := d.last
	d.last = lastQuote{para: para}
	if h == nil {
		if lo == preEnd && last.ok && last.para == para {
			// “...,” said X. “...”: a quotation that is a sentence of its
			// own goes on with the one before it in the paragraph.
			q.Speaker, q.SpeakerKey = last.sp.name, last.sp.key
			d.last = last
		}
		return
	}
	q.Cue = strings.ToLower(d.text[h.s:h.e])
	if !ok {
		return
	}
	defer func() {
		if q.Speaker != "" {
			d.last = lastQuote{para: para, ok: true, sp: speaker{name: q.Speaker, key: q.SpeakerKey}}
		}
	}()
	if h.c.role == roleAsSaying {
		// "Hosseinifard quotes him as saying": the reporter first, so that
		// "him" is not taken for him.
		var r speaker
		if rp, rok := d.asSayingReporter(p, lo); rok {
			if r, ok = d.resolve(rp, ""); ok {
				q.ReportedBy = r.name
			}
		}
		if sp, found := d.resolve(p, r.key); found && !sameEntity(r.name, r.key, sp) {
			q.Speaker, q.SpeakerKey = sp.name, sp.key
			d.speakers = append(d.speakers, sp)
		}
		return
	}
	sp, found := d.resolve(p, "")
	if !found {
		return
	}
	q.Speaker, q.SpeakerKey = sp.name, sp.key
	d.speakers = append(d.speakers, sp)
	q.ReportedBy = d.reporter(p, lo, sp)
}

// lastQuote is the quotation attributed last.
type lastQuote struct {
	para int
	ok   bool // it has a speaker
	sp   speaker
}

// preWindow returns the tokens of the sentence before quotation g: [lo,
// preEnd), empty when the quotation begins a sentence.
func (d *doc) preWindow(g *group) (lo, preEnd int) {
	preEnd = d.tokenAt(g.s)
	if preEnd == 0 {
		return 0, 0
	}
	if strings.ContainsAny(d.text[d.toks[preEnd-1].e:g.s], ".!?…؟。！？\n") && !strings.HasSuffix(strings.TrimSpace(d.text[d.toks[preEnd-1].e:g.s]), ":") {
		return preEnd, preEnd
	}
	return d.sentenceStart(preEnd - 1), preEnd
}

// postCue looks for a speech cue right after quotation g and its speaker.
func (d *doc) postCue(g *group, lo, preEnd int) (*hit, phrase, bool) {
	if !g.closed {
		return nil, phrase{}, false
	}
	post := d.tokenAt(g.e)
	if post >= len(d.toks) {
		return nil, phrase{}, false
	}
	if strings.ContainsAny(d.text[g.e:d.toks[post].s], ".!?…؟。！？\n") {
		return nil, phrase{}, false
	}
	// "“... Muslims.” Flark also confirmed": a new sentence, not an
	// attribution.
	content := strings.TrimSpace(d.text[g.pieces[len(g.pieces)-1].s:g.close.s])
	if r, _ := utf8.DecodeLastRuneInString(content); strings.ContainsRune(".…", r) && d.toks[post].upper {
		return nil, phrase{}, false
	}
	var h *hit
	for k := post; k < len(d.toks) && k < post+8; k++ {
		if k > post && d.toks[k].brk || d.toks[k].quoted {
			break
		}
		if x := d.hitOf(k); x != nil && x.c.kind&kSpeech != 0 {
			h = x
			break
		}
	}
	if h == nil {
		return nil, phrase{}, false
	}
	// The words between the quotation and the cue, auxiliaries aside.
	end := h.i
	for end > post && auxiliaries[d.toks[end-1].low] {
		end--
	}
	if h.han && d.toks[h.i].s < h.s {
		// "“...”，他说": the speaker is the Han run before the verb.
		return h, d.hanPhrase(h), true
	}
	if end > post {
		if h.c.role == roleAfter || h.c.role == rolePostOnly {
			return nil, phrase{}, false
		}
		p, ok := d.phraseEnding(end-1, post)
		if !ok || p.i > post {
			return nil, phrase{}, false // "... and stated that": not an attribution
		}
		return h, p, true
	}
	switch h.c.role {
	case roleVerb, roleAfter, rolePostOnly:
		if p, ok := d.phraseStarting(d.skipParenthetical(h.j), len(d.toks)); ok && d.toks[p.i].sent == d.toks[h.i].sent {
			return h, p, true
		}
	}
	// Turkish and others: „Erdoğan, “...” dedi“: the speaker before the
	// quotation, set off by a comma or colon.
	if preEnd > lo && strings.ContainsAny(d.text[d.toks[preEnd-1].e:g.s], ",:،") {
		if p, ok := d.phraseEnding(preEnd-1, lo); ok && p.kind != pObjPronoun {
			return h, p, true
		}
	}
	return h, phrase{}, false
}

// preCue looks for the last speech cue before a quotation, in its
// sentence, and its speaker.
func (d *doc) preCue(lo, preEnd int) (*hit, phrase, bool) {
	var h *hit
	for k := preEnd - 1; k >= lo; k-- {
		if d.toks[k].quoted {
			continue
		}
		if x := d.hitOf(k); x != nil && x.c.kind&kSpeech != 0 && x.c.role != rolePostOnly {
			h = x
			break
		}
	}
	if h == nil {
		return nil, phrase{}, false
	}
	if h.han {
		if d.toks[h.i].s < h.s {
			return h, d.hanPhrase(h), true
		}
		p, ok := d.phraseEnding(h.i-1, lo)
		return h, p, ok
	}
	var p phrase
	ok := false
	switch h.c.role {
	case roleAfter:
		p, ok = d.phraseStarting(h.j, preEnd)
	case roleBefore:
		p, ok = d.phraseEnding(h.i-1, lo)
	case roleParticiple:
		if h.i > lo && !d.hasPunct(h.i) {
			p, ok = d.phraseEnding(h.i-1, lo)
			ok = ok && !p.np
		}
		if !ok {
			p, ok = d.clauseSubject(h.i, lo)
		}
	case roleAsSaying:
		p, ok = d.asSayingSpeaker(h, lo)
	case roleVerb, roleVerbBefore:
		if h.c.role == roleVerb {
			p, ok = d.inverted(h, preEnd)
		}
		if !ok {
			p, ok = d.subjectBefore(h.i, lo)
		}
		if sovLanguages[d.lang] && (!ok || d.mentionIn(p) == nil) {
			// The subject may stand anywhere before the final verb: take the
			// last person or organisation named.
			if mp, mok := d.nearestMention(lo, h.i); mok {
				p, ok = mp, true
			}
		}
		if !ok && h.i > lo && (conjunctions[d.toks[h.i-1].low] || d.hasPunct(h.i)) {
			p, ok = d.clauseSubject(h.i, lo)
		}
		if !ok && d.implicitSubject(h, lo) {
			// "وأضاف أن ...", "Añadió que ...": the subject is left out and
			// is the person last named.
			p, ok = phrase{s: h.s, e: h.s, i: h.i, j: h.i, kind: pPronoun}, true
		}
	}
	return h, p, ok
}

// implicitSubject reports whether the verb of h begins its clause and is
// followed at once by what was said, so that its subject is left out.
func (d *doc) implicitSubject(h *hit, lo int) bool {
	start := h.i == lo || d.toks[h.i].brk || d.hasPunct(h.i) || h.s > d.toks[h.i].s ||
		h.i > 0 && conjunctions[d.toks[h.i-1].low]
	if !start || h.j >= len(d.toks) {
		return false
	}
	return complementizers[d.toks[h.j].low] || strings.ContainsAny(d.gap(h.j), ":：")
}

// inverted returns the subject standing after a speech verb before a
// quotation: "قال المسؤول: “...”", "said Mr Ayyoub: “...”". Outside the
// verb-first languages nothing but a colon, comma or "that" may follow.
func (d *doc) inverted(h *hit, preEnd int) (phrase, bool) {
	p, ok := d.phraseStarting(d.skipParenthetical(h.j), preEnd)
	if !ok {
		return p, false
	}
	if vsoLanguages[d.lang] || !d.toks[p.i].cased && d.toks[p.i].kind == token.Word && isArabicScript(&d.toks[p.i]) {
		return p, true
	}
	for k := p.j; k < preEnd; k++ {
		if !complementizers[d.toks[k].low] {
			return p, false
		}
	}
	return p, true
}

// skipParenthetical skips a short aside set off by commas after a cue
// ("said, in particular, the Ministry"), returning the next token.
func (d *doc) skipParenthetical(j int) int {
	if j >= len(d.toks) || !strings.ContainsAny(d.gap(j), ",،") {
		return j
	}
	for k := j; k < len(d.toks) && k < j+4; k++ {
		t := &d.toks[k]
		if t.upper || t.brk && k > j || d.hitOf(k) != nil {
			return j
		}
		if k+1 < len(d.toks) && strings.ContainsAny(d.gap(k+1), ",،") {
			return k + 1
		}
	}
	return j
}

// subjectBefore returns the subject of the verb at token c: the phrase
// right before it, auxiliaries skipped, or the name before a clause set
// off by commas ("Flark, who ..., noted", "..., Habib Hosseinifard, says").
func (d *doc) subjectBefore(c, lo int) (phrase, bool) {
	j := c - 1
	for j >= lo && auxiliaries[d.toks[j].low] && !d.hasPunct(j+1) {
		j--
	}
	if j < lo {
		return phrase{}, false
	}
	if d.hasPunct(j + 1) {
		k := j
		for k > lo && !d.hasPunct(k) && !d.toks[k].brk {
			k--
		}
		if p, ok := d.phraseEnding(j, k); ok && p.i <= k && p.kind == pName && !p.np {
			return p, true // an apposition: ", Habib Hosseinifard, says"
		}
		if k > lo && d.hasPunct(k) {
			return d.phraseEnding(k-1, lo)
		}
		return phrase{}, false
	}
	return d.phraseEnding(j, lo)
}

// clauseSubject returns the subject of the clause that holds token c: the
// nearest phrase before c that begins a clause (at the sentence start,
// after a comma, "that", "and", "which") and is followed by a word.
func (d *doc) clauseSubject(c, lo int) (phrase, bool) {
	for k := c - 1; k >= lo; k-- {
		if d.toks[k].quoted {
			continue
		}
		prev := ""
		if k > 0 {
			prev = d.toks[k-1].low
		}
		start := k == lo || d.toks[k].brk || d.hasPunct(k) || complementizers[prev] || conjunctions[prev] || clauseOpeners[prev]
		if !start {
			continue
		}
		p, ok := d.phraseStarting(k, c)
		if !ok || p.j >= c || d.hasPunct(p.j) || p.kind == pObjPronoun {
			continue
		}
		return p, true
	}
	return phrase{}, false
}

// asSayingSpeaker returns the speaker of "X quotes Y as saying" (Y) or "Y
// was quoted as saying" (Y).
func (d *doc) asSayingSpeaker(h *hit, lo int) (phrase, bool) {
	j := h.i - 1
	if j < lo {
		return phrase{}, false
	}
	if v := d.hitEndingAt(j); v != nil {
		// "Y was quoted as saying".
		return d.subjectBefore(v.i, lo)
	}
	return d.phraseEnding(j, lo)
}

// asSayingReporter returns X of "X quotes Y as saying".
func (d *doc) asSayingReporter(p phrase, lo int) (phrase, bool) {
	if v := d.hitEndingAt(p.i - 1); v != nil && v.c.kind&kSpeech != 0 {
		return d.subjectBefore(v.i, lo)
	}
	return phrase{}, false
}

// hitEndingAt returns the cue whose last token is k.
func (d *doc) hitEndingAt(k int) *hit {
	for i := k; i >= 0 && i > k-4; i-- {
		if h := d.hitOf(i); h != nil {
			if h.j == k+1 {
				return h
			}
			return nil
		}
	}
	return nil
}

// reporter returns who reports speech whose speaker phrase p stands in a
// clause reported by someone else: "Flark noted that the latter implored
// Assad ..., telling him that “...”" (Flark), or a source cited earlier in
// the sentence ("صحيفة ... نقلا عن فلارك قوله").
func (d *doc) reporter(p phrase, lo int, sp speaker) string {
	if r, ok := d.governor(p); ok && !sameEntity(r.name, r.key, sp) {
		return r.name
	}
	var best *srcHit
	first := sort.Search(len(d.srcs), func(i int) bool { return d.srcs[i].s >= d.toks[lo].s })
	for i := first; i < len(d.srcs) && d.srcs[i].s < p.s; i++ {
		s := &d.srcs[i]
		if s.sent != d.toks[p.i].sent || s.kind == kCite {
			continue
		}
		if sameEntity(s.name, s.key, sp) || s.own == namekey.Key(sp.name) {
			continue
		}
		best = s
	}
	if best != nil {
		return best.name
	}
	return ""
}

// governor returns the subject of the speech verb whose "that" clause
// phrase p begins: Flark in "Flark noted that the latter ...".
func (d *doc) governor(p phrase) (speaker, bool) {
	if p.i <= 0 || p.i >= len(d.toks) {
		return speaker{}, false
	}
	lo := d.sentenceStart(p.i)
	k := p.i - 1
	for k >= lo && complementizers[d.toks[k].low] {
		k--
	}
	if k == p.i-1 || k < lo {
		return speaker{}, false
	}
	v := d.hitEndingAt(k)
	if v == nil || v.c.kind&kSpeech == 0 || v.c.role != roleVerb {
		return speaker{}, false
	}
	rp, ok := d.subjectBefore(v.i, lo)
	if !ok || rp.kind == pAnaphor {
		return speaker{}, false
	}
	return d.resolve(rp, "")
}

// sameEntity reports whether a name and key denote the speaker sp.
func sameEntity(name, key string, sp speaker) bool {
	return name == sp.name || key != "" && key == sp.key
}

// nearestMention returns the last person or organisation mention in tokens
// [lo, c), outside quotations.
func (d *doc) nearestMention(lo, c int) (phrase, bool) {
	if lo >= c {
		return phrase{}, false
	}
	s, e := d.toks[lo].s, d.toks[c].s
	for i := len(d.ments) - 1; i >= 0; i-- {
		m := &d.ments[i]
		if m.End > e || m.Start < s || m.Type == "place" {
			continue
		}
		ti := d.tokenAt(m.Start)
		if ti < len(d.toks) && d.toks[ti].quoted {
			continue
		}
		return phrase{s: m.Start, e: m.End, i: ti, j: d.tokenAt(m.End), kind: pName}, true
	}
	return phrase{}, false
}

// hanPhrase returns the Han characters before the Chinese verb of h.
func (d *doc) hanPhrase(h *hit) phrase {
	t := &d.toks[h.i]
	p := phrase{s: t.s, e: h.s, i: h.i, j: h.i + 1, kind: pName}
	if pronounIn(subjectPronouns, d.lang, d.text[p.s:p.e]) {
		p.kind = pPronoun
	}
	return p
}

// phraseEnding returns the speaker phrase whose last token is j, starting
// no earlier than token lo.
func (d *doc) phraseEnding(j, lo int) (phrase, bool) {
	if j < lo || j < 0 || j >= len(d.toks) {
		return phrase{}, false
	}
	t := &d.toks[j]
	if t.quoted || t.kind != token.Word && t.kind != token.Han {
		return phrase{}, false
	}
	if m := d.mentionOver(t.s, t.e); m != nil {
		return d.mentionPhrase(m), true
	}
	if p, ok := d.pronounAt(j); ok {
		return p, true
	}
	if latter, ok := anaphors[t.low]; ok {
		p := phrase{s: t.s, e: t.e, i: j, j: j + 1, kind: pAnaphor, latter: latter}
		if j-1 >= lo && determiners[d.toks[j-1].low] {
			p.i, p.s = j-1, d.toks[j-1].s
		}
		return p, true
	}
	if complementizers[t.low] || conjunctions[t.low] || determiners[t.low] {
		return phrase{}, false
	}
	if !t.cased {
		if t.kind == token.Han {
			return phrase{s: t.s, e: t.e, i: j, j: j + 1, kind: pName}, true
		}
		if d.stopLike(j) || d.hitOf(j) != nil {
			return phrase{}, false
		}
		// Up to three words: "وزير خارجه ايران گفت". In a verb-first
		// language the word before may be the verb ("طمأنه سليماني قائلا"),
		// so only a given name or a title goes with the name there.
		i := j
		for i-1 >= lo && j-i < 2 && !d.hasPunct(i) && !hasQuoteMark(d.gap(i)) && !d.toks[i].brk {
			p := &d.toks[i-1]
			if p.quoted || p.cased || p.kind != token.Word || d.stopLike(i-1) || complementizers[p.low] || d.hitEndingAt(i-1) != nil {
				break
			}
			if vsoLanguages[d.lang] && !ar.IsGivenName(p.low) && !ar.IsNameCue(p.low) && !nameLinks[p.low] {
				break
			}
			i--
		}
		return phrase{s: d.toks[i].s, e: t.e, i: i, j: j + 1, kind: pName}, true
	}
	if t.upper {
		i := j
		for i-1 >= lo && d.joinable(i) && !d.toks[i-1].quoted {
			p := &d.toks[i-1]
			if p.upper && !determiners[p.low] || connectors[p.low] && d.toks[i].upper {
				i--
				continue
			}
			break
		}
		for i < j && connectors[d.toks[i].low] && !d.toks[i].upper {
			i++
		}
		if i-1 >= lo && d.joinable(i) && determiners[d.toks[i-1].low] {
			i--
		}
		if d.descriptorOnly(i, j+1) && !(i < j && determiners[d.toks[i].low]) {
			return phrase{}, false
		}
		return phrase{s: d.toks[i].s, e: t.e, i: i, j: j + 1, kind: pName}, true
	}
	if person, ok := speakerNouns[t.low]; ok {
		i := j
		for n := 0; i-1 >= lo && n < 3 && d.joinable(i) && !d.toks[i-1].quoted; n++ {
			p := &d.toks[i-1]
			if determiners[p.low] {
				i--
				break
			}
			if p.kind != token.Word || complementizers[p.low] || conjunctions[p.low] || auxiliaries[p.low] || d.hitOf(i-1) != nil {
				break
			}
			i--
		}
		return phrase{s: d.toks[i].s, e: t.e, i: i, j: j + 1, kind: pName, np: true, person: person}, true
	}
	return phrase{}, false
}

// phraseStarting returns the speaker phrase whose first token is i, ending
// before token hi.
func (d *doc) phraseStarting(i, hi int) (phrase, bool) {
	if i >= hi || i >= len(d.toks) {
		return phrase{}, false
	}
	t := &d.toks[i]
	if t.quoted || complementizers[t.low] {
		return phrase{}, false
	}
	if m := d.mentionOver(t.s, t.e); m != nil {
		return d.mentionPhrase(m), true
	}
	if p, ok := d.pronounAt(i); ok {
		return p, true
	}
	if latter, ok := anaphors[t.low]; ok {
		return phrase{s: t.s, e: t.e, i: i, j: i + 1, kind: pAnaphor, latter: latter}, true
	}
	start := i
	if determiners[t.low] && strings.HasSuffix(t.low, "'") {
		start++ // "l'AFP": the elided article is not the speaker's
	}
	if determiners[t.low] {
		if i+1 >= hi || !d.joinable(i+1) {
			return phrase{}, false
		}
		i++
		t = &d.toks[i]
		if latter, ok := anaphors[t.low]; ok {
			return phrase{s: d.toks[start].s, e: t.e, i: start, j: i + 1, kind: pAnaphor, latter: latter}, true
		}
		if m := d.mentionOver(t.s, t.e); m != nil {
			return d.mentionPhrase(m), true
		}
	}
	if !t.cased {
		if t.kind == token.Han {
			return phrase{s: t.s, e: t.e, i: i, j: i + 1, kind: pName}, true
		}
		j := i
		for j < hi && j < i+4 && (j == i || !d.hasPunct(j) && !hasQuoteMark(d.gap(j))) {
			if u := &d.toks[j]; complementizers[u.low] || d.hitOf(j) != nil || u.quoted || j > i && d.stopLike(j) || u.kind != token.Word {
				break
			}
			j++
		}
		if j == i || d.stopLike(i) {
			return phrase{}, false
		}
		return phrase{s: d.toks[start].s, e: d.toks[j-1].e, i: start, j: j, kind: pName}, true
	}
	j := i
	for j < hi && (j == i || d.joinable(j)) && !d.toks[j].quoted {
		u := &d.toks[j]
		if u.upper && !determiners[u.low] && d.hitOf(j) == nil {
			j++
			continue
		}
		if j > i && connectors[u.low] && j+1 < hi && d.joinable(j+1) && d.toks[j+1].upper {
			j += 2
			continue
		}
		break
	}
	if j > i {
		np, person := false, false
		if j < hi && d.joinable(j) {
			if pr, ok := speakerNouns[d.toks[j].low]; ok && !d.toks[j].upper {
				j, np, person = j+1, true, pr
			}
		}
		if !np && d.descriptorOnly(i, j) && start == i {
			return phrase{}, false
		}
		return phrase{s: d.toks[start].s, e: d.toks[j-1].e, i: start, j: j, kind: pName, np: np, person: person}, true
	}
	for k := i; k < hi && k < i+4; k++ {
		if k > i && !d.joinable(k) || d.toks[k].quoted {
			break
		}
		if person, ok := speakerNouns[d.toks[k].low]; ok {
			p := phrase{s: d.toks[start].s, e: d.toks[k].e, i: start, j: k + 1, kind: pName, np: true, person: person}
			d.extendToName(&p, hi)
			return p, true
		}
		if d.toks[k].kind != token.Word || complementizers[d.toks[k].low] || d.hitOf(k) != nil {
			break
		}
	}
	return phrase{}, false
}

// extendToName extends a description after a verb to the name it
// introduces: "министр иностранных дел Сергей Лавров", "le président
// Emmanuel Macron".
func (d *doc) extendToName(p *phrase, hi int) {
	for k := p.j; k < hi && k < p.j+3; k++ {
		t := &d.toks[k]
		if !d.joinable(k) || t.quoted || d.hitOf(k) != nil || t.kind != token.Word {
			return
		}
		if t.upper {
			e := d.capRunEnd(k)
			p.j, p.e = e, d.toks[e-1].e
			return
		}
		if complementizers[t.low] || pronounIn(subjectPronouns, d.lang, t.low) || auxiliaries[t.low] {
			return
		}
	}
}

// pronounAt returns the pronoun phrase at token i.
func (d *doc) pronounAt(i int) (phrase, bool) {
	t := &d.toks[i]
	switch {
	case pronounIn(subjectPronouns, d.lang, t.low):
		return phrase{s: t.s, e: t.e, i: i, j: i + 1, kind: pPronoun}, true
	case pronounIn(objectPronouns, d.lang, t.low):
		return phrase{s: t.s, e: t.e, i: i, j: i + 1, kind: pObjPronoun}, true
	}
	return phrase{}, false
}

// stopLike reports a function word of a script without capitals.
func (d *doc) stopLike(i int) bool {
	t := &d.toks[i]
	return arabicStop(t.low) || determiners[t.low] || conjunctions[t.low] || auxiliaries[t.low]
}

// descriptorOnly reports whether tokens [i, j) are all outlet descriptors
// or determiners ("the Agency"): a kind, not a name.
func (d *doc) descriptorOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if !d.isDescriptor(k) && !determiners[d.toks[k].low] {
			return false
		}
	}
	return true
}

// mentionOver returns the mention that covers bytes [s, e), preferring a
// person or organisation to a place.
func (d *doc) mentionOver(s, e int) *Mention {
	var best *Mention
	for i := d.mentionsFrom(s); i < len(d.ments); i++ {
		m := &d.ments[i]
		if m.Start > s {
			break
		}
		if m.End < e {
			continue
		}
		if best == nil || best.Type == "place" && m.Type != "place" {
			best = m
		}
	}
	return best
}

func (d *doc) mentionPhrase(m *Mention) phrase {
	i := d.tokenAt(m.Start)
	j := i
	for j < len(d.toks) && d.toks[j].e <= m.End {
		j++
	}
	if j == i {
		j = i + 1
	}
	return phrase{s: m.Start, e: m.End, i: i, j: j, kind: pName}
}

// resolve turns a phrase into a speaker: a pronoun or anaphor into the
// person it stands for, a phrase covering or next to a mention into that
// mention's entity, any other phrase into itself. not is a key the
// speaker cannot have (the subject, for an object pronoun).
func (d *doc) resolve(p phrase, not string) (speaker, bool) {
	switch p.kind {
	case pPronoun:
		return d.antecedent(p, false, "")
	case pObjPronoun:
		return d.antecedent(p, true, not)
	case pAnaphor:
		return d.anaphor(p)
	}
	if m := d.mentionIn(p); m != nil {
		return speaker{name: m.Name, key: m.Key, person: m.Type == "person", pos: p.s}, true
	}
	name := strings.TrimSpace(d.text[p.s:p.e])
	if name == "" {
		return speaker{}, false
	}
	person := p.person
	if !p.np && p.i < len(d.toks) && !determiners[d.toks[p.i].low] && !d.isDescriptor(p.i) {
		// A capitalised name, or words of a script without capitals that
		// do not begin with an institution ("وزارة").
		first := d.toks[p.i].low
		if isPerson, known := speakerNouns[first]; d.toks[p.i].cased || !known || isPerson {
			person = true
		}
	}
	return speaker{name: name, person: person, pos: p.s}, true
}

// mentionIn returns the mention that best covers phrase p: one overlapping
// it (a person or organisation before a place, the longest overlap first),
// or, for a description ("spokesman"), one right next to it.
func (d *doc) mentionIn(p phrase) *Mention {
	var best *Mention
	bestOver := 0
	for i := d.mentionsFrom(p.s); i < len(d.ments); i++ {
		m := &d.ments[i]
		if m.Start >= p.e {
			break
		}
		if m.End <= p.s {
			continue
		}
		over := min(m.End, p.e) - max(m.Start, p.s)
		better := best == nil ||
			best.Type == "place" && m.Type != "place" ||
			(best.Type == "place") == (m.Type == "place") && over > bestOver
		if better {
			best, bestOver = m, over
		}
	}
	if best != nil || !p.np {
		return best
	}
	for i := d.mentionsFrom(p.s - 3); i < len(d.ments) && d.ments[i].Start <= p.e+3; i++ {
		m := &d.ments[i]
		if m.End <= p.s && p.s-m.End <= 3 && strings.TrimSpace(d.text[m.End:p.s]) == "" ||
			m.Start >= p.e && m.Start-p.e <= 3 && strings.TrimSpace(d.text[p.e:m.Start]) == "" {
			return m
		}
	}
	return nil
}

// antecedent resolves a pronoun to the person last named before it: a
// person mention outside quotations and not a possessive ("Soleimani's"),
// or the speaker of an earlier quotation, from the start of the previous
// paragraph on. An object pronoun looks in its own sentence only and
// skips the key not.
func (d *doc) antecedent(p phrase, obj bool, not string) (speaker, bool) {
	if p.i >= len(d.toks) {
		return speaker{}, false
	}
	from := d.windowStart(p.i, obj)
	var best speaker
	found := false
	for i := d.mentionsFrom(from); i < len(d.ments); i++ {
		m := &d.ments[i]
		if m.Start >= p.s {
			break
		}
		if m.Start < from || m.End > p.s || m.Type != "person" || d.possessive(m.End) || m.Key != "" && m.Key == not {
			continue
		}
		if ti := d.tokenAt(m.Start); ti < len(d.toks) && d.toks[ti].quoted {
			continue
		}
		best, found = speaker{name: m.Name, key: m.Key, person: true, pos: m.Start}, true
	}
	for k := len(d.speakers) - 1; k >= 0 && d.speakers[k].pos >= from; k-- {
		sp := d.speakers[k]
		if sp.pos >= from && sp.pos < p.s && sp.person && (!found || sp.pos > best.pos) && (sp.key == "" || sp.key != not) {
			best, found = sp, true
		}
	}
	if found {
		best.pos = p.s
	}
	return best, found
}

// anaphor resolves "the latter" to the last person named before it and
// "the former" to the one named before that.
//
// The subject of the verb that reports the anaphor's clause is left out:
// in "Flark, who assisted Soleimani, noted that the latter ...", the latter
// is Soleimani although Flark was named last.
func (d *doc) anaphor(p phrase) (speaker, bool) {
	from := d.windowStart(p.i, false)
	not := ""
	if g, ok := d.governor(p); ok {
		not = g.key
	}
	var last, prev *Mention
	for i := d.mentionsFrom(from); i < len(d.ments); i++ {
		m := &d.ments[i]
		if m.Start >= p.s {
			break
		}
		if m.Start < from || m.End > p.s || m.Type != "person" || not != "" && m.Key == not {
			continue
		}
		if ti := d.tokenAt(m.Start); ti < len(d.toks) && d.toks[ti].quoted {
			continue
		}
		if last != nil && last.Key != m.Key {
			prev = last
		}
		last = m
	}
	m := last
	if !p.latter {
		m = prev
	}
	if m == nil {
		return speaker{}, false
	}
	return speaker{name: m.Name, key: m.Key, person: true, pos: p.s}, true
}

// windowStart returns the byte offset from which an antecedent of token i
// is looked for: the start of its sentence for an object pronoun, else the
// start of the previous paragraph.
func (d *doc) windowStart(i int, sentence bool) int {
	if sentence {
		return d.toks[d.sentenceStart(i)].s
	}
	para := d.toks[i].para
	k := i
	for stop := i - 3*maxSentence; k > 0 && k > stop && d.toks[k-1].para >= para-1; k-- {
	}
	return d.toks[k].s
}

// possessive reports whether a possessive ending follows byte offset e
// ("Soleimani's", "Iranians’").
func (d *doc) possessive(e int) bool {
	rest := d.text[e:]
	for _, a := range []string{"'", "’"} {
		if r, ok := strings.CutPrefix(rest, a); ok {
			c, _ := utf8.DecodeRuneInString(r)
			return c == 's' || !unicode.IsLetter(c)
		}
	}
	return false
}
