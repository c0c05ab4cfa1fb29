package uk

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Ukrainian date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"січень січня січні", "лютий лютого лютому", "березень березня березні", "квітень квітня квітні",
		"травень травня травні", "червень червня червні", "липень липня липні", "серпень серпня серпні",
		"вересень вересня вересні", "жовтень жовтня жовтні", "листопад листопада листопаді", "грудень грудня грудні",
	},
	Numbers: map[string]int{
		"один": 1, "одну": 1, "одна": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "пʼять": 5,
		"шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "девʼять": 9, "десять": 10, "дванадцять": 12,
		"п'ятнадцять": 15, "пʼятнадцять": 15, "двадцять": 20, "тридцять": 30, "пару": 2, "двох": 2, "трьох": 3,
		"чотирьох": 4, "п'яти": 5, "пʼяти": 5, "кілька": 0, "декілька": 0, "кількох": 0, "багато": 0,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Days, Words: "день", Count: 1},
		{Unit: cue.Days, Words: "дні днів", Count: 0},
		{Unit: cue.Weeks, Words: "тиждень", Count: 1},
		{Unit: cue.Weeks, Words: "тижні тижнів", Count: 0},
		{Unit: cue.Months, Words: "місяць", Count: 1},
		{Unit: cue.Months, Words: "місяці місяців", Count: 0},
		{Unit: cue.Years, Words: "рік", Count: 1},
		{Unit: cue.Years, Words: "роки років", Count: 0},
		{Unit: cue.Decades, Words: "десятиліття", Count: 1},
	},
	Weekdays: [7]string{
		"неділя неділю", "понеділок", "вівторок", "середа середу", "четвер", "п'ятниця п'ятницю пʼятниця пʼятницю",
		"субота суботу",
	},
	WeekdayNeedsCue: [7]bool{true, true, true, true, true, true, true},
	Connectors:      "по до і й",
	YearWords:       "року році рік|р",
	Rules: []cue.DateRule{
		cue.Year("у|в|з|із|від|до|після|на_початку|наприкінці|в_кінці|у_кінці|в_середині|у_середині|влітку|улітку|взимку|узимку|навесні|восени <yeart>"),
		cue.Month("у|в|з|із|від|до|на_початку|наприкінці|в_середині|у_середині <month>"),
		cue.Ago("<n>? <unit> тому"),
		cue.Shift("минулого|попереднього тижня", cue.Weeks, -1), cue.Shift("на минулому тижні", cue.Weeks, -1),
		cue.Shift("минулого місяця", cue.Months, -1), cue.Shift("у|в минулому місяці", cue.Months, -1),
		cue.Shift("минулого року", cue.Years, -1), cue.Shift("у|в минулому році", cue.Years, -1), cue.Shift("торік", cue.Years, -1),
		cue.Shift("цього тижня", cue.Weeks, 0), cue.Shift("на цьому тижні", cue.Weeks, 0),
		cue.Shift("цього місяця", cue.Months, 0), cue.Shift("у|в цьому місяці", cue.Months, 0),
		cue.Shift("цього|поточного року", cue.Years, 0), cue.Shift("у|в цьому|поточному році", cue.Years, 0),
		cue.Shift("наступного тижня", cue.Weeks, 1), cue.Shift("на наступному тижні", cue.Weeks, 1),
		cue.Shift("наступного місяця", cue.Months, 1), cue.Shift("наступного року", cue.Years, 1),
		cue.Shift("у|в наступному році", cue.Years, 1),
		cue.Begin("на початку цього|поточного року", 0), cue.End("наприкінці|в_кінці|у_кінці цього|поточного року", 0),
		cue.Begin("на початку минулого року", -1), cue.End("наприкінці|в_кінці|у_кінці минулого року", -1),
		cue.Day("вчора|учора", -1), cue.Day("сьогодні", 0), cue.Day("завтра", 1), cue.Day("позавчора", -2), cue.Day("післязавтра", 2),
		cue.Day("напередодні", -1), cue.Day("вчора|учора ввечері|увечері|вранці|уранці|вдень|вночі", -1),
		cue.Day("сьогодні вранці|уранці|ввечері|увечері|вдень", 0), cue.Day("минулої ночі", -1),
		cue.Weekday("у|в <wd>", 0), cue.Weekday("у|в минулий|минулу|минуле <wd>", -1),
		cue.Weekday("у|в наступний|наступну|наступне <wd>", 1),
		cue.MonthIn("у|в? <month> минулого року", -1), cue.MonthIn("у|в? <month> цього|поточного року", 0),
		cue.MonthIn("у|в? <month> наступного року", 1),
	},
}
