package extract

import (
	"time"
	"unicode"

	"github.com/storyline/storyline/internal/analyze/timex"
)

// Dates are read by package timex; these adapters keep extract's names.

// parseDate reads a date or date-time as news pages write it (see
// timex.Parse).
func parseDate(s string) (t time.Time, dateOnly bool, ok bool) { return timex.Parse(s) }

// dateMatch is a date found in a string by findDate.
type dateMatch struct {
	t          time.Time
	dateOnly   bool
	start, end int // byte span of the date and its time of day
}

// findDate finds the first full date in s, with its time of day when one
// is written next to it (see timex.First).
func findDate(s string) (dateMatch, bool) {
	m, ok := timex.First(s)
	if !ok {
		return dateMatch{}, false
	}
	return dateMatch{t: m.Time, dateOnly: m.DateOnly, start: m.Start, end: m.End}, true
}

const (
	minYear = timex.MinYear
	maxYear = timex.MaxYear
)

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
