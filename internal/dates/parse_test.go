package dates

import (
	"testing"
	"time"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // RFC 3339 for date-times, YYYY-MM-DD for dates, "" when no date
	}{
		// ISO and RFC forms.
		{"2020-02-23", "2020-02-23"},
		{"2020-02-23T15:24:00Z", "2020-02-23T15:24:00Z"},
		{"2020-02-23T15:24:00+03:00", "2020-02-23T15:24:00+03:00"},
		{"2020-02-23T15:24:00.123-0500", "2020-02-23T15:24:00-05:00"},
		{"2020-02-23 15:24", "2020-02-23T15:24:00Z"},
		{"2020/02/23", "2020-02-23"},
		{"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05-07:00"},
		{"Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05Z"},
		{"Mon, 02 Jan 2006 15:04:05 EST", "2006-01-02T15:04:05-05:00"},
		{"Mon Jan  2 15:04:05 2006", "2006-01-02T15:04:05Z"},
		// English.
		{"FEBRUARY 23, 2020 15:24", "2020-02-23T15:24:00Z"},
		{"Dec 21, 2015", "2015-12-21"},
		{"Feb. 23rd, 2020 at 3:24 pm", "2020-02-23T15:24:00Z"},
		{"Published on 23 February 2020, 12:05 a.m. GMT+3", "2020-02-23T00:05:00+03:00"},
		{"Sunday 1st March 2020", "2020-03-01"},
		{"Updated: March 3, 2020 9:30 AM EDT", "2020-03-03T09:30:00-04:00"},
		{"Updated 6:15 PM EST, Tue February 25, 2020", "2020-02-25T18:15:00-05:00"},
		// Numeric, day first unless that cannot be.
		{"23.02.2020", "2020-02-23"},
		{"23/02/2020 - 15:24", "2020-02-23T15:24:00Z"},
		{"02/23/2020", "2020-02-23"},
		{"03.04.2020", "2020-04-03"},
		// German, French, Spanish, Italian, Portuguese, Dutch.
		{"23. Februar 2020, 14:30 Uhr", "2020-02-23T14:30:00Z"},
		{"Montag, 2. März 2020", "2020-03-02"},
		{"23.02.2020, 14.30 Uhr", "2020-02-23T14:30:00Z"},
		{"23 février 2020", "2020-02-23"},
		{"le 1er mars 2020 à 15h24", "2020-03-01T15:24:00Z"},
		{"23 de febrero de 2020", "2020-02-23"},
		{"lunes 2 de marzo de 2020 - 10:15", "2020-03-02T10:15:00Z"},
		{"23 febbraio 2020 alle ore 15:24", "2020-02-23T15:24:00Z"},
		{"23 de fevereiro de 2020", "2020-02-23"},
		{"23 februari 2020", "2020-02-23"},
		// Polish, Turkish, Russian, Ukrainian.
		{"23 lutego 2020", "2020-02-23"},
		{"3 października 2019 r.", "2019-10-03"},
		{"23 Şubat 2020", "2020-02-23"},
		{"23 ŞUBAT 2020 PAZAR", "2020-02-23"},
		{"2 Mart 2020 Pazartesi 14:05", "2020-03-02T14:05:00Z"},
		{"23 февраля 2020", "2020-02-23"},
		{"15:24, 23 февраля 2020 г.", "2020-02-23T15:24:00Z"},
		{"1 Сентября 2019 года", "2019-09-01"},
		{"23 лютого 2020", "2020-02-23"},
		// Arabic: Gregorian, Levantine and Maghrebi month names; Arabic-Indic digits.
		{"٢٣ فبراير ٢٠٢٠", "2020-02-23"},
		{"23 فبراير 2020", "2020-02-23"},
		{"٢٣ شباط ٢٠٢٠", "2020-02-23"},
		{"الأحد 23 شباط 2020 الساعة 15:24", "2020-02-23T15:24:00Z"},
		{"5 كانون الثاني 2020", "2020-01-05"},
		{"5 كانون الأول 2019", "2019-12-05"},
		{"12 تشرين الأول 2019", "2019-10-12"},
		{"12 تشرين الثاني 2019", "2019-11-12"},
		{"3 أيلول 2019", "2019-09-03"},
		{"23 فيفري 2020", "2020-02-23"},
		{"٢٠٢٠-٠٢-٢٣", "2020-02-23"},
		// Persian: Gregorian names and the Solar Hijri calendar.
		{"۲۳ فوریه ۲۰۲۰", "2020-02-23"},
		{"۴ اسفند ۱۳۹۸", "2020-02-23"},
		{"۱ فروردین ۱۳۹۹", "2020-03-20"},
		{"۱۴۰۰/۰۱/۰۱", "2021-03-21"},
		// Chinese, Japanese, Korean.
		{"2020年2月23日", "2020-02-23"},
		{"2020年2月23日 15:24", "2020-02-23T15:24:00Z"},
		{"２０２０年２月２３日", "2020-02-23"},
		{"2020년 2월 23일", "2020-02-23"},
		// Leap days.
		{"29.02.2020", "2020-02-29"},
		{"2000-02-29", "2000-02-29"},
		// An invalid time keeps the date.
		{"23.02.2020 25:61", "2020-02-23"},
		// Rejected: no full date, impossible or implausible dates.
		{"", ""},
		{"2020", ""},
		{"February 2020", ""},
		{"23 February", ""},
		{"15:24", ""},
		{"yesterday", ""},
		{"3 hours ago", ""},
		{"29.02.2019", ""},
		{"31 April 2020", ""},
		{"2020-13-01", ""},
		{"2020-02-30", ""},
		{"32.01.2020", ""},
		{"1899-12-31", ""},
		{"2101-01-01", ""},
		{"12 March 1850", ""},
		{"Telephone: 03-7619056", ""},
		{"1-800-574-574", ""},
		{"version 1.2.3", ""},
		{"٢٣ رجب ١٤٤١", ""},
	}
	for _, tt := range tests {
		got, dateOnly, ok := Parse(tt.in)
		var s string
		if ok {
			if dateOnly {
				s = got.Format(time.DateOnly)
			} else {
				s = got.Format(time.RFC3339)
			}
		}
		if s != tt.want {
			t.Errorf("Parse(%q) = %q, want %q", tt.in, s, tt.want)
		}
		if ok && dateOnly && (got.Hour() != 0 || got.Location() != time.UTC) {
			t.Errorf("Parse(%q): date-only result %v is not midnight UTC", tt.in, got)
		}
	}
}

