package quote

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/token"
)

// tok is one token of the text with what the stages ask about it.
type tok struct {
	s, e   int    // byte offsets in the text
	low    string // folded: lowercase, Arabic script normalised
	kind   token.Kind
	upper  bool // begins with a capital letter
	caps   bool // two or more letters, all capitals
	cased  bool // written in a script with letter case
	brk    bool // a sentence ends between the previous token and this one
	para   int  // index of the paragraph (line) the token is in
	sent   int  // index of the sentence the token is in
	quoted bool // inside an accepted quotation
	desc   bool // names a kind of news outlet (see descriptors)
	acro   bool // a dotted acronym ("U.S."), written with dots
}

// word returns token t as written.
func (d *doc) word(t *tok) string { return d.text[t.s:t.e] }

// hit is one cue found in the text: tokens [i, j), bytes [s, e).
type hit struct {
	i, j int
	s, e int
	c    *cuePhrase
	han  bool // a Chinese verb inside the Han run of token i
}

// doc holds one text under analysis.
type doc struct {
	lang  string
	text  string
	toks  []tok
	ments []Mention // valid mentions, by start
	// maxMention is the length in bytes of the longest mention.
	maxMention int
	hits       []hit
	// hitAt maps a token index to the index in hits of a cue starting
	// there, plus one; 0 when none.
	hitAt []int32
	paras []span // the lines with text
	// shortByStart and shortByEnd index the quotations too short to keep
	// (quoted names: «As-Safir») by the start and end of their words.
	shortByStart, shortByEnd map[int]span
	// srcs holds the sources found, in text order.
	srcs []srcHit
	// speakers holds the speakers resolved so far, for pronouns.
	speakers []speaker
	// last is the quotation attributed last.
	last lastQuote
}

type span struct{ s, e int }

func newDoc(lang string, seg token.Segment, mentions []Mention) *doc {
	cueOnce.Do(loadCues)
	text := seg.Src
	d := &doc{lang: normLang(lang), text: text}
	for _, m := range mentions {
		if m.Start >= 0 && m.Start < m.End && m.End <= len(text) {
			d.ments = append(d.ments, m)
		}
	}
	byStart := func(a, b Mention) int { return cmp.Compare(a.Start, b.Start) }
	if !slices.IsSortedFunc(d.ments, byStart) {
		slices.SortStableFunc(d.ments, byStart)
	}
	for _, m := range d.ments {
		d.maxMention = max(d.maxMention, m.End-m.Start)
	}
	d.paras = paragraphs(text)
	d.tokenize(seg.Tokens)
	d.findCues()
	return d
}

// normLang reduces a language tag to its lowercase primary subtag.
func normLang(lang string) string {
	lang = strings.ToLower(lang)
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	return lang
}

