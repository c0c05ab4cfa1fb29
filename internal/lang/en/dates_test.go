package en_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the English date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "en", []datestest.Case{
		// Months: a month name with a cue word.
		{Text: "He resigned in September.", Want: "partial 2019-09 in September"},
		// Months: an abbreviation needs its dot or a number.
		{Text: "Jan. 13 and Jan 2020 but not Jan alone.", Want: "partial 2020-01-13 Jan. 13 | partial 2020-01 Jan 2020"},
		// Capitalised: a lower-case month name is no month.
		{Text: "They may march in may.", Want: ""},
		// Numbers and Units: a count word with a singular unit.
		{Text: "The talks collapsed three years ago.", Want: "relative 2017 three years ago"},
		// Units: a plural unit alone is a vague count.
		{Text: "It flooded weeks ago.", Want: "relative  weeks ago"},
		// Weekdays: a weekday name.
		{Text: "Officials said on Tuesday.", Want: "relative 2020-02-18 on Tuesday"},
		// Weekdays: abbreviations are for date lines, not running text.
		{Text: "See you Tue.", Want: ""},
		// Connectors: two years joined by a word.
		{Text: "She served from 2011 to 2015.", Want: "partial 2011 from 2011 | partial 2015 2015"},
		// Ordinals: a day number with its suffix.
		{Text: "It opens on March 3rd.", Want: "partial 2020-03-03 March 3rd"},
		// Fillers: a word between the day and the year of a full date; its time of day.
		{Text: "Published on March 3 of 2020 at 14:30", Want: "2020-03-03T14:30:00Z", Parse: true},
		// Rules, year: a year with a cue word.
		{Text: "The beginning of 2014 was calm.", Want: "partial 2014 The beginning of 2014"},
		// Rules, shift: a unit moved from publication.
		{Text: "Fighting resumed last week.", Want: "relative 2020-02-10 last week"},
		// Rules, begin: the beginning of a relative year.
		{Text: "The vote is due at the beginning of next year.", Want: "relative 2021-01 the beginning of next year"},
		// Rules, day: yesterday.
		{Text: "Yesterday the minister said so.", Want: "relative 2020-02-22 Yesterday"},
		// Rules, month last: the last such month.
		{Text: "It was planned last December.", Want: "relative 2019-12 last December"},
		// Rules, month in: a month of a relative year.
		{Text: "It began in March of last year.", Want: "relative 2019-03 March of last year"},
	})
}
