package quote

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/token"
)

// Quotation marks. Each mark belongs to a family; an opener pairs with the
// nearest later closer of its family. Languages disagree on which mark
// opens (“…” in English, „…“ in German, ”…” in Swedish and some Arabic,
// «…» in French, Russian and Arabic, »…« in Danish), so the role of a
// flexible mark comes from what touches it, as in CommonMark: a mark
// followed by a word and preceded by a space or punctuation opens, one
// preceded by a word and followed by a space or punctuation closes, and one
// with spaces on both sides (“ it. ” ) closes a pending quote or else opens.
// Next to Chinese or Japanese text, which has no spaces, every flexible
// mark may open or close. An apostrophe between letters is no mark, and an
// ASCII " after a digit (12" pipe) closes only when no better closer
// follows.

type family uint8

const (
	famDouble      family = iota + 1 // “ ” „ "
	famSingle                        // ‘ ’ ‚ '
	famGuillemet                     // « »
	famSingleGuill                   // ‹ ›
	famCorner                        // 「 」
	famWhiteCorner                   // 『 』
)

type markRole uint8

const (
	canOpen markRole = 1 << iota
	canClose
)

// mark is one quotation mark in the text.
type mark struct {
	s, e int
	fam  family
	role markRole
	// weak marks close only when nothing better follows: an ASCII " after
	// a digit may be an inch mark (12" pipe), a ’ or ' after a word a
	// plural possessive (Iranians’).
	weak bool
}

// group is one quotation: one piece per paragraph it spans.
type group struct {
	open     mark
	closed   bool
	close    mark
	pieces   []span // content, marks excluded, untrimmed
	s, e     int    // whole extent, marks included
	words    int
	accepted bool
}

// scanMarks returns the quotation marks of text in order.
func scanMarks(text string) []mark {
	var out []mark
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 && c != 0xE3 {
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		fam, fixed := markFamily(r)
		if fam == 0 {
			continue
		}
		m := mark{s: i, e: i + w, fam: fam}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if i == 0 {
			prev = ' '
		}
		next := ' '
		if i+w < len(text) {
			next, _ = utf8.DecodeRuneInString(text[i+w:])
		}
		if fixed != 0 {
			m.role = fixed
			out = append(out, m)
			i += w - 1
			continue
		}
		// A mark before trailing punctuation does not open (French « a »,),
		// one after opening punctuation does not close.
		left := !isSpace(next) && !isTrailing(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev))
		right := !isSpace(prev) && !isLeading(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next))
		if isCJK(prev) || isCJK(next) {
			// No spaces in Chinese and Japanese: the marks say nothing by
			// what touches them.
			left, right = true, true
		}
		if fam == famSingle && isWordRune(prev) && isWordRune(next) {
			i += w - 1
			continue // an apostrophe: "Iran's", "l'armée"
		}
		switch {
		case left && !right:
			m.role = canOpen
		case right && !left:
			m.role = canClose
		default:
			m.role = canOpen | canClose
		}
		if fam == famSingle && m.role&canClose != 0 {
			if m.role == canOpen|canClose {
				i += w - 1
				continue // a lone ' between spaces
			}
			m.weak = isWordRune(prev)
		}
		if r == '"' && unicode.IsDigit(prev) && !unicode.IsLetter(next) {
			m.weak = true
			m.role = canClose
		}
		out = append(out, m)
		i += w - 1
	}
	return out
}

