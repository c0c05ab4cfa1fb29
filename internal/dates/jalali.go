package dates

// jalaliToGregorian converts a Solar Hijri (Persian) date.
func jalaliToGregorian(jy, jm, jd int) (gy, gm, gd int) {
	jy += 1595
	days := -355668 + 365*jy + (jy/33)*8 + ((jy%33)+3)/4 + jd
	if jm < 7 {
		days += (jm - 1) * 31
	} else {
		days += (jm-7)*30 + 186
	}
	gy = 400 * (days / 146097)
	days %= 146097
	if days > 36524 {
		days--
		gy += 100 * (days / 36524)
		days %= 36524
		if days >= 365 {
			days++
		}
	}
	gy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		gy += (days - 1) / 365
		days = (days - 1) % 365
	}
	gd = days + 1
	feb := 28
	if (gy%4 == 0 && gy%100 != 0) || gy%400 == 0 {
		feb = 29
	}
	monthDays := [12]int{31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	for gm = 0; gm < 12 && gd > monthDays[gm]; gm++ {
		gd -= monthDays[gm]
	}
	return gy, gm + 1, gd
}

// gregorianToJalali converts a Gregorian date to the Solar Hijri calendar.
func gregorianToJalali(gy, gm, gd int) (jy, jm, jd int) {
	t := civil(gy, gm, gd)
	jy = gy - 621
	fy, fm, fd := jalaliToGregorian(jy, 1, 1)
	if t < civil(fy, fm, fd) {
		jy--
		fy, fm, fd = jalaliToGregorian(jy, 1, 1)
	}
	days := t - civil(fy, fm, fd)
	if days < 186 {
		return jy, days/31 + 1, days%31 + 1
	}
	days -= 186
	return jy, days/30 + 7, days%30 + 1
}

// jalaliMonthToGregorian gives the Gregorian month holding the 15th day of
// a Solar Hijri month.
func jalaliMonthToGregorian(jy, jm int) (gy, gm int) {
	gy, gm, _ = jalaliToGregorian(jy, jm, 15)
	return gy, gm
}

// civil is the number of days from 1970-01-01 to a Gregorian date.
func civil(y, m, d int) int {
	// Howard Hinnant's days_from_civil.
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
