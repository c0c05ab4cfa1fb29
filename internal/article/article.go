// Package article holds the article, the unit of news that flows through
// every stage of storyline: extracted from a source document, tagged with a
// language, analysed, grouped into a story and stored.
package article

import (
	"strings"
	"time"
)

// Article is one news article as extracted from its source document.
type Article struct {
	// ID is the store's identifier; zero before the article is stored.
	ID int64
	// Path is the file the article came from ("dir/file.jsonl#3" for the
	// third record of a JSON Lines file); empty for articles that arrived
	// another way.
	Path string
	// URL is the canonical address of the article when known.
	URL string
	// Title is the headline.
	Title string
	// Text is the body: paragraphs separated by one blank line.
	Text string
	// Published is the publication time; the zero Time when unknown.
	Published time.Time
	// DateOnly reports that only the day of Published is known.
	DateOnly bool
	// Authors are the bylined writers, in page order.
	Authors []string
	// Outlet is the publication's name ("The Jerusalem Post").
	Outlet string
	// Language is the ISO 639-1 code of the text, "und" when undecidable.
	Language string
	// Replaced counts the bytes of the source document that were not
	// valid UTF-8 and were replaced by U+FFFD on extraction; never stored.
	Replaced int
}

// Undetermined is the language code for text whose language is unknown.
const Undetermined = "und"

// Paragraphs returns the body split into its paragraphs.
func (a *Article) Paragraphs() []string {
	var out []string
	for _, p := range strings.Split(a.Text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// PublishedString formats Published as the CLI and the exports show it:
// "YYYY-MM-DD" when only the day is known, RFC 3339 when the time is known
// too, and "" when the date is unknown.
func (a *Article) PublishedString() string {
	return FormatDate(a.Published, a.DateOnly)
}

// FormatDate formats a publication time as PublishedString does.
func FormatDate(t time.Time, dateOnly bool) string {
	switch {
	case t.IsZero():
		return ""
	case dateOnly:
		return t.Format(time.DateOnly)
	default:
		return t.Format(time.RFC3339)
	}
}

// ParseDate reads a date written by FormatDate (or any RFC 3339 time) and
// reports whether only the day was given. An empty string is the zero Time.
func ParseDate(s string) (t time.Time, dateOnly bool, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false, nil
	}
	if t, err = time.Parse(time.DateOnly, s); err == nil {
		return t, true, nil
	}
	t, err = time.Parse(time.RFC3339, s)
	return t, false, err
}
