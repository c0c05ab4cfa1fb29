package extract

import (
	"time"

	"github.com/storyline/storyline/internal/dates"
)

// Dates are read by package dates; these adapters keep extract's names.

// parseDate reads a date or date-time as news pages write it (see
// dates.Parse).
func parseDate(s string) (t time.Time, dateOnly bool, ok bool) { return dates.Parse(s) }

// dateMatch is a date found in a string by findDate.
type dateMatch struct {
	t          time.Time
	dateOnly   bool
	start, end int // byte span of the date and its time of day
}

// findDate finds the first full date in s, with its time of day when one
// is written next to it (see dates.First).
func findDate(s string) (dateMatch, bool) {
	m, ok := dates.First(s)
	if !ok {
		return dateMatch{}, false
	}
	return dateMatch{t: m.Time, dateOnly: m.DateOnly, start: m.Start, end: m.End}, true
}

const (
	minYear = dates.MinYear
	maxYear = dates.MaxYear
)
