package nl_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Dutch date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "nl", []datestest.Case{
		// Months: Dutch month names, read with the rules every language has.
		{Text: "maart 2020 en 3 maart", Want: "partial 2020-03 maart 2020 | partial 2020-03-03 3 maart"},
		// Months in a full date.
		{Text: "3 maart 2020", Want: "2020-03-03T00:00:00Z", Parse: true},
	})
}
