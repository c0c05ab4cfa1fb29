// Package dates finds the dates an article mentions, in every language
// storyline supports, and reads the dates news pages write in their
// metadata.
//
// Find scans a text once into tokens (numbers in any of the digit scripts,
// words, punctuation; no regular expressions) and matches, at each token,
// full dates (as Parse reads them) and the rules of the article's
// language: small token patterns with slots for years, months, days,
// counts, units and weekdays. Overlapping matches are settled in favour
// of full dates, then written years, then the longest. Relative
// expressions are resolved against the publication date.
//
// The words and rules of each language live in the language layer: the
// cue.Dates of internal/lang/<code>/dates.go, assembled in lang.go. This
// package keeps the algorithms: scanning, matching, resolution and the
// Solar Hijri calendar.
//
// Nothing here logs, prints or fails: every input, even invalid UTF-8,
// gives a result.
package dates

// Kind tells how a date was written.
type Kind string

const (
	// Absolute is a full calendar date in the text ("January 3, 2020",
	// "3 января 2020", "٣ يناير ٢٠٢٠", "۱۳ دی ۱۳۹۸").
	Absolute Kind = "absolute"
	// Partial is a month and year, a day and month or a month whose year is
	// inferred from the publication date ("in March 2012", "on January 13"),
	// or a year written as a time reference ("in 2011").
	Partial Kind = "partial"
	// Relative is an expression resolved against the publication date
	// ("three years ago", "last week", "yesterday", "on Tuesday", "مطلع
	// العام الحالي", "в прошлом году", "geçen hafta", "hace dos días").
	Relative Kind = "relative"
)

// Date is a date mentioned in a text.
type Date struct {
	// Date is "YYYY-MM-DD", or "YYYY-MM" or "YYYY" when that is all that is
	// known; "" when it cannot be known (see Find).
	Date string
	// Text is the expression as written: text[Start:End].
	Text string
	Kind Kind
	// Start and End are byte offsets into the text.
	Start, End int
}
