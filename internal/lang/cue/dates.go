package cue

// Dates are the words with which a language writes dates: month and
// weekday names, number and unit words, the words that make a number a
// year, and the rules of its relative and partial expressions. Package
// dates reads them; Parse reads the month names, ordinals, fillers and
// time words of every language, Find the rules of the article's language.
//
// Word lists are strings of spellings separated by spaces; "_" joins the
// words of one spelling ("a_couple_of", "سه_شنبه"). Words are compared
// after folding (package fold), so case, Arabic marks and apostrophe forms
// need not be listed.
type Dates struct {
	// Months are the twelve months, January first: the nominative and the
	// cases dates use ("3 марта", "в марте", "w marcu"), with and without
	// diacritics where writers drop them. Spellings after "|" are
	// abbreviations, read only with their dot or a number after them
	// ("january|jan").
	Months [12]string
	// SolarMonths are the months of the Solar Hijri calendar, Farvardin
	// first (Persian); they are converted to the Gregorian calendar.
	SolarMonths [12]string
	// SplitMonths are month names that name one of two months, told apart
	// by the word after them (Levantine "كانون الثاني", January).
	SplitMonths []SplitMonth
	// MonthWord is the word "month" written after or joined to a month
	// name and read with it (Persian "تیر ماه", "تیرماه").
	MonthWord string
	// Capitalised means month and weekday names are written with a capital
	// letter (English, German); lower-case ones are not read.
	Capitalised bool
	// Proclitics means words of the language may carry the one-letter
	// Arabic proclitics (و ف ب ل ك, see ar.StripProclitic), which are
	// stripped to read a date word ("وأمس", "بالأحد").
	Proclitics bool
	// Numbers maps number words and phrases ("three", "a couple of") to
	// their values; 0 is a vague count ("a few", "несколько").
	Numbers map[string]int
	// Digits maps numeral characters to their values (Chinese: "三" 3, "十"
	// 10); they are read digit by digit ("二〇二〇") or with the ten
	// ("二十三").
	Digits map[string]int
	// Units are the words of the units of time.
	Units []UnitWords
	// Weekdays are the weekday names, Sunday first. Abbreviations, after
	// "|", are read on date lines (IsWeekdayName) but not in running text.
	Weekdays [7]string
	// WeekdayNeedsCue marks the weekday names that are read only after a
	// cue word ("يوم الأحد"), not alone.
	WeekdayNeedsCue [7]bool
	// WeekdaySuffixes are written on a weekday name for a part of the day;
	// the joined word is read as the weekday (German "Dienstagabend").
	WeekdaySuffixes string
	// Connectors join the two years of a range ("2011 to 2015"); dashes
	// join them in every language.
	Connectors string
	// YearWords are written after a number to make it a year ("2011
	// году", "2011 roku", "2011年"); abbreviations after "|" may take a
	// dot ("2011 г."). They are read in text of every language.
	YearWords string
	// YearSuffixes are case endings written after an apostrophe that make
	// the number before them a year (Turkish "2011'de"). They are read in
	// text of every language.
	YearSuffixes string
	// Ordinals are the suffixes written on a day number ("1st", "1er",
	// "1º"). They are read in text of every language.
	Ordinals string
	// Fillers are the words that may stand between the parts of a full
	// date or between a date and its time of day ("3 de marzo de 2020",
	// "23. Februar um 14:30"). They are read in text of every language.
	Fillers string
	// TimeWords are written after a time of day ("14:30 Uhr", "15:00 ч");
	// a time written with a dot ("14.30") is read only before one. They
	// are read in text of every language.
	TimeWords string
	// Rules are the partial and relative expressions of the language. A
	// language without rules is read with the rules every language has
	// (month and year, day and month, years with a year word) and the
	// month names of every language.
	Rules []DateRule
}

// SplitMonth is a month name that names one of two months, told apart by
// the word after it.
type SplitMonth struct {
	// Name is the month name ("كانون").
	Name string
	// Next maps the words that may follow Name to the month, 1-12, they
	// make ("الثاني": 1).
	Next map[string]int
}

// TimeUnit is a unit of time.
type TimeUnit uint8

// The units of time.
const (
	Days TimeUnit = iota + 1
	Weeks
	Months
	Years
	Decades
)

// UnitWords are words for one unit of time.
type UnitWords struct {
	Unit TimeUnit
	// Words are the spellings.
	Words string
	// Count is the count the words imply when no count is written: 1 for
	// a singular ("a year ago" needs its "a", but "год назад", "قبل عام"
	// do not), 2 for an Arabic dual ("عامين"), 0 for a plural (vague:
	// "years ago"), -1 when a count must be written (Chinese "年").
	Count int
}

// DateRuleKind says what the match of a DateRule means.
type DateRuleKind uint8

// The kinds of rules. K is the DateRule's Shift.
const (
	// YearRule: a written year, partial "YYYY" ("in 2011").
	YearRule DateRuleKind = iota + 1
	// MonthYearRule: a written month and year, partial "YYYY-MM".
	MonthYearRule
	// MonthRule: a month whose year is inferred from publication ("in
	// September").
	MonthRule
	// DayMonthRule: a day and month, year inferred ("on January 13").
	DayMonthRule
	// DayOnlyRule: a day of the month in digits, month and year inferred
	// (Chinese "3日").
	DayOnlyRule
	// YMDRule: a full date written with a language's numerals (Chinese).
	YMDRule
	// AgoRule: a count of units before publication ("three years ago").
	AgoRule
	// ShiftRule: the Unit holding publication, moved by K units ("last
	// week", "yesterday"), or its beginning or end (Part).
	ShiftRule
	// WeekdayRule: a weekday; K<0 the last one before publication, K>0
	// the next one after it, 0 the last one on or before it.
	WeekdayRule
	// MonthInRule: a month of the year of publication moved by K years
	// ("March of last year").
	MonthInRule
	// MonthLastRule: the last such month before the month of publication
	// ("last December").
	MonthLastRule
	// MonthNextRule: the next such month after the month of publication.
	MonthNextRule
	// YMDInRule: a day and month in the year of publication moved by K
	// years (Chinese "今年3月5日").
	YMDInRule
)

