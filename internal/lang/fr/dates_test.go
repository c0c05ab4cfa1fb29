package fr_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the French date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "fr", []datestest.Case{
		// Months: a month name with a cue word.
		{Text: "Il est parti en septembre.", Want: "partial 2019-09 en septembre"},
		// Numbers and Units: il y a with a count word.
		{Text: "il y a deux ans", Want: "relative 2018 il y a deux ans"},
		// Weekdays: a weekday name with dernier.
		{Text: "mardi dernier", Want: "relative 2020-02-18 mardi dernier"},
		// Connectors: two years joined by a word.
		{Text: "entre 2011 et 2015", Want: "partial 2011 entre 2011 | partial 2015 2015"},
		// Ordinals: 1er.
		{Text: "le 1er mars", Want: "partial 2020-03-01 1er mars"},
		// Ordinals: 1er in a full date, with its time of day.
		{Text: "le 1er mars 2020 à 14:30", Want: "2020-03-01T14:30:00Z", Parse: true},
		// Rules, shift: last year.
		{Text: "l'année dernière", Want: "relative 2019 l'année dernière"},
		// Rules, day: yesterday.
		{Text: "hier soir", Want: "relative 2020-02-22 hier soir"},
		// Rules, month next: the next such month.
		{Text: "en avril prochain", Want: "relative 2020-04 avril prochain"},
	})
}
