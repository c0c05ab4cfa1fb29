package dates

import (
	"time"
)

// resolve gives the date of a candidate, "" when it cannot be known.
func (f *finder) resolve(c *cand, pub time.Time) string {
	if c.rule == nil {
		return formatDate(c.y, c.m, c.d)
	}
	r, k := c.rule, &c.c
	if r.op == opYear {
		if k.jalaliY {
			return formatYear(k.year + 621)
		}
		return formatYear(k.year)
	}
	if r.op == opMonthYear {
		switch {
		case k.jalaliM:
			jy := k.year
			if !k.jalaliY {
				jy -= 621
			}
			return formatMonth(jalaliMonthToGregorian(jy, k.month))
		case k.jalaliY:
			return formatMonth(k.year+621, k.month)
		}
		return formatMonth(k.year, k.month)
	}
	if r.op == opYMD {
		return formatDate(k.year, k.month, k.day)
	}
	if pub.IsZero() || r.op == opAgo && agoCount(k) <= 0 {
		return ""
	}
	py, pmonth, pd := pub.Date()
	pm := int(pmonth)
	at := civil(py, pm, pd) // the publication day
	switch r.op {
	case opMonth:
		if k.jalaliM {
			jy, jm, _ := gregorianToJalali(py, pm, pd)
			return formatMonth(jalaliMonthToGregorian(jy+inferYear(k.month-jm), k.month))
		}
		return formatMonth(py+inferYear(k.month-pm), k.month)
	case opDayMonth:
		if k.jalaliM {
			jy, _, _ := gregorianToJalali(py, pm, pd)
			for _, y := range []int{jy, jy - 1, jy + 1} {
				if k.day > 31 || k.month > 6 && k.day > 30 {
					return ""
				}
				gy, gm, gd := jalaliToGregorian(y, k.month, k.day)
				if inWindow(civil(gy, gm, gd), py, pm, pd) {
					return formatDate(gy, gm, gd)
				}
			}
			return ""
		}
		for _, y := range []int{py, py - 1, py + 1} {
			if k.day <= daysIn(y, k.month) && inWindow(civil(y, k.month, k.day), py, pm, pd) {
				return formatDate(y, k.month, k.day)
			}
		}
		return ""
	case opDayOnly:
		y, m := py, pm
		if k.day > pd {
			if m--; m == 0 {
				y, m = y-1, 12
			}
		}
		if k.day > daysIn(y, m) {
			return ""
		}
		return formatDate(y, m, k.day)
	case opAgo:
		n := agoCount(k)
		switch k.unit {
		case uDay:
			return formatDays(at - n)
		case uWeek:
			return formatDays(at - 7*n)
		case uMonth:
			return formatMonth(addMonths(py, pm, -n))
		case uYear:
			return formatYear(py - n)
		case uDecade:
			return formatYear(py - 10*n)
		}
	case opShift:
		switch r.unit {
		case uDay:
			return formatDays(at + r.k)
		case uWeek:
			monday := at - (weekdayOf(at)+6)%7
			return formatDays(monday + 7*r.k)
		case uMonth:
			return formatMonth(addMonths(py, pm, r.k))
		case uYear:
			if f.l.persian {
				jy, _, _ := gregorianToJalali(py, pm, pd)
				jy += r.k
				switch r.part {
				case partBegin:
					return formatMonth(jalaliMonthToGregorian(jy, 1))
				case partEnd:
					return formatMonth(jalaliMonthToGregorian(jy, 12))
				}
				return formatYear(jy + 621)
			}
			switch r.part {
			case partBegin:
				return formatMonth(py+r.k, 1)
			case partEnd:
				return formatMonth(py+r.k, 12)
			}
			return formatYear(py + r.k)
		}
	case opWeekday:
		wd := weekdayOf(at)
		switch {
		case r.k > 0:
			d := (k.wd - wd + 7) % 7
			if d == 0 {
				d = 7
			}
			return formatDays(at + d)
		case r.k < 0:
			d := (wd - k.wd + 7) % 7
			if d == 0 {
				d = 7
			}
			return formatDays(at - d)
		}
		return formatDays(at - (wd-k.wd+7)%7)
	case opMonthIn, opMonthLast, opMonthNext:
		if k.jalaliM {
			jy, jm, _ := gregorianToJalali(py, pm, pd)
			switch {
			case r.op == opMonthIn:
				jy += r.k
			case r.op == opMonthLast && k.month >= jm:
				jy--
			case r.op == opMonthNext && k.month <= jm:
				jy++
			}
			return formatMonth(jalaliMonthToGregorian(jy, k.month))
		}
		y := py
		switch {
		case r.op == opMonthIn:
			y += r.k
		case r.op == opMonthLast && k.month >= pm:
			y--
		case r.op == opMonthNext && k.month <= pm:
			y++
		}
		return formatMonth(y, k.month)
	case opYMDIn:
		y := py + r.k
		if k.day > daysIn(y, k.month) {
			return ""
		}
		return formatDate(y, k.month, k.day)
	}
	return ""
}

// agoCount is the count of an "ago" expression, 0 when vague.
func agoCount(k *capture) int {
	if k.hasCount {
		return k.count
	}
	return k.implicit
}

// inferYear gives the year offset that puts a month d months after the
// month of publication within eight months before to three months after
// it.
func inferYear(d int) int {
	switch {
	case d > 3:
		return -1
	case d < -8:
		return 1
	}
	return 0
}

// inWindow reports whether day (days since 1970) lies within nine months
// before to three months after the publication date.
func inWindow(day, py, pm, pd int) bool {
	y, m := addMonths(py, pm, -9)
	from := civil(y, m, min(pd, daysIn(y, m)))
	y, m = addMonths(py, pm, 3)
	to := civil(y, m, min(pd, daysIn(y, m)))
	return day > from && day <= to
}

func addMonths(y, m, n int) (int, int) {
	i := y*12 + m - 1 + n
	y = i / 12
	if i < 0 && i%12 != 0 {
		y--
	}
	return y, i - y*12 + 1
}

// weekdayOf gives the weekday of a day counted from 1970-01-01 (a
// Thursday), Sunday = 0.
func weekdayOf(days int) int {
	return ((days+4)%7 + 7) % 7
}

// formatDays formats a day counted from 1970-01-01.
func formatDays(days int) string {
	t := time.Unix(int64(days)*86400, 0).UTC()
	return formatDate(t.Year(), int(t.Month()), t.Day())
}

func formatYear(y int) string {
	if y < 1 || y > 9999 {
		return ""
	}
	return string(appendPadded(nil, y, 4))
}

func formatMonth(y, m int) string {
	if y < 1 || y > 9999 || m < 1 || m > 12 {
		return ""
	}
	b := appendPadded(make([]byte, 0, 7), y, 4)
	b = append(b, '-')
	return string(appendPadded(b, m, 2))
}

func formatDate(y, m, d int) string {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	b := appendPadded(make([]byte, 0, 10), y, 4)
	b = append(b, '-')
	b = appendPadded(b, m, 2)
	b = append(b, '-')
	return string(appendPadded(b, d, 2))
}

func appendPadded(b []byte, v, width int) []byte {
	var buf [8]byte
	i := len(buf)
	for v > 0 || i > len(buf)-width {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, buf[i:]...)
}
