package analyze

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/dates"

	"github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/token"
)

// Salient numbers, first version. A number is written with ASCII digits,
// without thousands separators, with "." as the decimal point and no
// trailing zeros after it: "6.4", "312", "48000". A scale word after it is
// applied: "6.4 million" gives "6400000", "٣ مليارات" gives "3000000000".
// Left out, as they say little about which story an article tells:
//   - years: four digits from 1900 to 2100 written without separators;
//   - days of the month: 1 to 31 next to a month name;
//   - parts of dates, times and codes: a number joined to another number
//     by ":", "/", "-" or "." ("15:24", "23/02/2020", "2020-02-23") or to a
//     word by a hyphen ("F-16", "COVID-19");
//   - integers below 10, which are everywhere.
//
// Numbers are listed once each, in order of first appearance.

// findNumbers returns the salient numbers of the segments.
func findNumbers(lang string, r *lang.Pipeline, segs []token.Segment) []string {
	var out []string
	seen := map[string]bool{}
	for _, seg := range segs {
		toks := seg.Tokens
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.Kind != token.Number {
				continue
			}
			text, first := t.Text, i
			// "48 000": a group of three digits after a space.
			if i+1 < len(toks) && toks[i+1].Kind == token.Number && isSpaceGap(seg.Src[t.End:toks[i+1].Start]) &&
				len(toks[i+1].Text) == 3 && !strings.ContainsAny(text, ".,٫٬") && utf8.RuneCountInString(text) <= 3 {
				text += toks[i+1].Text
				i++
			}
			if partOfCode(seg, first, i) {
				continue
			}
			num, plain := normalizeNumber(text)
			if num == "" {
				continue
			}
			prev, next := wordBefore(seg, first), wordAfter(seg, i)
			if plain {
				v, _ := strconv.Atoi(num)
				if len(num) == 4 && v >= 1900 && v <= 2100 {
					continue // a year
				}
				if len(num) <= 2 && v >= 1 && v <= 31 && (isMonth(prev) || isMonth(next)) {
					continue // a day of the month
				}
			}
			exp := hanScale(seg, i)
			if next != "" {
				exp = scale(lang, r.Fold(next))
			}
			if exp > 0 {
				num = shift(num, exp)
				plain = !strings.Contains(num, ".")
			}
			if plain && len(num) == 1 {
				continue // below 10
			}
			if !seen[num] {
				seen[num] = true
				out = append(out, num)
			}
		}
	}
	return out
}

// partOfCode reports whether the number spanning tokens first..last is
// part of a date, a time or a code.
func partOfCode(seg token.Segment, first, last int) bool {
	toks := seg.Tokens
	if first > 0 {
		p := toks[first-1]
		gap := seg.Src[p.End:toks[first].Start]
		if p.Kind == token.Number && (gap == ":" || gap == "/" || gap == "-" || gap == "." || gap == "٫") {
			return true
		}
		if p.Kind == token.Word && (gap == "-" || gap == "/") {
			return true
		}
	}
	if last+1 < len(toks) {
		n := toks[last+1]
		gap := seg.Src[toks[last].End:n.Start]
		return n.Kind == token.Number && (gap == ":" || gap == "/" || gap == "-" || gap == ".")
	}
	return false
}

// wordBefore returns the token.Word token before token i when only spaces or a
// comma separate them; "" otherwise.
func wordBefore(seg token.Segment, i int) string {
	if i == 0 || seg.Tokens[i-1].Kind != token.Word {
		return ""
	}
	if strings.Trim(seg.Src[seg.Tokens[i-1].End:seg.Tokens[i].Start], " ,\u00a0") != "" {
		return ""
	}
	return seg.Tokens[i-1].Text
}

// wordAfter returns the token.Word token after token i when only spaces or a
// comma separate them; "" otherwise.
func wordAfter(seg token.Segment, i int) string {
	if i+1 >= len(seg.Tokens) || seg.Tokens[i+1].Kind != token.Word {
		return ""
	}
	if strings.Trim(seg.Src[seg.Tokens[i].End:seg.Tokens[i+1].Start], " ,\u00a0") != "" {
		return ""
	}
	return seg.Tokens[i+1].Text
}

// isSpaceGap reports a single space of any width.
func isSpaceGap(gap string) bool {
	switch gap {
	case " ", "\u00a0", "\u202f", "\u2009":
		return true
	}
	return false
}

