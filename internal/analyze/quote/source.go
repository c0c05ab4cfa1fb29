package quote

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/namekey"
	"github.com/storyline/storyline/internal/lang/token"
)

// Cited sources. Five patterns find them:
//   - a citing cue points at a name, whoever it is: "according to a report
//     released by the Jerusalem Center for Public Affairs", "Speaking to the
//     New York Times", "по данным ТАСС", "به گزارش ایرنا", "Anadolu
//     Ajansı'nın haberine göre";
//   - a reporting verb points at a name that is not a person: "Haaretz
//     wrote", "writes Reuters", "وأفادت صحيفة ...";
//   - a speech verb points at a name that looks like an outlet, with a
//     descriptor beside it or a media word in it: "the Lebanese newspaper
//     «As-Safir» argued", "notesNEWSru Israel";
//   - an outlet descriptor stands next to a name: "Fox News channel",
//     "the news Agency Albawaba", "la agencia EFE", "Sözcü gazetesi";
//   - a credit line: "Source From: Sozcu", "Kaynak: AA".
//
// Chinese has its own: "据新华社报道", "路透社称".
//
// A person is a source only through a citing cue ("according to Flark",
// "نقلا عن فلارك"): a person who reports is a speaker, not an outlet.

// srcHit is a source found in the text.
type srcHit struct {
	name     string
	key, own string // reported key; own key from the name alone
	cue      string
	s, e     int // the name in the text
	sent     int
	kind     kind // how it was cited: kCite, kReport, or kSpeech
	order    int  // tie-break among sources at one position
}

// nameSpan is a candidate source name: bytes [s, e).
type nameSpan struct {
	s, e       int
	descriptor bool // a descriptor stands beside it
	m          *Mention
}

func (d *doc) findSources() {
	d.labelSources()
	for k := range d.hits {
		d.hitSource(&d.hits[k])
	}
	d.descriptorSources()
	slices.SortStableFunc(d.srcs, func(a, b srcHit) int {
		return cmp.Or(cmp.Compare(a.s, b.s), cmp.Compare(a.order, b.order))
	})
}

// sources returns the sources, first mention first, one per key.
func (d *doc) sources() []Source {
	var out []Source
	seen := map[string]bool{}
	for _, s := range d.srcs {
		if seen[s.key] || seen[s.own] {
			continue
		}
		seen[s.key], seen[s.own] = true, true
		out = append(out, Source{Name: s.name, Key: s.key, Cue: s.cue})
	}
	return out
}

// add records the source named by span n.
func (d *doc) add(n nameSpan, cue string, k kind, order int) {
	s, e := n.s, n.e
	name, s, e := d.cleanName(s, e)
	if name == "" || !hasLetter(name) {
		return
	}
	own := ownKey(name)
	if own == "" {
		return
	}
	key := own
	m := n.m
	if m == nil {
		m = d.mentionIn(phrase{s: s, e: e})
	}
	if m != nil && m.Key != "" && m.Start <= s && m.End >= e-1 {
		key = m.Key
	}
	sent := 0
	if ti := d.tokenAt(s); ti < len(d.toks) {
		sent = d.toks[ti].sent
	}
	d.srcs = append(d.srcs, srcHit{name: name, key: key, own: own, cue: cue, s: s, e: e, sent: sent, kind: k, order: order})
}

// labelSources finds credit lines: "Source: X", "Source From: X".
func (d *doc) labelSources() {
	for i := range d.toks {
		if i > 0 && !strings.Contains(d.gap(i), "\n") || !sourceLabels[d.toks[i].low] {
			continue
		}
		start := -1
		switch {
		case i+1 < len(d.toks) && strings.ContainsAny(d.gap(i+1), ":："):
			start = i + 1
		case i+2 < len(d.toks) && !strings.ContainsAny(d.gap(i+1), ":：\n") && strings.ContainsAny(d.gap(i+2), ":："):
			start = i + 2
		}
		if start < 0 || strings.Contains(d.gap(start), "\n") {
			continue
		}
		end := start
		for end+1 < len(d.toks) && end-start < 6 && !strings.Contains(d.gap(end+1), "\n") {
			end++
		}
		if end-start >= 6 {
			continue // a sentence, not a credit
		}
		d.add(nameSpan{s: d.toks[start].s, e: d.toks[end].e}, "source", kCite, 0)
	}
}

