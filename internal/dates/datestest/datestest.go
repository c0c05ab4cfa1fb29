// Package datestest runs the golden date tables of the language packages:
// each lang/<code>/dates_test.go lists, one commented case per word list
// and rule, a text and what package dates reads in it.
package datestest

import (
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/internal/dates"
)

// Published is the publication date the cases are resolved against: a
// Sunday.
var Published = time.Date(2020, 2, 23, 15, 24, 0, 0, time.UTC)

// Case is a text and what is read in it.
type Case struct {
	Text string
	// Want is what dates.Find reads in Text, in text order, each date as
	// "kind date text" and joined by " | "; with Parse, it is what
	// dates.Parse reads, in RFC 3339, or "" for no date.
	Want  string
	Parse bool
}

// Run checks the cases of language lang.
func Run(t *testing.T, lang string, cases []Case) {
	t.Helper()
	for _, c := range cases {
		if got := read(lang, c); got != c.Want {
			t.Errorf("%s %q:\n got %q\nwant %q", lang, c.Text, got, c.Want)
		}
	}
}

// read returns what is read in the text of c, as Case.Want writes it.
func read(lang string, c Case) string {
	if c.Parse {
		tm, _, ok := dates.Parse(c.Text)
		if !ok {
			return ""
		}
		return tm.Format(time.RFC3339)
	}
	var out []string
	for _, d := range dates.Find(lang, c.Text, Published) {
		out = append(out, string(d.Kind)+" "+d.Date+" "+d.Text)
	}
	return strings.Join(out, " | ")
}