// paragraphs returns the spans of the non-blank lines of text.
func paragraphs(text string) []span {
	var out []span
	for s := 0; s <= len(text); {
		e := strings.IndexByte(text[s:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += s
		}
		if strings.TrimSpace(text[s:e]) != "" {
			out = append(out, span{s, e})
		}
		s = e + 1
	}
	return out
}

// tokenize fills d.toks: the text's tokens raw, with elided articles and
// glued cues split off, and each token described.
func (d *doc) tokenize(raw []token.Token) {
	d.toks = make([]tok, 0, len(raw)+8)
	// Capitalised ASCII words are lowercased into one buffer, turned into
	// one string at the end: one allocation instead of one a word.
	var buf []byte
	type pending struct{ i, s, e int }
	var lower []pending
	add := func(t token.Token) {
		d.toks = append(d.toks, d.describe(t))
		if d.toks[len(d.toks)-1].low == "" && t.Text != "" {
			s := len(buf)
			for i := 0; i < len(t.Text); i++ {
				c := t.Text[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			lower = append(lower, pending{len(d.toks) - 1, s, len(buf)})
		}
	}
	for _, t := range raw {
		if a, b, ok := d.split(t); ok {
			add(a)
			add(b)
		} else {
			add(t)
		}
	}
	all := string(buf)
	for _, p := range lower {
		t := &d.toks[p.i]
		t.low = all[p.s:p.e]
		t.desc = t.kind == token.Word && isDescriptorWord(t.low)
	}
	para, sent := 0, 0
	for i := range d.toks {
		t := &d.toks[i]
		if i > 0 {
			gap := d.text[d.toks[i-1].e:t.s]
			if strings.IndexByte(gap, '\n') >= 0 {
				para++
				t.brk = true
			} else if d.sentenceEnd(gap, &d.toks[i-1]) {
				t.brk = true
			}
			if t.brk {
				sent++
			}
		}
		t.para = para
		t.sent = sent
	}
}

// split cuts an elided article off its word and a cue off a word glued to
// it by scraping ("arguedthat", "notesNEWSru"), reporting false when the
// token stays whole.
func (d *doc) split(t token.Token) (token.Token, token.Token, bool) {
	if t.Kind != token.Word || len(t.Text) < 3 || len(t.Text) != t.End-t.Start {
		return t, t, false
	}
	cut := func(n int) (token.Token, token.Token, bool) {
		return token.Token{Text: t.Text[:n], Start: t.Start, End: t.Start + n, Kind: token.Word},
			token.Token{Text: t.Text[n:], Start: t.Start + n, End: t.End, Kind: token.Word}, true
	}
	// An elided article: "l'AFP" (' or ’, which begins with byte 0xE2).
	for i := 1; i < len(t.Text) && i <= 5; i++ {
		if c := t.Text[i]; c == '\'' || c == 0xE2 && strings.HasPrefix(t.Text[i:], "’") {
			if elisions[strings.ToLower(t.Text[:i])] {
				_, w := utf8.DecodeRuneInString(t.Text[i:])
				return cut(i + w)
			}
			break
		}
	}
	if len(t.Text) < 6 {
		return t, t, false
	}
	// A lowercase cue followed by a capital: "notesNEWSru".
	first, _ := utf8.DecodeRuneInString(t.Text)
	if unicode.IsLower(first) {
		prevLower := false
		for i, r := range t.Text {
			if i > 0 && prevLower && unicode.IsUpper(r) {
				if isCueWord(lang.Fold(d.lang, t.Text[:i])) {
					return cut(i)
				}
				break
			}
			prevLower = r < utf8.RuneSelf && 'a' <= r && r <= 'z' || r >= utf8.RuneSelf && unicode.IsLower(r)
		}
	}
	// A cue followed by "that": "arguedthat".
	last := t.Text[len(t.Text)-1] | 0x20
	for _, c := range gluedComplementizers {
		if last != c[len(c)-1] {
			continue
		}
		if n := len(t.Text) - len(c); n >= 3 && strings.EqualFold(t.Text[n:], c) && isCueWord(lang.Fold(d.lang, t.Text[:n])) {
			return cut(n)
		}
	}
	return t, t, false
}

// describe turns an analyze token into a tok.
func (d *doc) describe(t token.Token) tok {
	out := tok{s: t.Start, e: t.End, kind: t.Kind, acro: len(t.Text) != t.End-t.Start}
	ascii := lang.IsASCII(t.Text)
	switch {
	case ascii && lowerASCII(t.Text):
		out.low = t.Text
	case ascii && d.lang != "tr" && d.lang != "az":
		// Left "" for tokenize to lowercase (Turkish lowercases I to ı).
	default:
		out.low = lang.Fold(d.lang, t.Text)
	}
	if t.Kind != token.Word {
		return out
	}
	if out.low != "" {
		out.desc = isDescriptorWord(out.low)
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	out.cased = unicode.IsUpper(r) || unicode.IsLower(r)
	out.upper = unicode.IsUpper(r)
	if out.upper {
		letters, upper := 0, 0
		for _, c := range t.Text {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					upper++
				}
			}
		}
		out.caps = letters >= 2 && upper == letters
	}
	return out
}

// lowerASCII reports whether s is lowercase ASCII letters and digits only,
// which folding leaves as they are.
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// sentenceEnd reports whether gap, the text between prev and the next
// token, ends a sentence.
func (d *doc) sentenceEnd(gap string, prev *tok) bool {
	if gap == " " || gap == ", " || !strings.ContainsAny(gap, ".!?…؟。！？") {
		return false
	}
	if strings.Trim(gap, ". ") == "" && strings.IndexByte(gap, '.') >= 0 && strings.Count(gap, ".") == 1 {
		// Only a dot: not an end after an abbreviation, an initial or a
		// dotted acronym.
		if prev.acro || utf8.RuneCountInString(d.word(prev)) == 1 && prev.upper || lang.IsAbbrev(prev.low) {
			return false
		}
	}
	return true
}

// findCues records every cue in the text, longest phrase first.
func (d *doc) findCues() {
	d.hitAt = make([]int32, len(d.toks))
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.kind == token.Han {
			d.hanCue(i)
			continue
		}
		if t.kind != token.Word {
			continue
		}
		h, ok := d.matchCue(i)
		if !ok || d.nounUse(h) {
			continue
		}
		d.hits = append(d.hits, h)
		d.hitAt[i] = int32(len(d.hits))
		i = h.j - 1
	}
}

// nounUse reports whether a one-word cue is used as a noun: after a
// determiner or a possessive ("the writing on the poster", "General
// Ayyoub's remarks").
func (d *doc) nounUse(h hit) bool {
	if h.j-h.i != 1 || h.i == 0 || !d.toks[h.i].cased || !d.joinable(h.i) {
		return false
	}
	prev := &d.toks[h.i-1]
	if nounDeterminers[prev.low] && !(auxiliaries[prev.low] && d.lang != "en") {
		return true // ("a" is also the French auxiliary: "a déclaré")
	}
	w := d.word(prev)
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// matchCue returns the cue starting at token i, if any.
func (d *doc) matchCue(i int) (hit, bool) {
	t := &d.toks[i]
	low, skip := t.low, 0
	cands := cueIndex[low]
	if cands == nil {
		// An Arabic conjunction glued to the verb: "وقال", "فأضاف".
		if r, w := utf8.DecodeRuneInString(low); strings.ContainsRune(ar.Conjunctions, r) && len(low) > w+2 {
			if c := cueIndex[low[w:]]; c != nil {
				cands = c
				if r2, _ := utf8.DecodeRuneInString(d.word(t)); r2 == r {
					skip = w
				}
			}
		}
	}
	var best *cuePhrase
	for _, c := range cands {
		if !c.allows(d.lang) || !d.phraseAt(i, c.words) {
			continue
		}
		if best == nil || len(c.words) > len(best.words) || len(c.words) == len(best.words) && c.lang != "" && best.lang == "" {
			best = c
		}
	}
	if best == nil {
		return hit{}, false
	}
	j := i + len(best.words)
	return hit{i: i, j: j, s: t.s + skip, e: d.toks[j-1].e, c: best}, true
}

// phraseAt reports whether the words of a cue follow one another from
// token i, with only spaces between them.
func (d *doc) phraseAt(i int, words []string) bool {
	if i+len(words) > len(d.toks) {
		return false
	}
	for k := 1; k < len(words); k++ {
		t := &d.toks[i+k]
		if t.low != words[k] || strings.TrimSpace(d.text[d.toks[i+k-1].e:t.s]) != "" {
			return false
		}
	}
	return true
}

// hanCue records a Chinese speech verb ending the Han run of token i.
func (d *doc) hanCue(i int) {
	t := &d.toks[i]
	for _, c := range hanCues {
		if verb := c.words[0]; strings.HasSuffix(d.word(t), verb) {
			d.hits = append(d.hits, hit{i: i, j: i + 1, s: t.e - len(verb), e: t.e, c: c, han: true})
			d.hitAt[i] = int32(len(d.hits))
			return
		}
	}
}

// hitOf returns the cue starting at token i, or nil.
func (d *doc) hitOf(i int) *hit {
	if i < 0 || i >= len(d.hitAt) || d.hitAt[i] == 0 {
		return nil
	}
	return &d.hits[d.hitAt[i]-1]
}

// gap returns the text between tokens i-1 and i (from the start of the
// text for i == 0, to its end for i == len(toks)).
func (d *doc) gap(i int) string {
	s, e := 0, len(d.text)
	if i > 0 && i-1 < len(d.toks) {
		s = d.toks[i-1].e
	}
	if i < len(d.toks) {
		e = d.toks[i].s
	}
	if s > e {
		return ""
	}
	return d.text[s:e]
}

// tokenAt returns the index of the first token starting at or after byte
// offset off.
func (d *doc) tokenAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].s >= off })
}

