package pt

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Portuguese date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"janeiro", "fevereiro", "março marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
		"novembro", "dezembro",
	},
	Ordinals: "º ª o",
	Fillers:  "de",
}
