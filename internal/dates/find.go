package dates

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/storyline/storyline/internal/lang/ar"
)

// capture holds what the slots of a match read.
type capture struct {
	count    int
	hasCount bool
	unit     unit
	implicit int
	month    int
	jalaliM  bool // month of the Solar Hijri calendar
	year     int
	jalaliY  bool // Solar Hijri year
	day      int
	wd       int
	wdCue    bool // the weekday name needs a cue word
}

// cand is a candidate date: tokens toks[first:end].
type cand struct {
	first, end int
	score      int // 3 full date, 2 written year, 1 other
	rule       *rule
	c          capture
	y, m, d    int // a full date read by dateAt
}

func (c *cand) kind() Kind {
	if c.rule == nil {
		return Absolute
	}
	return kindOf(c.rule.op)
}

// finder scans one text.
type finder struct {
	text string
	toks []dateTok
	l    *lang
}

// tokPool keeps token buffers between calls.
var tokPool = sync.Pool{New: func() any { return new([]dateTok) }}

// The rule that reads each year of a range ("2011-2015").
var rangeYear = &rule{op: opYear}

// Find returns the dates text mentions, in text order; relative
// expressions are resolved against published when it is non-zero.
//
// lang is an ISO 639-1 code: en, ar, fa, ru, uk, tr, de, es, fr, it, pl and
// zh have rules of their own; any other language gets full dates,
// month-and-year and day-and-month forms with month names of every
// language, and year ranges.
//
// What is found:
//   - Absolute: a full calendar date, as Parse reads it; Date "YYYY-MM-DD".
//   - Partial: a month and year ("March 2012" -> "2012-03"); a year with a
//     word that makes it one ("in 2011", "2011 году", "2011'de", "2011年",
//     "the summer of 2015"; "2011-2015" and "from 2011 to 2015" give both
//     years) -> "2011"; a day and month ("on January 13", "13 января") or
//     a month with a cue word ("in September", "Eylül ayında"), whose year
//     is taken from the publication date: the year that puts the date
//     within nine months before to three months after publication.
//   - Relative: "three years ago", "last week", "yesterday", "on Tuesday",
//     "в прошлом году", "مطلع العام الحالي", ... resolved against the
//     publication date.
//
// Date is "" when it cannot be known: a relative date or a date without
// its year when published is zero, and vague expressions ("years ago",
// "a few days ago", "قبل سنوات"), which are still reported. Precision
// follows the expression: years ago and last/this/next year give "YYYY",
// months "YYYY-MM", days "YYYY-MM-DD"; a week is given as its Monday. The
// beginning or end of a relative year gives its first or last month
// ("مطلع العام الحالي" -> "2020-01"); a part of a written year stays that
// year ("the beginning of 2014" -> "2014"). A weekday is the last such day
// on or before publication ("last Tuesday": before it; "next Tuesday":
// after it). Persian Solar Hijri dates are converted; a Hijri month is
// given as the Gregorian month holding its 15th day, a Hijri year as the
// Gregorian year it begins in, and Persian relative years ("امسال") count
// in Hijri years.
//
// Left out: numbers that are not dates (quantities, ordinals such as "40th
// day"), durations ("41 years", "for three years"), times of day alone, and
// bare numbers that could be years without a word making them one.
func Find(lang, text string, published time.Time) []Date {
	if text == "" {
		return nil
	}
	f := finder{text: text, l: langFor(lang)}
	buf := tokPool.Get().(*[]dateTok)
	f.toks = scanDateTokens(text, (*buf)[:0])
	defer func() {
		if cap(f.toks) <= 1<<16 {
			clear(f.toks) // keep no words of this text alive
			*buf = f.toks[:0]
			tokPool.Put(buf)
		}
	}()
	var cands []cand
	for i := range f.toks {
		cands = f.at(i, cands)
	}
	if len(cands) == 0 {
		return nil
	}
	picked := f.pick(cands)
	out := make([]Date, 0, len(picked))
	for i := range picked {
		c := &picked[i]
		start, end := f.toks[c.first].start, f.toks[c.end-1].end
		out = append(out, Date{
			Date:  f.resolve(c, published),
			Text:  text[start:end],
			Kind:  c.kind(),
			Start: start,
			End:   end,
		})
	}
	return out
}

