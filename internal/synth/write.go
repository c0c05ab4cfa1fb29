package synth

import (
	"math"
	"math/rand/v2"
	"time"
	"unicode"
	"unicode/utf8"
)

// Articles are written word by word into byte buffers: no templates of
// real text, only the word lists, the story's names, terms and numbers, and
// each language's punctuation.

const (
	maxText   = 6000 // bytes of body text at most
	minTarget = 1100 // least target size of a body
)

// numKind is the kind of a salient number.
type numKind uint8

const (
	count     numKind = iota // 312 (a toll, which rises as the story goes on)
	decimal                  // 6.4
	scaled                   // 48 million, 6.4 billion
	thousands                // 12,500
)

// number is a salient number of a story.
type number struct {
	kind numKind
	v    int // count and thousands: the value; decimal and scaled: tenths
	exp  int // scaled: 6 or 9
}

func newNumber(r *rand.Rand) number {
	switch r.IntN(4) {
	case 0:
		v := 11 + r.IntN(89)
		if v%10 == 0 {
			v++
		}
		return number{kind: decimal, v: v}
	case 1:
		exp := 6
		if r.IntN(3) == 0 {
			exp = 9
		}
		v := min(int(20*math.Exp(r.Float64()*math.Log(50))), 999) // 2.0 to 99.9, in tenths
		if r.IntN(2) == 0 {
			v -= v % 10 // a round mantissa: "48 million"
		}
		return number{kind: scaled, v: v, exp: exp}
	case 2:
		return number{kind: thousands, v: 1000 + r.IntN(99000)}
	}
	return number{kind: count, v: 10 + int(math.Exp(r.Float64()*math.Log(99)))}
}

// writer appends words to one buffer with the spacing, capitals and
// punctuation of the current language.
type writer struct {
	rng    *rand.Rand
	l      *language
	v      *vocab
	native bool // the outlet writes native digits
	buf    []byte

	needSep     bool // a word was written: the next needs a separator
	capNext     bool // the next word starts a sentence
	prevContent bool
	prevCap     bool
}

// reset starts a new buffer in language l.
func (w *writer) reset(buf []byte, l *language, v *vocab, native bool) {
	w.buf, w.l, w.v, w.native = buf[:0], l, v, native
	w.needSep, w.capNext, w.prevContent, w.prevCap = false, true, false, false
}

// begin starts a token: the separator if one is needed. It returns where
// the token starts.
func (w *writer) begin() int {
	if w.needSep {
		w.buf = append(w.buf, w.l.sep...)
	}
	return len(w.buf)
}

// end finishes a token that began at start, capitalising it if it starts a
// sentence.
func (w *writer) end(start int) {
	if w.capNext {
		w.capAt(start)
		w.capNext = false
	}
	w.needSep = true
}

// capAt upper-cases the letter at byte offset i.
func (w *writer) capAt(i int) {
	if i >= len(w.buf) || w.l.script != latin && w.l.script != cyrillic {
		return
	}
	r, n := utf8.DecodeRune(w.buf[i:])
	u := unicode.ToUpper(r)
	if w.l.code == "tr" {
		u = unicode.TurkishCase.ToUpper(r)
	}
	if u == r {
		return
	}
	if utf8.RuneLen(u) == n {
		utf8.EncodeRune(w.buf[i:], u)
		return
	}
	tail := append([]byte(nil), w.buf[i+n:]...)
	w.buf = append(utf8.AppendRune(w.buf[:i], u), tail...)
}

// text appends a token of fixed text.
func (w *writer) text(s string) {
	start := w.begin()
	w.buf = append(w.buf, s...)
	w.end(start)
	w.prevContent, w.prevCap = true, false
}

// punct appends punctuation to the last token.
func (w *writer) punct(s string) { w.buf = append(w.buf, s...) }

// filler appends n words drawn from the vocabulary: function and content
// words alternate loosely; after a capitalised German noun comes a function
// word, so that nouns do not pile up into name-like runs.
func (w *writer) filler(n int) {
	v := w.v
	for i := range n {
		// One draw serves three choices: the low ten bits choose a function
		// or content word and a comma, the high 53 bits the word.
		x := w.rng.Uint64()
		u := float64(x&1023) / 1024
		which := float64(x>>11) / (1 << 53)
		fn := w.prevCap || (w.prevContent && u < 0.55) || (!w.prevContent && u < 0.25)
		start := w.begin()
		if fn {
			w.buf = append(w.buf, v.fn[v.fnZ.draw(which)]...)
			w.prevContent, w.prevCap = false, false
		} else {
			word, capital := v.content(v.contentZ.draw(which))
			w.buf = append(w.buf, word...)
			w.prevContent, w.prevCap = true, capital
		}
		w.end(start)
		if i > 0 && i < n-1 && u > 0.96 {
			w.punct(w.l.comma)
		}
	}
}

