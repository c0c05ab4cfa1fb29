package nl

import "github.com/storyline/storyline/internal/lang/cue"

// Dates are the Dutch date words: month and weekday names, number and unit
// words, and the rules of partial and relative dates (see cue.Dates).
var Dates = cue.Dates{
	Months: [12]string{
		"januari|jan", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
		"november", "december",
	},
}
