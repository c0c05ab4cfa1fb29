package zh_test

import (
	"testing"

	"github.com/storyline/storyline/internal/dates/datestest"
)

// TestDates reads the Chinese date words: one case per list of Dates and per
// kind of rule, resolved against datestest.Published (Sunday 23 February 2020).
func TestDates(t *testing.T) {
	datestest.Run(t, "zh", []datestest.Case{
		// Digits: a year written digit by digit and a month with the ten.
		{Text: "二〇一九年十二月", Want: "partial 2019-12 二〇一九年十二月"},
		// Numbers and Units: a count and a unit; a Chinese unit needs its count.
		{Text: "三年前", Want: "relative 2017 三年前"},
		// Weekdays: a weekday name.
		{Text: "上周二", Want: "relative 2020-02-18 上周二"},
		// Connectors: two years joined by a word.
		{Text: "2011年至2015年", Want: "partial 2011 2011年 | partial 2015 2015年"},
		// YearWords: 年 after a number makes it a year.
		{Text: "2011年", Want: "partial 2011 2011年"},
		// Rules, ymd: a full date with numerals.
		{Text: "二〇二〇年三月五日", Want: "absolute 2020-03-05 二〇二〇年三月五日"},
		// Rules, shift: last year.
		{Text: "去年", Want: "relative 2019 去年"},
		// Rules, day: yesterday.
		{Text: "昨天", Want: "relative 2020-02-22 昨天"},
		// Rules, day only: 日 after a day number, not before 本.
		{Text: "5日 and 5日本", Want: "partial 2020-02-05 5日"},
	})
}