// hitSource finds the source a cue points at.
func (d *doc) hitSource(h *hit) {
	c := h.c
	if h.han {
		d.hanSource(h)
		return
	}
	if c.src == 0 {
		return
	}
	var n nameSpan
	ok := false
	if c.src&dirAfter != 0 {
		n, ok = d.sourceAfter(h.j, c.kind&kCite != 0)
	}
	if !ok && c.src&dirBefore != 0 {
		n, ok = d.sourceBefore(h.i, c.role == roleBefore)
	}
	if !ok {
		return
	}
	how := kSpeech
	switch {
	case c.kind&kCite != 0:
		how = kCite
	case c.kind&kReport != 0:
		how = kReport
		if n.m != nil && n.m.Type == "person" {
			return
		}
	default:
		if !n.descriptor && !d.mediaName(n.s, n.e) {
			return
		}
	}
	if how != kCite && n.m == nil && d.personNamed(n.s, n.e) {
		return
	}
	d.add(n, strings.ToLower(d.text[h.s:h.e]), how, 1)
}

// personNamed reports whether a mention of a person covers bytes [s, e).
func (d *doc) personNamed(s, e int) bool {
	m := d.mentionIn(phrase{s: s, e: e})
	return m != nil && m.Type == "person"
}

// sourceAfter returns the source name after token k: determiners,
// descriptors and adjectives of descriptors skipped ("the London-based
// Arab newspaper Asharq Al-Awsat"), and for a citing cue a few other
// words too ("a report released by the ...").
func (d *doc) sourceAfter(k int, cite bool) (nameSpan, bool) {
	skipped := 0
	desc := false
	descStart := -1
	var held *nameSpan // a name before a descriptor: "the Fox News channel"
	// article is the token of an article right before a name, which goes
	// with it: "The New York Times", "Le Monde", "the Jerusalem Center".
	article := -1
	for i := k; i < len(d.toks) && i < k+12; {
		t := &d.toks[i]
		if t.brk || i > k && d.hasPunct(i) || i == k && strings.ContainsAny(d.gap(i), ";()[]") {
			break
		}
		if q, ok := d.shortQuoteAt(i); ok {
			q.descriptor = desc
			return q, true
		}
		if m := d.mentionOver(t.s, t.e); m != nil && m.Start >= t.s && m.Type != "place" {
			return nameSpan{s: m.Start, e: m.End, descriptor: desc, m: m}, true
		}
		if complementizers[t.low] || pronounIn(subjectPronouns, d.lang, t.low) || pronounIn(objectPronouns, d.lang, t.low) || clauseOpeners[t.low] && t.low != "as" {
			break
		}
		if determiners[t.low] && !t.caps {
			if t.upper || t.low == "the" {
				article = i
			}
			i++
			continue
		}
		if d.isDescriptor(i) && !(t.upper && i > k && d.toks[i-1].upper && d.joinable(i)) {
			if !desc {
				descStart = i
			}
			desc = true
			i++
			continue
		}
		if cite && citeFillers[t.low] && skipped < 6 {
			// "a report released by", "einem Bericht der".
			skipped++
			i++
			continue
		}
		if t.cased {
			if !t.upper {
				if cite && d.lowercaseAgency(i) {
					return nameSpan{s: t.s, e: t.e, descriptor: desc}, true // "laut dpa"
				}
				break
			}
			j := d.capRunEnd(i)
			a := i
			for a < j-1 && d.isDescriptor(a) {
				a++
			}
			if d.isDescriptor(a) && a == j-1 {
				desc = true
				i = j
				continue
			}
			if j < len(d.toks) && d.joinable(j) && !d.toks[j].upper && d.toks[j].kind == token.Word {
				next := d.toks[j].low
				switch {
				case d.gap(j) == "-":
					// "London-based": an adjective.
					i = j + 1
					continue
				case d.isDescriptor(j):
					// "Arab newspaper ...", "Fox News channel".
					if !d.demonym(a, j) {
						held = &nameSpan{s: d.toks[a].s, e: d.toks[j-1].e, descriptor: true}
					}
					i = j
					continue
				case genericHeads[next]:
					return nameSpan{}, false // "Arab sources", "Western intelligence"
				}
			}
			if d.possessiveRun(j) && j < len(d.toks) && !d.toks[j].upper && d.joinable(j) {
				return nameSpan{}, false // "Soleimani’s hand-picked general"
			}
			start := d.toks[a].s
			if article >= 0 && article == a-1 && d.joinable(a) {
				start = d.toks[article].s
			}
			return nameSpan{s: start, e: d.toks[j-1].e, descriptor: desc}, true
		}
		// A script without capitals.
		if t.kind != token.Word {
			break
		}
		if d.stopLike(i) || d.hitOf(i) != nil {
			if !cite || desc || skipped >= 3 {
				break
			}
			skipped++
			i++
			continue
		}
		j := i
		for j < len(d.toks) && j < i+3 && (j == i || !d.hasPunct(j) && !hasQuoteMark(d.gap(j)) && !d.toks[j].brk) {
			u := &d.toks[j]
			if u.kind != token.Word || u.cased || d.stopLike(j) || d.hitOf(j) != nil || complementizers[u.low] || ar.IsNisba(u.low) {
				break
			}
			j++
		}
		if j == i {
			if desc && descStart >= 0 && ar.IsNisba(t.low) {
				// "وكالة الأنباء الألمانية": the descriptor and its adjective.
				return nameSpan{s: d.toks[descStart].s + d.procliticDescriptor(descStart), e: t.e, descriptor: true}, true
			}
			break
		}
		return nameSpan{s: d.toks[i].s, e: d.toks[j-1].e, descriptor: desc}, true
	}
	if held != nil {
		return *held, true
	}
	return nameSpan{}, false
}

