package dates

import (
	"strings"

	language "github.com/storyline/storyline/internal/lang"
	"github.com/storyline/storyline/internal/lang/cue"
	"github.com/storyline/storyline/internal/lang/fold"
)

// languages are the date words of each language, by ISO 639-1 code, as
// the language layer knows them (language.Known; see cue.Dates). A language
// with rules of its own is read with them by Find; the month names,
// ordinals, fillers and year and time words of all of them are read in
// text of any language.
var languages = language.ByCode(func(l language.Language) cue.Dates { return l.Dates })

// genericRules apply to every language, with its month names.
var genericRules = []cue.DateRule{
	cue.MonthYear("<month> ,|of|de|del|di|du? <year>"),
	cue.DayMonth("<day> .|de|of? <month>"),
	cue.DayMonth("<month> <day>"),
	cue.Year("<yeart>"), // 2011 году, 2011 roku, 2011'de, 2011 yılında, 2011年
}

// Words of every language, folded: the words that make a number a year
// (true for an abbreviation, which may take a dot), the case endings after
// an apostrophe that do, ordinal suffixes of day numbers, words between
// the parts of a date and words after a time of day.
var (
	yearWords    = map[string]bool{}
	yearSuffixes = map[string]bool{}
	ordinals     = map[string]bool{}
	dateFillers  = map[string]bool{}
	timeWords    = map[string]bool{}
	// weekdayNames are the weekday names and abbreviations.
	weekdayNames = map[string]bool{}
)

func init() {
	for _, d := range languages {
		for _, names := range d.Weekdays {
			for _, n := range fields(strings.ReplaceAll(names, "|", " ")) {
				weekdayNames[fold.String(strings.ReplaceAll(n, "_", " "))] = true
			}
		}
		full, abbr, _ := cut(d.YearWords, '|')
		for _, w := range fields(full) {
			yearWords[fold.String(w)] = false
		}
		for _, w := range fields(abbr) {
			yearWords[fold.String(w)] = true
		}
		for set, words := range map[*map[string]bool]string{
			&yearSuffixes: d.YearSuffixes, &ordinals: d.Ordinals, &dateFillers: d.Fillers, &timeWords: d.TimeWords,
		} {
			for _, w := range fields(words) {
				(*set)[fold.String(w)] = true
			}
		}
	}
}

// cut is strings.Cut on a byte.
func cut(s string, sep byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// fields splits s at spaces.
func fields(s string) []string {
	var out []string
	for len(s) > 0 {
		var w string
		w, s, _ = cut(s, ' ')
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
