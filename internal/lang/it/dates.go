package it

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Italian date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"gennaio|gen", "febbraio|feb", "marzo|mar", "aprile|apr", "maggio|mag", "giugno|giu", "luglio|lug",
		"agosto|ago", "settembre|set", "ottobre|ott", "novembre|nov", "dicembre|dic",
	},
	Numbers: map[string]int{
		"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
		"nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
		"un paio di": 2, "qualche": 0, "alcuni": 0, "alcune": 0, "pochi": 0, "poche": 0, "diversi": 0, "diverse": 0,
		"molti": 0, "molte": 0, "parecchi": 0,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Days, Words: "giorno", Count: 1},
		{Unit: cue.Days, Words: "giorni", Count: 0},
		{Unit: cue.Weeks, Words: "settimana", Count: 1},
		{Unit: cue.Weeks, Words: "settimane", Count: 0},
		{Unit: cue.Months, Words: "mese", Count: 1},
		{Unit: cue.Months, Words: "mesi", Count: 0},
		{Unit: cue.Years, Words: "anno", Count: 1},
		{Unit: cue.Years, Words: "anni", Count: 0},
		{Unit: cue.Decades, Words: "decennio", Count: 1},
		{Unit: cue.Decades, Words: "decenni", Count: 0},
	},
	Weekdays: [7]string{
		"domenica", "lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi", "venerdì venerdi",
		"sabato",
	},
	Connectors: "al e a",
	Ordinals:   "º ª o",
	Fillers:    "alle ore",
	Rules: []cue.DateRule{
		cue.Year("nel|dal|fino_al|entro_il|prima_del|dopo_il|durante_il|tra_il|fra_il <year>"),
		cue.Year("nell'anno <year>"),
		cue.Year("all'inizio|alla_fine|a_metà|nel_corso|nell'estate|nell'inverno|nell'autunno|nella_primavera del <year>"),
		cue.Year("inizio|fine|metà <year>"),
		cue.Year("l'estate|l'inverno|l'autunno|la_primavera del <year>"),
		cue.Month("a|ad|in|da|entro|fino_a|nel_mese_di|a_inizio|a_fine|all'inizio_di|alla_fine_di|a_metà <month>"),
		cue.Ago("<n>? <unit> fa"),
		cue.Shift("la? settimana scorsa|passata", cue.Weeks, -1), cue.Shift("la? scorsa settimana", cue.Weeks, -1),
		cue.Shift("il? mese scorso|passato", cue.Months, -1), cue.Shift("lo? scorso mese", cue.Months, -1),
		cue.Shift("l'anno scorso|passato", cue.Years, -1), cue.Shift("lo? scorso anno", cue.Years, -1),
		cue.Shift("la? settimana prossima", cue.Weeks, 1), cue.Shift("la? prossima settimana", cue.Weeks, 1),
		cue.Shift("il? mese prossimo", cue.Months, 1), cue.Shift("il? prossimo mese", cue.Months, 1),
		cue.Shift("l'anno prossimo", cue.Years, 1), cue.Shift("il? prossimo anno", cue.Years, 1),
		cue.Shift("quest'anno", cue.Years, 0), cue.Shift("questo mese", cue.Months, 0), cue.Shift("questa settimana", cue.Weeks, 0),
		cue.Begin("all'inizio|a_inizio di quest'anno", 0), cue.End("alla_fine|a_fine di quest'anno", 0),
		cue.Begin("all'inizio|a_inizio dell'anno_scorso|dello_scorso_anno", -1),
		cue.End("alla_fine|a_fine dell'anno_scorso|dello_scorso_anno", -1),
		cue.Day("ieri", -1), cue.Day("oggi", 0), cue.Day("domani", 1), cue.Day("l'altro_ieri|l'altroieri|altroieri", -2),
		cue.Day("dopodomani", 2), cue.Day("ieri sera|mattina|pomeriggio", -1),
		cue.Day("stamattina|stamani|stamane|stasera|stanotte", 0), cue.Day("oggi pomeriggio", 0),
		cue.Day("la sera prima", -1), cue.Day("il giorno prima", -1),
		cue.Weekday("<wd>", 0), cue.Weekday("<wd> scorso|scorsa", -1), cue.Weekday("lo|la scorso|scorsa <wd>", -1),
		cue.Weekday("<wd> prossimo|prossima", 1), cue.Weekday("il|la prossimo|prossima <wd>", 1),
		cue.MonthLast("lo? scorso <month>"), cue.MonthLast("<month> scorso"),
		cue.MonthNext("il? prossimo <month>"), cue.MonthNext("<month> prossimo"),
		cue.MonthIn("<month> dello_scorso_anno|dell'anno_scorso", -1), cue.MonthIn("<month> di quest'anno", 0),
		cue.MonthIn("<month> del_prossimo_anno|dell'anno_prossimo", 1),
	},
}