// lowercaseAgency reports whether token i, lowercase after a citing cue,
// is an agency written in lowercase ("laut dpa", "secondo l'ansa"): a short
// word that is no stop word, ending its clause.
func (d *doc) lowercaseAgency(i int) bool {
	t := &d.toks[i]
	n := utf8.RuneCountInString(d.word(t))
	if n < 2 || n > 5 || determiners[t.low] || auxiliaries[t.low] || conjunctions[t.low] {
		return false
	}
	vowels := 0
	for _, r := range t.low {
		if strings.ContainsRune("aeiouyäöüéèàáíóú", r) {
			vowels++
		}
	}
	clauseEnd := i+1 >= len(d.toks) || d.toks[i+1].brk || d.hasPunct(i+1)
	if !clauseEnd && (vowels > 1 || n > 4) {
		return false
	}
	return len(lang.Terms(d.lang, d.word(t))) > 0
}

// sourceBefore returns the source name ending right before token c
// ("Haaretz wrote", "Reuters'e göre"). skipNoun lets one lowercase noun
// stand between ("Anadolu Ajansı'nın haberine göre").
func (d *doc) sourceBefore(c int, skipNoun bool) (nameSpan, bool) {
	j := c - 1
	for j >= 0 && auxiliaries[d.toks[j].low] && !d.hasPunct(j+1) {
		j--
	}
	if j < 0 || d.toks[c].brk || d.hasPunct(j+1) && !hasQuoteMark(d.gap(j+1)) {
		return nameSpan{}, false
	}
	return d.nameEnding(j, skipNoun)
}

