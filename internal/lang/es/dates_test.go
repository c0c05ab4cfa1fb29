package es_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Spanish date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "es", []datestest.Case{
		// Months: a month name with a cue word.
		{Text: "en septiembre", Want: "partial 2019-09 en septiembre"},
		// Numbers and Units: hace with a count word.
		{Text: "hace dos días", Want: "relative 2020-02-21 hace dos días"},
		// Weekdays: a weekday name with a cue word.
		{Text: "el martes", Want: "relative 2020-02-18 el martes"},
		// Connectors: two years joined by a word.
		{Text: "entre 2011 y 2015", Want: "partial 2011 entre 2011 | partial 2015 2015"},
		// Ordinals: 1º.
		{Text: "el 1º de marzo", Want: "partial 2020-03-01 1º de marzo"},
		// Fillers: de and del between the parts of a date.
		{Text: "3 de marzo del 2020", Want: "2020-03-03T00:00:00Z", Parse: true},
		// Rules, day: mañana is morning after la.
		{Text: "Mañana llega. Por la mañana llueve.", Want: "relative 2020-02-24 Mañana"},
		// Rules, shift: last year.
		{Text: "el año pasado", Want: "relative 2019 el año pasado"},
		// Rules, month in: a month of last year.
		{Text: "en marzo del año pasado", Want: "relative 2019-03 marzo del año pasado"},
	})
}
