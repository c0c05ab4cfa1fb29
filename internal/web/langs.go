package web

import (
	"hash/fnv"
	"sort"
	"strconv"
)

// language is how the UI names a language.
type language struct {
	Code string
	// Name is the English name, Native the language's own.
	Name, Native string
}

// languages are the languages storyline identifies (lang.Languages), by
// ISO 639-1 code.
var languages = map[string]language{
	"ar":  {"ar", "Arabic", "العربية"},
	"az":  {"az", "Azerbaijani", "Azərbaycanca"},
	"bg":  {"bg", "Bulgarian", "Български"},
	"bn":  {"bn", "Bengali", "বাংলা"},
	"cs":  {"cs", "Czech", "Čeština"},
	"de":  {"de", "German", "Deutsch"},
	"el":  {"el", "Greek", "Ελληνικά"},
	"en":  {"en", "English", "English"},
	"es":  {"es", "Spanish", "Español"},
	"fa":  {"fa", "Persian", "فارسی"},
	"fr":  {"fr", "French", "Français"},
	"he":  {"he", "Hebrew", "עברית"},
	"hi":  {"hi", "Hindi", "हिन्दी"},
	"hu":  {"hu", "Hungarian", "Magyar"},
	"hy":  {"hy", "Armenian", "Հայերեն"},
	"id":  {"id", "Indonesian", "Bahasa Indonesia"},
	"it":  {"it", "Italian", "Italiano"},
	"ja":  {"ja", "Japanese", "日本語"},
	"ka":  {"ka", "Georgian", "ქართული"},
	"kk":  {"kk", "Kazakh", "Қазақ тілі"},
	"ko":  {"ko", "Korean", "한국어"},
	"nl":  {"nl", "Dutch", "Nederlands"},
	"pl":  {"pl", "Polish", "Polski"},
	"pt":  {"pt", "Portuguese", "Português"},
	"ro":  {"ro", "Romanian", "Română"},
	"ru":  {"ru", "Russian", "Русский"},
	"sr":  {"sr", "Serbian", "Српски"},
	"sv":  {"sv", "Swedish", "Svenska"},
	"th":  {"th", "Thai", "ไทย"},
	"tr":  {"tr", "Turkish", "Türkçe"},
	"uk":  {"uk", "Ukrainian", "Українська"},
	"ur":  {"ur", "Urdu", "اردو"},
	"zh":  {"zh", "Chinese", "中文"},
	"und": {"und", "Undetermined", ""},
}

// languageName is a language's English name, or its code when unknown.
func languageName(code string) string {
	if l, ok := languages[code]; ok {
		return l.Name
	}
	return code
}

// languageOptions lists the known languages by English name, for the
// language filters.
func languageOptions() []language {
	out := make([]language, 0, len(languages))
	for _, l := range languages {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// validLanguage reports whether code looks like a language code: two or
// three lowercase ASCII letters.
func validLanguage(code string) bool {
	if len(code) < 2 || len(code) > 3 {
		return false
	}
	for _, c := range code {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// langAttr is code when it can go in a lang attribute, "" otherwise:
// article languages come from untrusted records.
func langAttr(code string) string {
	if validLanguage(code) && code != "und" {
		return code
	}
	return ""
}

// paletteSize is the number of language colours in the style sheet
// (classes c0 … c15).
const paletteSize = 16

// paletteOrder gives the most frequent languages colours of their own;
// any other language gets one by the hash of its code.
var paletteOrder = []string{"en", "ar", "fa", "ru", "zh", "de", "fr", "es", "it", "tr", "pt", "uk", "ja", "ko", "he", "pl"}

// langClass is the CSS class of a language's colour: the same for a
// language on every page and every chart.
func langClass(code string) string {
	for i, l := range paletteOrder {
		if l == code {
			return "c" + strconv.Itoa(i)
		}
	}
	h := fnv.New32a()
	h.Write([]byte(code))
	return "c" + strconv.Itoa(int(h.Sum32()%paletteSize))
}