// endSentence closes a sentence.
func (w *writer) endSentence() {
	w.punct(w.l.stop)
	w.capNext = true
	w.prevContent, w.prevCap = false, false
}

// paragraph ends a paragraph.
func (w *writer) paragraph() {
	w.buf = append(w.buf, "\n\n"...)
	w.needSep = false
	w.capNext = true
}

// tail appends topic word (tail rank) i.
func (w *writer) tail(i int) {
	word, capital := w.v.content(w.v.common + i)
	start := w.begin()
	w.buf = append(w.buf, word...)
	w.end(start)
	w.prevContent, w.prevCap = true, capital
}

// person appends a person: with the role and full name at first mention,
// the surname later. Russian surnames sometimes take a case ending,
// Turkish ones a possessive suffix.
func (w *writer) person(e *entity, first bool) {
	l := w.l
	start := w.begin()
	if first {
		w.buf = append(w.buf, l.roles[e.role]...)
		w.buf = append(w.buf, l.sep...)
		w.buf = e.appendFull(w.buf, l)
	} else {
		w.buf = e.appendShort(w.buf, l)
		switch l.code {
		case "ru":
			if r, _ := utf8.DecodeLastRune(w.buf); !isVowel(r) && w.rng.IntN(3) == 0 {
				w.buf = append(w.buf, "а"...)
			}
		case "tr":
			if w.rng.IntN(5) == 0 {
				w.buf = appendTurkishSuffix(w.buf, "nın", "nin", "nun", "nün")
			}
		}
	}
	w.end(start)
	w.prevContent, w.prevCap = true, true
}

// entity appends an organisation or place without preposition.
func (w *writer) entity(e *entity) {
	start := w.begin()
	w.buf = e.appendFull(w.buf, w.l)
	w.end(start)
	w.prevContent, w.prevCap = true, true
}

// in appends "in PLACE": a preposition, or a Turkish locative suffix.
func (w *writer) in(e *entity) {
	l := w.l
	start := w.begin()
	switch {
	case l.code == "tr":
		w.buf = e.appendFull(w.buf, l)
		w.buf = appendTurkishSuffix(w.buf, "da", "de", "da", "de")
	default:
		w.buf = append(w.buf, l.in...)
		w.buf = append(w.buf, l.sep...)
		w.buf = e.appendFull(w.buf, l)
	}
	w.end(start)
	w.prevContent, w.prevCap = true, true
}

func isVowel(r rune) bool {
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'ı', 'ö', 'ü', 'а', 'е', 'и', 'о', 'у', 'ы', 'э', 'я', 'ю':
		return true
	}
	return false
}

// appendTurkishSuffix appends an apostrophe and the suffix form that
// vowel harmony selects after the last vowel: a/ı, e/i, o/u, ö/ü. A suffix
// beginning with n drops it after a consonant.
func appendTurkishSuffix(b []byte, aI, eI, oU, oeUe string) []byte {
	last, vowelEnd := 'a', false
	for i := len(b); i > 0; {
		r, n := utf8.DecodeLastRune(b[:i])
		if r == ' ' || r == '\'' {
			break
		}
		if isVowel(r) {
			last, vowelEnd = unicode.ToLower(r), i == len(b)
			break
		}
		i -= n
	}
	s := aI
	switch last {
	case 'e', 'i':
		s = eI
	case 'o', 'u':
		s = oU
	case 'ö', 'ü':
		s = oeUe
	}
	if s[0] == 'n' && !vowelEnd {
		s = s[1:]
	}
	b = append(b, '\'')
	return append(b, s...)
}

// number appends a salient number as the language writes it.
func (w *writer) number(n number) {
	l := w.l
	start := w.begin()
	dec, grp := l.decimal, l.thousands
	if w.native {
		dec, grp = "٫", "٬"
	}
	switch n.kind {
	case count:
		w.digits(n.v, "")
	case decimal:
		w.digits(n.v/10, "")
		w.punct(dec)
		w.digits(n.v%10, "")
	case thousands:
		w.digits(n.v, grp)
	case scaled:
		switch {
		case l.script == han && n.exp == 6: // 48 million: 4800万
			w.digits(n.v*10, "")
			w.punct(l.million)
		case l.script == han: // 4.8 billion: 48亿
			w.digits(n.v, "")
			w.punct(l.billion)
		case n.exp == 9 && l.billion == "": // 4.8 billion: 4800 millones
			w.digits(n.v*100, grp)
			w.punct(l.sep + l.million)
		default:
			w.digits(n.v/10, "")
			if n.v%10 != 0 {
				w.punct(dec)
				w.digits(n.v%10, "")
			}
			w.punct(l.sep)
			if n.exp == 9 {
				w.punct(l.billion)
			} else {
				w.punct(l.million)
			}
		}
	}
	w.end(start)
	w.prevContent, w.prevCap = true, false
}

