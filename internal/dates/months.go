package dates

import "github.com/storyline/storyline/internal/lang/fold"

// Languages of the month name tables, one bit each. Find reads the month
// names of its article's language; Parse reads them all.
const (
	bitEN uint32 = 1 << iota
	bitDE
	bitFR
	bitES
	bitIT
	bitPT
	bitNL
	bitPL
	bitTR
	bitRU
	bitUK
	bitAR
	bitFA
)

// Calendars of month names.
const (
	calGregorian = iota
	calJalali
	calKanun   // Levantine "كانون": the month is given by the next word
	calTishrin // Levantine "تشرين": the month is given by the next word
)

type monthName struct {
	month int
	cal   int
	langs uint32 // languages that write it
	abbr  uint32 // languages in which it is an abbreviation
}

// monthNames maps folded month names and abbreviations to months.
var monthNames = map[string]monthName{}

// monthList gives one language's spellings of the twelve months; a
// spelling after "|" is an abbreviation there.
type monthList struct {
	bit    uint32
	months [12]string
}

// The spellings: nominative and the cases dates use (genitive "3 марта",
// locative "в марте", "w marcu", "у березні"), with and without
// diacritics where writers drop them. Keys are folded like scanned words.
var monthLists = []monthList{
	{bitEN, [12]string{"january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
		"july|jul", "august|aug", "september|sep sept", "october|oct", "november|nov", "december|dec"}},
	{bitDE, [12]string{"januar jänner janner|jan", "februar feber|feb", "märz maerz|mrz mär", "april|apr", "mai", "juni|jun",
		"juli|jul", "august|aug", "september|sep sept", "oktober|okt", "november|nov", "dezember|dez"}},
	{bitFR, [12]string{"janvier|janv", "février fevrier|févr fevr", "mars", "avril|avr", "mai", "juin",
		"juillet|juil", "août aout", "septembre|sept", "octobre|oct", "novembre|nov", "décembre decembre|déc"}},
	{bitES, [12]string{"enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo", "junio|jun",
		"julio|jul", "agosto|ago", "septiembre setiembre|sep sept set", "octubre|oct", "noviembre|nov", "diciembre|dic"}},
	{bitIT, [12]string{"gennaio|gen", "febbraio|feb", "marzo|mar", "aprile|apr", "maggio|mag", "giugno|giu",
		"luglio|lug", "agosto|ago", "settembre|set", "ottobre|ott", "novembre|nov", "dicembre|dic"}},
	{bitPT, [12]string{"janeiro", "fevereiro", "março marco", "abril", "maio", "junho",
		"julho", "agosto", "setembro", "outubro", "novembro", "dezembro"}},
	{bitNL, [12]string{"januari|jan", "februari", "maart", "april", "mei", "juni",
		"juli", "augustus", "september", "oktober", "november", "december"}},
	{bitPL, [12]string{
		"styczeń styczen stycznia styczniu", "luty lutego lutym", "marzec marca marcu", "kwiecień kwiecien kwietnia kwietniu",
		"maj maja maju", "czerwiec czerwca czerwcu", "lipiec lipca lipcu", "sierpień sierpien sierpnia sierpniu",
		"wrzesień wrzesien września wrzesnia wrześniu wrzesniu",
		"październik pazdziernik października pazdziernika październiku pazdzierniku",
		"listopad listopada listopadzie", "grudzień grudzien grudnia grudniu"}},
	{bitTR, [12]string{"ocak|oca", "şubat subat|şub", "mart", "nisan|nis", "mayıs", "haziran|haz",
		"temmuz|tem", "ağustos agustos|ağu", "eylül eylul|eyl", "ekim|eki", "kasım|kas", "aralık|ara"}},
	{bitRU, [12]string{"январь января январе|янв", "февраль февраля феврале|фев февр", "март марта марте",
		"апрель апреля апреле|апр", "май мая мае", "июнь июня июне|июн", "июль июля июле|июл",
		"август августа августе|авг", "сентябрь сентября сентябре|сен сент", "октябрь октября октябре|окт",
		"ноябрь ноября ноябре|ноя нояб", "декабрь декабря декабре|дек"}},
	{bitUK, [12]string{"січень січня січні", "лютий лютого лютому", "березень березня березні", "квітень квітня квітні",
		"травень травня травні", "червень червня червні", "липень липня липні", "серпень серпня серпні",
		"вересень вересня вересні", "жовтень жовтня жовтні", "листопад листопада листопаді", "грудень грудня грудні"}},
	// Arabic: Egyptian and Gulf (يناير), Levantine and Iraqi (كانون الثاني,
	// read with the next word), Maghrebi (جانفي, دجنبر).
	{bitAR, [12]string{"يناير جانفي", "فبراير فيفري شباط", "مارس آذار", "أبريل ابريل إبريل أفريل افريل نيسان",
		"مايو ماي أيار ايار", "يونيو يونيه جوان حزيران", "يوليو يوليه جويلية تموز", "أغسطس اغسطس أوت اوت آب",
		"سبتمبر أيلول ايلول", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر دجنبر"}},
	{bitFA, [12]string{"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه جولای", "اوت آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"}},
}

// jalaliMonths are the months of the Persian Solar Hijri calendar.
var jalaliMonths = [12]string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}

func init() {
	for _, l := range monthLists {
		for i, spellings := range l.months {
			full, abbr, _ := cut(spellings, '|')
			for _, set := range []struct {
				words string
				abbr  bool
			}{{full, false}, {abbr, true}} {
				for _, w := range fields(set.words) {
					k := fold.String(w)
					mn := monthNames[k]
					if mn.month != 0 && mn.month != i+1 {
						panic("dates: month name " + w + " means two months")
					}
					mn.month, mn.langs = i+1, mn.langs|l.bit
					if set.abbr {
						mn.abbr |= l.bit
					}
					monthNames[k] = mn
				}
			}
		}
	}
	for i, n := range jalaliMonths {
		monthNames[fold.String(n)] = monthName{month: i + 1, cal: calJalali, langs: bitFA}
	}
	monthNames[fold.String("كانون")] = monthName{cal: calKanun, langs: bitAR}
	monthNames[fold.String("تشرين")] = monthName{cal: calTishrin, langs: bitAR}
}

// cut is strings.Cut on a byte.
func cut(s string, sep byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// fields splits s at spaces.
func fields(s string) []string {
	var out []string
	for len(s) > 0 {
		var w string
		w, s, _ = cut(s, ' ')
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
