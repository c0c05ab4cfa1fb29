package fr

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the French date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"janvier|janv", "février fevrier|févr fevr", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août aout",
		"septembre|sept", "octobre|oct", "novembre|nov", "décembre decembre|déc",
	},
	Numbers: map[string]int{
		"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
		"dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quelques": 0, "plusieurs": 0,
		"des": 0,
	},
	Units: []cue.UnitWords{
		{Unit: cue.Days, Words: "jour", Count: 1},
		{Unit: cue.Days, Words: "jours", Count: 0},
		{Unit: cue.Weeks, Words: "semaine", Count: 1},
		{Unit: cue.Weeks, Words: "semaines", Count: 0},
		{Unit: cue.Months, Words: "mois", Count: 1},
		{Unit: cue.Years, Words: "an année", Count: 1},
		{Unit: cue.Years, Words: "ans années", Count: 0},
		{Unit: cue.Decades, Words: "décennie", Count: 1},
		{Unit: cue.Decades, Words: "décennies", Count: 0},
	},
	Weekdays:   [7]string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	Connectors: "à au et",
	Ordinals:   "er re e eme ème",
	Fillers:    "de le la à",
	Rules: []cue.DateRule{
		cue.Year("en|depuis|dès|avant|après|courant|début|fin|vers|jusqu'en|jusqu'à|à_partir_de|entre <year>"),
		cue.Year("au_début|à_la_fin|au_milieu|au_cours|dans_le_courant|au_printemps|à_l'été|à_l'automne|à_l'hiver de <year>"),
		cue.Year("l'été|l'hiver|l'automne|le_printemps|en_été|en_hiver|en_automne|au_printemps <year>"),
		cue.Year("mi - <year>"),
		cue.Month("en|depuis|dès|jusqu'en|début|fin|courant|au_mois_de|au_mois_d' <month>"),
		cue.Month("mi - <month>"),
		cue.Ago("il_y_a <n>? <unit>"),
		cue.Shift("la? semaine dernière|passée", cue.Weeks, -1), cue.Shift("le? mois dernier|passé", cue.Months, -1),
		cue.Shift("l'année|l'an dernière|dernier|passée|passé", cue.Years, -1),
		cue.Shift("la? semaine prochaine", cue.Weeks, 1), cue.Shift("le? mois prochain", cue.Months, 1),
		cue.Shift("l'année|l'an prochaine|prochain", cue.Years, 1),
		cue.Shift("cette semaine", cue.Weeks, 0), cue.Shift("ce mois|ce_mois-ci", cue.Months, 0), cue.Shift("cette année", cue.Years, 0),
		cue.Begin("au? début de cette année", 0), cue.End("à? la? fin de cette année", 0),
		cue.Begin("au? début de l'année|l'an dernière|dernier|passée|passé", -1),
		cue.End("à? la? fin de l'année|l'an dernière|dernier|passée|passé", -1),
		cue.Day("hier", -1), cue.Day("aujourd'hui", 0), cue.Day("demain", 1), cue.Day("avant-hier", -2), cue.Day("après-demain", 2),
		cue.Day("hier soir|matin|après-midi", -1), cue.Day("ce matin|soir", 0), cue.Day("cet après-midi", 0),
		cue.Day("la veille", -1), cue.Day("la nuit dernière", -1),
		cue.Weekday("ce? <wd> soir|matin?", 0), cue.Weekday("<wd> dernier", -1), cue.Weekday("<wd> prochain", 1),
		cue.MonthLast("<month> dernier|passé"), cue.MonthNext("<month> prochain"),
		cue.MonthIn("<month> de l'année|l'an dernière|dernier|passée|passé", -1), cue.MonthIn("<month> de cette année", 0),
		cue.MonthIn("<month> de l'année|l'an prochaine|prochain", 1),
	},
}