// nameEnding returns the source name whose last token is j.
func (d *doc) nameEnding(j int, skipNoun bool) (nameSpan, bool) {
	if q, ok := d.shortQuoteEnding(j); ok {
		q.descriptor = j > 0 && d.isDescriptor(d.tokenAt(q.s)-1)
		return q, true
	}
	t := &d.toks[j]
	if skipNoun && t.cased && !t.upper && j > 0 && d.joinable(j) && d.toks[j-1].upper {
		j--
		t = &d.toks[j]
	}
	if t.quoted {
		return nameSpan{}, false
	}
	if m := d.mentionOver(t.s, t.e); m != nil && m.Type != "place" {
		return nameSpan{s: m.Start, e: m.End, m: m, descriptor: j > 0 && d.isDescriptor(j-1)}, true
	}
	if !t.cased {
		return nameSpan{}, false
	}
	desc := false
	if !t.upper && d.isDescriptor(j) {
		// "Fox News channel reported", "Sözcü gazetesi yazdı".
		desc = true
		j--
		if j < 0 || !d.joinable(j+1) || !d.toks[j].upper {
			return nameSpan{}, false
		}
	}
	if !d.toks[j].upper {
		return nameSpan{}, false
	}
	i := j
	for i-1 >= 0 && d.joinable(i) && !d.toks[i].brk && j-i < 7 {
		p := &d.toks[i-1]
		if p.upper && !determiners[p.low] || connectors[p.low] && d.toks[i].upper && i-2 >= 0 && d.toks[i-2].upper {
			i--
			continue
		}
		break
	}
	for i < j && (d.isDescriptor(i) || connectors[d.toks[i].low]) {
		i++
	}
	if d.descriptorOnly(i, j+1) {
		return nameSpan{}, false
	}
	if i > 0 && d.joinable(i) && d.isDescriptor(i-1) && !d.toks[i-1].upper {
		desc = true
	}
	if desc && i == j && d.demonym(i, j+1) {
		return nameSpan{}, false
	}
	return nameSpan{s: d.toks[i].s, e: d.toks[j].e, descriptor: desc}, true
}

