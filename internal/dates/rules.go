package dates

import (
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/lang/fold"
)

// How the expressions of each language are described and compiled.
//
// A rule is a pattern and what a match means. Patterns are written in a
// small notation, compiled once per language into token sequences:
//
//   - pieces are separated by spaces and each matches one or more tokens;
//   - "a|b|c" is one of several alternatives; "_" inside an alternative
//     stands for a space ("seit_dem|bis_zum");
//   - a trailing "?" makes a piece optional ("the? beginning of <year>");
//   - a literal is folded and cut into tokens as text is ("l'année" is the
//     three tokens l ' année, "昨天" the two tokens 昨 天);
//   - slots read a value:
//     <year>   a year, 1900-2100 (and 1300-1499 in Persian: Solar Hijri),
//     with the word that may follow it ("2011 году", "2011'de", "2011年");
//     <yeart>  the same, but the following word is required;
//     <month>  a month name of the language (or "3月" in Chinese);
//     <monthm> Persian: a month with the word ماه ("تیرماه", "تیر ماه");
//     <day>    a day of the month, 1-31, with its ordinal suffix;
//     <n>      a count: digits or a number word ("three", "три", "ثلاث");
//     <unit>   a unit of time: day, week, month, year, decade;
//     <wd>     a weekday name.

// unit is a unit of time.
type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uMonth
	uYear
	uDecade
)

// op says what a match means.
type op uint8

const (
	opYear      op = iota + 1 // a written year: partial "YYYY"
	opMonthYear               // a written month and year: partial "YYYY-MM"
	opMonth                   // a month, year inferred: partial
	opDayMonth                // a day and month, year inferred: partial
	opDayOnly                 // a day of the month in digits, month and year inferred (Chinese "3日"): partial
	opYMD                     // a full date (Chinese numerals): absolute
	opAgo                     // <n> units before publication: relative
	opShift                   // the unit holding publication, moved by k units: relative
	opWeekday                 // a weekday; k<0 before, k>0 after, 0 on or before publication
	opMonthIn                 // a month of the year of publication moved by k years
	opMonthLast               // the last such month before the month of publication
	opMonthNext               // the next such month after the month of publication
	opYMDIn                   // a day and month in the year of publication moved by k (Chinese "今年3月5日")
)

// part is a part of a year written with a relative year.
type part uint8

const (
	partNone part = iota
	partBegin
	partEnd
)

// rule is one pattern of a language and its meaning.
type rule struct {
	pat  string
	op   op
	unit unit
	k    int
	part part
	// notAfter and notBefore are folded words that must not stand just
	// before or just after the match ("mañana" is not "tomorrow" in "por
	// la mañana").
	notAfter, notBefore []string
	// notBeforePrefix rejects a match followed by a word with this prefix
	// (Arabic "اليوم" before an "ال" adjective is "the day", not "today").
	notBeforePrefix string
	// lower requires the first word in lower case unless it begins a
	// sentence (German "morgen" is tomorrow, "der Morgen" the morning).
	lower bool
}

func year(p string) rule      { return rule{pat: p, op: opYear} }
func monthYear(p string) rule { return rule{pat: p, op: opMonthYear} }
func month(p string) rule     { return rule{pat: p, op: opMonth} }
func dayMonth(p string) rule  { return rule{pat: p, op: opDayMonth} }
func dayOnly(p string) rule   { return rule{pat: p, op: opDayOnly} }
func ymd(p string) rule       { return rule{pat: p, op: opYMD} }
func ago(p string) rule       { return rule{pat: p, op: opAgo} }
func shift(p string, u unit, k int) rule {
	return rule{pat: p, op: opShift, unit: u, k: k}
}
func begin(p string, u unit, k int) rule {
	return rule{pat: p, op: opShift, unit: u, k: k, part: partBegin}
}
func end(p string, u unit, k int) rule {
	return rule{pat: p, op: opShift, unit: u, k: k, part: partEnd}
}
func day(p string, k int) rule     { return rule{pat: p, op: opShift, unit: uDay, k: k} }
func weekday(p string, k int) rule { return rule{pat: p, op: opWeekday, k: k} }
func monthIn(p string, k int) rule { return rule{pat: p, op: opMonthIn, k: k} }
func monthLast(p string) rule      { return rule{pat: p, op: opMonthLast} }
func monthNext(p string) rule      { return rule{pat: p, op: opMonthNext} }
func ymdIn(p string, k int) rule   { return rule{pat: p, op: opYMDIn, k: k} }
func (r rule) notAfterWords(ws string) rule {
	r.notAfter = foldFields(ws)
	return r
}
func (r rule) notBeforeWords(ws string) rule {
	r.notBefore = foldFields(ws)
	return r
}
func (r rule) lowercase() rule {
	r.lower = true
	return r
}
func (r rule) notBeforeWith(prefix string) rule {
	r.notBeforePrefix = fold.String(prefix)
	return r
}