// at appends the candidates that start, or (full dates read from their
// month name) end, at toks[i].
func (f *finder) at(i int, out []cand) []cand {
	toks := f.toks
	t := &toks[i]
	// Full dates.
	if t.kind != dtPunct {
		if y, m, d, first, end, ok := dateAt(toks, i); ok && y >= MinYear && y <= MaxYear && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) {
			if e, ok := f.yearTail(end); ok {
				end = e
			}
			out = append(out, cand{first: first, end: end, score: 3, y: y, m: m, d: d})
		}
	}
	// Year ranges: "2011-2015", "2011–2015".
	if t.kind == dtNum && t.n == 4 && i+2 < len(toks) && toks[i+2].kind == dtNum && toks[i+2].n == 4 &&
		isDash(toks[i+1]) && t.val >= MinYear && toks[i+2].val > t.val && toks[i+2].val <= MaxYear && toks[i+2].val-t.val <= 100 &&
		!joinedNumber(toks, i-1, i-2) && !joinedNumber(toks, i+3, i+4) {
		out = append(out,
			cand{first: i, end: i + 1, score: 2, rule: rangeYear, c: capture{year: t.val}},
			cand{first: i + 2, end: i + 3, score: 2, rule: rangeYear, c: capture{year: toks[i+2].val}})
	}
	// Rules.
	var best cand
	try := func(p *pattern, first string) {
		var c capture
		end, ok := f.match(p, i, first, &c)
		if !ok {
			return
		}
		score := 1
		switch p.rule.op {
		case opYMD:
			score = 3
		case opYear, opMonthYear:
			score = 2
		}
		if best.rule == nil || score > best.score || score == best.score && end > best.end {
			best = cand{first: i, end: end, score: score, rule: p.rule, c: c}
		}
	}
	l := f.l
	var slots uint16 // the slots toks[i] may start
	switch t.kind {
	case dtNum:
		slots = 1<<sYear | 1<<sYearTail | 1<<sDay | 1<<sCount
		if l.chinese {
			slots |= 1 << sMonth // 3月
		}
	case dtWord:
		if e := l.lex[t.word]; e != nil {
			for _, p := range e.patterns {
				try(p, t.word)
			}
			slots = e.slots
		}
		if l.arabic {
			if w, ok := ar.StripProclitic(t.word); ok {
				if e := l.lex[w]; e != nil {
					for _, p := range e.patterns {
						try(p, w)
					}
					slots |= e.slots & (1 << sWeekday)
				}
			}
			if l.monthWord != "" && strings.HasSuffix(t.word, l.monthWord) {
				slots |= 1<<sMonth | 1<<sMonthMah // تیرماه
			}
		}
		if l.chinese && l.hanValue(t.word) >= 0 {
			slots |= 1<<sYear | 1<<sYearTail | 1<<sDay | 1<<sCount | 1<<sMonth
		}
	}
	for s := 1; s < nSlots && slots != 0; s++ {
		if slots&(1<<s) != 0 {
			for _, p := range l.bySlot[s] {
				try(p, t.word)
			}
		}
	}
	if best.rule != nil && !f.nameLike(&best) {
		out = append(out, best)
	}
	return out
}