// maxSentence bounds, in tokens, how far back the start of a sentence is
// looked for, so that text without sentence ends costs linear time.
const maxSentence = 150

// sentenceStart returns the first token of the sentence of token i, or the
// token maxSentence before i in a longer sentence.
func (d *doc) sentenceStart(i int) int {
	for stop := i - maxSentence; i > 0 && i > stop && !d.toks[i].brk; i-- {
	}
	return i
}

// joinable reports whether the gap before token i keeps a name going: a
// space or a hyphen.
func (d *doc) joinable(i int) bool {
	switch d.gap(i) {
	case " ", "\u00a0", "-", "\u2010", "\u2011", "":
		return true
	}
	return false
}

// hasPunct reports whether the gap before token i holds a comma or other
// clause punctuation.
func (d *doc) hasPunct(i int) bool {
	return strings.ContainsAny(d.gap(i), ",;:()[]،؛—–")
}

// mentionsFrom returns the index of the first mention that may end after
// byte offset off.
func (d *doc) mentionsFrom(off int) int {
	return sort.Search(len(d.ments), func(i int) bool { return d.ments[i].Start >= off-d.maxMention })
}

// isArabicScript reports whether token t is a word of the Arabic script.
func isArabicScript(t *tok) bool {
	r, _ := utf8.DecodeRuneInString(t.low)
	return unicode.Is(unicode.Arabic, r)
}