func foldFields(s string) []string {
	var out []string
	for _, w := range fields(s) {
		out = append(out, fold.String(w))
	}
	return out
}

// kind of a rule's result.
func (o op) kind() Kind {
	switch o {
	case opYMD:
		return Absolute
	case opYear, opMonthYear, opMonth, opDayMonth, opDayOnly:
		return Partial
	}
	return Relative
}

// langSpec is the data of one language.
type langSpec struct {
	months  uint32 // month name table bits
	capital bool   // month and weekday names are capitalised (English, German)
	// counts maps number words and phrases to values; 0 is a vague count
	// ("a few", "несколько").
	counts map[string]int
	// units maps unit words to a unit and the count they imply alone: 1
	// for a singular ("a year ago" needs its "a", but "год назад", "قبل
	// عام" do not), 2 for an Arabic dual (عامين), 0 for a plural (vague:
	// "years ago"), -1 when a count is required (Chinese).
	units map[string]unitWord
	// weekdays are the weekday names, Sunday first; several spellings are
	// separated by spaces, "_" joins words of one name. A name in
	// weekdaysCue needs a cue word ("يوم الأحد") and is not read alone.
	weekdays    [7]string
	weekdaysCue [7]bool
	// connectors join two years of a range ("2011 to 2015").
	connectors string
	rules      []rule
}

type unitWord struct {
	unit     unit
	implicit int
}

// Element kinds of a compiled pattern.
const (
	eWord = iota + 1
	ePunct
	eSlot
)

// Slots.
const (
	sYear = iota + 1
	sYearTail
	sMonth
	sMonthMah
	sDay
	sCount
	sUnit
	sWeekday
	nSlots
)

var slotNames = map[string]int{
	"<year>": sYear, "<yeart>": sYearTail, "<month>": sMonth, "<monthm>": sMonthMah, "<day>": sDay,
	"<n>": sCount, "<unit>": sUnit, "<wd>": sWeekday,
}

type elem struct {
	kind  uint8
	slot  uint8
	punct rune
	word  string
}

type pattern struct {
	elems []elem
	rule  *rule
}

// phrase is a word sequence with a value, in a phraseSet.
type phrase struct {
	rest []elem // the elements after the first word
	a, b int
}

// phraseSet finds phrases by their first word.
type phraseSet map[string][]phrase

// lang is a compiled language.
type lang struct {
	code       string
	months     uint32
	capital    bool
	arabic     bool // Arabic script: proclitics, no letter case
	persian    bool // Solar Hijri years and months
	chinese    bool
	counts     phraseSet
	units      phraseSet
	weekdays   phraseSet
	connectors map[string]bool
	bySlot     [nSlots][]*pattern
	// lex tells, in one lookup, what a folded word can start: the
	// patterns whose first element it is, and the slots it may fill.
	lex map[string]*lexEntry
}

// lexEntry is what a word can start in a language.
type lexEntry struct {
	patterns []*pattern
	slots    uint16 // bit s: the word may start slot s
}

var (
	langsOnce sync.Once
	langs     map[string]*lang
)

// langFor returns the compiled rules of a language; an unknown language
// gets the generic rules only, with month names of every language.
func langFor(code string) *lang {
	langsOnce.Do(compileAll)
	if l, ok := langs[code]; ok {
		return l
	}
	return langs[""]
}

func compileAll() {
	langs = map[string]*lang{}
	for code, spec := range langSpecs {
		langs[code] = compile(code, spec)
	}
	langs[""] = compile("", langSpec{months: ^uint32(0)})
}