// pick chooses among overlapping candidates (full dates first, then
// written years, then the longest), adds the second year of ranges written
// with a connector ("from 2011 to 2015"), drops weekday names that belong
// to a full date ("Sunday, 1 March 2020"), and returns them in text order.
func (f *finder) pick(cands []cand) []cand {
	slices.SortStableFunc(cands, func(a, b cand) int {
		if a.score != b.score {
			return b.score - a.score
		}
		la, lb := f.toks[a.end-1].end-f.toks[a.first].start, f.toks[b.end-1].end-f.toks[b.first].start
		if la != lb {
			return lb - la
		}
		return a.first - b.first
	})
	var picked []cand
	taken := make([]bool, len(f.toks)) // tokens of picked candidates
	overlaps := func(first, end int) bool {
		return slices.Contains(taken[first:end], true)
	}
	take := func(c cand) {
		picked = append(picked, c)
		for i := c.first; i < c.end; i++ {
			taken[i] = true
		}
	}
	for _, c := range cands {
		if !overlaps(c.first, c.end) {
			take(c)
		}
	}
	// Ranges: a year after a year and a connector ("from 2011 to 2015"), or
	// before ("с 2011 по 2015 год").
	for i := 0; i < len(picked); i++ {
		c := picked[i]
		if c.rule == nil || c.rule.op != opYear {
			continue
		}
		var y capture
		if c.end+1 < len(f.toks) && f.isConnector(c.end) {
			if end, ok := f.year(c.end+1, &y, false); ok && y.jalaliY == c.c.jalaliY && y.year > c.c.year && !overlaps(c.end+1, end) {
				take(cand{first: c.end + 1, end: end, score: 2, rule: rangeYear, c: y})
			}
		}
		if j := c.first - 2; j >= 0 && f.isConnector(c.first-1) && !taken[j] {
			if end, ok := f.year(j, &y, false); ok && end == c.first-1 && y.jalaliY == c.c.jalaliY && y.year < c.c.year {
				take(cand{first: j, end: end, score: 2, rule: rangeYear, c: y})
			}
		}
	}
	// Weekday names next to a full date.
	kept := picked[:0]
	for _, c := range picked {
		if c.rule != nil && c.rule.op == opWeekday && f.besideFullDate(c, picked) {
			continue
		}
		kept = append(kept, c)
	}
	slices.SortFunc(kept, func(a, b cand) int { return a.first - b.first })
	return kept
}

// besideFullDate reports whether a full date on the weekday c names
// follows or precedes c with at most a comma or dot between.
func (f *finder) besideFullDate(c cand, picked []cand) bool {
	for _, o := range picked {
		if o.rule != nil || weekdayOf(civil(o.y, o.m, o.d)) != c.c.wd {
			continue
		}
		if o.first >= c.end && o.first-c.end <= 1 && (o.first == c.end || isPunct(f.toks[c.end], ',', '.', '،')) {
			return true
		}
		if c.first >= o.end && c.first-o.end <= 1 && (c.first == o.end || isPunct(f.toks[o.end], ',', '.', '،')) {
			return true
		}
	}
	return false
}

// nameLike reports an English relative expression that is part of a name:
// a capitalised word right after another one on the same line ("USA
// Today", "Super Tuesday"), or a capitalised word alone right before
// another one ("the Sunday Times").
func (f *finder) nameLike(c *cand) bool {
	if f.l.code != "en" || c.kind() != Relative || !f.toks[c.first].upper {
		return false
	}
	capitalBeside := func(a, b int) bool {
		return a >= 0 && b < len(f.toks) && f.toks[a].kind == dtWord && f.toks[a].upper && f.toks[b].kind == dtWord &&
			f.toks[b].upper && strings.IndexByte(f.text[f.toks[a].end:f.toks[b].start], '\n') < 0
	}
	return capitalBeside(c.first-1, c.first) || c.end == c.first+1 && capitalBeside(c.first, c.end)
}

func (f *finder) isConnector(j int) bool {
	t := &f.toks[j]
	switch t.kind {
	case dtWord:
		return f.l.connectors[t.word]
	case dtPunct:
		return isDash(*t)
	}
	return false
}

func isDash(t dateTok) bool { return isPunct(t, '-', '–', '—', '‐', '‑') }

// punctEq compares punctuation, all dashes alike.
func punctEq(a, b rune) bool {
	if a == b {
		return true
	}
	dash := func(r rune) bool { return r == '-' || r == '–' || r == '—' || r == '‐' || r == '‑' }
	return dash(a) && dash(b)
}

