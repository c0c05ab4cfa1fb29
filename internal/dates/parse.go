package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/lang/fold"
)

// Parse reads a date or date-time as news pages write it ("2020-02-23",
// "2020-02-23T15:24:00Z", "FEBRUARY 23, 2020 15:24", "Dec 21, 2015",
// "23.02.2020", "23 février 2020", "23 Şubat 2020", "23 февраля 2020",
// "٢٣ فبراير ٢٠٢٠", "Mon, 02 Jan 2006 15:04:05 -0700" (RSS), ...). ok is
// false when s holds no full date (day, month, year): it never invents one.
//
// The first full date in s is taken; words around it ("Published:",
// weekday names) are allowed. A time of day next to the date is read too
// (dateOnly is then false); the result is in UTC unless s gives an offset or
// a zone abbreviation. Numeric dates are read day first (23/02/2020) unless
// only month first makes sense (02/23/2020). Month names are known in
// English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
// Turkish, Russian, Ukrainian, Arabic (Gregorian, Levantine and Maghrebi
// names) and Persian; Persian Solar Hijri dates ("۴ اسفند ۱۳۹۸") are
// converted to the Gregorian calendar. Years outside MinYear-MaxYear and
// days the month does not have are rejected.
func Parse(s string) (t time.Time, dateOnly bool, ok bool) {
	m, ok := First(s)
	if !ok {
		return time.Time{}, false, false
	}
	return m.Time, m.DateOnly, true
}

// Match is a full date found in a string by First.
type Match struct {
	Time       time.Time
	DateOnly   bool // no time of day was written
	Start, End int  // byte span of the date and its time of day
}

// The years Parse and First accept.
const (
	MinYear = 1900
	MaxYear = 2100
)

// Token kinds of the date scanner.
const (
	dtNum = iota + 1
	dtWord
	dtPunct
)

// dateTok is one token of a scanned string.
type dateTok struct {
	kind    uint8
	persian bool   // written in Persian digits (dtNum)
	upper   bool   // starts with an upper-case letter (dtWord)
	n       int    // number of digits (dtNum)
	val     int    // value (dtNum) or rune (dtPunct; apostrophes as ')
	word    string // folded word (dtWord)
	start   int    // byte span in the scanned string
	end     int
}

// IsMonthName reports whether the word w (any case) is a month name or
// abbreviation that Parse knows, in any language.
func IsMonthName(w string) bool { return monthNames[fold.String(w)].month > 0 }

// IsWeekdayName reports whether the word w (any case) is a weekday name or
// abbreviation in any language ("Tuesday", "Tue", "вторник", "سه‌شنبه").
func IsWeekdayName(w string) bool { return weekdayNames[fold.String(w)] }

// IsZoneName reports whether the word w (any case) is a time zone
// abbreviation that Parse knows ("GMT", "EST", "MSK").
func IsZoneName(w string) bool {
	_, ok := zoneOffsets[fold.String(w)]
	return ok
}

// zoneOffsets are common zone abbreviations, in seconds east of UTC.
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "ut": 0,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
	"mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600,
	"bst": 3600, "cet": 3600, "cest": 2 * 3600, "mez": 3600, "mesz": 2 * 3600,
	"eet": 2 * 3600, "eest": 3 * 3600, "msk": 3 * 3600, "idt": 3 * 3600,
	"irst": 3*3600 + 1800, "jst": 9 * 3600, "kst": 9 * 3600, "hkt": 8 * 3600, "sgt": 8 * 3600,
	"aest": 10 * 3600, "aedt": 11 * 3600, "trt": 3 * 3600,
}

// DigitValue maps ASCII, Arabic-Indic, Persian and full-width digits to
// their values.
func DigitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	return 0, false
}

// isCJKDateMark reports the characters that end a year, month or day in
// Chinese, Japanese and Korean dates.
func isCJKDateMark(w string) bool {
	switch w {
	case "年", "月", "日", "号", "년", "월", "일":
		return true
	}
	return false
}

