package uk_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Ukrainian date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "uk", []datestest.Case{
		// Months: the cases of a month name.
		{Text: "у березні і 3 березня", Want: "partial 2020-03 у березні | partial 2020-03-03 3 березня"},
		// Numbers and Units: тому with a count word.
		{Text: "три роки тому", Want: "relative 2017 три роки тому"},
		// Weekdays: a weekday name with a cue word; two apostrophes.
		{Text: "у п'ятницю і у пʼятницю", Want: "relative 2020-02-21 у п'ятницю | relative 2020-02-21 у пʼятницю"},
		// Connectors: two years joined by a word.
		{Text: "з 2011 по 2015 рік", Want: "partial 2011 2011 | partial 2015 2015 рік"},
		// YearWords: році after a number makes it a year.
		{Text: "у 2011 році", Want: "partial 2011 у 2011 році"},
		// Rules, shift: last year.
		{Text: "торік", Want: "relative 2019 торік"},
		// Rules, day: yesterday.
		{Text: "вчора ввечері", Want: "relative 2020-02-22 вчора ввечері"},
	})
}
