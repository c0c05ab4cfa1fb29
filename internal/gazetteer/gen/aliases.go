package main

// countryAliases are the everyday names of countries that the data
// packages lack: short forms, letter codes and colloquial names used by
// news in the table's languages. Letter codes (all capitals) match only
// when written in capitals.
var countryAliases = map[string][]string{
	"US": {"USA", "U.S.", "U.S.A.", "America", "United States of America",
		"أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
		"آمریکا", "امریکا", "ایالات متحده آمریکا", "США", "Америка", "Сполучені Штати",
		"ABD", "Amerika", "Amerika Birleşik Devletleri", "Vereinigte Staaten von Amerika",
		"EE. UU.", "EEUU", "EUA", "Ameryka", "Stany Zjednoczone", "Amérique", "美国", "美國"},
	"GB": {"UK", "U.K.", "Britain", "Great Britain", "England", "بريطانيا", "المملكة المتحدة",
		"انگلستان", "انگلیس", "بریتانیا", "Великобритания", "Британия", "Англия",
		"Велика Британія", "Британія", "Англія", "İngiltere", "Birleşik Krallık",
		"Großbritannien", "England", "Grande-Bretagne", "Angleterre", "Gran Bretaña",
		"Inglaterra", "Gran Bretagna", "Inghilterra", "Wielka Brytania", "Anglia", "英国", "英國"},
	"AE": {"UAE", "U.A.E.", "Emirates", "الإمارات", "امارات", "ОАЭ", "Эмираты", "BAE", "VAE", "EAU", "阿联酋"},
	"SA": {"KSA", "السعودية", "عربستان", "Саудовская Аравия", "Suudi Arabistan", "沙特"},
	"CD": {"DRC", "DR Congo", "RDC", "ДРК", "KDC"},
	"KP": {"DPRK", "КНДР", "كوريا الشمالية"},
	"KR": {"ROK", "كوريا الجنوبية", "Южная Корея"},
	"CN": {"PRC", "КНР", "ÇHC", "中国", "中華人民共和國"},
	"RU": {"RF", "РФ", "Russian Federation", "Российская Федерация"},
	"TR": {"Türkiye", "Turkiye", "Турция", "تركيا", "ترکیه"},
	"NL": {"Holland"},
	"PS": {"Palestine", "فلسطين", "Палестина", "Filistin", "State of Palestine"},
	"CZ": {"Czech Republic", "Czechia"},
	"MK": {"Macedonia"},
	"VA": {"Vatican", "Holy See"},
	"VN": {"Viet Nam"},
	"LA": {"Lao", "Laos"},
	"SY": {"سورية"},
	"IR": {"Persia"},
}

// countryNames override CLDR's English name where it reads oddly in text.
var countryNames = map[string]string{
	"CD": "DR Congo",              // CLDR: Congo - Kinshasa
	"CG": "Republic of the Congo", // CLDR: Congo - Brazzaville
}

// cityAliases are everyday English names of cities that GeoNames' preferred
// English names differ from, keyed by GeoNames id.
var cityAliases = map[string][]string{
	"703448":  {"Kiev", "Kyiv"},      // Kyiv
	"172955":  {"Raqqa", "Al-Raqqa"}, // Ar-Raqqah
	"170794":  {"Deir ez-Zor", "Deir el-Zor", "Deir Ezzor"},
	"163345":  {"Tartus", "Tartous"}, // Tartus
	"1816670": {"Peking"},            // Beijing
}