// scanDateTokens splits s into numbers, words and punctuation; spaces and
// zero-width joiners are dropped. Han characters are one word each.
func scanDateTokens(s string, toks []dateTok) []dateTok {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII fast path.
			switch {
			case c >= '0' && c <= '9':
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				start := i
				upper := c <= 'Z'
				lower := !upper
				for i++; i < len(s); i++ {
					c := s[i]
					if c >= 'a' && c <= 'z' {
						continue
					}
					if c >= 'A' && c <= 'Z' {
						lower = false
						continue
					}
					break
				}
				if i == len(s) || s[i] < utf8.RuneSelf {
					w := s[start:i]
					if !lower {
						w = fold.String(w)
					}
					toks = append(toks, dateTok{kind: dtWord, word: w, upper: upper, start: start, end: i})
					continue
				}
				i = start // a word going on in non-ASCII letters
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			default:
				toks = append(toks, dateTok{kind: dtPunct, val: int(c), start: i, end: i + 1})
				i++
				continue
			}
		}
		r, size := decodeRune(s, i)
		if d, ok := DigitValue(r); ok {
			start, v, n := i, d, 1
			persian := r >= '۰' && r <= '۹'
			i += size
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				d, ok := DigitValue(r)
				if !ok {
					break
				}
				if n < 9 {
					v = v*10 + d
				}
				n++
				i += size
			}
			toks = append(toks, dateTok{kind: dtNum, n: n, val: v, persian: persian, start: start, end: i})
			continue
		}
		if isHan(r) {
			toks = append(toks, dateTok{kind: dtWord, word: s[i : i+size], start: i, end: i + size})
			i += size
			continue
		}
		if fold.IsWordRune(r) {
			start := i
			upper := fold.IsUpper(r)
			i += size
			for i < len(s) {
				r, size := decodeRune(s, i)
				if !fold.IsWordRune(r) || isHan(r) {
					break
				}
				i += size
			}
			toks = append(toks, dateTok{kind: dtWord, word: fold.String(s[start:i]), upper: upper, start: start, end: i})
			continue
		}
		if !unicode.IsSpace(r) && r != 0x200C && r != 0x200D && r != 0xFEFF {
			switch r {
			case '’', '‘', '′':
				r = '\''
			}
			toks = append(toks, dateTok{kind: dtPunct, val: int(r), start: i, end: i + size})
		}
		i += size
	}
	return toks
}

// decodeRune decodes the rune at s[i], two-byte sequences inline.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isHan reports the characters that are one word each: Han and Hangul.
func isHan(r rune) bool {
	return r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r))
}

// First finds the first full date in s, with its time of day when one is
// written next to it (see Parse).
func First(s string) (Match, bool) {
	// Cheap rejection: a full date needs at least two digits.
	digits := 0
	for _, r := range s {
		if _, ok := DigitValue(r); ok {
			if digits++; digits >= 2 {
				break
			}
		}
	}
	if digits < 2 {
		return Match{}, false
	}
	var buf [48]dateTok
	toks := scanDateTokens(s, buf[:0])
	for i := range toks {
		y, m, d, first, end, ok := dateAt(toks, i)
		if !ok {
			continue
		}
		if dm, ok := buildDate(toks, first, end, y, m, d); ok {
			return dm, true
		}
	}
	// Layouts the scanner does not read: ANSIC and Unix date.
	if strings.IndexByte(s, ':') >= 0 {
		ts := strings.TrimSpace(s)
		for _, layout := range []string{time.UnixDate, time.ANSIC, time.RubyDate} {
			if t, err := time.Parse(layout, ts); err == nil && t.Year() >= MinYear && t.Year() <= MaxYear {
				start := strings.Index(s, ts)
				return Match{Time: t, Start: start, End: start + len(ts)}, true
			}
		}
	}
	return Match{}, false
}

func isPunct(t dateTok, rs ...rune) bool {
	if t.kind != dtPunct {
		return false
	}
	for _, r := range rs {
		if rune(t.val) == r {
			return true
		}
	}
	return false
}

func adjacent(toks []dateTok, i, j int) bool { return toks[i].end == toks[j].start }

// joinedNumber reports whether toks[sep] is a '-', '/' or '.' touching both
// its neighbour on the date's side and a number at toks[num]: the date
// would then be part of a longer numeric string (1.2.2020.5, 10-2020-02-23).
func joinedNumber(toks []dateTok, sep, num int) bool {
	if sep < 0 || sep >= len(toks) || num < 0 || num >= len(toks) || !isPunct(toks[sep], '-', '/', '.') || toks[num].kind != dtNum {
		return false
	}
	return adjacent(toks, min(sep, num), max(sep, num))
}

