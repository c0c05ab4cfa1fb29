package es

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Spanish date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo", "junio|jun", "julio|jul", "agosto|ago",
		"septiembre setiembre|sep sept set", "octubre|oct", "noviembre|nov", "diciembre|dic",
	},
	Numbers: map[string]int{
		"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
		"nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "unos": 0,
		"unas": 0, "varios": 0, "varias": 0, "algunos": 0, "algunas": 0, "pocos": 0, "pocas": 0, "unos pocos": 0,
		"unas pocas": 0, "muchos": 0, "muchas": 0,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Days, Words: "día dia", Count: 1},
		{Unit: cue.Days, Words: "días dias", Count: 0},
		{Unit: cue.Weeks, Words: "semana", Count: 1},
		{Unit: cue.Weeks, Words: "semanas", Count: 0},
		{Unit: cue.Months, Words: "mes", Count: 1},
		{Unit: cue.Months, Words: "meses", Count: 0},
		{Unit: cue.Years, Words: "año", Count: 1},
		{Unit: cue.Years, Words: "años", Count: 0},
		{Unit: cue.Decades, Words: "década", Count: 1},
		{Unit: cue.Decades, Words: "décadas", Count: 0},
	},
	Weekdays:        [7]string{"domingo", "lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado"},
	WeekdayNeedsCue: [7]bool{true, true, true, true, true, true, true},
	Connectors:      "a al y hasta",
	Ordinals:        "º ª o",
	Fillers:         "de del el la a",
	Rules: []cue.DateRule{
		cue.Year("en|desde|hasta|durante|antes_de|después_de|a_partir_de|entre <year>"),
		cue.Year("el|del año <year>"),
		cue.Year("a? principios|comienzos|inicios|finales|fines|mediados de|del <year>"),
		cue.Year("el|la? verano|invierno|otoño|primavera de|del <year>"),
		cue.Month("en|desde|hasta|durante <month>"),
		cue.Month("en_el_mes_de|el_mes_de <month>"),
		cue.Month("a? principios|comienzos|inicios|finales|fines|mediados de <month>"),
		cue.Ago("hace <n>? <unit>"),
		cue.Shift("la? semana pasada", cue.Weeks, -1), cue.Shift("el? mes pasado", cue.Months, -1), cue.Shift("el? año pasado", cue.Years, -1),
		cue.Shift("la? próxima semana", cue.Weeks, 1), cue.Shift("la? semana próxima|que_viene", cue.Weeks, 1),
		cue.Shift("el? próximo mes", cue.Months, 1), cue.Shift("el? mes próximo|que_viene", cue.Months, 1),
		cue.Shift("el? próximo año", cue.Years, 1), cue.Shift("el? año próximo|que_viene", cue.Years, 1),
		cue.Shift("esta semana", cue.Weeks, 0), cue.Shift("este mes", cue.Months, 0), cue.Shift("este año", cue.Years, 0),
		cue.Begin("a? principios|comienzos|inicios de este año", 0), cue.End("a? finales|fines de este año", 0),
		cue.Begin("a? principios|comienzos|inicios del año pasado", -1), cue.End("a? finales|fines del año pasado", -1),
		cue.Day("ayer", -1), cue.Day("hoy", 0), cue.Day("anteayer|antier|antes_de_ayer", -2), cue.Day("pasado_mañana", 2),
		cue.Day("mañana", 1).NotAfterWords("la las una cada esta media de por toda pasado"),
		cue.Day("anoche", -1), cue.Day("ayer por_la mañana|tarde|noche", -1), cue.Day("esta mañana|tarde|noche", 0),
		cue.Day("la víspera", -1), cue.Day("la noche anterior", -1), cue.Day("el día anterior", -1),
		cue.Weekday("el|este <wd>", 0), cue.Weekday("el <wd> pasado", -1), cue.Weekday("el pasado <wd>", -1),
		cue.Weekday("el próximo <wd>", 1), cue.Weekday("el <wd> próximo", 1),
		cue.MonthLast("el? pasado mes de? <month>"), cue.MonthLast("<month> pasado"),
		cue.MonthNext("el? próximo mes de? <month>"), cue.MonthNext("<month> próximo"),
		cue.MonthIn("<month> del año pasado", -1), cue.MonthIn("<month> de este año", 0),
		cue.MonthIn("<month> del año próximo|que_viene", 1), cue.MonthIn("<month> del próximo año", 1),
	},
}
