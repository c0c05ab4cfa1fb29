package extract

import "testing"

// The date parser itself is tested in package dates; this checks the
// adapters extract reads it through.
func TestFindDateSpan(t *testing.T) {
	s := "Published: FEBRUARY 23, 2020 15:24 | Updated"
	m, ok := findDate(s)
	if !ok {
		t.Fatal("no date found")
	}
	if got := s[m.start:m.end]; got != "FEBRUARY 23, 2020 15:24" {
		t.Errorf("span = %q", got)
	}
	if got := m.t.Format("2006-01-02T15:04"); got != "2020-02-23T15:24" || m.dateOnly {
		t.Errorf("time = %s, dateOnly = %v", got, m.dateOnly)
	}
	if _, _, ok := parseDate("23 февраля"); ok {
		t.Error("parseDate read a date without a year")
	}
}
