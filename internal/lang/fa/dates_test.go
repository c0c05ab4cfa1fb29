package fa_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Persian date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "fa", []datestest.Case{
		// Months: a Persian name of a Gregorian month, in a full date.
		{Text: "۳ ژانویه ۲۰۲۰", Want: "absolute 2020-01-03 ۳ ژانویه ۲۰۲۰"},
		// SolarMonths: a Solar Hijri date, converted.
		{Text: "۴ اسفند ۱۳۹۸", Want: "absolute 2020-02-23 ۴ اسفند ۱۳۹۸"},
		// MonthWord: a Solar Hijri month with ماه, joined and apart.
		{Text: "در تیرماه و در تیر ماه", Want: "partial 2019-07 در تیرماه | partial 2019-07 در تیر ماه"},
		// Numbers and Units: پیش with a count word.
		{Text: "سه سال پیش", Want: "relative 2017 سه سال پیش"},
		// Weekdays: a weekday name.
		{Text: "روز سه\u200cشنبه", Want: "relative 2020-02-18 روز سه\u200cشنبه"},
		// Connectors: two years joined by a word.
		{Text: "از ۱۳۹۰ تا ۱۳۹۵", Want: "partial 2011 از ۱۳۹۰ | partial 2016 تا ۱۳۹۵"},
		// Parse: a Solar Hijri date with its time of day after ساعت.
		{Text: "۴ اسفند ۱۳۹۸ ساعت ۱۴:۳۰", Want: "2020-02-23T14:30:00Z", Parse: true},
		// Rules, shift: this year, in Solar Hijri years.
		{Text: "امسال", Want: "relative 2019 امسال"},
		// Rules, day: yesterday.
		{Text: "دیروز", Want: "relative 2020-02-22 دیروز"},
		// Proclitics: a date word with و written on it.
		{Text: "ودیروز", Want: "relative 2020-02-22 ودیروز"},
	})
}
