package dates

import (
	"slices"

	"github.com/storyline/storyline/internal/lang/fold"
)

// monthName is what a folded month name means.
type monthName struct {
	month  int
	jalali bool // a month of the Solar Hijri calendar
	// next maps the words that may follow a split month name to the month
	// they make (Levantine "كانون الثاني"); month is then 0.
	next  map[string]int
	langs uint32 // languages that write it, one bit each (monthBits)
	abbr  uint32 // languages in which it is an abbreviation
}

// monthNames maps folded month names and abbreviations to months.
var monthNames = map[string]monthName{}

// monthBits gives each language with month names its bit in
// monthName.langs. Find reads the month names of its article's language;
// Parse reads them all.
var monthBits = map[string]uint32{}

func init() {
	codes := make([]string, 0, len(languages))
	for code := range languages {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	for _, code := range codes {
		d := languages[code]
		if d.Months[0] == "" && d.SolarMonths[0] == "" && len(d.SplitMonths) == 0 {
			continue
		}
		bit := uint32(1) << len(monthBits)
		monthBits[code] = bit
		for i, spellings := range d.Months {
			full, abbr, _ := cut(spellings, '|')
			for _, set := range []struct {
				words string
				abbr  bool
			}{{full, false}, {abbr, true}} {
				for _, w := range fields(set.words) {
					k := fold.String(w)
					mn := monthNames[k]
					if mn.month != 0 && mn.month != i+1 {
						panic("dates: month name " + w + " means two months")
					}
					mn.month, mn.langs = i+1, mn.langs|bit
					if set.abbr {
						mn.abbr |= bit
					}
					monthNames[k] = mn
				}
			}
		}
	}
	for _, code := range codes {
		d, bit := languages[code], monthBits[code]
		for i, n := range d.SolarMonths {
			if n != "" {
				monthNames[fold.String(n)] = monthName{month: i + 1, jalali: true, langs: bit}
			}
		}
		for _, s := range d.SplitMonths {
			next := map[string]int{}
			for w, m := range s.Next {
				next[fold.String(w)] = m
			}
			monthNames[fold.String(s.Name)] = monthName{next: next, langs: bit}
		}
	}
}

// splitMonth returns the month a split month name makes with the word
// after it.
func (mn monthName) splitMonth(nextWord string) (int, bool) {
	m, ok := mn.next[nextWord]
	return m, ok
}