// descriptorSources finds names next to an outlet descriptor: "the news
// Agency Albawaba", "Fox News channel", "la agencia EFE".
func (d *doc) descriptorSources() {
	for i := range d.toks {
		t := &d.toks[i]
		if !d.isDescriptor(i) || t.quoted {
			continue
		}
		if t.upper && i > 0 && d.toks[i-1].upper && d.joinable(i) {
			continue // inside a name: "European Space Agency"
		}
		n, ok := d.sourceAfter(i, false)
		if !ok && t.cased && !t.upper && i > 0 && d.joinable(i) && d.toks[i-1].upper {
			n, ok = d.nameEnding(i, false)
			n.descriptor = true
			if ok && d.demonymSpan(n) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if n.m == nil && d.personNamed(n.s, n.e) || n.m != nil && n.m.Type == "person" {
			continue
		}
		d.add(n, d.descriptorCue(i, n), kReport, 2)
	}
}

// descriptorCue returns the cue for a source named n found by its
// descriptor at token i: the verb right after the name ("Haaretz wrote"),
// or after an aside that cites ("Fox News channel, citing data ...,
// reported"); else the last cue before it in its sentence; else the
// descriptor itself.
func (d *doc) descriptorCue(i int, n nameSpan) string {
	sent := d.toks[i].sent
	k := max(i+1, d.tokenAt(n.e))
	if k < len(d.toks) && d.toks[k].sent == sent && d.isDescriptor(k) {
		k++ // "Fox News channel"
	}
	if h := d.hitOf(k); h != nil && h.c.kind&kCite != 0 && h.c.role == roleAfter {
		for k = h.j; k < len(d.toks) && k < h.j+12 && d.toks[k].sent == sent && d.hitOf(k) == nil; k++ {
		}
	}
	if k < len(d.toks) && d.toks[k].sent == sent {
		if h := d.hitOf(k); h != nil && h.c.kind&(kReport|kSpeech) != 0 && (h.c.role == roleVerb || h.c.role == roleVerbBefore) {
			return strings.ToLower(d.text[h.s:h.e])
		}
	}
	for k := i - 1; k >= 0 && k > i-40 && d.toks[k].sent == sent; k-- {
		if h := d.hitOf(k); h != nil {
			return strings.ToLower(d.text[h.s:h.e])
		}
	}
	return strings.ToLower(d.word(&d.toks[i]))
}

// hanSource finds a Chinese source: "据新华社报道", "新华社报道", "路透社称".
func (d *doc) hanSource(h *hit) {
	t := &d.toks[h.i]
	name := d.text[t.s:h.s]
	s := t.s
	for _, p := range citePrefixes {
		if rest, ok := strings.CutPrefix(name, p); ok {
			name, s = rest, s+len(p)
			break
		}
	}
	if name == "" || utf8.RuneCountInString(name) > 8 {
		return
	}
	if h.c.kind&kReport == 0 && !hanMedia(name) {
		return
	}
	d.add(nameSpan{s: s, e: s + len(name)}, d.text[h.s:h.e], kReport, 1)
}

// hanMedia reports whether a Chinese name ends like an outlet's: 社
// (agency), 报 (paper), 台 (station), 网 (site).
func hanMedia(name string) bool {
	for _, s := range mediaEndings {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// capRunEnd returns the end of the run of capitalised words from token i.
func (d *doc) capRunEnd(i int) int {
	j := i + 1
	for j < len(d.toks) && j-i < 8 && d.joinable(j) && !d.toks[j].quoted && !d.possessiveRun(j) {
		u := &d.toks[j]
		if u.upper && d.hitOf(j) == nil {
			j++
			continue
		}
		if connectors[u.low] && j+1 < len(d.toks) && d.joinable(j+1) && d.toks[j+1].upper {
			j += 2
			continue
		}
		break
	}
	return j
}

// possessiveRun reports whether the token before j ends with a possessive
// or case suffix after an apostrophe ("Farda's", "Ajansı'nın").
func (d *doc) possessiveRun(j int) bool {
	if j == 0 || j > len(d.toks) {
		return false
	}
	w := d.word(&d.toks[j-1])
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	_, aw := utf8.DecodeRuneInString(w[i:])
	suffix := w[i+aw:]
	return suffix == "" || suffix == "s" || utf8.RuneCountInString(suffix) <= 4 && strings.ToLower(suffix) == suffix
}

// shortQuoteAt returns a quoted name (a quotation too short to keep) whose
// words begin at token i: «As-Safir», “جيروازليم بوست”.
func (d *doc) shortQuoteAt(i int) (nameSpan, bool) {
	if !hasQuoteMark(d.gap(i)) {
		return nameSpan{}, false
	}
	if sp, ok := d.shortByStart[d.toks[i].s]; ok {
		return nameSpan{s: sp.s, e: sp.e}, true
	}
	return nameSpan{}, false
}

// shortQuoteEnding returns a quoted name whose words end at token j.
func (d *doc) shortQuoteEnding(j int) (nameSpan, bool) {
	if j+1 > len(d.toks) || !hasQuoteMark(d.gap(j+1)) {
		return nameSpan{}, false
	}
	if sp, ok := d.shortByEnd[d.toks[j].e]; ok {
		return nameSpan{s: sp.s, e: sp.e}, true
	}
	return nameSpan{}, false
}

// isDescriptor reports whether token i names a kind of outlet.
func (d *doc) isDescriptor(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != token.Word {
		return false
	}
	return d.toks[i].desc || d.procliticDescriptor(i) > 0
}

// procliticDescriptor returns the length in bytes of the Arabic proclitic
// of a descriptor token ("لوكالة", "بصحيفة"), or 0.
func (d *doc) procliticDescriptor(i int) int {
	t := &d.toks[i]
	if t.low == "" || t.low[0] < utf8.RuneSelf {
		return 0
	}
	r, w := utf8.DecodeRuneInString(t.low)
	if !strings.ContainsRune(ar.Proclitics, r) || len(t.low) <= w || !descriptors[t.low[w:]] {
		return 0
	}
	if r2, _ := utf8.DecodeRuneInString(d.word(t)); r2 != r {
		return 0
	}
	return w
}

// isDescriptorWord reports whether a folded word names a kind of outlet.
func isDescriptorWord(w string) bool {
	if descriptors[w] {
		return true
	}
	for _, p := range descriptorPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// demonym reports whether tokens [i, j) are one adjective of nationality
// ("Lebanese", "Arab"), not an outlet's name.
func (d *doc) demonym(i, j int) bool {
	if j-i != 1 || d.toks[i].caps {
		return false
	}
	w := d.toks[i].low
	if demonyms[w] {
		return true
	}
	for _, e := range demonymEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len(e)+2 {
			return true
		}
	}
	return false
}

func (d *doc) demonymSpan(n nameSpan) bool {
	i := d.tokenAt(n.s)
	j := i
	for j < len(d.toks) && d.toks[j].e <= n.e {
		j++
	}
	return d.demonym(i, j)
}

// mediaName reports whether a word of the name at bytes [s, e) says it is
// a news outlet ("Fox News", "NEWSru", "Jerusalem Post").
func (d *doc) mediaName(s, e int) bool {
	for i := d.tokenAt(s); i < len(d.toks) && d.toks[i].e <= e; i++ {
		w := d.toks[i].low
		if mediaWords[w] || strings.HasPrefix(w, "news") || strings.HasSuffix(w, "news") {
			return true
		}
	}
	return false
}

// cleanName trims a source name: spaces, quotation marks and punctuation
// around it, and a possessive or case suffix after an apostrophe.
func (d *doc) cleanName(s, e int) (string, int, int) {
	s, e = trimSpan(d.text, s, e)
	for s < e {
		r, w := utf8.DecodeLastRuneInString(d.text[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		e -= w
	}
	for s < e {
		r, w := utf8.DecodeRuneInString(d.text[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		s += w
	}
	name := d.text[s:e]
	if i := strings.LastIndexAny(name, "'’"); i > 0 {
		_, aw := utf8.DecodeRuneInString(name[i:])
		suffix := name[i+aw:]
		if suffix == "s" || suffix != "" && utf8.RuneCountInString(suffix) <= 4 && strings.ToLower(suffix) == suffix && !strings.ContainsAny(suffix, " -") {
			e = s + i
			name = d.text[s:e]
		}
	}
	return name, s, e
}

// ownKey returns the key of a source name: namekey.Key of its words
// with leading articles, outlet descriptors and hyphenated Arabic articles
// dropped, so "As-Safir", "Al-Safir" and "السفير" agree, and so do "the
// Agency Reuters" and "Reuters".
func ownKey(name string) string {
	toks := token.Tokenize(name)
	var words []string
	for k, t := range toks {
		low := foldWord(t.Text)
		if len(words) == 0 && determiners[low] {
			continue
		}
		if isDescriptorWord(low) && len(toks) > 1 {
			continue
		}
		if latinArticles[low] && k+1 < len(toks) && name[t.End:toks[k+1].Start] == "-" {
			continue
		}
		if strings.HasSuffix(low, "'") || strings.HasSuffix(low, "’") {
			continue // an elided article: "l'"
		}
		words = append(words, t.Text)
	}
	if len(words) == 0 {
		return namekey.Key(name)
	}
	return namekey.Key(strings.Join(words, " "))
}

// trimSpan trims spaces off bytes [s, e) of text.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, w := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += w
	}
	for s < e {
		r, w := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= w
	}
	return s, e
}

// hasQuoteMark reports whether s holds a quotation mark.
func hasQuoteMark(s string) bool {
	for _, r := range s {
		if f, _ := markFamily(r); f != 0 {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// arabicStop reports an Arabic or Persian stop word.
func arabicStop(w string) bool { return ar.IsStop(w) || fa.IsStop(w) }