// match matches pattern p at toks[i]; first is the word the first element
// is compared with (toks[i].word, or it without an Arabic proclitic).
func (f *finder) match(p *pattern, i int, first string, c *capture) (int, bool) {
	toks := f.toks
	j := i
	for k, e := range p.elems {
		if j >= len(toks) {
			return 0, false
		}
		t := &toks[j]
		switch e.kind {
		case eWord:
			w := t.word
			if k == 0 {
				w = first
			}
			if t.kind != dtWord || w != e.word {
				return 0, false
			}
			j++
		case ePunct:
			if t.kind != dtPunct || !punctEq(rune(t.val), e.punct) {
				return 0, false
			}
			j++
		case eSlot:
			var ok bool
			switch e.slot {
			case sYear, sYearTail:
				j, ok = f.year(j, c, e.slot == sYearTail)
			case sMonth, sMonthMah:
				var abbr bool
				j, abbr, ok = f.month(j, c, e.slot == sMonthMah)
				// An abbreviation needs its dot or a number after it.
				if ok && abbr && (k+1 >= len(p.elems) || p.elems[k+1].kind != eSlot ||
					p.elems[k+1].slot != sDay && p.elems[k+1].slot != sYear) {
					ok = false
				}
			case sDay:
				j, ok = f.day(j, c)
			case sCount:
				j, ok = f.count(j, c)
			case sUnit:
				var a, b int
				j, a, b, ok = f.phraseAt(f.l.units, j, t.word)
				c.unit, c.implicit = unit(a), b
			case sWeekday:
				j, ok = f.weekday(j, c, k == 0 && len(p.elems) == 1)
			}
			if !ok {
				return 0, false
			}
		}
	}
	r := p.rule
	if r.op == opAgo && !c.hasCount && c.implicit < 0 || r.op == opDayOnly && toks[i].kind != dtNum {
		return 0, false
	}
	if r.lower && toks[i].upper && !f.sentenceStart(i) {
		return 0, false
	}
	if i > 0 && len(r.notAfter) > 0 && toks[i-1].kind == dtWord && slices.Contains(r.notAfter, toks[i-1].word) {
		return 0, false
	}
	if j < len(toks) && toks[j].kind == dtWord {
		if slices.Contains(r.notBefore, toks[j].word) || r.notBeforePrefix != "" && strings.HasPrefix(toks[j].word, r.notBeforePrefix) {
			return 0, false
		}
	}
	return j, true
}

// sentenceStart reports whether toks[i] begins a sentence or a line.
func (f *finder) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := &f.toks[i-1]
	return strings.IndexByte(f.text[p.end:f.toks[i].start], '\n') >= 0 ||
		isPunct(*p, '.', '!', '?', ':', '"', '«', '»', '„', '“', '”')
}

// phraseAt finds the longest phrase of s at toks[j]; word is toks[j]'s
// word or what stands for it.
func (f *finder) phraseAt(s phraseSet, j int, word string) (end, a, b int, ok bool) {
	toks := f.toks
	if toks[j].kind != dtWord {
		return 0, 0, 0, false
	}
	for _, p := range s[word] {
		e := j + 1
		for _, el := range p.rest {
			if e >= len(toks) {
				e = -1
				break
			}
			t := &toks[e]
			if el.kind == eWord && (t.kind != dtWord || t.word != el.word) ||
				el.kind == ePunct && (t.kind != dtPunct || !punctEq(rune(t.val), el.punct)) {
				e = -1
				break
			}
			e++
		}
		if e > end {
			end, a, b, ok = e, p.a, p.b, true
		}
	}
	return end, a, b, ok
}