// dateAt reads a date around toks[i], a number that starts it or a month
// name; toks[first:end] are its tokens. Jalali dates are already converted.
// The day is not checked against the month.
func dateAt(toks []dateTok, i int) (y, m, d, first, end int, ok bool) {
	n := len(toks)
	t := toks[i]
	switch t.kind {
	case dtNum:
		// Y-M-D, Y/M/D, Y.M.D
		if t.n == 4 && i+4 < n && toks[i+2].kind == dtNum && toks[i+4].kind == dtNum &&
			toks[i+2].n <= 2 && toks[i+4].n <= 2 && isPunct(toks[i+1], '-', '/', '.') &&
			toks[i+3].kind == dtPunct && toks[i+3].val == toks[i+1].val &&
			adjacent(toks, i, i+1) && adjacent(toks, i+1, i+2) && adjacent(toks, i+2, i+3) && adjacent(toks, i+3, i+4) &&
			!joinedNumber(toks, i-1, i-2) {
			y, m, d = t.val, toks[i+2].val, toks[i+4].val
			if y >= 1300 && y < 1420 && t.persian {
				y, m, d = jalaliToGregorian(y, m, d)
			}
			return y, m, d, i, i + 5, true
		}
		// CJK: 2020年2月23日
		if t.n == 4 && i+4 < n && toks[i+1].kind == dtWord && isCJKDateMark(toks[i+1].word) &&
			toks[i+2].kind == dtNum && toks[i+2].n <= 2 && toks[i+3].kind == dtWord && isCJKDateMark(toks[i+3].word) &&
			toks[i+4].kind == dtNum && toks[i+4].n <= 2 {
			end = i + 5
			if end < n && toks[end].kind == dtWord && isCJKDateMark(toks[end].word) {
				end++
			}
			return t.val, toks[i+2].val, toks[i+4].val, i, end, true
		}
		// D.M.Y, D/M/Y, D-M-Y; M/D/Y when the second number cannot be a month.
		if t.n <= 2 && i+4 < n && toks[i+2].kind == dtNum && toks[i+4].kind == dtNum &&
			toks[i+2].n <= 2 && toks[i+4].n == 4 && isPunct(toks[i+1], '-', '/', '.') &&
			toks[i+3].kind == dtPunct && toks[i+3].val == toks[i+1].val &&
			adjacent(toks, i, i+1) && adjacent(toks, i+1, i+2) && adjacent(toks, i+2, i+3) && adjacent(toks, i+3, i+4) &&
			!joinedNumber(toks, i+5, i+6) {
			d, m = t.val, toks[i+2].val
			if m > 12 && d <= 12 {
				d, m = m, d
			}
			return toks[i+4].val, m, d, i, i + 5, true
		}
	case dtWord:
		mn, isMonth := monthNames[t.word]
		if !isMonth {
			return 0, 0, 0, 0, 0, false
		}
		month, next := mn.month, i+1
		if mn.next != nil {
			if next >= n || toks[next].kind != dtWord {
				return 0, 0, 0, 0, 0, false
			}
			if month, isMonth = mn.splitMonth(toks[next].word); !isMonth {
				return 0, 0, 0, 0, 0, false
			}
			next++
		}
		// Day before the month: "23 February 2020", "23. Februar", "1er mars".
		day, dayAt := 0, -1
		for j, skipped := i-1, 0; j >= 0 && skipped <= 2; j-- {
			tj := toks[j]
			if tj.kind == dtNum {
				if tj.n <= 2 {
					day, dayAt = tj.val, j
				}
				break
			}
			if !(isPunct(tj, '.', ',') || tj.kind == dtWord && (ordinals[tj.word] || tj.word == "de" || tj.word == "of")) {
				break
			}
			skipped++
		}
		if dayAt >= 0 {
			if yi := yearAfter(toks, next); yi >= 0 {
				return calendarDate(mn.jalali, toks[yi].val, month, day, dayAt, yi+1)
			}
		}
		// Day after the month: "February 23, 2020", "Feb. 23rd 2020".
		j := next
		if j < n && isPunct(toks[j], '.') {
			j++
		}
		if j < n && toks[j].kind == dtNum && toks[j].n <= 2 {
			day = toks[j].val
			k := j + 1
			if k < n && toks[k].kind == dtWord && ordinals[toks[k].word] && adjacent(toks, j, k) {
				k++
			}
			if yi := yearAfter(toks, k); yi >= 0 {
				return calendarDate(mn.jalali, toks[yi].val, month, day, i, yi+1)
			}
		}
	}
	return 0, 0, 0, 0, 0, false
}