// digits appends a non-negative integer, grouping thousands with grp if it
// is not empty and the number has five digits or more.
func (w *writer) digits(v int, grp string) {
	start := len(w.buf)
	w.buf = appendInt(w.buf, v)
	if grp != "" && v >= 10000 {
		s := string(w.buf[start:])
		w.buf = w.buf[:start]
		for i := range len(s) {
			if i > 0 && (len(s)-i)%3 == 0 {
				w.buf = append(w.buf, grp...)
			}
			w.buf = append(w.buf, s[i])
		}
	}
	if w.native {
		s := string(w.buf[start:])
		w.buf = w.buf[:start]
		for _, r := range s {
			if '0' <= r && r <= '9' {
				r = w.l.native + (r - '0')
			}
			w.buf = utf8.AppendRune(w.buf, r)
		}
	}
}

// article is what one article of a story mentions, and what it has
// mentioned so far.
type article struct {
	st        *story
	mentioned [4]bool // persons named in full already
	noise     number  // an unrelated number some articles carry
	hasNoise  bool
}

// writeArticle writes the next article of st, published at t seconds, into
// the stream's title, text and url buffers.
func (s *Stream) writeArticle(st *story, t float64) {
	r := s.rng
	li := st.home
	if r.Float64() >= st.pHome {
		li = s.langZ.draw(r.Float64())
	}
	l := s.langs[li]
	v := vocabFor(l)
	o := &s.outlets[li][s.outletZ[li].draw(r.Float64())]
	s.cur.lang, s.cur.outlet, s.cur.story, s.cur.seconds = l, o, st.id, int64(t)

	a := &article{st: st}
	if r.IntN(10) < 3 {
		a.noise, a.hasNoise = newNumber(r), true
	}
	w := &s.w

	// Title.
	w.reset(s.title, l, v, o.native)
	s.writeTitle(a)
	s.title = w.buf

	// Body: paragraphs filled up to a target size, the lede first.
	w.reset(s.text, l, v, o.native)
	paras := 3 + r.IntN(8)
	f := r.Float64()
	target := minTarget + int(4600*f*math.Sqrt(f))
	full := false
	for p := range paras {
		if p > 0 {
			w.paragraph()
		}
		budget := target * (p + 1) / paras
		for first := true; !full && (first || len(w.buf) < budget); first = false {
			mark := len(w.buf)
			saved := *a
			if p == 0 && first {
				s.lede(a)
			} else {
				s.sentence(a)
			}
			if len(w.buf) > maxText {
				w.buf, *a = w.buf[:mark], saved
				full = true
			}
		}
		if full {
			break
		}
	}
	for len(w.buf) > 0 && (w.buf[len(w.buf)-1] == '\n' || w.buf[len(w.buf)-1] == ' ') {
		w.buf = w.buf[:len(w.buf)-1]
	}
	s.text = w.buf

	s.writeURL(l, o)
}

// lede writes the first sentence: who, what, where, often a number.
func (s *Stream) lede(a *article) {
	w, st, r := &s.w, a.st, s.rng
	w.person(&st.persons[0], true)
	a.mentioned[0] = true
	w.filler(2 + r.IntN(3))
	w.text(w.v.themes[st.theme])
	w.filler(1 + r.IntN(3))
	w.tail(st.topics[0])
	w.in(&st.place)
	if len(st.numbers) > 0 {
		w.filler(1 + r.IntN(3))
		s.storyNumber(st.numbers[0])
	}
	w.filler(1 + r.IntN(4))
	w.endSentence()
}

// storyNumber writes a story number; a count sometimes has risen.
func (s *Stream) storyNumber(n number) {
	if n.kind == count && s.rng.IntN(10) < 3 {
		n.v += s.rng.IntN(1 + n.v/10)
	}
	s.w.number(n)
}

// sentence writes one sentence after the lede: about the story, a quote,
// or filler with perhaps a passing world figure.
func (s *Stream) sentence(a *article) {
	w, st, r := &s.w, a.st, s.rng
	switch x := r.IntN(100); {
	case x < 45:
		w.filler(1 + r.IntN(4))
		for k := 1 + r.IntN(2); k > 0; k-- {
			s.element(a)
			w.filler(1 + r.IntN(4))
		}
	case x < 60:
		i := r.IntN(len(st.persons))
		if w.l.saidAfter {
			s.quote(3 + r.IntN(9))
			w.punct(w.l.comma)
			s.mention(a, i)
			w.text(w.l.said)
		} else {
			s.quote(3 + r.IntN(9))
			w.punct(w.l.comma)
			w.text(w.l.said)
			s.mention(a, i)
		}
	default:
		n := 6 + r.IntN(11)
		if r.IntN(8) == 0 {
			k := r.IntN(n - 2)
			w.filler(k + 1)
			fig := newEntity(s.opts.Seed, person, int(s.figureZ.Uint64()))
			w.person(&fig, true)
			w.filler(n - k)
		} else {
			w.filler(n)
		}
	}
	w.endSentence()
}