// numberJoined reports whether the number toks[j] is part of a longer
// numeric string (a phone number, a decimal, a time, a code) or a price or
// a percentage.
func (f *finder) numberJoined(j int) bool {
	toks := f.toks
	if j > 0 {
		p := toks[j-1]
		if p.kind == dtPunct && p.end == toks[j].start {
			if isPunct(p, '-', '/', '.', ':', ',', '–') && j > 1 && toks[j-2].kind == dtNum && toks[j-2].end == p.start {
				return true
			}
			if isPunct(p, '$', '€', '£', '¥', '#', '№', '+') {
				return true
			}
		}
	}
	if j+1 < len(toks) {
		nx := toks[j+1]
		if nx.kind == dtPunct && nx.start == toks[j].end {
			if isPunct(nx, '-', '/', '.', ':', ',', '–', '٫', '٬') && j+2 < len(toks) && toks[j+2].kind == dtNum && toks[j+2].start == nx.end {
				return true
			}
			if isPunct(nx, '%', '٪') {
				return true
			}
		}
	}
	return false
}

// year reads a year at toks[j] with the word after it; needTail requires
// that word.
func (f *finder) year(j int, c *capture, needTail bool) (int, bool) {
	toks := f.toks
	t := &toks[j]
	var v, end int
	switch {
	case t.kind == dtNum && t.n == 4:
		if f.numberJoined(j) {
			return 0, false
		}
		v, end = t.val, j+1
	case f.l.chinese:
		var n int
		end, v, n = f.hanNumber(j)
		if n != 4 {
			return 0, false
		}
	default:
		return 0, false
	}
	switch {
	case v >= MinYear && v <= MaxYear:
		c.year, c.jalaliY = v, false
	case f.l.persian && v >= 1300 && v < 1500:
		c.year, c.jalaliY = v, true
	default:
		return 0, false
	}
	e, tail := f.yearTail(end)
	if needTail && !tail {
		return 0, false
	}
	if tail && e < len(toks) && toks[e-1].word == "年" && toks[e].word == "代" {
		return 0, false // 1990年代: the 1990s
	}
	return e, true
}

// yearTail reads a word that makes the number before toks[j] a year.
func (f *finder) yearTail(j int) (int, bool) {
	toks := f.toks
	if j >= len(toks) || j == 0 {
		return j, false
	}
	t := &toks[j]
	if abbr, ok := yearWords[t.word]; t.kind == dtWord && ok {
		e := j + 1
		if abbr && e < len(toks) && isPunct(toks[e], '.') && toks[e].start == t.end {
			e++
		}
		return e, true
	}
	if isPunct(*t, '\'') && t.start == toks[j-1].end && j+1 < len(toks) && toks[j+1].kind == dtWord &&
		toks[j+1].start == t.end && yearSuffixes[toks[j+1].word] {
		return j + 2, true
	}
	return j, false
}

// month reads a month at toks[j]. abbr reports an abbreviation without
// its dot.
func (f *finder) month(j int, c *capture, needMah bool) (end int, abbr, ok bool) {
	toks := f.toks
	l := f.l
	if l.chinese {
		// 3月, 三月, 3月份
		e, v, n := f.hanNumber(j)
		if n == 0 && toks[j].kind == dtNum && toks[j].n <= 2 {
			e, v, n = j+1, toks[j].val, 1
		}
		if n == 0 || v < 1 || v > 12 || e >= len(toks) || toks[e].word != "月" {
			return 0, false, false
		}
		e++
		if e < len(toks) && toks[e].word == "份" {
			e++
		}
		c.month, c.jalaliM = v, false
		return e, false, true
	}
	t := &toks[j]
	if t.kind != dtWord {
		return 0, false, false
	}
	mah := false
	mn, known := monthNames[t.word]
	if !known && l.monthWord != "" && strings.HasSuffix(t.word, l.monthWord) {
		mn, known = monthNames[strings.TrimSuffix(t.word, l.monthWord)]
		mah = true
	}
	if !known || mn.langs&l.months == 0 || l.capital && !t.upper {
		return 0, false, false
	}
	isAbbr := mn.abbr&l.months != 0 && (mn.langs&^mn.abbr)&l.months == 0
	if isAbbr && l.code == "" {
		return 0, false, false
	}
	m, e := mn.month, j+1
	if mn.next != nil {
		if e >= len(toks) || toks[e].kind != dtWord {
			return 0, false, false
		}
		var ok bool
		if m, ok = mn.splitMonth(toks[e].word); !ok {
			return 0, false, false
		}
		e++
	}
	if isAbbr && e < len(toks) && isPunct(toks[e], '.') && toks[e].start == toks[e-1].end {
		e++
		isAbbr = false
	}
	if l.monthWord != "" && !mah && e < len(toks) && toks[e].word == l.monthWord {
		e++
		mah = true
	}
	if needMah && !mah {
		return 0, false, false
	}
	c.month, c.jalaliM = m, mn.jalali
	return e, isAbbr, true
}