// normalizeNumber turns a number as written into ASCII digits with an
// optional "." decimal point. plain reports an integer written without
// separators. It returns "" for text with no digit.
func normalizeNumber(s string) (num string, plain bool) {
	var digits []byte
	type sep struct {
		pos int // digits before it
		r   rune
	}
	var seps []sep
	for _, r := range s {
		if d := digitValue(r); d >= 0 {
			digits = append(digits, byte('0'+d))
			continue
		}
		seps = append(seps, sep{len(digits), r})
	}
	if len(digits) == 0 {
		return "", false
	}
	decimal := -1 // digits before the decimal point, -1 for none
	switch {
	case len(seps) == 0:
	case seps[len(seps)-1].r == '٫':
		decimal = seps[len(seps)-1].pos
	case seps[len(seps)-1].r == '٬':
	default:
		last := seps[len(seps)-1]
		allSame := true
		for _, sp := range seps {
			if sp.r != last.r {
				allSame = false
			}
		}
		groupOf3 := len(digits)-last.pos == 3
		switch {
		case !allSame:
			decimal = last.pos // "1,234.5", "1.234,5"
		case len(seps) >= 2:
			// "48,000,000": thousands
		case groupOf3 && last.pos <= 3:
			// "48,000", "1.000": thousands
		default:
			decimal = last.pos // "6.4", "6,4"
		}
	}
	intPart, frac := string(digits), ""
	if decimal >= 0 {
		intPart, frac = string(digits[:decimal]), string(digits[decimal:])
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return intPart, len(seps) == 0
	}
	return intPart + "." + frac, false
}

// digitValue returns the value of a decimal digit of any script, or -1.
func digitValue(r rune) int {
	if '0' <= r && r <= '9' {
		return int(r - '0')
	}
	if !unicode.IsDigit(r) {
		return -1
	}
	// Unicode lays out every decimal digit set as ten consecutive code
	// points from zero; find this set's zero.
	for d := 0; d <= 9; d++ {
		if !unicode.IsDigit(r-rune(d)-1) || d == 9 {
			return d
		}
	}
	return -1
}

// shift multiplies a normalised number by 10^exp.
func shift(num string, exp int) string {
	intPart, frac, _ := strings.Cut(num, ".")
	for exp > 0 {
		if frac != "" {
			intPart += frac[:1]
			frac = frac[1:]
		} else {
			intPart += "0"
		}
		exp--
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	if frac != "" {
		return intPart + "." + frac
	}
	return intPart
}

// hanScale returns the power of ten of a Chinese or Japanese scale
// character right after number token i ("150亿" is 15 billion, "3万" is
// 30 thousand, "2.5百万" is 2.5 million), or 0.
func hanScale(seg token.Segment, i int) int {
	if i+1 >= len(seg.Tokens) || seg.Tokens[i+1].Kind != token.Han || seg.Tokens[i+1].Start != seg.Tokens[i].End {
		return 0
	}
	run := seg.Tokens[i+1].Text
	for _, u := range []struct {
		prefix string
		exp    int
	}{{"千亿", 11}, {"百亿", 10}, {"十亿", 9}, {"亿", 8}, {"億", 8}, {"千万", 7}, {"百万", 6}, {"万", 4}, {"萬", 4}, {"千", 3}} {
		if strings.HasPrefix(run, u.prefix) {
			return u.exp
		}
	}
	return 0
}

// scale returns the power of ten a folded scale word stands for, or 0.
func scale(lang, w string) int {
	if exp, ok := scaleWords[w]; ok {
		if exp == 9 && lang != "en" && (w == "billion" || w == "billions") {
			return 12 // the long scale: French, German "Billion" is 10^12
		}
		return exp
	}
	if ar.HasLetter(w) {
		if exp, ok := scaleWords[ar.StripDefinite(w)]; ok {
			return exp
		}
	}
	return 0
}

var scaleWords = func() map[string]int {
	m := map[string]int{}
	add := func(exp int, words string) {
		for _, w := range strings.Fields(words) {
			m[ar.Normalize(strings.ToLower(w))] = exp
		}
	}
	add(3, `thousand thousands тысяча тысячи тысяч тыс ألف ألفا آلاف الف هزار
		tausend mille mila mil tysiąc tysięcy tys bin duizend tusen mii ezer`)
	add(6, `million millions mln mio millionen millón millones milione milioni
		milhão milhões miljoen miljon miljoner milyon milion miliony milionów
		milionu milioane millió миллион миллиона миллионов млн мільйон мільйонів
		مليون مليونا ملايين میلیون`)
	add(9, `billion billions bn milliard milliards milliarde milliarden mrd
		miliardo miliardi mil-millones milyar miliard miliardy miliardów
		miliarde milliárd bilhão bilhões миллиард миллиарда миллиардов млрд
		мільярд мільярдів مليار مليارا مليارات بليون ملیارد میلیارد`)
	add(12, `trillion trillions billón billones bilion trilhão trilhões
		триллион триллиона триллионов трлн трильйон تريليون ترليون`)
	return m
}()

// isMonth reports whether word names a month.
func isMonth(word string) bool {
	return word != "" && dates.IsMonthName(word)
}
