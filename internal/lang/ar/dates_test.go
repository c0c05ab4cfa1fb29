package ar_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Arabic date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "ar", []datestest.Case{
		// Months: a month name with a cue word.
		{Text: "في شهر مارس", Want: "partial 2020-03 في شهر مارس"},
		// SplitMonths: Levantine months named with the word after them.
		{Text: "١٣ كانون الثاني ٢٠٢٠", Want: "absolute 2020-01-13 ١٣ كانون الثاني ٢٠٢٠"},
		// Numbers and Units: قبل with a count word.
		{Text: "قبل ثلاث سنوات", Want: "relative 2017 قبل ثلاث سنوات"},
		// Units: a dual implies two.
		{Text: "قبل عامين", Want: "relative 2018 قبل عامين"},
		// Weekdays: a name that needs a cue word, and one that does not.
		{Text: "يوم الأحد الماضي والثلاثاء", Want: "relative 2020-02-16 يوم الأحد الماضي | relative 2020-02-18 والثلاثاء"},
		// Connectors: two years joined by a word.
		{Text: "عام 2011 و 2015", Want: "partial 2011 عام 2011 | partial 2015 2015"},
		// YearWords: م after a number makes it a year.
		{Text: "عام 2011 م", Want: "partial 2011 عام 2011 م"},
		// Fillers: عام between the month and the year of a full date.
		{Text: "٣ مارس عام ٢٠٢٠", Want: "2020-03-03T00:00:00Z", Parse: true},
		// Rules, begin: the beginning of this year.
		{Text: "مطلع العام الحالي", Want: "relative 2020-01 مطلع العام الحالي"},
		// Rules, day: اليوم is today, but not before an ال adjective.
		{Text: "قال اليوم إن اليوم الوطني", Want: "relative 2020-02-23 اليوم"},
		// Proclitics, and Rules, day: yesterday, with و written on it.
		{Text: "وأمس", Want: "relative 2020-02-22 وأمس"},
	})
}
