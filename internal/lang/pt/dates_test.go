package pt_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Portuguese date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "pt", []datestest.Case{
		// Months: Portuguese month names, read with the rules every language has.
		{Text: "março de 2020 e 3 de março", Want: "partial 2020-03 março de 2020 | partial 2020-03-03 3 de março"},
		// Ordinals: 1º.
		{Text: "1º de março de 2020", Want: "2020-03-01T00:00:00Z", Parse: true},
		// Fillers: de between the parts of a full date.
		{Text: "3 de março de 2020", Want: "2020-03-03T00:00:00Z", Parse: true},
	})
}