// quote writes a quotation of n filler words.
func (s *Stream) quote(n int) {
	w := &s.w
	w.begin()
	w.buf = append(w.buf, w.l.quote[0]...)
	w.needSep = false
	w.capNext = true
	w.filler(n)
	w.punct(w.l.quote[1])
}

// mention names person i of the story: in full the first time.
func (s *Stream) mention(a *article, i int) {
	s.w.person(&a.st.persons[i], !a.mentioned[i])
	a.mentioned[i] = true
}

// element writes one of the story's elements, chosen at random.
func (s *Stream) element(a *article) {
	w, st, r := &s.w, a.st, s.rng
	switch x := r.IntN(100); {
	case x < 30:
		s.mention(a, r.IntN(len(st.persons)))
	case x < 40 && len(st.orgs) > 0:
		w.entity(&st.orgs[r.IntN(len(st.orgs))])
	case x < 50:
		w.in(&st.place)
	case x < 80:
		w.tail(st.topics[r.IntN(len(st.topics))])
	case x < 88:
		w.text(w.v.themes[st.theme])
	case len(st.numbers) > 0 && r.IntN(5) < 4:
		s.storyNumber(st.numbers[r.IntN(len(st.numbers))])
	case a.hasNoise:
		w.number(a.noise)
	default:
		w.tail(st.topics[r.IntN(len(st.topics))])
	}
}

// writeTitle writes a headline from the story's words, in sentence case.
func (s *Stream) writeTitle(a *article) {
	w, st, r := &s.w, a.st, s.rng
	v := w.v
	colon := ":"
	if w.l.script == han {
		colon = "："
	}
	hverb := func() { w.text(v.hverbs[r.IntN(len(v.hverbs))]) }
	lead := func() {
		if len(st.orgs) > 0 && r.IntN(4) == 0 {
			w.entity(&st.orgs[0])
		} else {
			w.person(&st.persons[0], false)
		}
	}
	switch r.IntN(4) {
	case 0:
		lead()
		hverb()
		w.text(v.themes[st.theme])
		w.in(&st.place)
	case 1:
		w.text(v.themes[st.theme])
		w.in(&st.place)
		w.punct(colon)
		if len(st.numbers) > 0 && r.IntN(2) == 0 {
			s.storyNumber(st.numbers[0])
		}
		w.filler(1)
		w.tail(st.topics[0])
	case 2:
		lead()
		hverb()
		w.tail(st.topics[r.IntN(len(st.topics))])
		w.text(v.themes[st.theme])
	default:
		w.entity(&st.place)
		w.punct(colon)
		lead()
		hverb()
		w.tail(st.topics[0])
	}
}

// writeURL writes the article's address: the outlet's domain, the date and
// a slug of the title (Latin script) or a number.
func (s *Stream) writeURL(l *language, o *outlet) {
	b := append(s.url[:0], "https://"...)
	b = append(b, o.domain...)
	b = append(b, '/')
	b = s.opts.Start.Add(time.Duration(s.cur.seconds)*time.Second).AppendFormat(b, "2006/01/02")
	b = append(b, '/')
	if l.script == latin {
		words, inWord := 0, false
		for _, r := range string(s.title) {
			r = foldASCII(r)
			if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
				if !inWord && words > 0 {
					b = append(b, '-')
				}
				b = append(b, byte(r))
				inWord = true
				continue
			}
			if inWord {
				inWord = false
				if words++; words == 8 {
					break
				}
			}
		}
		b = append(b, '-')
	} else {
		b = append(b, 'a')
	}
	b = appendInt(b, s.n+1)
	s.url = b
}

// foldASCII lower-cases a letter and strips its diacritics where a simple
// table knows how; other letters come back unchanged.
func foldASCII(r rune) rune {
	if r < 0x80 {
		return unicode.ToLower(r)
	}
	switch unicode.ToLower(r) {
	case 'à', 'á', 'â', 'ä', 'ą':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ę':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ı', 'i':
		return 'i'
	case 'ł':
		return 'l'
	case 'ñ', 'ń':
		return 'n'
	case 'ò', 'ó', 'ô', 'ö':
		return 'o'
	case 'ş', 'ś', 'š':
		return 's'
	case 'ù', 'ú', 'û', 'ü':
		return 'u'
	case 'ź', 'ż', 'ž':
		return 'z'
	case 'ğ':
		return 'g'
	}
	return r
}