func TestFirstSpan(t *testing.T) {
	s := "Published: FEBRUARY 23, 2020 15:24 | Updated"
	m, ok := First(s)
	if !ok {
		t.Fatal("no date found")
	}
	if got := s[m.Start:m.End]; got != "FEBRUARY 23, 2020 15:24" {
		t.Errorf("span = %q", got)
	}
	if got := m.Time.Format("2006-01-02T15:04"); got != "2020-02-23T15:24" || m.DateOnly {
		t.Errorf("time = %s, dateOnly = %v", got, m.DateOnly)
	}
	if _, _, ok := Parse("23 февраля"); ok {
		t.Error("Parse read a date without a year")
	}
}

func TestJalaliToGregorian(t *testing.T) {
	tests := []struct{ jy, jm, jd, gy, gm, gd int }{
		{1398, 12, 4, 2020, 2, 23},
		{1399, 1, 1, 2020, 3, 20},
		{1400, 1, 1, 2021, 3, 21},
		{1403, 1, 1, 2024, 3, 20},
		{1357, 11, 22, 1979, 2, 11},
		{1402, 10, 11, 2024, 1, 1},
	}
	for _, tt := range tests {
		y, m, d := jalaliToGregorian(tt.jy, tt.jm, tt.jd)
		if y != tt.gy || m != tt.gm || d != tt.gd {
			t.Errorf("jalaliToGregorian(%d, %d, %d) = %d-%d-%d, want %d-%d-%d", tt.jy, tt.jm, tt.jd, y, m, d, tt.gy, tt.gm, tt.gd)
		}
	}
}

func TestGregorianToJalali(t *testing.T) {
	// Every day of 1950-2050 goes there and back.
	for day := civil(1950, 1, 1); day <= civil(2050, 12, 31); day++ {
		g := formatDays(day)
		tm, err := time.Parse(time.DateOnly, g)
		if err != nil {
			t.Fatal(err)
		}
		gy, gm, gd := tm.Year(), int(tm.Month()), tm.Day()
		jy, jm, jd := gregorianToJalali(gy, gm, gd)
		if y, m, d := jalaliToGregorian(jy, jm, jd); y != gy || m != gm || d != gd {
			t.Fatalf("%s -> %d-%d-%d -> %d-%d-%d", g, jy, jm, jd, y, m, d)
		}
	}
	if jy, jm, jd := gregorianToJalali(2020, 2, 23); jy != 1398 || jm != 12 || jd != 4 {
		t.Errorf("2020-02-23 = %d-%d-%d, want 1398-12-4", jy, jm, jd)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2020-02-23", "2020-02-23T15:24:00Z", "FEBRUARY 23, 2020 15:24", "Dec 21, 2015", "23.02.2020",
		"23 février 2020", "23 Şubat 2020", "23 февраля 2020", "٢٣ فبراير ٢٠٢٠", "Mon, 02 Jan 2006 15:04:05 -0700",
		"5 كانون الثاني 2020", "۴ اسفند ۱۳۹۸", "2020年2月23日", "12:00 pm +14:00", "31.12.2100 23:59 -14:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _, ok := Parse(s)
		if ok && (got.Year() < MinYear || got.Year() > MaxYear) {
			t.Errorf("Parse(%q) = %v: year out of range", s, got)
		}
		m, ok := First(s)
		if ok && (m.Start < 0 || m.End > len(s) || m.Start > m.End) {
			t.Errorf("First(%q): bad span %d:%d", s, m.Start, m.End)
		}
		if ok && utf8.ValidString(s) && !utf8.ValidString(s[m.Start:m.End]) {
			t.Errorf("First(%q): span %d:%d splits a rune", s, m.Start, m.End)
		}
	})
}