func compile(code string, spec langSpec) *lang {
	l := &lang{
		code: code, months: spec.months, capital: spec.capital,
		arabic: code == "ar" || code == "fa", persian: code == "fa", chinese: code == "zh",
		counts: phraseSet{}, units: phraseSet{}, weekdays: phraseSet{},
		connectors: map[string]bool{}, lex: map[string]*lexEntry{},
	}
	for w, v := range spec.counts {
		l.counts.add(w, v, 0)
	}
	for w, u := range spec.units {
		l.units.add(w, int(u.unit), u.implicit)
	}
	for d, names := range spec.weekdays {
		cue := 0
		if spec.weekdaysCue[d] {
			cue = 1
		}
		for _, n := range fields(names) {
			l.weekdays.add(n, d, cue)
			if code == "de" {
				// Dienstagabend, Montagmorgen.
				for _, suffix := range []string{"abend", "morgen", "nachmittag", "vormittag", "nacht", "mittag", "früh"} {
					l.weekdays.add(n+suffix, d, cue)
				}
			}
		}
	}
	for _, w := range fields(spec.connectors + " - – —") {
		l.connectors[fold.String(w)] = true
	}
	rules := append(append([]rule(nil), spec.rules...), genericRules...)
	for i := range rules {
		r := &rules[i]
		for _, elems := range expand(r.pat) {
			if len(elems) == 1 && elems[0].kind == eSlot && elems[0].slot != sMonth && elems[0].slot != sWeekday &&
				elems[0].slot != sYearTail && elems[0].slot != sMonthMah {
				continue // a bare number is no date
			}
			p := &pattern{elems: elems, rule: r}
			if e := elems[0]; e.kind == eWord {
				l.entry(e.word).patterns = append(l.entry(e.word).patterns, p)
			} else if e.kind == eSlot {
				l.bySlot[e.slot] = append(l.bySlot[e.slot], p)
			}
		}
	}
	for w, mn := range monthNames {
		if mn.langs&l.months != 0 {
			l.entry(w).slots |= 1<<sMonth | 1<<sMonthMah
		}
	}
	for set, s := range map[*phraseSet]int{&l.counts: sCount, &l.units: sUnit, &l.weekdays: sWeekday} {
		for w := range *set {
			l.entry(w).slots |= 1 << s
		}
	}
	return l
}

func (l *lang) entry(w string) *lexEntry {
	e := l.lex[w]
	if e == nil {
		e = &lexEntry{}
		l.lex[w] = e
	}
	return e
}

// add puts phrase text (words joined by "_" or spaces) with values a, b.
func (s phraseSet) add(text string, a, b int) {
	elems := literal(strings.ReplaceAll(text, "_", " "))
	if len(elems) == 0 || elems[0].kind != eWord {
		return
	}
	s[elems[0].word] = append(s[elems[0].word], phrase{rest: elems[1:], a: a, b: b})
}

// literal cuts text into word and punctuation elements.
func literal(text string) []elem {
	var out []elem
	for _, t := range scanDateTokens(text, nil) {
		switch t.kind {
		case dtWord:
			out = append(out, elem{kind: eWord, word: t.word})
		case dtPunct:
			out = append(out, elem{kind: ePunct, punct: rune(t.val)})
		default:
			panic("dates: number in rule text " + text)
		}
	}
	return out
}

// expand compiles a pattern into its element sequences, one per choice of
// alternatives and optional pieces.
func expand(pat string) [][]elem {
	seqs := [][]elem{nil}
	for _, piece := range fields(pat) {
		optional := strings.HasSuffix(piece, "?")
		piece = strings.TrimSuffix(piece, "?")
		var alts [][]elem
		if s, ok := slotNames[piece]; ok {
			alts = [][]elem{{{kind: eSlot, slot: uint8(s)}}}
		} else {
			for _, alt := range strings.Split(piece, "|") {
				alts = append(alts, literal(strings.ReplaceAll(alt, "_", " ")))
			}
		}
		if optional {
			alts = append(alts, nil)
		}
		var next [][]elem
		for _, s := range seqs {
			for _, a := range alts {
				next = append(next, append(append([]elem(nil), s...), a...))
			}
		}
		seqs = next
	}
	return seqs
}
