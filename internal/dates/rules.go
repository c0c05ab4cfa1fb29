package dates

import (
	"strings"
	"sync"

	"github.com/storyline/storyline/internal/lang/cue"
	"github.com/storyline/storyline/internal/lang/fold"
)

// How the rules of each language (cue.DateRule: see there for the pattern
// notation) are compiled: once per language, into token sequences indexed
// by the word or slot they start with.

// unit is a unit of time.
type unit = cue.TimeUnit

const (
	uDay    = cue.Days
	uWeek   = cue.Weeks
	uMonth  = cue.Months
	uYear   = cue.Years
	uDecade = cue.Decades
)

// op says what a match means.
type op = cue.DateRuleKind

const (
	opYear      = cue.YearRule
	opMonthYear = cue.MonthYearRule
	opMonth     = cue.MonthRule
	opDayMonth  = cue.DayMonthRule
	opDayOnly   = cue.DayOnlyRule
	opYMD       = cue.YMDRule
	opAgo       = cue.AgoRule
	opShift     = cue.ShiftRule
	opWeekday   = cue.WeekdayRule
	opMonthIn   = cue.MonthInRule
	opMonthLast = cue.MonthLastRule
	opMonthNext = cue.MonthNextRule
	opYMDIn     = cue.YMDInRule
)

// The parts of a year a relative year may name.
const (
	partBegin = cue.BeginningOfYear
	partEnd   = cue.EndOfYear
)

// rule is one compiled rule of a language.
type rule struct {
	op   op
	unit unit
	k    int
	part cue.YearPart
	// notAfter and notBefore are the folded words that must not stand
	// just before or just after the match, notBeforePrefix the folded
	// prefix of a word that must not follow it (see cue.DateRule).
	notAfter, notBefore []string
	notBeforePrefix     string
	// lower requires the first word in lower case unless it begins a
	// sentence.
	lower bool
}

// compileRule folds the words of a rule.
func compileRule(r cue.DateRule) *rule {
	return &rule{
		op: r.Kind, unit: r.Unit, k: r.K, part: r.Part,
		notAfter: foldFields(r.NotAfter), notBefore: foldFields(r.NotBefore),
		notBeforePrefix: fold.String(r.NotBeforePrefix), lower: r.Lowercase,
	}
}

func foldFields(s string) []string {
	var out []string
	for _, w := range fields(s) {
		out = append(out, fold.String(w))
	}
	return out
}

// kind of a rule's result.
func kindOf(o op) Kind {
	switch o {
	case opYMD:
		return Absolute
	case opYear, opMonthYear, opMonth, opDayMonth, opDayOnly:
		return Partial
	}
	return Relative
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
	code      string
	months    uint32 // bits of the languages whose month names are read
	capital   bool
	arabic    bool   // Arabic script: proclitics (cue.Dates.Proclitics)
	persian   bool   // Solar Hijri years and months
	chinese   bool   // Han numerals (cue.Dates.Digits), months written "3月"
	monthWord string // folded cue.Dates.MonthWord
	counts    phraseSet
	digits    map[string]int
	units     phraseSet
	weekdays  phraseSet
	// connectors join the two years of a range.
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

// langFor returns the compiled rules of a language; a language without
// rules of its own gets the generic rules only, with month names of every
// language.
func langFor(code string) *lang {
	langsOnce.Do(compileAll)
	if l, ok := langs[code]; ok {
		return l
	}
	return langs[""]
}

func compileAll() {
	langs = map[string]*lang{}
	for code, d := range languages {
		if len(d.Rules) > 0 {
			langs[code] = compile(code, d, monthBits[code])
		}
	}
	langs[""] = compile("", cue.Dates{}, ^uint32(0))
}

func compile(code string, d cue.Dates, months uint32) *lang {
	l := &lang{
		code: code, months: months, capital: d.Capitalised,
		arabic: d.Proclitics, persian: d.SolarMonths[0] != "", chinese: len(d.Digits) > 0,
		monthWord: fold.String(d.MonthWord), counts: phraseSet{}, digits: map[string]int{}, units: phraseSet{},
		weekdays: phraseSet{}, connectors: map[string]bool{}, lex: map[string]*lexEntry{},
	}
	for w, v := range d.Numbers {
		l.counts.add(w, v, 0)
	}
	for w, v := range d.Digits {
		l.digits[fold.String(w)] = v
	}
	for _, u := range d.Units {
		for _, w := range fields(u.Words) {
			l.units.add(w, int(u.Unit), u.Count)
		}
	}
	for wd, names := range d.Weekdays {
		needsCue := 0
		if d.WeekdayNeedsCue[wd] {
			needsCue = 1
		}
		full, _, _ := cut(names, '|') // abbreviations are not read in running text
		for _, n := range fields(full) {
			l.weekdays.add(n, wd, needsCue)
			for _, suffix := range fields(d.WeekdaySuffixes) {
				l.weekdays.add(n+suffix, wd, needsCue) // Dienstagabend
			}
		}
	}
	for _, w := range fields(d.Connectors + " - – —") {
		l.connectors[fold.String(w)] = true
	}
	for _, r := range append(append([]cue.DateRule(nil), d.Rules...), genericRules...) {
		cr := compileRule(r)
		for _, elems := range expand(r.Pattern) {
			if len(elems) == 1 && elems[0].kind == eSlot && elems[0].slot != sMonth && elems[0].slot != sWeekday &&
				elems[0].slot != sYearTail && elems[0].slot != sMonthMah {
				continue // a bare number is no date
			}
			p := &pattern{elems: elems, rule: cr}
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
