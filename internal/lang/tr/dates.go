package tr

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Turkish date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"ocak|oca", "şubat subat|şub", "mart", "nisan|nis", "mayıs", "haziran|haz", "temmuz|tem",
		"ağustos agustos|ağu", "eylül eylul|eyl", "ekim|eki", "kasım|kas", "aralık|ara",
	},
	Numbers: map[string]int{
		"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
		"on bir": 11, "on iki": 12, "on beş": 15, "yirmi": 20, "otuz": 30, "birkaç": 0,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Days, Words: "gün", Count: 1},
		{Unit: cue.Days, Words: "günler", Count: 0},
		{Unit: cue.Weeks, Words: "hafta", Count: 1},
		{Unit: cue.Weeks, Words: "haftalar", Count: 0},
		{Unit: cue.Months, Words: "ay", Count: 1},
		{Unit: cue.Months, Words: "aylar", Count: 0},
		{Unit: cue.Years, Words: "yıl sene", Count: 1},
		{Unit: cue.Years, Words: "yıllar seneler", Count: 0},
	},
	Weekdays:        [7]string{"pazar", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi"},
	WeekdayNeedsCue: [7]bool{true, true, true, true, true, true, true},
	Connectors:      "ile ila ve",
	YearWords:       "yılı yılında yılının yılından yılına senesi senesinde",
	YearSuffixes:    "de da te ta den dan ten tan e a ye ya i ı yi yı u yu ü yü in ın nin nın un ün nun nün deki daki teki taki",
	Fillers:         "yılı saat",
	Rules: []cue.DateRule{
		cue.Year("<year> başında|sonunda|ortasında|yazında|kışında|baharında|ilkbaharında|sonbaharında|başlarında|sonlarında"),
		cue.Month("<month> ayında|ayı|ayının|ayından|ayına|ayındaki"),
		cue.Month("<month> ' da|de|ta|te|dan|den|tan|ten|a|e|ya|ye|daki|deki|taki|teki"),
		cue.Ago("<n>? <unit> önce|evvel"),
		cue.Shift("geçen|geçtiğimiz hafta|haftaki", cue.Weeks, -1), cue.Shift("geçen|geçtiğimiz ay|ayki", cue.Months, -1),
		cue.Shift("geçen|geçtiğimiz yıl|sene|yılki|seneki|yılın|senenin", cue.Years, -1),
		cue.Shift("bu hafta|haftaki", cue.Weeks, 0), cue.Shift("bu ay|ayki", cue.Months, 0),
		cue.Shift("bu yıl|sene|yılki|yılın|senenin", cue.Years, 0),
		cue.Shift("önümüzdeki|gelecek hafta", cue.Weeks, 1), cue.Shift("önümüzdeki|gelecek ay", cue.Months, 1),
		cue.Shift("önümüzdeki|gelecek yıl|sene", cue.Years, 1), cue.Shift("haftaya", cue.Weeks, 1), cue.Shift("seneye", cue.Years, 1),
		cue.Begin("bu yılın|senenin başında|başlarında", 0), cue.End("bu yılın|senenin sonunda|sonlarında", 0),
		cue.Begin("geçen|geçtiğimiz yılın başında|başlarında", -1),
		cue.End("geçen|geçtiğimiz yılın sonunda|sonlarında", -1),
		cue.Day("dün", -1), cue.Day("bugün", 0), cue.Day("yarın", 1), cue.Day("önceki_gün|evvelki_gün|evvelsi_gün", -2),
		cue.Day("dün akşam|gece|sabah|öğleden_sonra", -1), cue.Day("bu sabah|akşam", 0), cue.Day("önceki gece|akşam", -1),
		cue.Weekday("<wd> günü|akşamı|sabahı|gecesi", 0), cue.Weekday("geçen|geçtiğimiz <wd> günü?", -1),
		cue.Weekday("bu <wd> günü?", 0), cue.Weekday("önümüzdeki|gelecek <wd> günü?", 1),
		cue.MonthIn("geçen|geçtiğimiz yıl|yılın|sene|senenin <month> ayında|ayı|ayının?", -1),
		cue.MonthIn("bu yıl|yılın <month> ayında|ayı|ayının?", 0),
		cue.MonthIn("gelecek|önümüzdeki yıl|yılın <month> ayında|ayı?", 1),
		cue.MonthLast("geçen|geçtiğimiz <month>"),
	},
}