// YearPart is a part of a relative year.
type YearPart uint8

// The parts of a year a ShiftRule may name.
const (
	WholeYear YearPart = iota
	// BeginningOfYear gives the first month ("early this year").
	BeginningOfYear
	// EndOfYear gives the last month ("at the end of last year").
	EndOfYear
)

// DateRule is a pattern of a language's date expressions and what its
// match means.
//
// Patterns are pieces separated by spaces, each matching one or more
// words: "a|b|c" is one of several alternatives, "_" inside one stands
// for a space ("seit_dem|bis_zum"), and a trailing "?" makes a piece
// optional ("the? beginning of <year>"). A literal is cut into words as
// text is ("l'année" is the three tokens l ' année, "昨天" the two tokens
// 昨 天). Slots read a value:
//
//	<year>   a year, 1900-2100 (1300-1499 in Persian: Solar Hijri), with a
//	         year word after it when there is one ("2011 году", "2011'de")
//	<yeart>  the same, but the year word is required
//	<month>  a month name of the language (Chinese: "3月")
//	<monthm> a month with the MonthWord ("تیرماه", "تیر ماه")
//	<day>    a day of the month, 1-31, with its ordinal suffix
//	<n>      a count: digits or a number word ("three", "три", "ثلاث")
//	<unit>   a unit word
//	<wd>     a weekday name
type DateRule struct {
	Pattern string
	Kind    DateRuleKind
	// Unit is the unit a ShiftRule moves.
	Unit TimeUnit
	// K is how far a rule moves: units, weekdays or years (see the kinds).
	K int
	// Part is the part of the year a ShiftRule names.
	Part YearPart
	// NotAfter are words that must not stand just before a match
	// ("mañana" is not "tomorrow" in "por la mañana"); NotBefore words
	// that must not stand just after it.
	NotAfter, NotBefore string
	// NotBeforePrefix rejects a match followed by a word with this prefix
	// (Arabic "اليوم" before an "ال" adjective is "the day", not "today").
	NotBeforePrefix string
	// Lowercase requires the first word in lower case unless it begins a
	// sentence (German "morgen" is tomorrow, "der Morgen" the morning).
	Lowercase bool
}

// Year is a rule for a written year.
func Year(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: YearRule} }

// MonthYear is a rule for a written month and year.
func MonthYear(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: MonthYearRule} }

// Month is a rule for a month whose year is inferred.
func Month(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: MonthRule} }

// DayMonth is a rule for a day and month whose year is inferred.
func DayMonth(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: DayMonthRule} }

// DayOnly is a rule for a day of the month alone.
func DayOnly(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: DayOnlyRule} }

// YMD is a rule for a full date.
func YMD(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: YMDRule} }

// Ago is a rule for a count of units before publication.
func Ago(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: AgoRule} }

// Shift is a rule for the unit u holding publication, moved by k.
func Shift(pattern string, u TimeUnit, k int) DateRule {
	return DateRule{Pattern: pattern, Kind: ShiftRule, Unit: u, K: k}
}

// Begin is a rule for the beginning of the year of publication moved by k.
func Begin(pattern string, k int) DateRule {
	return DateRule{Pattern: pattern, Kind: ShiftRule, Unit: Years, K: k, Part: BeginningOfYear}
}

// End is a rule for the end of the year of publication moved by k.
func End(pattern string, k int) DateRule {
	return DateRule{Pattern: pattern, Kind: ShiftRule, Unit: Years, K: k, Part: EndOfYear}
}

// Day is a rule for the day of publication moved by k days.
func Day(pattern string, k int) DateRule {
	return DateRule{Pattern: pattern, Kind: ShiftRule, Unit: Days, K: k}
}

// Weekday is a rule for a weekday (see WeekdayRule).
func Weekday(pattern string, k int) DateRule {
	return DateRule{Pattern: pattern, Kind: WeekdayRule, K: k}
}

// MonthIn is a rule for a month of the year of publication moved by k.
func MonthIn(pattern string, k int) DateRule {
	return DateRule{Pattern: pattern, Kind: MonthInRule, K: k}
}

// MonthLast is a rule for the last such month before publication.
func MonthLast(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: MonthLastRule} }

// MonthNext is a rule for the next such month after publication.
func MonthNext(pattern string) DateRule { return DateRule{Pattern: pattern, Kind: MonthNextRule} }

// YMDIn is a rule for a day and month in the year of publication moved by
// k.
func YMDIn(pattern string, k int) DateRule {
	return DateRule{Pattern: pattern, Kind: YMDInRule, K: k}
}

// NotAfterWords returns r rejecting matches right after one of words.
func (r DateRule) NotAfterWords(words string) DateRule {
	r.NotAfter = words
	return r
}

// NotBeforeWords returns r rejecting matches right before one of words.
func (r DateRule) NotBeforeWords(words string) DateRule {
	r.NotBefore = words
	return r
}

// NotBeforeWith returns r rejecting matches right before a word starting
// with prefix.
func (r DateRule) NotBeforeWith(prefix string) DateRule {
	r.NotBeforePrefix = prefix
	return r
}

// LowerCase returns r requiring its first word in lower case.
func (r DateRule) LowerCase() DateRule {
	r.Lowercase = true
	return r
}
