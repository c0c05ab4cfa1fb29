package fa

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Persian date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه جولای", "اوت آگوست", "سپتامبر", "اکتبر", "نوامبر",
		"دسامبر",
	},
	SolarMonths: [12]string{
		"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
	},
	MonthWord:  "ماه",
	Proclitics: true,
	Numbers: map[string]int{
		"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10, "دوازده": 12,
		"پانزده": 15, "بیست": 20, "سی": 30, "چند": 0, "چندین": 0,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Days, Words: "روز", Count: 1},
		{Unit: cue.Weeks, Words: "هفته", Count: 1},
		{Unit: cue.Months, Words: "ماه", Count: 1},
		{Unit: cue.Years, Words: "سال", Count: 1},
		{Unit: cue.Decades, Words: "دهه", Count: 1},
		{Unit: cue.Days, Words: "روزها روز_ها", Count: 0},
		{Unit: cue.Weeks, Words: "هفته_ها", Count: 0},
		{Unit: cue.Months, Words: "ماهها ماه_ها", Count: 0},
		{Unit: cue.Years, Words: "سالها سال_ها", Count: 0},
	},
	Weekdays: [7]string{
		"یکشنبه یک_شنبه", "دوشنبه دو_شنبه", "سه_شنبه سهشنبه", "چهارشنبه چهار_شنبه", "پنجشنبه پنج_شنبه", "جمعه",
		"شنبه",
	},
	Connectors: "تا و",
	Fillers:    "ساعت",
	Rules: []cue.DateRule{
		cue.Year("سال <year>"),
		cue.Year("در|از|تا|پیش_از|پس_از|قبل_از|بعد_از|اوایل|اواخر|اواسط|ابتدای|پایان|تابستان|زمستان|بهار|پاییز سال? <year>"),
		cue.Month("ماه <month>"),
		cue.Month("در|از|تا|اوایل|اواخر|اواسط|ابتدای|پایان ماه <month>"),
		cue.Month("در|از|تا|اوایل|اواخر|اواسط|ابتدای|پایان? <monthm>"),
		cue.Ago("<n>? <unit> پیش|قبل"),
		cue.Shift("هفته گذشته", cue.Weeks, -1), cue.Shift("ماه گذشته", cue.Months, -1), cue.Shift("سال گذشته", cue.Years, -1),
		cue.Shift("پارسال", cue.Years, -1), cue.Shift("امسال", cue.Years, 0),
		cue.Shift("این هفته", cue.Weeks, 0), cue.Shift("هفته جاری", cue.Weeks, 0), cue.Shift("این ماه", cue.Months, 0), cue.Shift("ماه جاری", cue.Months, 0),
		cue.Shift("سال جاری", cue.Years, 0),
		cue.Shift("هفته آینده", cue.Weeks, 1), cue.Shift("ماه آینده", cue.Months, 1), cue.Shift("سال آینده", cue.Years, 1),
		cue.Begin("اوایل|ابتدای|آغاز امسال", 0), cue.Begin("اوایل|ابتدای|آغاز سال جاری", 0),
		cue.End("اواخر|پایان امسال", 0), cue.End("اواخر|پایان سال جاری", 0),
		cue.Begin("اوایل|ابتدای|آغاز سال گذشته", -1), cue.Begin("اوایل|ابتدای|آغاز پارسال", -1),
		cue.End("اواخر|پایان سال گذشته", -1), cue.End("اواخر|پایان پارسال", -1),
		cue.Day("دیروز", -1), cue.Day("امروز", 0), cue.Day("فردا", 1), cue.Day("پریروز", -2), cue.Day("پس_فردا", 2),
		cue.Day("دیشب", -1), cue.Day("امشب", 0), cue.Day("امروز صبح|عصر|بعدازظهر", 0), cue.Day("صبح|عصر|شب امروز", 0),
		cue.Day("شب گذشته", -1), cue.Day("دیروز صبح|عصر", -1), cue.Day("صبح|عصر دیروز", -1),
		cue.Weekday("روز? <wd>", 0), cue.Weekday("روز? <wd> گذشته", -1), cue.Weekday("روز? <wd> آینده", 1),
		cue.MonthLast("<month> ماه? گذشته"), cue.MonthIn("<month> ماه? امسال", 0), cue.MonthIn("<month> ماه? سال جاری", 0),
		cue.MonthIn("<month> ماه? سال گذشته", -1), cue.MonthIn("<month> ماه? پارسال", -1), cue.MonthNext("<month> ماه? آینده"),
	},
}
