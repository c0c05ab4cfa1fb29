package dates

import (
	"strings"

	"github.com/storyline/storyline/internal/lang/ar"
	"github.com/storyline/storyline/internal/lang/cue"
	"github.com/storyline/storyline/internal/lang/de"
	"github.com/storyline/storyline/internal/lang/en"
	"github.com/storyline/storyline/internal/lang/es"
	"github.com/storyline/storyline/internal/lang/fa"
	"github.com/storyline/storyline/internal/lang/fold"
	"github.com/storyline/storyline/internal/lang/fr"
	"github.com/storyline/storyline/internal/lang/it"
	"github.com/storyline/storyline/internal/lang/nl"
	"github.com/storyline/storyline/internal/lang/pl"
	"github.com/storyline/storyline/internal/lang/pt"
	"github.com/storyline/storyline/internal/lang/ru"
	"github.com/storyline/storyline/internal/lang/tr"
	"github.com/storyline/storyline/internal/lang/uk"
	"github.com/storyline/storyline/internal/lang/zh"
)

// languages are the date words of each language, by ISO 639-1 code (see
// cue.Dates). A language with rules of its own is read with them by Find;
// the month names, ordinals, fillers and year and time words of all of
// them are read in text of any language.
var languages = map[string]cue.Dates{
	"ar": ar.Dates, "de": de.Dates, "en": en.Dates, "es": es.Dates, "fa": fa.Dates, "fr": fr.Dates,
	"it": it.Dates, "nl": nl.Dates, "pl": pl.Dates, "pt": pt.Dates, "ru": ru.Dates, "tr": tr.Dates,
	"uk": uk.Dates, "zh": zh.Dates,
}

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