// yearAfter returns the index of a four-digit year at toks[j], after at
// most two commas, dots or filler words, or -1.
func yearAfter(toks []dateTok, j int) int {
	for skipped := 0; j < len(toks) && skipped <= 2; j++ {
		t := toks[j]
		if t.kind == dtNum {
			if t.n == 4 {
				return j
			}
			return -1
		}
		if !(isPunct(t, '.', ',', '،') || t.kind == dtWord && dateFillers[t.word]) {
			return -1
		}
		skipped++
	}
	return -1
}

func calendarDate(jalali bool, y, m, d, first, end int) (int, int, int, int, int, bool) {
	if jalali {
		if y < 1200 || y > 1500 || d < 1 || d > 31 || (m > 6 && d > 30) {
			return 0, 0, 0, 0, 0, false
		}
		y, m, d = jalaliToGregorian(y, m, d)
	}
	return y, m, d, first, end, true
}

// buildDate validates a date found at toks[first:end] and reads the time of
// day written next to it.
func buildDate(toks []dateTok, first, end, y, m, d int) (Match, bool) {
	if y < MinYear || y > MaxYear || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Match{}, false
	}
	dm := Match{Start: toks[first].start, End: toks[end-1].end}
	hh, mm, ss, nsec, offset, hasZone, tStart, tEnd, ok := timeNear(toks, first, end)
	if !ok {
		dm.Time = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		dm.DateOnly = true
		return dm, true
	}
	loc := time.UTC
	if hasZone && offset != 0 {
		loc = time.FixedZone("", offset)
	}
	dm.Time = time.Date(y, time.Month(m), d, hh, mm, ss, nsec, loc)
	dm.Start = min(dm.Start, tStart)
	dm.End = max(dm.End, tEnd)
	return dm, true
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// timeNear looks for a time of day just after the date at toks[first:end],
// or else just before it.
func timeNear(toks []dateTok, first, end int) (hh, mm, ss, nsec, offset int, hasZone bool, start, stop int, ok bool) {
	// After: "2020-02-23T15:24:00Z", "February 23, 2020 15:24", "23.02.2020 um 14:30 Uhr".
	for j, skipped := end, 0; j < len(toks) && skipped <= 3; j++ {
		if hh, mm, ss, nsec, offset, hasZone, stop, ok = timeAt(toks, j); ok {
			return hh, mm, ss, nsec, offset, hasZone, toks[j].start, toks[stop-1].end, true
		}
		t := toks[j]
		// Punctuation and words (fillers, weekday names, "T") may stand
		// between a date and its time.
		if !(isPunct(t, ',', '|', '-', '–', '—', '·', '•', '/', '(', '،') || t.kind == dtWord) {
			break
		}
		skipped++
	}
	// Before: "15:24, 23 февраля 2020".
	for j := max(0, first-8); j < first; j++ {
		if hh, mm, ss, nsec, offset, hasZone, stop, ok = timeAt(toks, j); ok && stop <= first {
			between := true // only punctuation and words ("Uhr", "Tue") between
			for k := stop; k < first; k++ {
				if toks[k].kind == dtNum {
					between = false
				}
			}
			if between {
				return hh, mm, ss, nsec, offset, hasZone, toks[j].start, toks[stop-1].end, true
			}
		}
	}
	return 0, 0, 0, 0, 0, false, 0, 0, false
}

