package tr_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Turkish date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "tr", []datestest.Case{
		// Months: a month name with ayında.
		{Text: "Eylül ayında", Want: "partial 2019-09 Eylül ayında"},
		// Numbers and Units: önce with a count word.
		{Text: "üç yıl önce", Want: "relative 2017 üç yıl önce"},
		// Weekdays: a weekday name with günü.
		{Text: "salı günü", Want: "relative 2020-02-18 salı günü"},
		// Connectors: two years joined by a word.
		{Text: "2011 yılı ve 2015", Want: "partial 2011 2011 yılı | partial 2015 2015"},
		// YearWords: yılında after a number makes it a year.
		{Text: "2011 yılında", Want: "partial 2011 2011 yılında"},
		// YearSuffixes: a case ending after an apostrophe.
		{Text: "2011'de", Want: "partial 2011 2011'de"},
		// Parse: a full date with its time of day after saat.
		{Text: "3 Mart 2020 saat 14:30", Want: "2020-03-03T14:30:00Z", Parse: true},
		// Rules, shift: last week.
		{Text: "geçen hafta", Want: "relative 2020-02-10 geçen hafta"},
		// Rules, day: yesterday.
		{Text: "dün akşam", Want: "relative 2020-02-22 dün akşam"},
	})
}
