package pl_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Polish date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "pl", []datestest.Case{
		// Months: the cases of a month name.
		{Text: "w marcu i 3 marca", Want: "partial 2020-03 w marcu | partial 2020-03-03 3 marca"},
		// Numbers and Units: temu with a count word.
		{Text: "trzy lata temu", Want: "relative 2017 trzy lata temu"},
		// Weekdays: a weekday name with a cue word.
		{Text: "we wtorek", Want: "relative 2020-02-18 we wtorek"},
		// Connectors: two years joined by a word.
		{Text: "od 2011 do 2015", Want: "partial 2011 od 2011 | partial 2015 2015"},
		// YearWords: roku after a number makes it a year, r. abbreviated.
		{Text: "w 2011 roku i 2012 r.", Want: "partial 2011 w 2011 roku | partial 2012 2012 r."},
		// Ordinals and Fillers: 1go, roku.
		{Text: "1go maja 2020 roku", Want: "2020-05-01T00:00:00Z", Parse: true},
		// Rules, shift: last year.
		{Text: "w zeszłym roku", Want: "relative 2019 w zeszłym roku"},
		// Rules, day: yesterday.
		{Text: "wczoraj wieczorem", Want: "relative 2020-02-22 wczoraj wieczorem"},
	})
}
