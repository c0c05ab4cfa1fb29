package pl

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Polish date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"styczeń styczen stycznia styczniu", "luty lutego lutym", "marzec marca marcu",
		"kwiecień kwiecien kwietnia kwietniu", "maj maja maju", "czerwiec czerwca czerwcu", "lipiec lipca lipcu",
		"sierpień sierpien sierpnia sierpniu", "wrzesień wrzesien września wrzesnia wrześniu wrzesniu",
		"październik pazdziernik października pazdziernika październiku pazdzierniku",
		"listopad listopada listopadzie", "grudzień grudzien grudnia grudniu",
	},
	Numbers: map[string]int{
		"jeden": 1, "jedna": 1, "jedną": 1, "jedno": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5,
		"sześć": 6, "siedem": 7, "osiem": 8, "dziewięć": 9, "dziesięć": 10, "dwanaście": 12, "piętnaście": 15,
		"dwadzieścia": 20, "trzydzieści": 30, "dwóch": 2, "trzech": 3, "czterech": 4, "pięciu": 5, "kilka": 0,
		"kilkanaście": 0, "kilkadziesiąt": 0, "kilku": 0, "parę": 0, "wiele": 0,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Days, Words: "dzień", Count: 1},
		{Unit: cue.Days, Words: "dni", Count: 0},
		{Unit: cue.Weeks, Words: "tydzień", Count: 1},
		{Unit: cue.Weeks, Words: "tygodnie tygodni", Count: 0},
		{Unit: cue.Months, Words: "miesiąc", Count: 1},
		{Unit: cue.Months, Words: "miesiące miesięcy", Count: 0},
		{Unit: cue.Years, Words: "rok", Count: 1},
		{Unit: cue.Years, Words: "lata lat", Count: 0},
		{Unit: cue.Decades, Words: "dekadę", Count: 1},
		{Unit: cue.Decades, Words: "dekady dekad", Count: 0},
	},
	Weekdays: [7]string{
		"niedziela niedzielę", "poniedziałek", "wtorek", "środa środę", "czwartek", "piątek", "sobota sobotę",
	},
	WeekdayNeedsCue: [7]bool{true, true, true, true, true, true, true},
	Connectors:      "do i a",
	YearWords:       "roku|r",
	Ordinals:        "go",
	Fillers:         "roku r",
	Rules: []cue.DateRule{
		cue.Year("w|we|od|przed|po|na_początku|pod_koniec|w_połowie|w_pierwszej_połowie|w_drugiej_połowie|latem|zimą|wiosną|jesienią <year>"),
		cue.Year("do <yeart>"),
		cue.Month("w|we|od|do|na_początku|pod_koniec|w_połowie|od_początku|z_początkiem|z_końcem <month>"),
		cue.Ago("<n>? <unit> temu"),
		cue.Shift("w zeszłym|ubiegłym|przeszłym|minionym|poprzednim tygodniu", cue.Weeks, -1),
		cue.Shift("w zeszłym|ubiegłym|przeszłym|minionym|poprzednim miesiącu", cue.Months, -1),
		cue.Shift("w zeszłym|ubiegłym|przeszłym|minionym|poprzednim roku", cue.Years, -1),
		cue.Shift("zeszłego|ubiegłego|przeszłego roku", cue.Years, -1),
		cue.Shift("w tym tygodniu", cue.Weeks, 0), cue.Shift("w tym miesiącu", cue.Months, 0), cue.Shift("w tym|bieżącym roku", cue.Years, 0),
		cue.Shift("tego|bieżącego roku", cue.Years, 0),
		cue.Shift("w przyszłym|następnym tygodniu", cue.Weeks, 1), cue.Shift("w przyszłym|następnym miesiącu", cue.Months, 1),
		cue.Shift("w przyszłym|następnym roku", cue.Years, 1), cue.Shift("przyszłego roku", cue.Years, 1),
		cue.Begin("na początku tego|bieżącego roku", 0), cue.End("pod_koniec|z_końcem tego|bieżącego roku", 0),
		cue.Begin("na początku zeszłego|ubiegłego roku", -1), cue.End("pod_koniec|z_końcem zeszłego|ubiegłego roku", -1),
		cue.Day("wczoraj", -1), cue.Day("dziś|dzisiaj", 0), cue.Day("jutro", 1), cue.Day("przedwczoraj", -2), cue.Day("pojutrze", 2),
		cue.Day("wczoraj wieczorem|rano|w_nocy", -1), cue.Day("dziś|dzisiaj rano|wieczorem", 0),
		cue.Day("poprzedniego dnia|wieczoru", -1), cue.Day("zeszłej|ubiegłej nocy", -1), cue.Day("dzień wcześniej", -1),
		cue.Weekday("w|we <wd>", 0),
		cue.Weekday("w|we zeszły|zeszłą|ubiegły|ubiegłą|ostatni|ostatnią|miniony|minioną <wd>", -1),
		cue.Weekday("w|we przyszły|przyszłą|najbliższy|najbliższą <wd>", 1),
		cue.MonthIn("w|we? <month> zeszłego|ubiegłego|przeszłego roku", -1), cue.MonthIn("w|we? <month> tego|bieżącego roku", 0),
		cue.MonthIn("w|we? <month> przyszłego roku", 1),
	},
}