// day reads a day of the month at toks[j].
func (f *finder) day(j int, c *capture) (int, bool) {
	toks := f.toks
	t := &toks[j]
	v, e := 0, j+1
	switch {
	case t.kind == dtNum && t.n <= 2:
		if f.numberJoined(j) || e < len(toks) && isPunct(toks[e], ':') {
			return 0, false
		}
		v = t.val
		if e < len(toks) && toks[e].kind == dtWord && toks[e].start == t.end && ordinals[toks[e].word] {
			e++
		}
	case f.l.chinese:
		var n int
		e, v, n = f.hanNumber(j)
		if n == 0 {
			return 0, false
		}
	default:
		return 0, false
	}
	if v < 1 || v > 31 {
		return 0, false
	}
	c.day = v
	return e, true
}

// count reads a count at toks[j]: digits, Chinese numerals or a number
// word.
func (f *finder) count(j int, c *capture) (int, bool) {
	toks := f.toks
	t := &toks[j]
	if t.kind == dtNum {
		if t.n > 3 || t.val == 0 || f.numberJoined(j) {
			return 0, false
		}
		c.count, c.hasCount = t.val, true
		return j + 1, true
	}
	if f.l.chinese {
		if e, v, n := f.hanNumber(j); n > 0 && v > 0 {
			c.count, c.hasCount = v, true
			return e, true
		}
	}
	e, a, _, ok := f.phraseAt(f.l.counts, j, t.word)
	if !ok {
		return 0, false
	}
	c.count, c.hasCount = a, true
	return e, true
}

// weekday reads a weekday name at toks[j]; alone rejects the names that
// need a cue word.
func (f *finder) weekday(j int, c *capture, alone bool) (int, bool) {
	t := &f.toks[j]
	if t.kind != dtWord || f.l.capital && !t.upper {
		return 0, false
	}
	e, a, b, ok := f.phraseAt(f.l.weekdays, j, t.word)
	if !ok && f.l.arabic {
		if w, stripped := ar.StripProclitic(t.word); stripped {
			e, a, b, ok = f.phraseAt(f.l.weekdays, j, w)
		}
	}
	if !ok || alone && b == 1 {
		return 0, false
	}
	c.wd, c.wdCue = a, b == 1
	return e, true
}

// hanValue is the value of a numeral character of the language (Chinese:
// 0-9, 10 for 十), -1 for anything else.
func (l *lang) hanValue(w string) int {
	if v, ok := l.digits[w]; ok {
		return v
	}
	return -1
}

// hanNumber reads Chinese numerals at toks[j]: "三" 3, "十二" 12, "二十三"
// 23, "二〇二〇" 2020 (digit by digit). n is the number of characters
// read, 0 when there is no numeral.
func (f *finder) hanNumber(j int) (end, v, n int) {
	toks := f.toks
	tens := false
	digits := 0
	for e := j; e < len(toks) && n < 4; e++ {
		h := f.l.hanValue(toks[e].word)
		if h < 0 || toks[e].kind != dtWord || e > j && toks[e].start != toks[e-1].end {
			break
		}
		n++
		if h == 10 {
			if tens {
				return 0, 0, 0
			}
			tens = true
			if digits == 0 {
				v = 1
			}
			v *= 10
			digits = 0
			continue
		}
		if tens {
			v += h
		} else {
			v = v*10 + h
		}
		digits++
	}
	if n == 0 {
		return 0, 0, 0
	}
	return j + n, v, n
}
