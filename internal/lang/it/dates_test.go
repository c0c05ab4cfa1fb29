package it_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Italian date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "it", []datestest.Case{
		// Months: a month name with a cue word.
		{Text: "a settembre", Want: "partial 2019-09 a settembre"},
		// Numbers and Units: fa with a count word.
		{Text: "tre anni fa", Want: "relative 2017 tre anni fa"},
		// Weekdays: a weekday name.
		{Text: "martedì scorso", Want: "relative 2020-02-18 martedì scorso"},
		// Connectors: two years joined by a word.
		{Text: "dal 2011 al 2015", Want: "partial 2011 dal 2011 | partial 2015 2015"},
		// Parse: a full date with its time of day after alle ore.
		{Text: "3 marzo 2020 alle ore 14:30", Want: "2020-03-03T14:30:00Z", Parse: true},
		// Rules, shift: last year.
		{Text: "l'anno scorso", Want: "relative 2019 l'anno scorso"},
		// Rules, day: yesterday.
		{Text: "ieri sera", Want: "relative 2020-02-22 ieri sera"},
	})
}