// markFamily returns the family of a quotation mark, 0 for other runes,
// and the fixed role of marks that always open or always close.
func markFamily(r rune) (family, markRole) {
	switch r {
	case '"', '“', '”':
		return famDouble, 0
	case '„':
		return famDouble, canOpen
	case '\'', '‘', '’':
		return famSingle, 0
	case '‚':
		return famSingle, canOpen
	case '«', '»':
		return famGuillemet, 0
	case '‹', '›':
		return famSingleGuill, 0
	case '「':
		return famCorner, canOpen
	case '」':
		return famCorner, canClose
	case '『':
		return famWhiteCorner, canOpen
	case '』':
		return famWhiteCorner, canClose
	}
	return 0, 0
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isPunct(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// isTrailing reports punctuation that follows a word: , . ; : ! ? ) ] …
func isTrailing(r rune) bool { return strings.ContainsRune(",.;:!?)]}…،؛؟", r) }

// isLeading reports punctuation that precedes a word: ( [ {
func isLeading(r rune) bool { return strings.ContainsRune("([{", r) }

// isCJK reports a Han, kana or Hangul letter or a CJK punctuation mark.
func isCJK(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF ||
		unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// opener is a pending opening mark.
type opener struct {
	m     mark
	g     *group // the quotation it continues, or nil
	wraps int    // paragraph breaks crossed as a wrapped line
}

// pairMarks pairs the quotation marks of the text into quotations, one
// paragraph (line) at a time:
//   - at a paragraph end, a quotation still open continues when the next
//     paragraph begins with an opening mark of its family (the convention
//     for a quotation of several paragraphs);
//   - it runs on into the next line when that line closes it before
//     opening anything of its family (a quotation wrapped by a line break);
//   - otherwise it ends with the paragraph when a colon or a speech cue
//     introduces it (“قوله :”إن ...” left unclosed), and is dropped if not.
func (d *doc) pairMarks(marks []mark) []*group {
	var groups []*group
	var stack []opener
	var cont *group // continues into the next paragraph
	k := 0
	for pi, p := range d.paras {
		first := true
		for ; k < len(marks) && marks[k].s < p.e; k++ {
			m := marks[k]
			if m.s < p.s {
				continue
			}
			if first && cont != nil {
				first = false
				if m.role&canOpen != 0 && m.fam == cont.open.fam {
					stack = append(stack, opener{m: m, g: cont})
					cont = nil
					continue
				}
			}
			first = false
			idx := -1
			if m.role&canClose != 0 {
				for j := len(stack) - 1; j >= 0; j-- {
					if stack[j].m.fam == m.fam {
						idx = j
						break
					}
				}
				if idx >= 0 && m.weak && laterCloser(marks[k+1:], m.fam, p.e) {
					idx = -2 // leave the pending quote for a better closer
				}
			}
			switch {
			case idx >= 0:
				o := stack[idx]
				g := o.g
				if g == nil {
					g = &group{open: o.m}
				}
				g.pieces = append(g.pieces, span{o.m.e, m.s})
				g.closed, g.close = true, m
				groups = append(groups, g)
				stack = stack[:idx]
			case idx == -1 && m.role&canOpen != 0 && !(m.role&canClose != 0 && m.weak):
				stack = append(stack, opener{m: m})
			}
		}
		if cont != nil {
			// The next paragraph did not go on with the quotation: it ended
			// with the previous one.
			groups = append(groups, cont)
			cont = nil
		}
		if len(stack) == 0 {
			continue
		}
		var next *span
		if pi+1 < len(d.paras) {
			next = &d.paras[pi+1]
		}
		b := stack[0]
		if next != nil && k < len(marks) && marks[k].s < next.e && marks[k].role&canOpen != 0 &&
			marks[k].fam == b.m.fam && strings.TrimSpace(d.text[next.s:marks[k].s]) == "" {
			g := b.g
			if g == nil {
				g = &group{open: b.m}
			}
			g.pieces = append(g.pieces, span{b.m.e, p.e})
			cont = g
			stack = stack[:0]
			continue
		}
		if next != nil && b.wraps == 0 && closesFirst(marks[k:], b.m.fam, next.e) {
			stack[0].wraps++
			stack = stack[:1]
			continue
		}
		for k, o := range stack {
			if k == 8 {
				break // stray marks, not quotations
			}
			if o.g != nil || d.introduced(o.m) && endsSentence(d.text[o.m.e:p.e]) {
				g := o.g
				if g == nil {
					g = &group{open: o.m}
				}
				g.pieces = append(g.pieces, span{o.m.e, p.e})
				groups = append(groups, g)
				break
			}
		}
		stack = stack[:0]
	}
	if cont != nil {
		groups = append(groups, cont)
	}
	for _, g := range groups {
		g.s = g.open.s
		g.e = g.pieces[len(g.pieces)-1].e
		if g.closed {
			g.e = g.close.e
		}
	}
	slices.SortStableFunc(groups, func(a, b *group) int { return cmp.Compare(a.s, b.s) })
	return groups
}

// laterCloser reports whether a mark of family fam that can close follows
// before offset end.
func laterCloser(marks []mark, fam family, end int) bool {
	for _, m := range marks {
		if m.s >= end {
			break
		}
		if m.fam == fam && m.role&canClose != 0 && !m.weak {
			return true
		}
	}
	return false
}

// closesFirst reports whether, before offset end, the first mark of family
// fam closes and cannot open.
func closesFirst(marks []mark, fam family, end int) bool {
	for _, m := range marks {
		if m.s >= end {
			break
		}
		if m.fam == fam {
			return m.role == canClose && !m.weak
		}
	}
	return false
}

// introduced reports whether an opening mark left unclosed starts a
// quotation all the same: a colon stands right before it, or a speech cue
// earlier in its sentence.
func (d *doc) introduced(m mark) bool {
	before := strings.TrimRight(d.text[:m.s], " \t\u00a0")
	if strings.HasSuffix(before, ":") {
		return true
	}
	end := d.tokenAt(m.s)
	if end == 0 || end < len(d.toks) && d.toks[end].brk && d.toks[end].s == m.e {
		return false
	}
	for i := end - 1; i >= 0 && i >= end-maxSentence; i-- {
		if h := d.hitOf(i); h != nil && h.c.kind&kSpeech != 0 {
			return true
		}
		if d.toks[i].brk {
			break
		}
	}
	return false
}

// endsSentence reports whether s ends with a sentence's final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\u00a0")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…؟。！？", r)
}

// acceptGroups keeps the quotations that are quotations: at least three
// words, not a quoted name, not inside another kept quotation.
func (d *doc) acceptGroups(groups []*group) []*group {
	var out []*group
	lastEnd := -1
	for _, g := range groups {
		g.words = 0
		for _, p := range g.pieces {
			g.words += d.countWords(p.s, p.e)
		}
		if g.s < lastEnd {
			continue // nested in a kept quotation
		}
		if g.words < 3 || d.nameLike(g) {
			continue
		}
		g.accepted = true
		out = append(out, g)
		lastEnd = g.e
		for _, p := range g.pieces {
			for i := d.tokenAt(p.s); i < len(d.toks) && d.toks[i].e <= p.e; i++ {
				d.toks[i].quoted = true
			}
		}
	}
	return out
}

// countWords counts the words between byte offsets s and e; a run of Han
// or kana counts one word per two characters.
func (d *doc) countWords(s, e int) int {
	n := 0
	for i := d.tokenAt(s); i < len(d.toks) && d.toks[i].e <= e; i++ {
		switch d.toks[i].kind {
		case token.Han, token.Kana:
			n += (utf8.RuneCountInString(d.word(&d.toks[i])) + 1) / 2
		default:
			n++
		}
	}
	return n
}

// nameLike reports whether a short quotation is a quoted name or title
// rather than someone's words: «Hero of the Syrian Arab Republic»,
// “أمير حسين عبد اللهيان”, or words a mention covers.
func (d *doc) nameLike(g *group) bool {
	if g.words > 6 || len(g.pieces) > 1 {
		return false
	}
	p := g.pieces[0]
	first := d.tokenAt(p.s)
	last := first
	for last < len(d.toks) && d.toks[last].e <= p.e {
		last++
	}
	if first == last {
		return true
	}
	covered, capital, uncasedStop, uncased := true, true, false, 0
	for i := first; i < last; i++ {
		t := &d.toks[i]
		if !d.covered(t.s, t.e) {
			covered = false
		}
		switch {
		case t.kind == token.Number:
			// "T-90 Vladimir", "Mi-28": a number inside a name.
		case t.kind != token.Word:
			capital = false
		case t.cased:
			if !t.upper && !connectors[t.low] && !determiners[t.low] && t.low != "and" {
				capital = false
			}
		default:
			capital = false
			uncased++
			if ar.IsStop(t.low) || fa.IsStop(t.low) || complementizers[t.low] {
				uncasedStop = true
			}
		}
	}
	if covered || capital {
		return true
	}
	// A few words of a script without capitals and no function word
	// among them: a name.
	return uncased == last-first && uncased <= 4 && !uncasedStop
}

// covered reports whether a mention covers bytes [s, e).
func (d *doc) covered(s, e int) bool {
	for i := range d.ments {
		m := &d.ments[i]
		if m.Start > s {
			break
		}
		if m.End >= e {
			return true
		}
	}
	return false
}
