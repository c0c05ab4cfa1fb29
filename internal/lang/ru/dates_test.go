package ru_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Russian date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "ru", []datestest.Case{
		// Months: the cases of a month name.
		{Text: "в марте и 3 марта", Want: "partial 2020-03 в марте | partial 2020-03-03 3 марта"},
		// Numbers and Units: назад with a count word.
		{Text: "три года назад", Want: "relative 2017 три года назад"},
		// Weekdays: a weekday name with a cue word.
		{Text: "во вторник", Want: "relative 2020-02-18 во вторник"},
		// Connectors: two years joined by a word.
		{Text: "с 2011 по 2015 год", Want: "partial 2011 2011 | partial 2015 2015 год"},
		// YearWords: году after a number makes it a year, г. abbreviated.
		{Text: "в 2011 году и в 2012 г.", Want: "partial 2011 в 2011 году | partial 2012 в 2012 г."},
		// Parse: a full date with года and its time of day after в.
		{Text: "3 марта 2020 года в 14:30", Want: "2020-03-03T14:30:00Z", Parse: true},
		// TimeWords: ч after a time of day.
		{Text: "3 марта 2020 14.30 ч", Want: "2020-03-03T14:30:00Z", Parse: true},
		// Rules, shift: last year.
		{Text: "в прошлом году", Want: "relative 2019 в прошлом году"},
		// Rules, day: yesterday.
		{Text: "вчера вечером", Want: "relative 2020-02-22 вчера вечером"},
	})
}