// timeAt reads a time of day starting at toks[j]: "15:24", "15:24:05.123",
// "3:24 pm", "15h24", "14.30 Uhr", with an optional zone ("Z", "+03:00",
// "-0700", "GMT+3", "EST"). stop is the index after its last token.
func timeAt(toks []dateTok, j int) (hh, mm, ss, nsec, offset int, hasZone bool, stop int, ok bool) {
	n := len(toks)
	if j+2 >= n || toks[j].kind != dtNum || toks[j].n > 2 || toks[j+2].kind != dtNum || toks[j+2].n != 2 {
		return
	}
	sep := toks[j+1]
	dotted := false
	switch {
	case isPunct(sep, ':'):
	case sep.kind == dtWord && sep.word == "h" && adjacent(toks, j, j+1):
	case isPunct(sep, '.') && j+3 < n && toks[j+3].kind == dtWord && timeWords[toks[j+3].word]:
		dotted = true
	default:
		return
	}
	hh, mm, stop = toks[j].val, toks[j+2].val, j+3
	if !dotted && stop+1 < n && isPunct(toks[stop], ':') && toks[stop+1].kind == dtNum && toks[stop+1].n == 2 {
		ss = toks[stop+1].val
		stop += 2
		if stop+1 < n && isPunct(toks[stop], '.', ',') && toks[stop+1].kind == dtNum && adjacent(toks, stop, stop+1) {
			frac := toks[stop+1]
			nsec = frac.val
			for k := min(frac.n, 9); k < 9; k++ {
				nsec *= 10
			}
			stop += 2
		}
	}
	// Meridiem ("pm", "p.m.") or a time word ("Uhr").
	if stop < n && toks[stop].kind == dtWord {
		switch w := toks[stop].word; w {
		case "am", "pm", "a", "p":
			if w == "a" || w == "p" {
				if stop+2 < n && isPunct(toks[stop+1], '.') && toks[stop+2].kind == dtWord && toks[stop+2].word == "m" {
					stop += 2
					if stop+1 < n && isPunct(toks[stop+1], '.') {
						stop++
					}
				} else {
					break
				}
			}
			if hh >= 1 && hh <= 12 {
				if w[0] == 'p' && hh != 12 {
					hh += 12
				} else if w[0] == 'a' && hh == 12 {
					hh = 0
				}
			}
			stop++
		default:
			if timeWords[w] {
				stop++
			}
		}
	}
	if hh > 23 || mm > 59 || ss > 60 {
		return 0, 0, 0, 0, 0, false, 0, false
	}
	if ss == 60 {
		ss = 59
	}
	offset, hasZone, stop = zoneAt(toks, stop)
	return hh, mm, ss, nsec, offset, hasZone, stop, true
}

// zoneAt reads a zone at toks[j]; stop is the index after it, j when there
// is none.
func zoneAt(toks []dateTok, j int) (offset int, ok bool, stop int) {
	n := len(toks)
	if j >= n {
		return 0, false, j
	}
	if toks[j].kind == dtWord {
		off, known := zoneOffsets[toks[j].word]
		if !known {
			return 0, false, j
		}
		if (toks[j].word == "gmt" || toks[j].word == "utc") && j+1 < n && isPunct(toks[j+1], '+', '-', '−') {
			if o, ok, stop := numericOffset(toks, j+1); ok {
				return o, true, stop
			}
		}
		return off, true, j + 1
	}
	if isPunct(toks[j], '+', '-', '−') {
		return numericOffset(toks, j)
	}
	return 0, false, j
}

// numericOffset reads "+03:00", "-0700", "+3" at toks[j] (the sign).
func numericOffset(toks []dateTok, j int) (offset int, ok bool, stop int) {
	n := len(toks)
	if j+1 >= n || toks[j+1].kind != dtNum {
		return 0, false, j
	}
	sign := 1
	if toks[j].val != '+' {
		sign = -1
	}
	num := toks[j+1]
	h, m, stop := 0, 0, j+2
	switch {
	case num.n == 4:
		h, m = num.val/100, num.val%100
	case num.n <= 2:
		h = num.val
		if stop+1 < n && isPunct(toks[stop], ':') && toks[stop+1].kind == dtNum && toks[stop+1].n == 2 {
			m = toks[stop+1].val
			stop += 2
		}
	default:
		return 0, false, j
	}
	if h > 14 || m > 59 {
		return 0, false, j
	}
	return sign * (h*3600 + m*60), true, stop
}
