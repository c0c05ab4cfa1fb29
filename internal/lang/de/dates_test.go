package de_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the German date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "de", []datestest.Case{
		// Months: a month name with a cue word; Jänner is Austrian.
		{Text: "Seit März und im Jänner", Want: "partial 2020-03 Seit März | partial 2020-01 im Jänner"},
		// Months: an abbreviation with its dot.
		{Text: "am 3. Okt. 2019", Want: "absolute 2019-10-03 3. Okt. 2019"},
		// Numbers and Units: vor with a count word.
		{Text: "vor drei Jahren", Want: "relative 2017 vor drei Jahren"},
		// Weekdays: a weekday name.
		{Text: "Am Dienstag sagte er", Want: "relative 2020-02-18 Am Dienstag"},
		// WeekdaySuffixes: a part of the day written on the weekday.
		{Text: "Am Dienstagabend sagte er", Want: "relative 2020-02-18 Am Dienstagabend"},
		// Connectors: two years joined by a word.
		{Text: "im Jahr 2011 und 2015", Want: "partial 2011 im Jahr 2011 | partial 2015 2015"},
		// TimeWords: a time written with a dot is read before Uhr.
		{Text: "23. Februar 2020 um 14.30 Uhr", Want: "2020-02-23T14:30:00Z", Parse: true},
		// Rules, shift: last week.
		{Text: "Letzte Woche kam es zu Kämpfen.", Want: "relative 2020-02-10 Letzte Woche"},
		// Rules, day: morgen is tomorrow only in lower case.
		{Text: "Er kommt morgen. Der Morgen war kalt.", Want: "relative 2020-02-24 morgen"},
		// Rules, begin: the beginning of this year.
		{Text: "Anfang dieses Jahres", Want: "relative 2020-01 Anfang dieses Jahres"},
		// Rules, month in: a month of last year.
		{Text: "im März letzten Jahres", Want: "relative 2019-03 im März letzten Jahres"},
	})
}
